using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using NewsTools.Articles;
using NewsTools.Text;

namespace NewsTools.Quotes
{
    internal enum TokenKind : byte
    {
        Word,
        Punct,
        OpenQuote,
        CloseQuote,
    }

    /// <summary>A word, a punctuation mark or a quotation mark, with offsets into the article text (20 bytes).</summary>
    internal readonly struct Token
    {
        public Token(int start, int end, TokenKind kind, int quote, WordClass classes = WordClass.None, bool capitalised = false, bool ascii = false, bool apostrophe = false)
        {
            Start = start;
            End = end;
            Kind = kind;
            Capitalised = capitalised;
            Ascii = ascii;
            Apostrophe = apostrophe;
            Quote = quote;
            Classes = classes;
        }

        public int Start { get; }

        public int End { get; }

        public TokenKind Kind { get; }

        /// <summary>A word whose first character is upper case (char.IsUpper), read once by the tokenizer: names are found by it.</summary>
        public bool Capitalised { get; }

        /// <summary>A word of ASCII characters only, whose lower case is its ASCII case folding (it fits in the padding: still 20 bytes).</summary>
        public bool Ascii { get; }

        /// <summary>
        /// The token holds an apostrophe of any kind (<see cref="TextNormalizer.IsApostrophe"/>), read by the tokenizer: the
        /// possessive and contraction tests of every name word are answered without reading its characters when it has none,
        /// as nearly every word has (in the last byte of padding: still 20 bytes).
        /// </summary>
        public bool Apostrophe { get; }

        /// <summary>Index of the quote span the token is in (its marks included), or -1 outside quotes.</summary>
        public int Quote { get; }

        /// <summary>The lexicon's word lists that hold the token (None for marks).</summary>
        public WordClass Classes { get; }
    }

    /// <summary>
    /// A paragraph's tokens: an array the tokenizer writes in place and a count. List.Add passed each 20-byte token through the
    /// stack, and reading it back whole right after its fields were stored there stalled the tokenizer on every token; the
    /// indexer gives the token by reference, so the scanners read a field without copying the token.
    /// </summary>
    internal sealed class ParagraphTokens : IReadOnlyList<Token>
    {
        /// <summary>The tokens; those past <see cref="Count"/> are stale.</summary>
        internal Token[] Items { get; private set; } = Array.Empty<Token>();

        public int Count { get; internal set; }

        /// <summary>The array's length; setting it keeps the first <see cref="Count"/> tokens.</summary>
        public int Capacity
        {
            get => Items.Length;
            set
            {
                if (value > Items.Length)
                {
                    var items = new Token[value];
                    Array.Copy(Items, items, Count);
                    Items = items;
                }
            }
        }

        public ref readonly Token this[int index]
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get
            {
                if ((uint)index >= (uint)Count)
                {
                    throw new ArgumentOutOfRangeException(nameof(index));
                }

                return ref Items[index];
            }
        }

        Token IReadOnlyList<Token>.this[int index] => this[index];

        public void Clear() => Count = 0;

        public IEnumerator<Token> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return Items[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>A paragraph ready for attribution: tokens, quote spans and sentences (quotes are opaque to sentence ends).</summary>
    internal sealed class ParagraphText
    {
        private string?[]? words;

        // The article's word strings that Word cuts through (none: each paragraph cuts its own).
        private WordStrings? strings;

        // The sentence of each token (SentenceOf), filled with the sentences; longer than the tokens when recycled.
        private int[] sentenceOfToken = Array.Empty<int>();

        // The lexicon table's slot of each token in a list (set only where the token's classes are not None), so that Word
        // hands out the table's spelling without folding and probing for the word a second time.
        private int[] slotOfToken = Array.Empty<int>();
        private WordClassTable? classes;
        private Dictionary<int, List<(int First, int End)>>? segments;
        private readonly Stack<List<(int First, int End)>> spareSegments = new Stack<List<(int First, int End)>>();

        private ParagraphText()
        {
        }

        /// <summary>The normalised article text the offsets index.</summary>
        public string Source { get; private set; } = "";

        public int Index { get; private set; }

        public ParagraphKind Kind { get; private set; }

        public int Start { get; private set; }

        public int End { get; private set; }

        public ParagraphTokens Tokens { get; } = new ParagraphTokens();

        /// <summary>The speaker resolver holds the paragraph to register its names later (SpeakerResolver.Register): it is not to be rebuilt meanwhile.</summary>
        public bool AwaitsRegistration { get; set; }

        public List<QuoteSpan> Quotes { get; } = new List<QuoteSpan>();

        /// <summary>Sentences as token ranges [First, End).</summary>
        public List<(int First, int End)> Sentences { get; } = new List<(int, int)>();

        /// <summary>The token's text, cut once and cached: the attributor asks for the same words many times (and, given the article's <see cref="WordStrings"/>, a word it cut before is not cut again).</summary>
        public string Word(int token)
        {
            if (words == null || words.Length < Tokens.Count)
            {
                words = new string?[Tokens.Count];
            }

            // A word in one of the lexicon's lists is, in its usual spellings, the lexicon's own string: no copy per article.
            var t = Tokens[token];
            return words[token] ??= (t.Classes != WordClass.None ? classes?.Spelling(Source, t.Start, t.End - t.Start, slotOfToken[token]) : null)
                ?? Cut(t.Start, t.End - t.Start);
        }

        /// <summary>Source[start, start + length) as a string, through the article's word strings when it has them (a name cut before is not cut again).</summary>
        public string Cut(int start, int length) => WordStrings.Cut(strings, Source, start, length);

        /// <summary>The article's word strings this paragraph cuts through, or null; for a phrase cut later (Mention, CueMatch).</summary>
        public WordStrings? Strings => strings;

        // The token predicates are asked millions of times a corpus, from every rule: inlined, they cost a bounds check and a load.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool IsWord(int token) => token >= 0 && token < Tokens.Count && Tokens[token].Kind == TokenKind.Word;

        /// <summary>Whether the token is a word in any of the given lists (false outside the paragraph).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Is(int token, WordClass classes) => token >= 0 && token < Tokens.Count && (Tokens[token].Classes & classes) != 0;

        /// <summary>
        /// Whether the token lower-cased (<c>ToLowerInvariant</c>) is in <paramref name="list"/>, a case-insensitive list tabled
        /// as <paramref name="classes"/>: for an ASCII word its classes say so. A few other letters lower-case to ASCII ones
        /// they do not fold to ("İ" to "i", the Kelvin sign to "k"), so other words ask the list (false outside the paragraph).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool IsLowerIn(int token, WordClass classes, HashSet<string> list) =>
            IsWord(token) && (Tokens[token].Ascii ? (Tokens[token].Classes & classes) != 0 : list.Contains(Word(token).ToLowerInvariant()));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool IsPunct(int token, char c) =>
            token >= 0 && token < Tokens.Count && Tokens[token].Kind == TokenKind.Punct && Source[Tokens[token].Start] == c;

        /// <summary>Whether the token ends with the suffix, compared ordinally (the text's own <c>Word(t).EndsWith</c> without cutting the word).</summary>
        public bool EndsWith(int token, string suffix)
        {
            var t = Tokens[token];
            var length = t.End - t.Start;
            return length >= suffix.Length && Source.AsSpan(t.End - suffix.Length, suffix.Length).SequenceEqual(suffix);
        }

        /// <summary>
        /// A comma written between two digits with nothing around it, the separator of a number ("2,300", "$600,000"): the
        /// tokenizer makes it a token of its own between the number's groups.
        /// </summary>
        public bool IsNumberSeparator(int token) =>
            IsPunct(token, ',') && token > 0 && token + 1 < Tokens.Count && Tokens[token - 1].End == Tokens[token].Start && Tokens[token + 1].Start == Tokens[token].End &&
            char.IsDigit(Source[Tokens[token - 1].End - 1]) && char.IsDigit(Source[Tokens[token + 1].Start]);

        /// <summary>A word in -ed that may be a past form or participle: not one of the lexicon's edNouns ("speed", "need").</summary>
        public bool IsEdForm(int token) => EndsWith(token, "ed") && !(classes != null && classes.IsEdNoun(Source, Tokens[token].Start, Tokens[token].End - Tokens[token].Start));

        /// <summary>As <c>Word(t).EndsWith(suffix, StringComparison.OrdinalIgnoreCase)</c>, without cutting the word.</summary>
        public bool EndsWithIgnoringCase(int token, string suffix)
        {
            var t = Tokens[token];
            var length = t.End - t.Start;
            return length >= suffix.Length && Source.AsSpan(t.End - suffix.Length, suffix.Length).Equals(suffix, StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>Whether the token's text is exactly <paramref name="word"/> (ordinal), without cutting it.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool WordIs(int token, string word)
        {
            var t = Tokens[token];
            return t.End - t.Start == word.Length && Source.AsSpan(t.Start, word.Length).SequenceEqual(word);
        }

        /// <summary>
        /// As <c>Word(t).ToLowerInvariant() == lower</c> for a lower-case ASCII <paramref name="lower"/>: compared in place for an
        /// ASCII word, whose lower case is its case folding; other words are lower-cased ("İS" is "is" lower-cased, not folded).
        /// </summary>
        public bool LowerIs(int token, string lower) =>
            Tokens[token].Ascii ? WordIsIgnoringCase(token, lower) : string.Equals(Word(token).ToLowerInvariant(), lower, StringComparison.Ordinal);

        /// <summary>Whether the token's text is <paramref name="word"/> under OrdinalIgnoreCase, without cutting it.</summary>
        public bool WordIsIgnoringCase(int token, string word)
        {
            var t = Tokens[token];
            return t.End - t.Start == word.Length && Source.AsSpan(t.Start, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>Whether the words from <paramref name="token"/> on are <paramref name="phrase"/>'s, under OrdinalIgnoreCase (false past the paragraph).</summary>
        public bool PhraseIs(int token, string[] phrase)
        {
            for (var i = 0; i < phrase.Length; i++)
            {
                if (!IsWord(token + i) || !WordIsIgnoringCase(token + i, phrase[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether the token holds an apostrophe (straight or curly).</summary>
        public bool HasApostrophe(int token)
        {
            ref readonly var t = ref Tokens[token];
            if (!t.Apostrophe)
            {
                return false;
            }

            for (var i = t.Start; i < t.End; i++)
            {
                if (Source[i] == '\'' || Source[i] == '’')
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A word ending in a possessive mark: 's, ’s, s' or s’ (<see cref="Possessive"/>, the one rule).</summary>
        public bool IsPossessive(int token)
        {
            ref readonly var t = ref Tokens[token];
            return t.Apostrophe && Possessive.Length(Source, t.Start, t.End) > 0;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool IsCapitalised(int token) => token >= 0 && token < Tokens.Count && Tokens[token].Capitalised;

        /// <summary>
        /// The first capitalised word at or after <paramref name="token"/> that is outside quotes, or the token count: where a
        /// name can start. Every token of every paragraph is passed over here, read straight from the array.
        /// </summary>
        public int NextCapitalisedOutsideQuotes(int token)
        {
            var items = Tokens.Items;
            var count = Math.Min(Tokens.Count, items.Length);
            for (var t = Math.Max(token, 0); t < count; t++)
            {
                if (items[t].Capitalised && items[t].Quote < 0)
                {
                    return t;
                }
            }

            return Tokens.Count;
        }

        /// <summary>The sentence holding a token.</summary>
        public int SentenceOf(int token)
        {
            // Every name and cue asks this: a token of the paragraph reads it from the table SplitSentences fills.
            if ((uint)token < (uint)Tokens.Count)
            {
                return sentenceOfToken[token];
            }

            // Sentences are contiguous and ordered: binary search for the first that ends after the token.
            int lo = 0, hi = Sentences.Count - 1;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (token < Sentences[mid].End)
                {
                    hi = mid;
                }
                else
                {
                    lo = mid + 1;
                }
            }

            return lo;
        }

        /// <summary>The stretches of a sentence outside quotes, as token ranges (computed once per sentence).</summary>
        public List<(int First, int End)> SegmentsOf(int sentence)
        {
            segments ??= new Dictionary<int, List<(int First, int End)>>();
            if (!segments.TryGetValue(sentence, out var list))
            {
                var range = Sentences[sentence];
                list = TakeSegmentList();
                var from = range.First;
                var t = range.First;
                while (t < range.End)
                {
                    var token = Tokens[t];
                    if (token.Kind == TokenKind.OpenQuote)
                    {
                        list.Add((from, t));
                        t = Math.Min(Quotes[token.Quote].CloseToken + 1, range.End);
                        from = t;
                        continue;
                    }

                    t++;
                }

                list.Add((from, range.End));
                segments[sentence] = list;
            }

            return list;
        }

        private List<(int First, int End)> TakeSegmentList() => spareSegments.Count > 0 ? spareSegments.Pop() : new List<(int First, int End)>();

        /// <param name="sentences">The configuration's sentence splitter, whose sentences the attribution reads.</param>
        /// <param name="recycled">A paragraph nothing refers to any more, whose lists are cleared and refilled instead of allocated anew.</param>
        /// <param name="shared">The article's shared text, when <paramref name="text"/> is its text and [start, end) is its span <paramref name="span"/>.</param>
        public static ParagraphText Build(string text, int index, ParagraphKind kind, int start, int end, WordClassTable classes, SentenceSplitter sentences, ParagraphText? recycled = null, ArticleText? shared = null, int span = -1, WordStrings? strings = null)
        {
            var p = recycled ?? new ParagraphText();
            p.Reset(text, index, kind, start, end);
            p.classes = classes;
            p.strings = strings;
            QuoteScanner.Scan(text, start, end, p.Quotes);
            p.Tokenize();
            // The shared text's span is [start, end) of this same text (see QuoteExtractor.Paragraphs): its quotes are p.Quotes.
            p.SplitSentences(shared != null && span >= 0 ? sentences.Sentences(shared, span, p.Quotes) : sentences.Split(text, start, end, p.Quotes));
            return p;
        }

        private void Reset(string text, int index, ParagraphKind kind, int start, int end)
        {
            if (words != null)
            {
                Array.Clear(words, 0, Math.Min(words.Length, Tokens.Count));
            }

            Tokens.Clear();
            Quotes.Clear();
            Sentences.Clear();
            if (segments != null)
            {
                // The recycled paragraph's segment lists are kept for the next one's sentences.
                foreach (var list in segments.Values)
                {
                    list.Clear();
                    spareSegments.Push(list);
                }

                segments.Clear();
            }

            Source = text;
            Index = index;
            Kind = kind;
            Start = start;
            End = end;

            // About one token per five characters in prose: sized once instead of grown by doubling.
            var expected = Math.Min(1 << 16, Math.Max(4, (end - start) / 5));
            if (Tokens.Capacity < expected)
            {
                Tokens.Capacity = expected;
            }
        }

        private void Tokenize()
        {
            var text = Source;
            var quotes = Quotes;
            var table = classes!;
            var cache = WordClassCache.For(table);
            var kinds = AsciiKind;
            var end = End;
            var q = 0;
            var inside = -1;
            var i = Start;

            // Tokens are written in place (see ParagraphTokens), the count set once at the end.
            var buffer = Tokens.Items;
            var count = 0;
            var slots = slotOfToken;

            // Quote marks (and an unclosed quote's end) are the only places where the state changes: between them the loop
            // reads characters without asking about quotes. No word or mark run can step over one (see the runs below).
            var mark = NextMark(q, inside);
            while (i < end)
            {
                if (i >= mark)
                {
                    if (inside >= 0 && quotes[inside].Unclosed && i >= quotes[inside].ContentEnd)
                    {
                        inside = -1;
                        q++;
                    }

                    if (q < quotes.Count && i == quotes[q].Open)
                    {
                        if (count == buffer.Length)
                        {
                            buffer = GrowTokens(count);
                        }

                        quotes[q].OpenToken = count;
                        buffer[count++] = new Token(i, i + 1, TokenKind.OpenQuote, q, apostrophe: TextNormalizer.IsApostrophe(text[i]));
                        inside = q;
                        i++;
                        mark = NextMark(q, inside);
                        continue;
                    }

                    if (inside >= 0 && i == quotes[inside].Close)
                    {
                        if (count == buffer.Length)
                        {
                            buffer = GrowTokens(count);
                        }

                        quotes[inside].CloseToken = count;
                        buffer[count++] = new Token(i, i + 1, TokenKind.CloseQuote, inside, apostrophe: TextNormalizer.IsApostrophe(text[i]));
                        inside = -1;
                        q++;
                        i++;
                        mark = NextMark(q, inside);
                        continue;
                    }

                    mark = NextMark(q, inside);
                }

                var c = text[i];
                var kind = c < 128 ? kinds[c] : TextNormalizer.IsSpace(c) ? Space : char.IsLetterOrDigit(c) ? LetterOrDigit : Other;
                if (kind == Space)
                {
                    i++;
                    continue;
                }

                if (kind == LetterOrDigit)
                {
                    var j = ScanWord(text, i, end, out var lastChars, out var shape);
                    var ascii = (shape & AsciiShape) != 0;
                    var slot = -1;
                    var wordClasses = !ascii ? table.Lookup(text, i, j - i) :
                        j - i <= WordClassCache.MaxLength ? cache.Lookup(text, i, j - i, lastChars, out slot) : table.LookupWord(text, i, j - i, lastChars, out slot);

                    // Abbreviations and initials keep their period, so it is not taken for a sentence end ("N.C., who": "N.C." too).
                    if (j < end && text[j] == '.' && (j - i == 1 || (wordClasses & WordClass.Abbreviation) != 0 || IsInitials(text, i, j)))
                    {
                        j++;
                        wordClasses = ascii ? table.LookupWord(text, i, j - i, WordClassTable.AddChar(lastChars, '.'), out slot) : table.Lookup(text, i, j - i);
                    }

                    if (count == buffer.Length)
                    {
                        buffer = GrowTokens(count);
                    }

                    if (count >= slots.Length)
                    {
                        // Grown with the slots of the paragraph's earlier words kept.
                        Array.Resize(ref slotOfToken, buffer.Length);
                        slots = slotOfToken;
                    }

                    // Stored whatever the classes (read only where they are not None): a branch on them here, one way for
                    // about every other word, was mispredicted as often as taken.
                    slots[count] = slot;

                    var capitalised = c < 128 ? (uint)(c - 'A') <= 'Z' - 'A' || ((shape & JoinedShape) != 0 && (uint)(c - 'a') <= 'z' - 'a' && table.NameParticles.Open(text, i, j)) : char.IsUpper(c);
                    buffer[count++] = new Token(i, j, TokenKind.Word, inside, wordClasses, capitalised, ascii, (shape & ApostropheShape) != 0);
                    i = j;
                    continue;
                }

                // A run of the same mark ("---", "!!!", or stray quote marks that pair with nothing) is one token,
                // so a file of nothing but marks does not turn into millions of tokens.
                var k = i + 1;
                while (k < end && (text[k] == c || (QuoteScanner.IsDoubleQuote(c) && QuoteScanner.IsDoubleQuote(text[k]))) && !IsMark(k, q))
                {
                    k++;
                }

                if (count == buffer.Length)
                {
                    buffer = GrowTokens(count);
                }

                buffer[count++] = new Token(i, k, TokenKind.Punct, inside, apostrophe: TextNormalizer.IsApostrophe(c));
                i = k;
            }

            Tokens.Count = count;
            foreach (var span in quotes)
            {
                if (span.Unclosed)
                {
                    span.CloseToken = Tokens.Count;
                }
            }
        }

        /// <summary>Room for twice the tokens written so far (the first <paramref name="count"/> kept).</summary>
        private Token[] GrowTokens(int count)
        {
            Tokens.Count = count;
            Tokens.Capacity = Math.Max(4, count * 2);
            return Tokens.Items;
        }

        /// <summary>"N.C", "U.S", "D.C": single letters joined by periods, whose last period is theirs too.</summary>
        private static bool IsInitials(string text, int start, int end)
        {
            if (end - start < 3 || (end - start) % 2 == 0)
            {
                return false;
            }

            for (var k = start; k < end; k++)
            {
                if ((k - start) % 2 == 0 ? !char.IsLetter(text[k]) : text[k] != '.')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The end of the word starting at <paramref name="i"/>, and its last characters as written, packed for the lexicon table
        /// on the way (valid when the word is all ASCII). A method of its own, and without calls: the run of ASCII letters and
        /// digits, which is most words whole, keeps its position and packed characters in registers (a call anywhere in the loop
        /// had them spilled to the stack on every character). What ends the run otherwise, a joiner or a letter past ASCII, goes on
        /// in <see cref="ScanWordRest"/>.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int ScanWord(string text, int i, int end, out ulong lastChars, out byte shape)
        {
            var kinds = AsciiKind;
            var chars = text.AsSpan(0, end);
            var c = chars[i];
            var packed = (ulong)c;
            var j = i + 1;
            while ((uint)j < (uint)chars.Length)
            {
                var d = chars[j];
                if (d >= (uint)kinds.Length || kinds[d] != LetterOrDigit)
                {
                    break;
                }

                packed = WordClassTable.AddChar(packed, d);
                j++;
            }

            // What ends the run is most often a space or a stop: one read of its kind tells it from an ASCII joiner.
            if (c < 128 && (j == end || (chars[j] < 128 && kinds[chars[j]] != Joiner)))
            {
                lastChars = packed;
                shape = AsciiShape;
                return j;
            }

            return ScanWordRest(text, j, end, packed, c, out lastChars, out shape);
        }

        /// <summary>The rest of a word from <paramref name="j"/> on, whose characters so far packed to <paramref name="packed"/>.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int ScanWordRest(string text, int j, int end, ulong packed, char first, out ulong lastChars, out byte shape)
        {
            var kinds = AsciiKind;

            // The characters before j are the first and ASCII letters or digits.
            var ascii = first < 128;
            var apostrophe = TextNormalizer.IsApostrophe(first);
            var joined = false;
            while (j < end)
            {
                var d = text[j];
                if (d < 128 ? kinds[d] != LetterOrDigit : !char.IsLetterOrDigit(d))
                {
                    // A joiner inside a word: "don't", "Jean-Luc", "U.S", "AT&T".
                    if (!IsWordJoiner(d) || j + 1 >= end || !char.IsLetterOrDigit(text[j + 1]))
                    {
                        break;
                    }

                    joined = true;
                }

                ascii &= d < 128;
                apostrophe |= TextNormalizer.IsApostrophe(d);
                packed = WordClassTable.AddChar(packed, d);
                j++;
            }

            lastChars = packed;
            shape = (byte)((ascii ? AsciiShape : 0) | (apostrophe ? ApostropheShape : 0) | (joined ? JoinedShape : 0));
            return j;
        }

        /// <summary>The first offset from which the tokenizer must look at quote state again: the next opening mark, the current closing mark, or the end of an unclosed quote's content.</summary>
        private int NextMark(int q, int inside)
        {
            var mark = q < Quotes.Count ? Quotes[q].Open : int.MaxValue;
            if (inside >= 0)
            {
                mark = Math.Min(mark, Quotes[inside].Unclosed ? Quotes[inside].ContentEnd : Quotes[inside].Close);
            }

            return mark;
        }

        // What ScanWord tells of a word besides its end: all ASCII, holds an apostrophe, holds a joiner.
        private const byte AsciiShape = 1;
        private const byte ApostropheShape = 2;

        // Holds a joiner ("al-Ansari", "don't"): only such a word can open with a name particle.
        private const byte JoinedShape = 4;

        private const byte Other = 0;
        private const byte Space = 1;
        private const byte LetterOrDigit = 2;

        // The ASCII word joiners (IsWordJoiner); the other characters that are neither space nor letter nor digit are Other.
        private const byte Joiner = 3;

        // What TextNormalizer.IsSpace, char.IsLetterOrDigit and IsWordJoiner say of each ASCII character, read from a table in the hot loop.
        private static readonly byte[] AsciiKind = NewsTools.Text.AsciiTable.Build(c => TextNormalizer.IsSpace(c) ? Space : char.IsLetterOrDigit(c) ? LetterOrDigit : IsWordJoiner(c) ? Joiner : Other);

        /// <summary>Whether offset i is the next span's opening mark or the current span's closing mark.</summary>
        private bool IsMark(int i, int q) =>
            (q < Quotes.Count && (i == Quotes[q].Open || i == Quotes[q].Close)) || (q > 0 && i == Quotes[q - 1].Close);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool IsWordJoiner(char c) => c == '\'' || c == '’' || c == '-' || c == '.' || c == '&';

        /// <summary>
        /// The sentences of the one splitter (Text/SentenceSplitter: quote-aware, so a quotation's stops end no sentence
        /// before its speaker's verb) as token ranges: a sentence holds the tokens that start inside its span. The spans are
        /// the article's shared ones when it has them (time expressions and events read the same), split once per article.
        /// </summary>
        private void SplitSentences(IReadOnlyList<TextSpan> spans)
        {
            var items = Tokens.Items;
            var count = Tokens.Count;
            if (sentenceOfToken.Length < count)
            {
                sentenceOfToken = new int[Math.Max(count, sentenceOfToken.Length * 2)];
            }

            // Each token's sentence is written as the walk passes it (the sentence it joins is the next one added), not in a
            // second walk over the sentences; the shared spans are an array, read without an interface call per sentence.
            var sentenceOf = sentenceOfToken;
            var array = spans as TextSpan[];
            var spanCount = spans.Count;
            var first = 0;
            var t = 0;
            for (var k = 1; k < spanCount; k++)
            {
                var sentenceStart = array != null ? array[k].Start : spans[k].Start;
                var sentence = Sentences.Count;
                while (t < count && items[t].Start < sentenceStart)
                {
                    sentenceOf[t] = sentence;
                    t++;
                }

                if (t > first)
                {
                    Sentences.Add((first, t));
                    first = t;
                }
            }

            var last = Sentences.Count;
            if (first < count || Sentences.Count == 0)
            {
                Sentences.Add((first, count));
            }

            for (; t < count; t++)
            {
                sentenceOf[t] = last;
            }
        }
    }
}
