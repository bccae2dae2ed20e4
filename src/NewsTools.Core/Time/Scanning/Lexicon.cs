using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using NewsTools.Config;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Scanning
{
    /// <summary>Which way a word pulls the tense of its clause.</summary>
    internal enum TenseCue : byte
    {
        None,
        Past,
        Present,
        Future,

        /// <summary>A subject pronoun: a verb in -s after it is present ("who faces", "she says").</summary>
        Subject,
    }

    /// <summary>All the meanings one word form has ("second" is an ordinal and a unit; "may" a month and a modal).</summary>
    internal sealed class LexGroup
    {
        public LexGroup(string word)
        {
            Word = word;
        }

        public string Word { get; }

        /// <summary>Its place in its lexicon's <see cref="Lexicon.Groups"/> (from 1), which tokens hold instead of the group.</summary>
        public int Index { get; internal set; }

        private LexEntry[] entries = Array.Empty<LexEntry>();

        // The first entry of each kind, by kind: what Has answers, without a loop.
        private readonly LexEntry[] firstOfKind = new LexEntry[32];

        // One bit per LexKind present: parsers ask every token about kinds it mostly lacks, and the bit answers "no" at once.
        private int kinds;

        public IReadOnlyList<LexEntry> Entries => entries;

        /// <summary>One bit (1 &lt;&lt; kind) per <see cref="LexKind"/> this word has an entry of.</summary>
        public int Kinds => kinds;

        /// <summary>The value of this word's first modifier entry (a <see cref="Mod"/>), or <see cref="int.MinValue"/> for none.</summary>
        public int Modifier { get; private set; } = int.MinValue;

        public TenseCue Tense { get; set; }

        /// <summary>An expression can begin with this word; others ("of", "and", "early") are only looked at by parsers already under way.</summary>
        public bool CanStart { get; set; }

        /// <summary>A word after which "a year", "a month" is a rate ("$5 million a year", "twice a month").</summary>
        public bool IsRate { get; set; }

        /// <summary>A preposition that makes the period after it a span ("over the past decade", "for a while").</summary>
        public bool IsSpanPreposition { get; set; }

        /// <summary>An auxiliary an insertion set off by commas may part from its verb ("will, after weeks of talks, meet").</summary>
        public bool IsAuxiliary { get; set; }

        /// <summary>A modal verb: "last" after one and before a count is the verb ("could last two months").</summary>
        public bool IsModal { get; set; }

        /// <summary>The phrases for a span of no stated length that begin with this word ("a while", "some time"), as their words.</summary>
        public List<string[]>? UnspecifiedSpans { get; set; }

        /// <summary>The TIMEX3 value of the set this word names after "each"/"every" ("each season"), or null.</summary>
        public string? RecurringValue { get; set; }

        /// <summary>The named days whose name begins with this word, longest name first ("new year's eve" before "new year").</summary>
        public List<HolidayRule> Holidays { get; } = new List<HolidayRule>();

        public void Add(LexEntry entry)
        {
            Array.Resize(ref entries, entries.Length + 1);
            entries[entries.Length - 1] = entry;
            var bit = 1 << (int)entry.Kind;
            if ((kinds & bit) == 0)
            {
                firstOfKind[(int)entry.Kind] = entry;
                if (entry.Kind == LexKind.Modifier)
                {
                    Modifier = entry.Value;
                }
            }

            kinds |= bit;
        }

        /// <summary>The first entry of <paramref name="kind"/>, if this word has one.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Has(LexKind kind, out LexEntry entry)
        {
            if ((kinds & (1 << (int)kind)) != 0)
            {
                entry = firstOfKind[(int)kind];
                return true;
            }

            entry = default;
            return false;
        }
    }

    /// <summary>
    /// Case-insensitive lookup of a word given as a slice of the text, without allocating: an open-addressing table keyed
    /// by an ASCII-folded hash. Built once per configuration from its time word lists.
    /// </summary>
    internal sealed class Lexicon
    {
        public const int MaxWordLength = 24;
        private readonly LexGroup?[] slots;

        // Each slot's word hash: a probe compares the hash before it compares letters.
        private readonly int[] hashes;

        // One bit per value of a hash's low 13 bits, set for the lexicon's words: most words of a text are not time words,
        // and this 1 KB table turns them away before the probe.
        private readonly byte[] filter = new byte[1 << 10];

        // By length (1-24), first and last letter (a-z), which groups have those edges: 0 for none, the one group's index + 1
        // where one has them (only its inner letters are then left to compare), Shared where several do (the hash probe
        // decides). About half the words of a text are turned away by this 32 KB table alone, before any hash is taken.
        private readonly ushort[] edgeSlots = new ushort[MaxWordLength * 26 * 26];
        private readonly LexGroup[] edgeGroups;

        /// <summary>The <see cref="EdgeSlot"/> of a word that several groups' edges fit, or whose edges are not ASCII letters.</summary>
        public const ushort SharedEdges = ushort.MaxValue;

        private readonly int mask;

        /// <summary>The longest word <see cref="ShortWord"/> answers for.</summary>
        public const int ShortWordLength = 8;

        // Words of one to eight ASCII letters (most words of a text, and nearly all the lexicon's) are looked up by their
        // letters packed one byte each into a ulong: one multiplication finds the bucket, and a bucket holds at most two
        // words, so a lookup is two comparisons and no loop, and the answer (a group index, 0 for none) is taken without a
        // branch on the letters (an index of allGroups, whose entry 0 is null).
        private readonly ShortBucket[] shortBuckets;
        private readonly ulong shortMultiplier;
        private readonly int shortShift;
        private readonly LexGroup?[] allGroups;

        // Up to two words a bucket, each as its key and its entry: the group's index times two, plus one where the group can
        // begin an expression, so the tokenizer learns both from one value.
        private struct ShortBucket
        {
            public ulong Key0;
            public ulong Key1;
            public int Entry0;
            public int Entry1;
        }

        // Arrays, not IReadOnlyList: they are read for every expression, and a foreach over the interface allocates an
        // enumerator each time (two per expression made a seventh of the tagger's allocations).

        /// <summary>Phrases that place the expression after them ahead ("as soon as", "as early as"), each as its words.</summary>
        public string[][] FuturePhrases { get; private set; } = Array.Empty<string[]>();

        /// <summary>Phrases that end a state at the expression after them ("until", "till"), each as its words.</summary>
        public string[][] LimitPhrases { get; private set; } = Array.Empty<string[]>();

        /// <summary>Phrases that open a period from the expression after them ("since"), each as its words.</summary>
        public string[][] PastPhrases { get; private set; } = Array.Empty<string[]>();

        /// <summary>Words and marks that join the two ends of a range ("to", "through", "-").</summary>
        public string[] RangeConnectors { get; private set; } = Array.Empty<string>();

        /// <summary>Words that make a four-digit number after them a year even before 1800 ("in", "since", "circa").</summary>
        public string[] YearIntroducers { get; private set; } = Array.Empty<string>();

        /// <summary>Words after a four-digit number that make it a count, not a year ("shares", "feet").</summary>
        public string[] YearCountNouns { get; private set; } = Array.Empty<string>();

        /// <summary>Verb forms that write a period's last day after it ("ended", "ending"); plain words, kept apart from the groups.</summary>
        public string[] PeriodEndVerbs { get; private set; } = Array.Empty<string>();

        /// <summary>Prepositions that write a period's last month or day after it ("to": "the year to March 2005").</summary>
        public string[] PeriodEndPrepositions { get; private set; } = Array.Empty<string>();

        /// <summary>Nouns that make a possessive "today's" before them the present age ("today's world"); plain words.</summary>
        public string[] EraNouns { get; private set; } = Array.Empty<string>();

        /// <summary>Nouns of measure a quarter before them is a fraction of ("a quarter point"): list timeFractionNouns.</summary>
        public string[] FractionNouns { get; private set; } = Array.Empty<string>();

        /// <summary>
        /// Prepositions that follow a noun rather than begin a verb's object ("rains on Monday"). Kept apart from the word
        /// groups: a word with a group is no longer a plain word to the rules that ask ("has since hosted" is a perfect).
        /// </summary>
        public string[] NounPrepositions { get; private set; } = Array.Empty<string>();

        /// <summary>Nouns "to" takes as a preposition ("sentenced to life", "came to power"), kept apart from the groups as above.</summary>
        public string[] NounsAfterTo { get; private set; } = Array.Empty<string>();

        /// <summary>Implicative verbs in the past before "to" ("were forced to", "managed to"), kept apart from the groups as above.</summary>
        public string[] ImplicativeVerbs { get; private set; } = Array.Empty<string>();

        /// <summary>Words that open a relative clause ("who", "that", "what"), kept apart from the groups as above.</summary>
        public string[] RelativeWords { get; private set; } = Array.Empty<string>();

        /// <summary>Conjunctions that open a clause of their own ("as", "when", "after"), kept apart from the groups as above.</summary>
        public string[] ClauseOpeners { get; private set; } = Array.Empty<string>();

        private Lexicon(List<LexGroup> groups)
        {
            var size = 1;
            while (size < groups.Count * 4)
            {
                size <<= 1;
            }

            slots = new LexGroup?[size];
            hashes = new int[size];
            var unique = new List<LexGroup>();
            mask = size - 1;
            foreach (var g in groups)
            {
                var hash = Hash(g.Word, 0, g.Word.Length);
                var h = hash & mask;
                while (slots[h] != null)
                {
                    h = (h + 1) & mask;
                }

                slots[h] = g;
                hashes[h] = hash;
                filter[(hash >> 3) & 0x3ff] |= (byte)(1 << (hash & 7));
                var w = g.Word;
                if (w.Length > 0 && w.Length <= MaxWordLength && IsAsciiLower(w[0]) && IsAsciiLower(w[w.Length - 1]))
                {
                    var key = EdgeKey(w.Length, w[0], w[w.Length - 1]);
                    if (edgeSlots[key] == 0)
                    {
                        unique.Add(g);
                        edgeSlots[key] = (ushort)unique.Count;
                    }
                    else
                    {
                        edgeSlots[key] = SharedEdges;
                    }
                }
            }

            edgeGroups = unique.ToArray();

            var shortWords = new List<LexGroup>();
            foreach (var g in groups)
            {
                if (IsShortWord(g.Word))
                {
                    shortWords.Add(g);
                }
            }

            // The short words first, so that ShortWord's answer is also the group's index.
            allGroups = new LexGroup?[groups.Count + 1];
            ShortWordCount = shortWords.Count;
            var index = 0;
            for (var k = 0; k < shortWords.Count; k++)
            {
                allGroups[++index] = shortWords[k];
                shortWords[k].Index = index;
            }

            foreach (var g in groups)
            {
                if (!IsShortWord(g.Word))
                {
                    allGroups[++index] = g;
                    g.Index = index;
                }
            }

            (shortBuckets, shortMultiplier, shortShift) = BuildShortBuckets(shortWords);

            GroupKinds = new int[allGroups.Length];
            GroupModifiers = new int[allGroups.Length];
            GroupModifiers[0] = int.MinValue;
            for (var g = 1; g < allGroups.Length; g++)
            {
                GroupKinds[g] = allGroups[g]!.Kinds;
                GroupModifiers[g] = allGroups[g]!.Modifier;
            }
        }

        private static bool IsAsciiLower(char c) => c >= 'a' && c <= 'z';

        private static bool IsShortWord(string w)
        {
            if (w.Length == 0 || w.Length > ShortWordLength)
            {
                return false;
            }

            foreach (var c in w)
            {
                if (!IsAsciiLower(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The key of a word of one to eight lower-case ASCII letters: its letters, one byte each, the first lowest.</summary>
        private static ulong ShortKey(string w)
        {
            ulong key = 0;
            for (var k = 0; k < w.Length; k++)
            {
                key |= (ulong)w[k] << (8 * k);
            }

            return key;
        }

        /// <summary>
        /// Buckets for the short words such that none holds more than two: the table grows, and the multiplier changes, until
        /// that holds (a few hundred words in at least four times as many buckets: a multiplier or two suffices).
        /// </summary>
        private static (ShortBucket[] Buckets, ulong Multiplier, int Shift) BuildShortBuckets(List<LexGroup> words)
        {
            // About two buckets a word: the table (24 bytes a bucket) then stays within a core's first-level data cache
            // beside the text and the tokens, where four a word did not. A few hundred multipliers are tried on average.
            var bits = 4;
            while ((1 << bits) < words.Count * 2)
            {
                bits++;
            }

            var buckets = new ShortBucket[1 << bits];
            for (var attempt = 0; ; attempt++)
            {
                if (attempt > 0 && attempt % 1024 == 0)
                {
                    bits++;
                    buckets = new ShortBucket[1 << bits];
                }

                Array.Clear(buckets, 0, buckets.Length);
                var multiplier = 0x9E3779B97F4A7C15UL + (2UL * (ulong)attempt * 0x632BE59BD9B4E019UL);
                var shift = 64 - bits;
                var placed = true;
                for (var k = 0; k < words.Count && placed; k++)
                {
                    var key = ShortKey(words[k].Word);
                    ref var b = ref buckets[(int)((key * multiplier) >> shift)];
                    var entry = ((k + 1) << 1) | (words[k].CanStart ? 1 : 0);
                    if (b.Entry0 == 0)
                    {
                        b.Key0 = key;
                        b.Entry0 = entry;
                    }
                    else if (b.Entry1 == 0)
                    {
                        b.Key1 = key;
                        b.Entry1 = entry;
                    }
                    else
                    {
                        placed = false;
                    }
                }

                if (placed)
                {
                    return (buckets, multiplier, shift);
                }
            }
        }

        /// <summary>
        /// Every group by its <see cref="LexGroup.Index"/>; entry 0 is null, for no group. The short words come first, so the
        /// index <see cref="ShortWord"/> gives is the group's.
        /// </summary>
        internal LexGroup?[] Groups => allGroups;

        // The two facts parsers ask of nearly every token they look at, by group index in arrays of their own: asked through
        // the group, each question read a group object, and the few hundred of them lie scattered over the heap.

        /// <summary>Each group's <see cref="LexGroup.Kinds"/>, by its index (0 for entry 0, no group).</summary>
        internal int[] GroupKinds { get; }

        /// <summary>Each group's <see cref="LexGroup.Modifier"/>, by its index (<see cref="int.MinValue"/> for entry 0, no group).</summary>
        internal int[] GroupModifiers { get; }

        /// <summary>How many groups <see cref="ShortWord"/> answers for: they are <see cref="Groups"/> 1 to this.</summary>
        internal int ShortWordCount { get; }

        /// <summary>
        /// The index in <see cref="Groups"/> of the run of ASCII letters text[start, start + length) (1 to
        /// <see cref="ShortWordLength"/> letters), or 0 when no group has that word: the same group as
        /// <see cref="Find(string, int, int)"/>. Reads eight characters from <paramref name="start"/>, so the text must hold
        /// them, and the machine must be little-endian (the caller asks <see cref="BitConverter.IsLittleEndian"/>).
        /// </summary>
        public int ShortWord(string text, int start, int length) => ShortEntry(EightChars.Read(text, start, out _), length) >> 1;

        /// <summary>
        /// <see cref="ShortWord(string, int, int)"/> times two, plus one when that group can begin an expression
        /// (<see cref="LexGroup.CanStart"/>): 0 for no group. <paramref name="letters"/> are the eight characters from the
        /// word's start as <see cref="EightChars.Read"/> gives them, the first <paramref name="length"/> of them ASCII letters.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int ShortEntry(ulong letters, int length)
        {
            // A letter's fold is c | 0x20; the characters after the word (length is 1 to 8) are masked off.
            var key = (letters | 0x2020202020202020UL) & (ulong.MaxValue >> (64 - (8 * length)));
            ref var b = ref shortBuckets[(int)((key * shortMultiplier) >> shortShift)];

            // Without a branch: about half the words of a text are in the lexicon, in no order a predictor could learn.
            // A key differs from a bucket's by a nonzero value, whose top bit is set in it or in its negation.
            var d0 = b.Key0 ^ key;
            var d1 = b.Key1 ^ key;
            var same0 = (int)(((d0 | (0UL - d0)) >> 63) ^ 1);
            var same1 = (int)(((d1 | (0UL - d1)) >> 63) ^ 1);
            return (same0 * b.Entry0) | (same1 * b.Entry1);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int EdgeKey(int length, char first, char last) => ((((length - 1) * 26) + ((first | 0x20) - 'a')) * 26) + ((last | 0x20) - 'a');

        /// <summary>
        /// Which groups can equal the run of letters text[start, start + length) (1 to MaxWordLength letters), judged by its
        /// length and its first and last letters: 0 for none (most words of a text), <see cref="SharedEdges"/> when several
        /// may or either letter is not ASCII, else the one group's index + 1. <see cref="FindLetters"/> takes it from there.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ushort EdgeSlot(string text, int start, int length)
        {
            var first = text[start];
            var last = text[start + length - 1];
            return (first | last) >= 128 ? SharedEdges : edgeSlots[EdgeKey(length, first, last)];
        }

        /// <summary>
        /// The group of a run of letters text[start, start + length) whose <see cref="EdgeSlot"/> is <paramref name="slot"/>
        /// (not 0): the same answer as <see cref="Find(string, int, int)"/>.
        /// </summary>
        // Out of line: the tokenizer's loop stays small, and most words never get here.
        [MethodImpl(MethodImplOptions.NoInlining)]
        public LexGroup? FindLetters(string text, int start, int length, ushort slot)
        {
            if (slot != SharedEdges)
            {
                // Equal words have equal edges: the one group with these edges is the only one that can match, and only
                // its inner letters are left to compare ("a", "of", "in": none).
                var g = edgeGroups[slot - 1];
                var w = g.Word;
                for (var k = 1; k < length - 1; k++)
                {
                    if (Fold(text[start + k]) != w[k])
                    {
                        return null;
                    }
                }

                return g;
            }

            var hash = HashLetters(text, start, length);
            return MayHold(hash) ? Find(text, start, length, hash) : null;
        }

        /// <summary>False when no word of the lexicon has this <see cref="Hash"/> (true does not say one has).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool MayHold(int hash) => (filter[(hash >> 3) & 0x3ff] & (1 << (hash & 7))) != 0;

        private static readonly ConditionalWeakTable<NewsToolsConfig, Lexicon> ByConfig = new ConditionalWeakTable<NewsToolsConfig, Lexicon>();

        /// <summary>The lexicon of the built-in vocabulary.</summary>
        public static Lexicon Default => For(ConfigLoader.Defaults);

        /// <summary>
        /// The lexicon of a configuration's time vocabulary, built once per configuration object (a tagger is made per
        /// article by some callers; building the lexicon costs more than tagging a short one).
        /// </summary>
        public static Lexicon For(NewsToolsConfig config) => ByConfig.GetValue(config, c => Build(TimeVocabularyReader.Read(c), TimeExpressionTagger.StartingModifiers));

        public LexGroup? Find(string text, int start, int length) => Find(text, start, length, Hash(text, start, length));

        /// <summary>Looks up a word whose <see cref="Hash"/> the caller has already taken.</summary>
        public LexGroup? Find(string text, int start, int length, int hash)
        {
            if (length > MaxWordLength || length == 0)
            {
                return null;
            }

            hash &= 0x7fffffff;
            var h = hash & mask;
            while (true)
            {
                var g = slots[h];
                if (g == null)
                {
                    return null;
                }

                if (hashes[h] == hash && g.Word.Length == length && EqualsFolded(g.Word, text, start))
                {
                    return g;
                }

                h = (h + 1) & mask;
            }
        }

        private static Lexicon Build(TimeVocabularyData vocabulary, ICollection<Mod> startingModifiers)
        {
            var byWord = new Dictionary<string, LexGroup>();
            LexGroup Get(string w)
            {
                if (!byWord.TryGetValue(w, out var g))
                {
                    byWord[w] = g = new LexGroup(w);
                }

                return g;
            }

            foreach (var e in vocabulary.Entries)
            {
                var group = Get(e.Word);
                group.Add(e);
                if (e.Kind == LexKind.Holiday)
                {
                    group.Holidays.Add(vocabulary.Holidays[e.Value]);
                    group.Holidays.Sort((a, b) => b.Name.Length.CompareTo(a.Name.Length));
                }
            }

            foreach (var g in byWord.Values)
            {
                foreach (var e in g.Entries)
                {
                    if (e.Kind != LexKind.Modifier || startingModifiers.Contains((Mod)e.Value))
                    {
                        g.CanStart = true;
                    }
                }
            }

            foreach (var w in vocabulary.RateWords)
            {
                Get(w).IsRate = true;
            }

            foreach (var w in vocabulary.SpanPrepositions)
            {
                Get(w).IsSpanPreposition = true;
            }

            foreach (var phrase in vocabulary.UnspecifiedSpans)
            {
                if (phrase.Length > 1)
                {
                    var first = Get(phrase[0]);
                    (first.UnspecifiedSpans ??= new List<string[]>()).Add(phrase);

                    // The words after the first are looked up too, so that "a" admits the parsers at "a while".
                    for (var w = 1; w < phrase.Length; w++)
                    {
                        Get(phrase[w]);
                    }
                }
            }

            foreach (var w in vocabulary.Auxiliaries)
            {
                Get(w).IsAuxiliary = true;
            }

            foreach (var w in vocabulary.Modals)
            {
                Get(w).IsModal = true;
            }

            foreach (var w in vocabulary.SubjectPronouns)
            {
                Get(w).Tense = TenseCue.Subject;
            }

            foreach (var w in vocabulary.PastCues)
            {
                Get(w).Tense = TenseCue.Past;
            }

            foreach (var w in vocabulary.PresentCues)
            {
                Get(w).Tense = TenseCue.Present;
            }

            foreach (var w in vocabulary.FutureCues)
            {
                Get(w).Tense = TenseCue.Future;
            }

            foreach (var (w, value) in vocabulary.RecurringPeriods)
            {
                Get(w).RecurringValue = value;
            }

            return new Lexicon(new List<LexGroup>(byWord.Values))
            {
                FuturePhrases = vocabulary.FuturePhrases.ToArray(),
                LimitPhrases = vocabulary.LimitPhrases.ToArray(),
                PastPhrases = vocabulary.PastPhrases.ToArray(),
                RangeConnectors = vocabulary.RangeConnectors.ToArray(),
                YearIntroducers = vocabulary.YearIntroducers.ToArray(),
                YearCountNouns = vocabulary.YearCountNouns.ToArray(),
                NounPrepositions = vocabulary.NounPrepositions.ToArray(),
                NounsAfterTo = vocabulary.NounsAfterTo.ToArray(),
                ImplicativeVerbs = vocabulary.ImplicativeVerbs.ToArray(),
                RelativeWords = vocabulary.RelativeWords.ToArray(),
                ClauseOpeners = vocabulary.ClauseOpeners.ToArray(),
                PeriodEndVerbs = vocabulary.PeriodEndVerbs.ToArray(),
                PeriodEndPrepositions = vocabulary.PeriodEndPrepositions.ToArray(),
                EraNouns = vocabulary.EraNouns.ToArray(),
                FractionNouns = vocabulary.FractionNouns.ToArray(),
            };
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static char Fold(char c) => c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c == '\u2019' ? '\'' : c;

        /// <summary>
        /// The word hash: its length and its first two and last two characters, case folded, mixed. It reads four characters
        /// whatever the word's length, so the tokenizer's scan for a word's end carries no hash from letter to letter; words
        /// that share it are told apart by the probe's comparison of letters. Characters fold as <see cref="Fold"/> does and
        /// then by | 0x20, which leaves folded letters as they are.
        /// </summary>
        public static int Hash(string s, int start, int length)
        {
            if (length <= 0)
            {
                return 0;
            }

            var last = start + length - 1;
            return Mix(length, Fold(s[start]) | 0x20, Fold(s[length > 1 ? start + 1 : start]) | 0x20, Fold(s[length > 1 ? last - 1 : last]) | 0x20, Fold(s[last]) | 0x20);
        }

        /// <summary><see cref="Hash"/> of a run of letters (at least one), as the tokenizer finds them: a letter's fold is c | 0x20.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int HashLetters(string s, int start, int length)
        {
            var last = start + length - 1;
            return Mix(length, s[start] | 0x20, s[length > 1 ? start + 1 : start] | 0x20, s[length > 1 ? last - 1 : last] | 0x20, s[last] | 0x20);
        }

        // The five parts are multiplied independently and mixed once: a short chain of dependent operations per word.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int Mix(int length, int a, int b, int c, int d)
        {
            unchecked
            {
                var h = ((uint)length * 0x9E3779B1u) ^ ((uint)a * 0x85EBCA77u) ^ ((uint)b * 0xC2B2AE3Du) ^ ((uint)c * 0x27D4EB2Fu) ^ ((uint)d * 0x165667B1u);
                h ^= h >> 15;
                h *= 0x2C1B3C6Du;
                h ^= h >> 12;
                return (int)(h & 0x7fffffff);
            }
        }

        private static bool EqualsFolded(string word, string text, int start)
        {
            for (var i = 0; i < word.Length; i++)
            {
                if (Fold(text[start + i]) != word[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
