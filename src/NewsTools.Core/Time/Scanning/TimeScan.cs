using System.Collections.Generic;
using System.Runtime.CompilerServices;
using NewsTools.Config;
using ArticleText = NewsTools.Text.ArticleText;
using SentenceSplitter = NewsTools.Text.SentenceSplitter;
using TextSpan = NewsTools.Text.TextSpan;
using NewsTools.Time.Parsers;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Scanning
{
    /// <summary>The tokens of one stretch of text with the small questions parsers ask about them.</summary>
    internal sealed class TimeScan
    {
        // The token array and count, read directly: these questions are asked several times per token by every parser.
        private TimeToken[] items = NoTokens.Items;
        private int count;

        // The stretch of text the tokens cover, for AllCaps, which is worked out only when a parser first asks.
        private int spanStart;
        private int spanEnd;
        private int allCaps = -1;

        // The digit run StandaloneNumber last answered for (-1: none yet in this stretch), and its answer.
        private int standaloneAt = -1;
        private bool standalone;

        /// <summary>The token DurationParser.CountedUnits last answered for in this stretch (At -1: none yet), and its answer.</summary>
        internal CountedUnitsAnswer CountedUnitsKept;

        internal struct CountedUnitsAnswer
        {
            public int At;
            public int End;
            public int? Amount;
            public TimeUnit Unit;
            public bool PlusHalf;
        }

        // Where the sentences come from: the article's shared text (span index `span`) when there is one, so the tagger,
        // events and quotes split each paragraph once; else the stretch is split here. Split only when a rule first asks.
        private SentenceSplitter splitter = null!;
        private ArticleText? shared;
        private int span;
        private IReadOnlyList<TextSpan>? sentences;

        // The lexicon's groups, by the index each token holds (TimeToken.LexIndex).
        private LexGroup?[] groups = NoGroups;

        // The lexicon's kinds and modifier values by group index (Lexicon.GroupKinds, GroupModifiers), read by Is and Mod.
        private int[] kinds = NoKinds;
        private int[] modifiers = NoModifiers;

        private static readonly LexGroup?[] NoGroups = { null };
        private static readonly int[] NoKinds = { 0 };
        private static readonly int[] NoModifiers = { int.MinValue };

        public TimeScan(string text, TokenList tokens, int spanStart, int spanEnd, SentenceSplitter? splitter = null, ArticleText? shared = null, int span = -1, Lexicon? lexicon = null)
        {
            Reset(text, tokens, spanStart, spanEnd, splitter ?? SentenceSplitter.For(ConfigLoader.Defaults), shared, span, lexicon ?? Lexicon.Default);
        }

        /// <summary>
        /// This scan made over for another stretch, as the constructor would make it: the tagger keeps one per thread
        /// instead of allocating one per paragraph.
        /// </summary>
        internal TimeScan Reset(string text, TokenList tokens, int spanStart, int spanEnd, SentenceSplitter splitter, ArticleText? shared, int span, Lexicon lexicon)
        {
            Lexicon = lexicon;
            groups = lexicon.Groups;
            kinds = lexicon.GroupKinds;
            modifiers = lexicon.GroupModifiers;
            Text = text;
            Tokens = tokens;
            items = tokens.Items;
            this.splitter = splitter;
            this.shared = shared;
            count = tokens.Count;
            this.spanStart = spanStart;
            this.spanEnd = spanEnd;
            this.span = span;
            allCaps = -1;
            sentences = null;
            standaloneAt = -1;
            CountedUnitsKept.At = -1;
            Pool.Rewind();
            return this;
        }

        private static readonly TokenList NoTokens = new TokenList(0);

        /// <summary>Where this stretch's frames and candidates come from, taken back when the scan is reset for the next.</summary>
        internal TimexPool Pool { get; } = new TimexPool();

        /// <summary>Lets go of the text, its tokens and its sentences, so a kept scan holds no article alive between calls.</summary>
        internal void Forget()
        {
            Text = string.Empty;
            Tokens = NoTokens;
            items = NoTokens.Items;
            count = 0;
            shared = null;
            sentences = null;
        }

        /// <summary>The sentences of the stretch, as the configuration's one splitter cuts them (Text/SentenceSplitter).</summary>
        public IReadOnlyList<TextSpan> Sentences =>
            sentences ??= shared != null && span >= 0 ? splitter.Sentences(shared, span) : splitter.Split(Text, spanStart, spanEnd);

        /// <summary>
        /// Token i ends with a stop (. ! ? …), the only mark after which the splitter ends a sentence within a line: rules
        /// ask for the sentences only past one, so a paragraph without a stop near its expressions is never split.
        /// </summary>
        public bool EndsWithStop(int i)
        {
            var c = Text[items[i].End - 1];
            return c == '.' || c == '!' || c == '?' || c == '\u2026';
        }

        /// <summary>The sentence holding token i (the last one starting at or before it), as [start, end) of the text.</summary>
        public TextSpan SentenceOf(int i)
        {
            var all = Sentences;
            var found = TextSpan.LastStartingAtOrBefore(all, items[i].Start);
            return found < 0 ? new TextSpan(spanStart, all.Count > 0 ? all[0].Start : spanEnd) : all[found];
        }

        /// <summary>
        /// The first word of a sentence as the article's one splitter cut it (behind any quotes or brackets), or after a stop
        /// that ends a word in lower case or a number, or the first of a line, or after a colon or a dash, where a capital
        /// opens a clause within the sentence.
        /// </summary>
        public bool StartsSentence(int k)
        {
            var j = k - 1;
            while (j >= 0 && !Tokens[j + 1].BreakBefore && Tokens[j].Kind == TokenKind.Punct
                && (Punct(j, '"') || Punct(j, '\u201c') || Punct(j, '(') || Punct(j, '\'') || Punct(j, '\u2018')))
            {
                j--;
            }

            if (j < 0 || Tokens[j + 1].BreakBefore || Punct(j, ':') || Punct(j, '-'))
            {
                return true;
            }

            // A stop after a word or a number ends a sentence the splitter may keep whole, as it keeps a quotation
            // ("... recognised this. Now we see ...", "the Top 40. Now you can", "in Wales. Now we need", "enough ...Now
            // the talks begin"); after one or two capitals it may be an abbreviation ("Mr.", "U.S."), which only the
            // splitter can tell.
            return Tokens[j].Kind == TokenKind.Punct
                && (SentenceOf(k).Start > Tokens[j].Start
                    || ((Punct(j, '.') || Punct(j, '!') || Punct(j, '?')) && j > 0 && !Tokens[j].SpaceBefore && EndsSentenceBeforeStop(j - 1)));
        }

        private bool EndsSentenceBeforeStop(int w)
        {
            ref var t = ref Tokens[w];
            return t.Kind == TokenKind.Number || Punct(w, '.')
                || (t.Kind == TokenKind.Word && (!t.Capitalized || t.End - t.Start >= 3));
        }

        public string Text { get; private set; } = string.Empty;

        /// <summary>The lexicon the tokens were looked up in, for the rules that read its phrase and word lists.</summary>
        public Lexicon Lexicon { get; private set; } = null!;

        public TokenList Tokens { get; private set; } = NoTokens;

        /// <summary>The text is written in capitals throughout, so capitalisation says nothing.</summary>
        public bool AllCaps => (allCaps < 0 ? allCaps = IsAllCaps(Text, spanStart, spanEnd) ? 1 : 0 : allCaps) == 1;

        public int Count => count;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool In(int i) => (uint)i < (uint)count;

        /// <summary>Token i exists and no line break separates it from the token before.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool OnLine(int i) => (uint)i < (uint)count && !items[i].BreakBefore;

        /// <summary>Token k continues an expression that starts at token <paramref name="start"/> (the first token may start a line).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Continues(int start, int k) => k == start ? In(k) : OnLine(k);

        /// <summary>Token i exists, on the same line, and is written right against the token before ("third-quarter").</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Joined(int i) => (uint)i < (uint)count && !items[i].BreakBefore && !items[i].SpaceBefore;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Punct(int i, char c) => (uint)i < (uint)count && items[i].Kind == TokenKind.Punct && Text[items[i].Start] == c;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool IsNumber(int i) => (uint)i < (uint)count && items[i].Kind == TokenKind.Number;

        /// <summary>A number, "%", or a rate word ("million", "twice"): what stands before the "a" of a rate ("$5 a year").</summary>
        public bool IsRate(int i) => (uint)i < (uint)count && (items[i].Kind == TokenKind.Number || Punct(i, '%') || (items[i].LexIndex != 0 && groups[items[i].LexIndex]!.IsRate));

        /// <summary>
        /// The "a" at token <paramref name="a"/> closes a rate: after an amount ("$5 a year", "twice a month") or a counted
        /// plural noun ("four flights a week", "50,000 CDs a year"), which may have modifiers between its count and itself
        /// ("300,000 new homes a year") and an of-phrase after it ("10 million barrels of oil a day"); a counted unit ("five
        /// days a week") is not one.
        /// </summary>
        public bool RateBefore(int a)
        {
            if (IsRate(a - 1))
            {
                return true;
            }

            if (!OnLine(a) || !OnLine(a - 1))
            {
                return false;
            }

            // "barrels of oil": the counted noun is the one before "of".
            var noun = a - 1;
            if (a >= 4 && OnLine(a - 3) && IsPlainWord(a - 1) && Mod(a - 2, Vocabulary.Mod.Of))
            {
                noun = CountedPlural(a - 3) ? a - 3 : noun;
            }

            return CountedPlural(noun);
        }

        // Plain words between a count and what it counts: "four extra flights", "300,000 new homes".
        private const int MostCountModifiers = 2;

        /// <summary>Token k is a plural noun the vocabulary does not know, after a count and at most two plain words.</summary>
        private bool CountedPlural(int k)
        {
            if (!IsPlainWord(k) || Text[items[k].End - 1] != 's')
            {
                return false;
            }

            for (var j = k - 1; j >= 0 && j >= k - 1 - MostCountModifiers && OnLine(j); j--)
            {
                if (IsRate(j) || Is(j, LexKind.Number))
                {
                    return true;
                }

                if (!IsCountModifier(j))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>
        /// A word in lower case that can stand between a count and its noun: one the vocabulary does not know, or knows only
        /// as the start of a name or as a qualifier ("new" of "new year's day", "extra", "more"), not as a verb, a preposition or a unit.
        /// </summary>
        private bool IsCountModifier(int j)
        {
            if (items[j].Kind != TokenKind.Word || items[j].Capitalized)
            {
                return false;
            }

            var group = groups[items[j].LexIndex];
            var qualifier = group != null && (group.Modifier == (int)Vocabulary.Mod.More || group.Modifier == (int)Vocabulary.Mod.UnitQualifier);
            return group == null || ((group.Modifier == int.MinValue || qualifier) && group.Tense == TenseCue.None && !group.IsAuxiliary && !group.IsModal
                && !group.IsSpanPreposition && !group.IsRate && !Is(j, LexKind.Unit));
        }

        /// <summary>A word the vocabulary does not know.</summary>
        private bool IsPlainWord(int i) => (uint)i < (uint)count && items[i].Kind == TokenKind.Word && items[i].LexIndex == 0;

        /// <summary>A preposition that makes the period after it a span ("over", "for", "during").</summary>
        public bool IsSpanPreposition(int i) => (uint)i < (uint)count && items[i].LexIndex != 0 && groups[items[i].LexIndex]!.IsSpanPreposition;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Digits(int i) => Tokens[i].End - Tokens[i].Start;

        /// <summary>
        /// Token i has a capital, or the text is in capitals throughout, which is then worked out only for a token in lower
        /// case: most tokens asked about (months, named days) have their capital.
        /// </summary>
        public bool Capitalized(int i) => ((uint)i < (uint)count && items[i].Capitalized) || AllCaps;

        /// <summary>The lexicon group of a token of this stretch, or null when the lexicon lacks the word (or it is no word).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public LexGroup? LexOf(in TimeToken t) => groups[t.LexIndex];

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Is(int i, LexKind kind, out LexEntry entry)
        {
            // The kinds by index first: most tokens asked about lack the kind, and the answer then needs no group object.
            if ((uint)i < (uint)count && (kinds[items[i].LexIndex] & (1 << (int)kind)) != 0)
            {
                return groups[items[i].LexIndex]!.Has(kind, out entry);
            }

            entry = default;
            return false;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Is(int i, LexKind kind) => (uint)i < (uint)count && (kinds[items[i].LexIndex] & (1 << (int)kind)) != 0;

        /// <summary>Token i's first modifier meaning is <paramref name="mod"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Mod(int i, Mod mod) => (uint)i < (uint)count && modifiers[items[i].LexIndex] == (int)mod;

        public bool Unit(int i, out TimeUnit unit, out bool plural)
        {
            if (Is(i, LexKind.Unit, out var e) && !((TimeUnit)e.Value == TimeUnit.Quarter && IsQuarterOfMeasure(i)))
            {
                unit = (TimeUnit)e.Value;
                plural = e.Value2 == 1;
                return true;
            }

            unit = TimeUnit.None;
            plural = false;
            return false;
        }

        /// <summary>
        /// "three quarter-point cuts", "the quarter-finals", "a quarter point", "the quarter mile": a quarter before a noun of
        /// measure (list timeFractionNouns), spaced or hyphenated, is a fraction of it, not three months ("the quarter-to-date
        /// figures" stay a quarter).
        /// </summary>
        private bool IsQuarterOfMeasure(int i)
        {
            var noun = Punct(i + 1, '-') && Joined(i + 1) && Joined(i + 2) ? i + 2 : i + 1;
            return OnLine(noun) && items[noun].Kind == TokenKind.Word && WordIn(noun, Lexicon.FractionNouns);
        }

        /// <summary>Case-insensitive comparison of token i, a word, with a lower-case ASCII word.</summary>
        // Inlined with the length compared first: the word is nearly always a literal, whose length the compiler knows, and
        // most tokens asked about differ in length, so most questions are answered without a call.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Word(int i, string word) =>
            (uint)i < (uint)count && items[i].Kind == TokenKind.Word && items[i].End - items[i].Start == word.Length && Spelled(i, word);

        /// <summary>Whether token i, a word, is one of <paramref name="words"/> (a list of the time vocabulary, lower case).</summary>
        public bool WordIn(int i, string[] words)
        {
            foreach (var word in words)
            {
                if (Word(i, word))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Case-insensitive comparison of token i, of any kind, with a lower-case word or mark ("to", "-"); a curly
        /// apostrophe in the text matches a straight one in <paramref name="word"/>.
        /// </summary>
        public bool Spelled(int i, string word)
        {
            if ((uint)i >= (uint)count || items[i].End - items[i].Start != word.Length)
            {
                return false;
            }

            var start = items[i].Start;
            for (var k = 0; k < word.Length; k++)
            {
                var c = Text[start + k];
                if ((c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c == '\u2019' ? '\'' : c) != word[k])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Token k joins a range whose first end begins at token <paramref name="rangeStart"/>: a connector of the vocabulary
        /// (timeRangeConnectors: "to", "through", "-"), or "and" after a "between" before the first end.
        /// </summary>
        public bool IsRangeConnector(int k, int rangeStart)
        {
            if (Mod(k, Vocabulary.Mod.And))
            {
                return Mod(rangeStart - 1, Vocabulary.Mod.Between);
            }

            foreach (var connector in Lexicon.RangeConnectors)
            {
                if (Spelled(k, connector))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Token i is a digit run that stands alone, not part of "1,500", "3.5" or "10%".</summary>
        public bool StandaloneNumber(int i)
        {
            if (!IsNumber(i) || items[i].Number < 0)
            {
                return false;
            }

            // Most parsers that begin at a digit run ask this of it in turn: the last answer is kept.
            if (i != standaloneAt)
            {
                standaloneAt = i;
                standalone = IsStandalone(i);
            }

            return standalone;
        }

        /// <summary>"2019/20": a year, a slash and the next year's last two digits, as seasons and fiscal years are written.</summary>
        // (Asked of a year two tokens back, which may be before the first token, and of a slash that may end the text: both
        // numbers are checked to exist before their digits are counted.)
        public bool IsSeasonOfTwoYears(int i) =>
            IsNumber(i) && Punct(i + 1, '/') && IsNumber(i + 2) && Digits(i) == 4 && Digits(i + 2) == 2 && items[i + 2].Number == (items[i].Number + 1) % 100;

        private bool IsStandalone(int i)
        {
            if (Joined(i) && (Punct(i - 1, ',') || Punct(i - 1, '.')) && Joined(i - 1) && IsNumber(i - 2))
            {
                return false;
            }

            if (Joined(i + 1) && (Punct(i + 1, ',') || Punct(i + 1, '.') || Punct(i + 1, '/')) && Joined(i + 2) && IsNumber(i + 2) && !IsSeasonOfTwoYears(i))
            {
                return false;
            }

            if (Joined(i + 1) && (Punct(i + 1, '%') || (Punct(i + 1, ':') && Joined(i + 2) && IsNumber(i + 2))))
            {
                return false;
            }

            if (Joined(i) && (Punct(i - 1, '$') || Punct(i - 1, '£') || Punct(i - 1, '€') || Punct(i - 1, '#')))
            {
                return false;
            }

            return true;
        }

        /// <summary>
        /// A cardinal amount at token i: digits, number words ("twenty-four", "twenty four", "a hundred"), "a"/"an"/"one".
        /// </summary>
        public bool Amount(int i, out int value, out int next)
        {
            value = 0;
            next = i;
            if (StandaloneNumber(i) && Digits(i) <= 6)
            {
                value = items[i].Number;
                next = i + 1;
                return true;
            }

            if (Mod(i, Vocabulary.Mod.A))
            {
                if (OnLine(i + 1) && Is(i + 1, LexKind.Number, out var h) && (h.Value == 100 || h.Value == 1000 || h.Value == 12))
                {
                    value = h.Value;
                    next = i + 2;
                    return true;
                }

                value = 1;
                next = i + 1;
                return true;
            }

            if (!Is(i, LexKind.Number, out var e) || e.Value >= 100)
            {
                return false;
            }

            value = e.Value;
            next = i + 1;
            if (value >= 20 && value % 10 == 0)
            {
                // "twenty-four" or "twenty four"
                var k = next;
                if (Punct(k, '-') && Joined(k) && Joined(k + 1))
                {
                    k++;
                }

                if (OnLine(k) && Is(k, LexKind.Number, out var units) && units.Value < 10)
                {
                    value += units.Value;
                    next = k + 1;
                }
            }

            if (OnLine(next) && Is(next, LexKind.Number, out var mult) && (mult.Value == 100 || mult.Value == 1000))
            {
                value *= mult.Value;
                next++;
            }

            return true;
        }

        /// <summary>Headlines and wire copy in capitals: capitalisation then says nothing about month names.</summary>
        private static bool IsAllCaps(string text, int start, int end)
        {
            var upper = 0;
            var lower = 0;
            for (var i = start; i < end && upper + lower < 400; i++)
            {
                // Counted without a branch on the letter: text mixes cases in no order a predictor could learn.
                var c = text[i];
                lower += (uint)(c - 'a') <= 'z' - 'a' ? 1 : 0;
                upper += (uint)(c - 'A') <= 'Z' - 'A' ? 1 : 0;

                // At most 400 letters are counted, so with 37 lower-case ones lower * 10 < upper can no longer hold.
                if (lower >= 37)
                {
                    return false;
                }
            }

            return upper > 20 && lower * 10 < upper;
        }
    }
}
