using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Text;
using NewsTools.Time.Scanning;

namespace NewsTools.Time.Events
{
    /// <summary>What one dated expression says happened: the clause around it, its main verb, the names in it.</summary>
    internal sealed class EventMention
    {
        private readonly string articleText;
        private readonly int sentenceStart;
        private readonly int sentenceEnd;
        private readonly SliceSet stopwords;
        private long[]? words;

        public EventMention(TimeExpression expression, string clause, string articleText, int sentenceStart, int sentenceEnd, string? verb, IReadOnlyList<string> actors, SliceSet stopwords)
        {
            this.stopwords = stopwords;
            Expression = expression;
            Clause = clause;
            this.articleText = articleText;
            this.sentenceStart = sentenceStart;
            this.sentenceEnd = sentenceEnd;
            Verb = verb;
            Actors = actors;
        }

        public TimeExpression Expression { get; }

        public string Clause { get; }

        public string? Verb { get; }

        public IReadOnlyList<string> Actors { get; }

        private ulong[]? signature;

        /// <summary>The sentence's content words (hashed, sorted, distinct), computed once, for merging.</summary>
        public long[] Words => words ??= EventMerger.WordHashes(articleText, sentenceStart, sentenceEnd, stopwords);

        /// <summary>A 256-bit Bloom signature of <see cref="Words"/>: two reports sharing fewer than two of its bits cannot share two words.</summary>
        public ulong[] Signature
        {
            get
            {
                if (signature == null)
                {
                    signature = new ulong[4];
                    foreach (var h in Words)
                    {
                        var bit = (int)((ulong)h >> 56);
                        signature[bit >> 6] |= 1UL << (bit & 63);
                    }
                }

                return signature;
            }
        }
    }

    /// <summary>
    /// Ties each dated expression to the event it dates: the sentence around it, cut to the clause that holds the
    /// expression when the sentence joins clauses ("..., while Japan argues ... since 1895"), the verb nearest the
    /// expression in that clause, and the names there. Local scans around each expression, no allocation per word:
    /// the timeline runs over every dated clause of every article.
    /// </summary>
    internal sealed class EventExtractor
    {
        private readonly SliceSet clauseOpeners;
        private readonly SliceSet auxiliaries;
        private readonly SliceSet irregularVerbs;
        private readonly SliceSet modals;
        private readonly SliceSet stopwords;

        /// <summary>How far from its expression an event's sentence may reach, each way.</summary>
        private const int MaxReach = 400;

        private readonly ActorFinder names;

        private readonly SentenceSplitter splitter;

        public EventExtractor(NewsToolsConfig config)
        {
            names = new ActorFinder(config);
            splitter = SentenceSplitter.For(config);
            var words = EventVocabulary.For(config);
            clauseOpeners = words.ClauseOpeners;
            auxiliaries = words.Auxiliaries;
            irregularVerbs = words.IrregularVerbs;
            modals = words.Modals;
            stopwords = words.Stopwords;
        }

        private sealed class Holder
        {
            public EventExtractor? Extractor;
        }

        private static readonly ConditionalWeakTable<NewsToolsConfig, Holder> Cache = new ConditionalWeakTable<NewsToolsConfig, Holder>();

        /// <summary>
        /// The extractor of a configuration, made once: callers build a timeline per article, and the extractor holds no
        /// state of its own between calls (its buffers are per thread). Made again when the name lists were replaced.
        /// </summary>
        public static EventExtractor For(NewsToolsConfig config)
        {
            var holder = Cache.GetValue(config, _ => new Holder());
            var extractor = holder.Extractor;
            if (extractor == null || !ReferenceEquals(extractor.names.Vocabulary, ActorVocabulary.For(config)))
            {
                // A race builds two equal extractors and keeps either.
                holder.Extractor = extractor = new EventExtractor(config);
            }

            return extractor;
        }

        public List<EventMention> Extract(Article article, IReadOnlyList<TimeExpression> expressions, int limit = int.MaxValue)
        {
            var result = new List<EventMention>(Math.Min(expressions.Count, limit));
            Extract(article, expressions, result, limit);
            return result;
        }

        /// <summary>Adds the article's events to <paramref name="result"/> (a caller's list, reused from article to article).</summary>
        public void Extract(Article article, IReadOnlyList<TimeExpression> expressions, List<EventMention> result, int limit = int.MaxValue)
        {
            // Verbs and names recur from event to event of an article: each is cut once, through this thread's strings,
            // emptied after the article so that none outlives it. Two expressions of one clause share its string.
            var strings = articleStrings ??= new WordStrings();
            try
            {
                ExtractInto(result, article, expressions, limit, strings);
            }
            finally
            {
                strings.Clear();
            }
        }

        [ThreadStatic]
        private static WordStrings? articleStrings;

        private void ExtractInto(List<EventMention> result, Article article, IReadOnlyList<TimeExpression> expressions, int limit, WordStrings strings)
        {
            var text = article.Text;
            (int Start, int End, string? Text) lastClause = (0, 0, null);
            var paragraph = 0;
            TimeExpression? previous = null;
            for (var x = 0; x < expressions.Count; x++)
            {
                var e = expressions[x];
                if (result.Count >= limit)
                {
                    break;
                }

                // Durations, sets and references to the present or past as a whole date no event.
                if (e.Type == TimexType.Duration || e.Type == TimexType.Set || (e.Value != null && e.Date == null))
                {
                    continue;
                }

                // An appositive restates the date before it ("in February 2022, two years ago"): one event, told once.
                var restates = previous != null && Restates(text, previous, e);
                previous = e;
                if (restates)
                {
                    continue;
                }

                var pStart = 0;
                var pEnd = text.Length;
                var paragraphs = article.Paragraphs;
                while (paragraph < paragraphs.Count && paragraphs[paragraph].End <= e.Start)
                {
                    paragraph++;
                }

                if (paragraph < paragraphs.Count && paragraphs[paragraph].Start <= e.Start)
                {
                    pStart = paragraphs[paragraph].Start;
                    pEnd = Math.Min(paragraphs[paragraph].End, text.Length);
                }

                var (sStart, sEnd) = SentenceOf(article, text, pStart, pEnd, e.Start, e.EndOffset);
                var (cStart, cEnd) = ClauseOf(text, sStart, sEnd, e.Start, e.EndOffset);
                var verb = FindVerb(text, cStart, cEnd, e.Start, e.EndOffset, strings);
                var whole = cStart == sStart && cEnd == sEnd;
                if (verb == null && !whole)
                {
                    (cStart, cEnd) = (sStart, sEnd);
                    whole = true;
                    verb = FindVerb(text, cStart, cEnd, e.Start, e.EndOffset, strings);
                }

                var actors = Actors(article, cStart, cEnd, -1, -1, e, strings, out var clauseNamed);
                if (actors.Count == 0 && !whole)
                {
                    // The sentence's names. A clause that named no one is bounded by a ';' or ',' that no name runs across, so
                    // only the rest of the sentence around it is scanned; one whose names were all credits is scanned again,
                    // since those names still stand in for their other spellings in the sentence.
                    actors = clauseNamed
                        ? Actors(article, sStart, sEnd, -1, -1, e, strings, out _)
                        : Actors(article, sStart, cStart, cEnd, sEnd, e, strings, out _);
                }

                (cStart, cEnd) = WithoutStrayQuote(text, cStart, cEnd);
                if (lastClause.Text == null || lastClause.Start != cStart || lastClause.End != cEnd)
                {
                    lastClause = (cStart, cEnd, Clean(text, cStart, cEnd));
                }

                result.Add(new EventMention(e, lastClause.Text, text, sStart, sEnd, verb, actors, stopwords));
            }
        }

        /// <summary>
        /// The sentence holding [exprStart, exprEnd), as the article's one splitter cut it (Text/SentenceSplitter: "Jan.",
        /// "Mr.", "U.S." and initials keep their period, "the 1960s." and "$16m." end a sentence), cut to a window around
        /// the expression; from the first sentence holding its start to the first holding its end.
        /// </summary>
        internal (int Start, int End) SentenceOf(Article article, string text, int pStart, int pEnd, int exprStart, int exprEnd)
        {
            var shared = ArticleText.Of(article);
            var span = shared.SpanHolding(exprStart, exprEnd);
            int start = pStart, end = pEnd;

            // An expression no paragraph holds whole (none does when the paragraphs were replaced) keeps its paragraph's range.
            var sentences = span >= 0 ? splitter.Sentences(shared, span) : Array.Empty<TextSpan>();

            // The last sentence starting at or before the expression, found by binary search so a paragraph of many dated
            // sentences stays linear.
            var first = TextSpan.LastStartingAtOrBefore(sentences, exprStart);

            for (var i = Math.Max(first, 0); i < sentences.Count; i++)
            {
                if (i == first)
                {
                    start = sentences[i].Start;
                }

                if (sentences[i].End >= exprEnd)
                {
                    end = sentences[i].End;
                    break;
                }
            }

            // A "sentence" without stops (a list, a flood of dates) is cut to a window around the expression, so the work
            // per expression stays bounded and a whole article stays linear.
            var low = Math.Max(start, exprStart - MaxReach);
            var high = Math.Min(end, exprEnd + MaxReach);
            if (low > start)
            {
                while (low < exprStart && !TextNormalizer.IsSpace(text[low]))
                {
                    low++;
                }
            }

            if (high < end)
            {
                while (high > exprEnd && !TextNormalizer.IsSpace(text[high - 1]))
                {
                    high--;
                }
            }

            while (low < high && (TextNormalizer.IsSpace(text[low]) || IsClosing(text[low])))
            {
                low++;
            }

            while (high > low && TextNormalizer.IsSpace(text[high - 1]))
            {
                high--;
            }

            return (low, high);
        }

        private static readonly char[] ClauseMarks = { ';', ',' };

        private static readonly char[] DoubleQuotes = { '"', '\u201c', '\u201d' };

        private static readonly char[] Unplain = { '\n', '\r', '\t', '\u00a0' };


        private static bool IsClosing(char c) => c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == ')' || c == ']';

        private (int Start, int End) ClauseOf(string text, int sStart, int sEnd, int exprStart, int exprEnd)
        {
            var start = sStart;
            var end = sEnd;
            for (var i = sStart; i < sEnd; i++)
            {
                i = text.IndexOfAny(ClauseMarks, i, sEnd - i);
                if (i < 0)
                {
                    break;
                }

                var boundary = 0;
                var c = text[i];
                if (c == ';')
                {
                    boundary = 1;
                }
                else if (c == ',' && i + 2 < sEnd && (text[i + 1] == ' ' || text[i + 1] == '\u00a0'))
                {
                    var w = i + 2;
                    var we = w;
                    while (we < sEnd && char.IsLetter(text[we]))
                    {
                        we++;
                    }

                    if (we > w && clauseOpeners.Contains(text, w, we - w))
                    {
                        boundary = 2;
                    }
                }

                if (boundary == 0)
                {
                    continue;
                }

                if (i < exprStart)
                {
                    start = i + boundary;
                }
                else if (i >= exprEnd)
                {
                    end = i;
                    break;
                }
            }

            while (start < end && TextNormalizer.IsSpace(text[start]))
            {
                start++;
            }

            return (start, end);
        }

        /// <summary>The verb form nearest the expression, stepping over auxiliaries to the verb they carry.</summary>
        private string? FindVerb(string text, int start, int end, int exprStart, int exprEnd, WordStrings strings)
        {
            var bestStart = -1;
            var bestEnd = -1;
            var bestDistance = int.MaxValue;

            // Outwards from the expression: the nearest verb on the left, then on the right only while it could be nearer.
            var i = Math.Min(exprStart, end);
            while (i > start)
            {
                var (ws, we) = PreviousWord(text, start, i);
                if (ws < 0)
                {
                    break;
                }

                i = ws;
                if (IsVerbLike(text, ws, we))
                {
                    bestStart = ws;
                    bestEnd = we;
                    bestDistance = exprStart - we;
                    break;
                }
            }

            i = Math.Max(exprEnd, start);
            while (i < end)
            {
                var (ws, we) = NextWord(text, i, end);
                if (ws < 0 || ws - exprEnd >= bestDistance)
                {
                    break;
                }

                i = we;
                if (IsVerbLike(text, ws, we))
                {
                    bestStart = ws;
                    bestEnd = we;
                    break;
                }
            }

            if (bestStart < 0)
            {
                return null;
            }

            // "has supported", "will meet", "had been detected": the carried verb.
            var vs = bestStart;
            var ve = bestEnd;
            var k = bestEnd;
            for (var steps = 0; steps < 4 && auxiliaries.Contains(text, vs, ve - vs); steps++)
            {
                var (ns, ne) = NextWord(text, k, end);
                if (ns < 0 || char.IsUpper(text[ns]))
                {
                    break;
                }

                if (ne - ns == 3 && string.CompareOrdinal(text, ns, "not", 0, 3) == 0)
                {
                    k = ne;
                    continue;
                }

                var modal = modals.Contains(text, vs, ve - vs);
                if (IsVerbLike(text, ns, ne) || modal || EndsWith(text, ns, ne, "ing") || EndsWith(text, ns, ne, "en"))
                {
                    vs = ns;
                    ve = ne;
                    k = ne;
                    continue;
                }

                break;
            }

            return strings.Cut(text, vs, ve - vs);
        }

        private static (int Start, int End) PreviousWord(string text, int start, int i)
        {
            while (i > start && !char.IsLetter(text[i - 1]))
            {
                i--;
            }

            if (i <= start)
            {
                return (-1, -1);
            }

            var e = i;
            while (i > start && (char.IsLetter(text[i - 1]) || ((text[i - 1] == '\'' || text[i - 1] == '-') && i - 2 >= start && char.IsLetter(text[i - 2]))))
            {
                i--;
            }

            return (i, e);
        }

        private static (int Start, int End) NextWord(string text, int i, int end)
        {
            while (i < end && !char.IsLetter(text[i]))
            {
                i++;
            }

            if (i >= end)
            {
                return (-1, -1);
            }

            var s = i;
            while (i < end && (char.IsLetter(text[i]) || ((text[i] == '\'' || text[i] == '-') && i + 1 < end && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            return (s, i);
        }

        private bool IsVerbLike(string text, int s, int e)
        {
            if (e - s < 2 || char.IsUpper(text[s]))
            {
                return false;
            }

            return auxiliaries.Contains(text, s, e - s) || irregularVerbs.Contains(text, s, e - s) || (e - s >= 5 && EndsWith(text, s, e, "ed"));
        }

        private static bool EndsWith(string text, int s, int e, string suffix) =>
            e - s > suffix.Length && string.CompareOrdinal(text, e - suffix.Length, suffix, 0, suffix.Length) == 0;

        /// <summary>The names in text[start, end) and, when <paramref name="start2"/> is not negative, then in text[start2, end2).</summary>
        /// <param name="named">Whether any name was found, before the credits were taken out.</param>
        private IReadOnlyList<string> Actors(Article article, int start, int end, int start2, int end2, TimeExpression e, WordStrings strings, out bool named)
        {
            // Found into a per-thread list, kept as an array of just the names: most clauses name one or two.
            var buffer = actorBuffer ??= new List<string>();
            buffer.Clear();
            List<string>? filled = buffer;
            names.Find(article.Text, start, end, e.Start, e.EndOffset, ref filled, strings);
            if (start2 >= 0)
            {
                names.Find(article.Text, start2, end2, e.Start, e.EndOffset, ref filled, strings);
            }

            var found = buffer;
            named = found.Count > 0;
            for (var n = found.Count - 1; n >= 0; n--)
            {
                if (IsCredit(article, found[n]))
                {
                    found.RemoveAt(n);
                }
            }

            if (found.Count == 0)
            {
                return Array.Empty<string>();
            }

            var result = found.ToArray();
            found.Clear();
            return result;
        }

        [ThreadStatic]
        private static List<string>? actorBuffer;

        /// <summary>The outlet, its agencies and the dateline credit the report; they are not actors in the event.</summary>
        private static bool IsCredit(Article article, string name)
        {
            if (article.Outlet != null && name.StartsWith(article.Outlet, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            // Indexed: an enumerator over the interface is an allocation per name.
            var agencies = article.Agencies;
            for (var a = 0; a < agencies.Count; a++)
            {
                if (string.Equals(agencies[a], name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return article.Dateline != null && string.Equals(article.Dateline, name, StringComparison.Ordinal) && name.ToUpperInvariant() == name;
        }

        /// <summary>The span with runs of white space (line breaks, NBSP) folded to single spaces.</summary>
        /// <summary>
        /// Whether <paramref name="e"/> follows <paramref name="before"/> after a comma alone and spans a period that holds
        /// it: an appositive that says the same date another way ("February 2022, two years ago").
        /// </summary>
        private static bool Restates(string text, TimeExpression before, TimeExpression e)
        {
            if (before.Date == null || before.End == null || e.Date == null || e.End == null || e.Start <= before.EndOffset
                || e.Date > before.Date || e.End < before.End)
            {
                return false;
            }

            var comma = false;
            for (var k = before.EndOffset; k < e.Start; k++)
            {
                var c = text[k];
                if (c == ',' && !comma)
                {
                    comma = true;
                }
                else if (c != ' ')
                {
                    return false;
                }
            }

            return comma;
        }

        /// <summary>
        /// A clause cut from a quoted sentence keeps the closing quote mark but not the opening one (or the reverse); a
        /// lone mark at either end belongs to the quotation around the clause, not to the event's words.
        /// </summary>
        private static (int Start, int End) WithoutStrayQuote(string text, int start, int end)
        {
            // Counted by jumps from mark to mark (searched vectorised): most clauses hold none.
            var marks = 0;
            for (var k = start; k < end; k++)
            {
                k = text.IndexOfAny(DoubleQuotes, k, end - k);
                if (k < 0)
                {
                    break;
                }

                marks++;
            }

            if (marks % 2 == 1)
            {
                if (end > start && (text[end - 1] == '"' || text[end - 1] == '\u201d'))
                {
                    end--;
                }
                else if (end > start && (text[start] == '"' || text[start] == '\u201c'))
                {
                    start++;
                }
            }

            // A closing single quote after the sentence's stop ("... the summer.'") with no opening one in the clause.
            if (end - start >= 2 && (text[end - 1] == '\u2019' || text[end - 1] == '\'') && TextNormalizer.IsSentenceStop(text[end - 2]) && text.IndexOf('\u2018', start, end - start) < 0)
            {
                end--;
            }

            return (start, end);
        }

        private static string Clean(string text, int start, int end)
        {
            // Plain: no line break, tab or NBSP, and no two spaces in a row (searched vectorised).
            var plain = end <= start
                || (text.IndexOfAny(Unplain, start, end - start) < 0 && text.IndexOf("  ", start, end - start, StringComparison.Ordinal) < 0);

            if (plain)
            {
                return text.Substring(start, end - start);
            }

            var sb = new StringBuilder(end - start);
            var space = false;
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (TextNormalizer.IsSpace(c))
                {
                    space = sb.Length > 0;
                    continue;
                }

                if (space)
                {
                    sb.Append(' ');
                    space = false;
                }

                sb.Append(c);
            }

            return sb.ToString();
        }
    }
}
