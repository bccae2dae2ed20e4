using System;
using System.Collections.Generic;

namespace NewsTools.Text
{
    /// <summary>One stretch between quotation marks inside a paragraph. Offsets index the article text.</summary>
    internal sealed class QuoteSpan
    {
        /// <summary>Offset of the opening mark.</summary>
        public int Open { get; set; }

        /// <summary>Offset of the closing mark, or -1 when the paragraph ends first.</summary>
        public int Close { get; set; } = -1;

        /// <summary>First character inside the marks.</summary>
        public int ContentStart => Open + 1;

        /// <summary>End of the content: the closing mark, or the paragraph end (trailing spaces trimmed) when unclosed.</summary>
        public int ContentEnd { get; set; }

        public bool Unclosed => Close < 0;

        // Token indexes in the paragraph's token list, filled by the tokenizer.
        public int OpenToken { get; set; } = -1;

        /// <summary>The closing mark's token, or the paragraph's token count when unclosed.</summary>
        public int CloseToken { get; set; } = -1;
    }

    /// <summary>
    /// Finds quoted spans in one paragraph in a single pass: double marks (English “ ”, German „ “ and » «, Polish „ ”, French
    /// « », corner brackets 「 」 and 『 』) and the single marks whose opener is no apostrophe (German ‚ ‘, Swiss ‹ › and
    /// Danish › ‹). Curly, angle and corner marks say which way they face; a straight mark opens at a word start and closes
    /// otherwise. An opener inside an open quote that stands at a word start restarts the quote (the earlier mark was
    /// unbalanced), so every character is looked at once whatever the input. English single marks are not read: ‘ opens
    /// an English quote and ’ is also the apostrophe, so ‘ closes only a quote that ‚ opened.
    /// </summary>
    internal static class QuoteScanner
    {
        /// <summary>Adds the spans of [start, end) to <paramref name="spans"/> (a paragraph's reused list).</summary>
        public static void Scan(string text, int start, int end, List<QuoteSpan> spans)
        {
            var spansBefore = spans.Count;
            ScanMarks(text, start, end, spans);
            if (spans.Count == spansBefore && EndsAsSentence(text, start, end))
            {
                // British copy quotes with single marks ('We have been reasonable,' he said): read only where no double mark
                // quotes anything, since inside double quotes they are the nested quote's, and not in a heading (no closing
                // stop), where they mark a phrase the story attributes ("Rail strike 'will go ahead' as talks collapse").
                ScanEnglishSingles(text, start, end, spans);
            }
        }

        /// <summary>The span's last mark is a stop, or a closing quote mark after one ("... again.'", "... again.''").</summary>
        private static bool EndsAsSentence(string text, int start, int end)
        {
            var k = LastNonSpace(text, start, end);

            // One closing mark, or two (''), as some wires write a double one.
            for (var marks = 0; marks < 2 && k > start && (text[k] == '\'' || text[k] == '’' || text[k] == '"' || text[k] == '”'); marks++)
            {
                k--;
            }

            return k >= start && TextNormalizer.IsSentenceStop(text[k]);
        }

        /// <summary>
        /// English single quotes, ' or ‘ ... ’, in [start, end): an opener at a word start before a letter (not "'90s"), and
        /// the first closer after it that follows the quoted words and stands before no letter or digit (the apostrophes of
        /// "don't" and "O'Neill" are inside words). A closer after "s" before a lowercase word, with another closer further
        /// on, is a plural's possessive inside the quote ("'The fans' anger is real,' he said"). An opener with no closer
        /// in its paragraph quotes nothing: it was an apostrophe ("'em", "'til").
        /// </summary>
        private static void ScanEnglishSingles(string text, int start, int end, List<QuoteSpan> spans)
        {
            var i = text.IndexOfAny(EnglishSingleMarks, start, end - start);
            while (i >= 0 && i < end)
            {
                var before = i > start ? text[i - 1] : ' ';
                var opens = text[i] != '’' && IsOpeningContext(before) && i + 1 < end && char.IsLetter(text[i + 1]);
                // The second mark of ''...'' opens a doubled quote, whose place in the sentence is that of the first mark.
                var doubled = before == '\'';
                var close = opens ? EnglishCloser(text, i, end, OpensSentence(text, start, doubled ? i - 1 : i), doubled) : -1;
                if (opens && close < 0)
                {
                    // No closer after this opener, so none after any later one: the scan stays linear.
                    break;
                }

                // Two characters at least between the marks: "rock 'n' roll" quotes nothing.
                if (close > i + 2)
                {
                    spans.Add(new QuoteSpan { Open = i, Close = close, ContentEnd = close });
                    i = close;
                }

                i = i + 1 < end ? text.IndexOfAny(EnglishSingleMarks, i + 1, end - i - 1) : -1;
            }
        }

        // The mark opens the paragraph or follows a sentence's stop: a quoted statement, not a phrase inside a sentence.
        private static bool OpensSentence(string text, int start, int mark)
        {
            var k = LastNonSpace(text, start, mark);
            return k < start || text[k] == '.' || text[k] == '!' || text[k] == '?' || text[k] == ':';
        }

        /// <param name="doubled">The opener is the second of two marks (''...''): only a pair closes it.</param>
        private static int EnglishCloser(string text, int open, int end, bool statement, bool doubled)
        {
            var found = -1;
            for (var k = open + 2; k < end; k++)
            {
                var c = text[k];
                if (c != '\'' && c != '’')
                {
                    continue;
                }

                var after = k + 1 < end ? text[k + 1] : ' ';
                if (char.IsLetterOrDigit(after) || TextNormalizer.IsSpace(text[k - 1]) || (doubled && after != '\''))
                {
                    continue;
                }

                if (statement && found < 0 && text[k - 1] == 's' && text[k - 2] != 's' && TextNormalizer.IsSpace(after) && k + 2 < end && char.IsLower(text[k + 2]))
                {
                    // In a quoted statement, maybe a plural's possessive ("'The fans' anger is real,'"): taken only if no
                    // other closer follows. A phrase quoted inside a sentence ("was 'madness' and") closes at once.
                    found = k;
                    continue;
                }

                return k;
            }

            return found;
        }

        /// <summary>
        /// The quotation at <paramref name="open"/> opens a statement: at the paragraph's start or after a colon, a comma, a stop
        /// or a dash, not inside a sentence after a word ("The agenda read "harbour sale. ..." is a stray mark).
        /// </summary>
        private static bool OpensStatement(string text, int start, int open)
        {
            var k = LastNonSpace(text, start, open);
            return k < start || text[k] == ':' || text[k] == ',' || TextNormalizer.IsSentenceStop(text[k]) || TextNormalizer.IsDash(text[k]);
        }

        /// <summary>Where the sentence stop before the spaces before <paramref name="i"/> ends, after <paramref name="open"/>; -1 when no stop stands there.</summary>
        private static int StopBefore(string text, int open, int i)
        {
            if (i - 1 <= open || !TextNormalizer.IsSpace(text[i - 1]))
            {
                return -1;
            }

            var j = LastNonSpace(text, open + 1, i);
            return j > open && TextNormalizer.IsSentenceStop(text[j]) ? j + 1 : -1;
        }

        /// <summary>The last character before <paramref name="end"/>, from <paramref name="start"/> on, that is no space; start - 1 when all are.</summary>
        private static int LastNonSpace(string text, int start, int end)
        {
            var k = end - 1;
            while (k >= start && TextNormalizer.IsSpace(text[k]))
            {
                k--;
            }

            return k;
        }

        private static void ScanMarks(string text, int start, int end, List<QuoteSpan> spans)
        {
            var open = -1;

            // A quote opened at a word start inside an open double quote of another mark is read as nested in it, not as a
            // restart, once the outer quote closes after it. A straight pair inside a straight quote ("A "B" C.") leaves the
            // outer speaker two pieces around the inner quote, whose words are someone else's; a pair of the other kind
            // ("A “B” C." or “A "B" C.”) is plainly the outer quote's words, which stays one. Curly marks inside curly ones
            // keep pairing by direction (the innermost pair). outer is the outer quote's mark and inner the nested one's while
            // it is open; innerClose is the inner quote's closing mark while the outer's closer is awaited.
            int outer = -1, inner = -1, innerClose = -1;
            var nestedWhole = false;

            // The next mark of each group at or after the scan, or end: searched again only once the scan has passed it.
            int common = -1, angle = -1, corner = -1, single = -1;
            for (var i = start; i < end; i++)
            {
                // Most of a paragraph holds neither a quote mark nor markup: a vectorised search jumps to the next that does
                // (started only from a character that is neither, so a run of marks is read one by one, not searched for each).
                // Three searches of at most five marks each (a fourth, for ‘, only inside ‚), since a search for more builds a
                // lookup map on every call.
                var c = text[i];
                if (c != '<' && !IsDoubleQuote(c) && !IsSingleQuote(c))
                {
                    var next = Math.Min(Next(text, CommonMarks, i, end, ref common), Math.Min(Next(text, AngleMarks, i, end, ref angle), Next(text, CornerMarks, i, end, ref corner)));
                    if (open >= 0 && text[open] == '‚')
                    {
                        // ‘ matters only as the closer of ‚ (elsewhere it is English), so it is looked for only then.
                        next = Math.Min(next, Next(text, LowSingleCloser, i, end, ref single));
                    }

                    i = next;
                    if (i >= end)
                    {
                        break;
                    }

                    c = text[i];
                }
                if (c == '<')
                {
                    // Markup left in plain text (<tweet tweet-author="@x">): its attribute values are not quotations.
                    i = SkipTag(text, i, end);
                    continue;
                }

                var before = i > start ? text[i - 1] : ' ';
                var after = i + 1 < end ? text[i + 1] : ' ';
                var atWordStart = IsOpeningContext(before) && !TextNormalizer.IsSpace(after);

                // A mark right after a word or a stop, not before one, faces what it follows: it closes ("down“ and", "down«,").
                // A mark after another mark ("““Radical") is a doubled opener, not a closer.
                var facesBack = !IsOpeningContext(before) && !IsDoubleQuote(before) && !IsSingleQuote(before);
                var openMark = open < 0 ? '\0' : text[open];
                if (!IsDoubleQuote(c))
                {
                    if (IsSingleQuote(c))
                    {
                        ScanSingle(text, c, i, atWordStart, facesBack, ref open, spans);
                    }

                    continue;
                }

                if (innerClose >= 0)
                {
                    // After a nested quote: a mark that would open a quote of its own means the outer mark was unbalanced
                    // (the nested quote was the only one); any other mark closes the outer quote.
                    if (!OpensOutside(c, before, after, atWordStart, i + 1 < end))
                    {
                        AddNested(spans, outer, inner, innerClose, i, nestedWhole);
                        outer = inner = innerClose = -1;
                        continue;
                    }

                    spans.Add(new QuoteSpan { Open = inner, Close = innerClose, ContentEnd = innerClose });
                    outer = inner = innerClose = -1;
                }

                bool opens;
                switch (c)
                {
                    case '“':
                        // German and Central European print opens low and closes high („Wir kommen“): after „ this mark closes.
                        // So does one that follows a word inside an English quote (“We will not“ and), as a German hand types it.
                        opens = open < 0 || (openMark != '„' && !(openMark == '“' && facesBack));
                        break;
                    case '«':
                        // Danish and German books open with » and close with « (»Vi kommer«): after », a « that follows a word closes.
                        opens = openMark != '»' || !facesBack;
                        break;
                    case '„':
                    case '‟':
                    case '「':
                    case '『':
                        opens = true;
                        break;
                    case '」':
                    case '』':
                        // Corner brackets (Chinese, Japanese) face their content, as curly marks do.
                        opens = false;
                        break;
                    case '”':
                    case '»':
                        // A closing curly mark used as an opener (some feeds use one glyph for both) when it faces a word.
                        opens = open < 0 && atWordStart;
                        break;
                    default:
                        // A straight mark after "=" or before ">" delimits a markup attribute (tweet-author="@x">), not a quotation.
                        opens = before != '=' && after != '>' && (open < 0 ? !TextNormalizer.IsSpace(after) && i + 1 < end : atWordStart);
                        break;
                }

                if (opens)
                {
                    // '"Snoop will prove ... deceitful. "We are confident ..."': an opener right after a stop inside an open
                    // double quote opens the next paragraph's quotation in text that lost its paragraph break (the news
                    // convention of a long quotation); the first runs to its stop, as an unclosed one runs to its paragraph's end.
                    if (open >= 0 && IsDoubleQuote(openMark) && StopBefore(text, open, i) is var stopEnd && stopEnd > open + 1 && OpensStatement(text, start, open))
                    {
                        spans.Add(new QuoteSpan { Open = open, Close = -1, ContentEnd = stopEnd });
                        outer = inner = -1;
                        open = i;
                        continue;
                    }

                    if (open >= 0 && outer < 0 && atWordStart && IsDoubleQuote(openMark) && i > open + 1 && (c == '"' || openMark == '"'))
                    {
                        outer = open;
                        inner = i;
                        nestedWhole = c != openMark;
                    }
                    else
                    {
                        // A second opener inside a nested quote: the marks are unbalanced, and the latest opener restarts.
                        outer = inner = -1;
                    }

                    open = i;
                }
                else if (IsSingleQuote(openMark))
                {
                    // A double closer inside an open single quote pairs with neither: the single quote stays open.
                    continue;
                }
                else if (open >= 0)
                {
                    if (outer >= 0)
                    {
                        // The nested quote closes; whether it was nested is known only at the next mark.
                        innerClose = i;
                    }
                    else if (i > open + 1)
                    {
                        spans.Add(new QuoteSpan { Open = open, Close = i, ContentEnd = i });
                    }

                    open = -1;
                }
            }

            if (innerClose >= 0)
            {
                if (nestedWhole && OpensParagraph(text, start, outer))
                {
                    // A quote that opens the paragraph and is not closed goes on into the next paragraph (the news convention for a
                    // long quotation), and a pair of the other kind inside it is its words: it runs to the end below.
                    open = outer;
                }
                else
                {
                    // The paragraph ends with no closer after a nested quote: the outer mark was unbalanced.
                    spans.Add(new QuoteSpan { Open = inner, Close = innerClose, ContentEnd = innerClose });
                }
            }

            if (open >= 0 && !IsSingleQuote(text[open]))
            {
                // An unclosed quote at a paragraph's end runs to the end of the paragraph (and, by news convention, on into the next).
                var contentEnd = end;
                while (contentEnd > open + 1 && TextNormalizer.IsSpace(text[contentEnd - 1]))
                {
                    contentEnd--;
                }

                if (contentEnd > open + 1)
                {
                    spans.Add(new QuoteSpan { Open = open, Close = -1, ContentEnd = contentEnd });
                }
            }
        }

        /// <summary>Whether only spaces stand between the paragraph's start and the mark at <paramref name="mark"/>.</summary>
        private static bool OpensParagraph(string text, int start, int mark)
        {
            for (var k = start; k < mark; k++)
            {
                if (!TextNormalizer.IsSpace(text[k]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether a double mark opens a quote when none is open (the reading of Scan's switch with no quote open).</summary>
        private static bool OpensOutside(char c, char before, char after, bool atWordStart, bool beforeEnd)
        {
            switch (c)
            {
                case '“':
                case '«':
                case '„':
                case '‟':
                case '「':
                case '『':
                    return true;
                case '」':
                case '』':
                    return false;
                case '”':
                case '»':
                    return atWordStart;
                default:
                    return before != '=' && after != '>' && !TextNormalizer.IsSpace(after) && beforeEnd;
            }
        }

        /// <summary>
        /// The outer quote around a nested one: whole, or its two pieces around a nested straight pair (whose words are not
        /// the outer speaker's, so it is no span).
        /// </summary>
        private static void AddNested(List<QuoteSpan> spans, int outer, int inner, int innerClose, int close, bool whole)
        {
            if (whole)
            {
                spans.Add(new QuoteSpan { Open = outer, Close = close, ContentEnd = close });
                return;
            }

            spans.Add(new QuoteSpan { Open = outer, Close = inner, ContentEnd = inner });
            if (close > innerClose + 1)
            {
                spans.Add(new QuoteSpan { Open = innerClose, Close = close, ContentEnd = close });
            }
        }

        /// <summary>
        /// A single mark at i. Single marks are read only outside a double quote (inside one they are its nested quote, part of
        /// its words): ‚ opens at a word start, ‹ after a space or an opening bracket; ‘ closes what ‚ opened and › what ‹
        /// opened; the Danish reversed pair opens with › at a word start and closes with a ‹ that follows a word. An unclosed
        /// single quote is dropped at the paragraph's end (the continuation convention is the double marks'), so a stray ‚
        /// used as a comma quotes nothing.
        /// </summary>
        private static void ScanSingle(string text, char c, int i, bool atWordStart, bool facesBack, ref int open, List<QuoteSpan> spans)
        {
            var openMark = open < 0 ? '\0' : text[open];
            if (open >= 0 && !IsSingleQuote(openMark))
            {
                return;
            }

            var closes = (c == '‘' && openMark == '‚') || (c == '›' && openMark == '‹') || (c == '‹' && openMark == '›' && facesBack);
            if (closes)
            {
                if (i > open + 1)
                {
                    spans.Add(new QuoteSpan { Open = open, Close = i, ContentEnd = i });
                }

                open = -1;
            }
            else if (c == '‹' ? !facesBack : atWordStart && c != '‘')
            {
                // ‹ may stand apart from its words, as French spaces it (‹ non ›); ‚ and the Danish › touch the word they open.
                open = i;
            }
        }

        /// <summary>The offset of the '>' closing a tag that starts at i, or i when none does within a bounded reach (so the scan stays linear).</summary>
        private static int SkipTag(string text, int i, int end)
        {
            const int MaxTagLength = 400;
            if (i + 1 >= end || !(char.IsLetter(text[i + 1]) || text[i + 1] == '/'))
            {
                return i;
            }

            var limit = Math.Min(end, i + MaxTagLength);
            for (var j = i + 1; j < limit; j++)
            {
                if (text[j] == '>')
                {
                    return j;
                }

                if (text[j] == '<')
                {
                    return i;
                }
            }

            return i;
        }

        // Every character the scan stops at: '<' and the marks of IsDoubleQuote and IsSingleQuote, in groups of at most five
        // (‘ only while ‚ is open).
        private static readonly char[] CommonMarks = { '<', '"', '“', '”', '„' };
        private static readonly char[] AngleMarks = { '«', '»', '‟', '‹', '›' };
        private static readonly char[] CornerMarks = { '「', '」', '『', '』', '‚' };
        private static readonly char[] LowSingleCloser = { '‘' };
        private static readonly char[] EnglishSingleMarks = { '\'', '‘', '’' };

        /// <summary>The first of <paramref name="marks"/> at or after <paramref name="from"/> (end when none), kept in <paramref name="found"/> until passed.</summary>
        private static int Next(string text, char[] marks, int from, int end, ref int found)
        {
            if (found < from)
            {
                var at = text.IndexOfAny(marks, from, end - from);
                found = at < 0 ? end : at;
            }

            return found;
        }

        public static bool IsDoubleQuote(char c) => c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '‟' || c == '「' || c == '」' || c == '『' || c == '』';

        /// <summary>The single marks the scan reads (see ScanSingle); ’ is not one, being the apostrophe too.</summary>
        private static bool IsSingleQuote(char c) => c == '‚' || c == '‘' || c == '‹' || c == '›';

        private static bool IsOpeningContext(char before) =>
            TextNormalizer.IsSpace(before) || before == '(' || before == '[' || before == '—' || before == '–' || before == '-' || before == ':' || before == '/' || before == '‘' || before == '\'';
    }
}
