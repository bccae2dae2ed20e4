using System;
using System.Collections.Generic;

namespace NewsTools.Quotes
{
    /// <summary>The word lists of the <see cref="CueLexicon"/> a token belongs to, as bits.</summary>
    [Flags]
    internal enum WordClass : uint
    {
        None = 0,
        CueVerb = 1u << 0,
        CueStart = 1u << 1,
        BareClauseCue = 1u << 2,
        NounCue = 1u << 3,
        CueModifier = 1u << 4,
        TimeWord = 1u << 5,
        Determiner = 1u << 6,
        TitleWord = 1u << 7,
        Descriptor = 1u << 8,
        ClauseWord = 1u << 9,
        IntroPreposition = 1u << 10,
        SubjectPronoun = 1u << 11,
        OrganizationWord = 1u << 12,
        PlaceWord = 1u << 13,
        Place = 1u << 14,
        Demonym = 1u << 15,

        /// <summary>Case-sensitive, as the notNames list is ("May" the month, not "may").</summary>
        NotName = 1u << 16,
        TitleFirstWord = 1u << 17,
        TitleLastWord = 1u << 18,
        CuePhraseFirstWord = 1u << 19,

        /// <summary>Keeps a following period ("Mr.", "Calif."): case-sensitive.</summary>
        Abbreviation = 1u << 20,
        GroupWord = 1u << 21,
        Metonym = 1u << 22,
        SpeakerAlias = 1u << 23,
        SourceNoun = 1u << 24,
        SourceParticiple = 1u << 25,

        /// <summary>Common verb forms without "-ed" that show a clause ("rose", "fell", "remains").</summary>
        ClauseVerb = 1u << 26,

        /// <summary>Verbs a document reports with ("a poll by Gallup finds"): cues only when their subject is a document.</summary>
        DocumentCueVerb = 1u << 27,

        /// <summary>Cue verbs that report speech only where their clause ends or "that" follows ("he continued." but "continued to be").</summary>
        ClauseFinalCueVerb = 1u << 28,

        /// <summary>Cue verbs a headline writes in capitals between two names ("Clinton Says Trump Is ..."): they end a name run there.</summary>
        HeadlineCueVerb = 1u << 29,
    }

    /// <summary>
    /// Every word list of the lexicon in one open-addressing table, read straight from the text without cutting a string:
    /// the paragraph tokenizer classifies each token once, and the scanners then test bits instead of asking a dozen
    /// case-insensitive sets about the same word again and again. Lookups give exactly what the sets give: ASCII words
    /// compare by ASCII case folding (what OrdinalIgnoreCase does for ASCII), anything else asks the sets themselves.
    /// </summary>
    internal sealed class WordClassTable
    {
        private readonly List<(HashSet<string> Set, WordClass Class)> sets = new List<(HashSet<string>, WordClass)>();

        // One array of slots, so that a probe reads one slot (key, hash and classes side by side) instead of one element in
        // each of three arrays: every token of every paragraph is looked up here.
        private Slot[] slots = Array.Empty<Slot>();

        // Case-sensitive lists: the exact spellings under a slot's folded key, with their classes (a slot that has any is marked ExactForms).
        private (string Exact, WordClass Class)[]?[] exact = Array.Empty<(string, WordClass)[]?>();
        private int mask;

        // One bit per key, set at a place the key's hash picks from its high bits (the slot index uses the low ones): most
        // tokens of a paragraph are in no list, and a clear bit answers them from a few kilobytes that stay in cache,
        // without walking the slots to an empty one. A set bit only says "maybe": the slots still decide.
        private ulong[] filter = new ulong[1];
        private int filterShift = 31;

        // Marks a slot whose key has case-sensitive spellings; no word list uses this bit.
        private const WordClass ExactForms = (WordClass)(1u << 31);

        /// <summary>Adds a list; its set's comparer (Ordinal or OrdinalIgnoreCase) decides how it matches. Call <see cref="Seal"/> after the last.</summary>
        public void Add(HashSet<string> set, WordClass wordClass)
        {
            if (set.Comparer != StringComparer.Ordinal && set.Comparer != StringComparer.OrdinalIgnoreCase)
            {
                throw new ArgumentException("Only Ordinal and OrdinalIgnoreCase word lists can be tabled.", nameof(set));
            }

            sets.Add((set, wordClass));
        }

        /// <summary>Builds the table from the lists added.</summary>
        public void Seal()
        {
            // Sized by the distinct keys (a word in several lists takes one slot), at most half full: a small table stays in cache.
            var distinct = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (set, _) in sets)
            {
                foreach (var word in set)
                {
                    if (word.Length > 0 && IsAscii(word))
                    {
                        distinct.Add(word);
                    }
                }
            }

            var count = distinct.Count;

            var capacity = 16;
            while (capacity < count * 2)
            {
                capacity <<= 1;
            }

            slots = new Slot[capacity];

            // Sixteen bits a key (capacity is at least twice the keys, so eight bits a slot): about one miss in sixteen gets past it.
            var filterBits = 64;
            var log = 6;
            while (filterBits < capacity * 8)
            {
                filterBits <<= 1;
                log++;
            }

            filter = new ulong[filterBits / 64];
            filterShift = 32 - log;
            var forms = new List<(string, WordClass)>?[capacity];
            mask = capacity - 1;
            foreach (var (set, wordClass) in sets)
            {
                var ignoreCase = set.Comparer == StringComparer.OrdinalIgnoreCase;
                foreach (var word in set)
                {
                    // A word with a non-ASCII character never equals an ASCII token under either comparer; such tokens ask the sets.
                    if (word.Length == 0 || !IsAscii(word))
                    {
                        continue;
                    }

                    var hash = Hash(word);
                    var slot = SlotFor(word, 0, word.Length, hash, insert: true);
                    var bit = hash >> filterShift;
                    filter[bit >> 6] |= 1UL << (int)(bit & 63);
                    if (ignoreCase)
                    {
                        slots[slot].Classes |= wordClass;
                    }
                    else
                    {
                        (forms[slot] ??= new List<(string, WordClass)>()).Add((word, wordClass));
                        slots[slot].Classes |= ExactForms;
                    }
                }
            }

            exact = new (string, WordClass)[]?[capacity];
            for (var slot = 0; slot < capacity; slot++)
            {
                exact[slot] = forms[slot]?.ToArray();
            }
        }

        /// <summary>The start of a word's hash; <see cref="HashStep"/> adds each ASCII character.</summary>
        public const uint HashSeed = 2166136261;

        /// <summary>Adds an ASCII character to a word's hash (case-folded, so both spellings hash alike).</summary>
        public static uint HashStep(uint hash, char c) => (hash ^ Fold(c)) * 16777619;

        /// <summary>The classes of text[start, start + length), as the lists' own Contains would answer.</summary>
        public WordClass Lookup(string text, int start, int length)
        {
            var end = start + length;
            var hash = HashSeed;
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (c >= 128)
                {
                    return LookupInSets(text.Substring(start, length));
                }

                hash = HashStep(hash, c);
            }

            return Lookup(text, start, length, hash);
        }

        /// <summary>The classes of an all-ASCII word whose <paramref name="hash"/> the caller took with <see cref="HashStep"/>.</summary>
        public WordClass Lookup(string text, int start, int length, uint hash)
        {
            var bit = hash >> filterShift;
            if ((filter[bit >> 6] & (1UL << (int)(bit & 63))) == 0)
            {
                return WordClass.None;
            }

            var slot = SlotFor(text, start, length, hash, insert: false);
            if (slot < 0)
            {
                return WordClass.None;
            }

            var result = slots[slot].Classes;
            if ((result & ExactForms) != 0)
            {
                result &= ~ExactForms;
                foreach (var (form, wordClass) in exact[slot]!)
                {
                    if (string.CompareOrdinal(form, 0, text, start, length) == 0 && form.Length == length)
                    {
                        result |= wordClass;
                    }
                }
            }

            return result;
        }

        /// <summary>The classes of a word given as a string.</summary>
        public WordClass Lookup(string word) => Lookup(word, 0, word.Length);

        private WordClass LookupInSets(string word)
        {
            var result = WordClass.None;
            foreach (var (set, wordClass) in sets)
            {
                if (set.Contains(word))
                {
                    result |= wordClass;
                }
            }

            return result;
        }

        private int SlotFor(string text, int start, int length, uint hash, bool insert)
        {
            var table = slots;
            var slot = (int)(hash & (uint)mask);
            while (true)
            {
                ref var probe = ref table[slot];
                var key = probe.Key;
                if (key == null)
                {
                    if (!insert)
                    {
                        return -1;
                    }

                    probe.Key = text.Substring(start, length);
                    probe.Hash = hash;
                    return slot;
                }

                if (probe.Hash == hash && key.Length == length && FoldedEquals(key, text, start))
                {
                    return slot;
                }

                slot = (slot + 1) & mask;
            }
        }

        private static bool FoldedEquals(string key, string text, int start)
        {
            for (var i = 0; i < key.Length; i++)
            {
                if (Fold(key[i]) != Fold(text[start + i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static uint Hash(string word)
        {
            var hash = HashSeed;
            foreach (var c in word)
            {
                hash = HashStep(hash, c);
            }

            return hash;
        }

        private static uint Fold(char c) => (uint)(c - 'A') <= 'Z' - 'A' ? (uint)(c | 0x20) : c;

        /// <summary>A slot of the table: a folded key, its hash, and the case-insensitive lists that hold it (16 bytes).</summary>
        private struct Slot
        {
            public string? Key;
            public uint Hash;
            public WordClass Classes;
        }

        private static bool IsAscii(string word)
        {
            foreach (var c in word)
            {
                if (c >= 128)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
