using System;
using NewsTools.Text;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

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

        /// <summary>Prepositions that open a phrase modifying the noun before them ("the senator from Vermont").</summary>
        PostModifierPreposition = 1u << 30,
    }

    /// <summary>
    /// Every word list of the lexicon in one open-addressing table, read straight from the text without cutting a string:
    /// the paragraph tokenizer classifies each token once, and the scanners then test bits instead of asking a dozen
    /// case-insensitive sets about the same word again and again. Lookups give exactly what the sets give: ASCII words
    /// compare by ASCII case folding (what OrdinalIgnoreCase does for ASCII), anything else asks the sets themselves.
    /// </summary>
    internal sealed class WordClassTable
    {
        /// <summary>Particles before a capitalised surname (list nameParticles): a word such as "al-Ansari" is capitalised.</summary>
        public NameParticles NameParticles { get; set; } = NameParticles.None;

        /// <summary>
        /// Words in -ed that are no past form or participle ("speed", "need", "hundred"; list edNouns), lower case. Every bit of
        /// a word's classes is taken, so the few words are compared in place (<see cref="IsEdNoun"/>).
        /// </summary>
        public string[] EdNouns { get; set; } = Array.Empty<string>();

        /// <summary>Whether text[start, start + length) is one of <see cref="EdNouns"/>, ignoring case.</summary>
        public bool IsEdNoun(string text, int start, int length)
        {
            foreach (var noun in EdNouns)
            {
                if (noun.Length == length && text.AsSpan(start, length).Equals(noun.AsSpan(), StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private readonly List<(HashSet<string> Set, WordClass Class)> sets = new List<(HashSet<string>, WordClass)>();

        // One array of slots, so that a probe reads one slot (packed characters, hash and classes side by side, 16 bytes)
        // instead of one element in each of three arrays: every token of every paragraph is looked up here. The keys, read
        // only for words of eight characters or more, are apart, so that four slots share a cache line.
        private Slot[] slots = Array.Empty<Slot>();
        private string[] keys = Array.Empty<string>();

        // Case-sensitive lists: the exact spellings under a slot's folded key, with their last characters packed as written and
        // their classes (a slot that has any is marked ExactForms). "The" and "But" are such spellings of the commonest words.
        private (string Exact, ulong LastChars, WordClass Class)[]?[] exact = Array.Empty<(string, ulong, WordClass)[]?>();

        // The strings of each slot's word as the lists and the text commonly spell it (the key, its case-sensitive forms, all lower
        // case and capitalised: "said", "He", "Mr"), handed out for tokens of that spelling instead of cutting a new string.
        // Made for a slot when a text first asks for its word, so that only the words texts use are held twice.
        private string[]?[] spellings = Array.Empty<string[]?>();

        // A slot's one case-sensitive spelling as packed characters and classes, when it has exactly one (else Class is None).
        private (ulong Written, WordClass Class)[] singleExact = Array.Empty<(ulong, WordClass)>();
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
            keys = new string[capacity];

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
            var forms = new List<(string, ulong, WordClass)>?[capacity];
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

                    var lastChars = LastCharsOf(word, fold: true);
                    var hash = Hash(lastChars, word.Length);
                    var slot = SlotFor(word, 0, word.Length, lastChars, hash, insert: true);
                    var bit = hash >> filterShift;
                    filter[bit >> 6] |= 1UL << (int)(bit & 63);
                    if (ignoreCase)
                    {
                        slots[slot].Classes |= wordClass;
                    }
                    else
                    {
                        (forms[slot] ??= new List<(string, ulong, WordClass)>()).Add((word, LastCharsOf(word, fold: false), wordClass));
                        slots[slot].Classes |= ExactForms;
                    }
                }
            }

            exact = new (string, ulong, WordClass)[]?[capacity];
            singleExact = new (ulong, WordClass)[capacity];
            spellings = new string[]?[capacity];
            for (var slot = 0; slot < capacity; slot++)
            {
                exact[slot] = forms[slot]?.ToArray();
                if (exact[slot] is { Length: 1 } one)
                {
                    singleExact[slot] = (one[0].LastChars, one[0].Class);
                }
            }
        }

        /// <summary>A key's spellings: as listed, each case-sensitive form, all lower case, and capitalised; each once.</summary>
        private static string[] SpellingsOf(string key, (string Exact, ulong LastChars, WordClass Class)[]? forms)
        {
            var lower = key.ToLowerInvariant();
            var list = new List<string> { key, lower, char.ToUpperInvariant(lower[0]) + lower.Substring(1) };
            if (forms != null)
            {
                foreach (var form in forms)
                {
                    list.Add(form.Exact);
                }
            }

            var distinct = new List<string>(list.Count);
            foreach (var spelling in list)
            {
                if (!distinct.Contains(spelling))
                {
                    distinct.Add(spelling);
                }
            }

            return distinct.ToArray();
        }

        /// <summary>
        /// The table's own string equal to text[start, start + length) when the word is in a list and spelt one of the ways
        /// the table keeps (see <see cref="spellings"/>), else null: the commonest words of every article ("said", "the",
        /// "He") then cost no new string each time an article asks for them.
        /// </summary>
        public string? Spelling(string text, int start, int length)
        {
            var word = text.AsSpan(start, length);
            var folded = 0UL;
            foreach (var c in word)
            {
                if (c >= 128 || c == 0)
                {
                    return null;
                }

                folded = AddChar(folded, Fold(c));
            }

            var slot = length == 0 ? -1 : SlotFor(text, start, length, folded, Hash(folded, length), insert: false);
            return slot < 0 ? null : SpellingAt(slot, word);
        }

        /// <summary>
        /// <see cref="Spelling"/> of a word whose slot <see cref="LookupWord(string, int, int, ulong, out int)"/> gave (-1: none),
        /// without folding and probing for it again: the tokenizer keeps the slot of each word it found in a list.
        /// </summary>
        public string? Spelling(string text, int start, int length, int slot) =>
            slot < 0 ? Spelling(text, start, length) : SpellingAt(slot, text.AsSpan(start, length));

        private string? SpellingAt(int slot, ReadOnlySpan<char> word)
        {
            // Two threads may both make a slot's spellings: they are equal, and either kept serves every later call.
            var forms = System.Threading.Volatile.Read(ref spellings[slot]);
            if (forms == null)
            {
                forms = SpellingsOf(keys[slot], exact[slot]);
                System.Threading.Volatile.Write(ref spellings[slot], forms);
            }

            // An equality test of the span, not CompareOrdinal's ordering with its argument checks: every cut word comes here.
            foreach (var spelling in forms)
            {
                if (spelling.Length == word.Length && word.SequenceEqual(spelling))
                {
                    return spelling;
                }
            }

            return null;
        }

        /// <summary>
        /// A word's last eight ASCII characters, a byte each, the last in the lowest byte; zero above a shorter word. The
        /// tokenizer packs them as it reads a word, with a shift and an or per character (<see cref="AddChar"/>), where a running
        /// hash would chain a multiplication through every character of every token. The table folds them for the word's
        /// case-insensitive key and hashes that with the length; words shorter than eight characters are decided by the packed
        /// characters alone, without reading a key or a spelling's characters.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static ulong AddChar(ulong lastChars, uint c) => (lastChars << 8) | c;

        /// <summary>The classes of text[start, start + length), as the lists' own Contains would answer.</summary>
        public WordClass Lookup(string text, int start, int length)
        {
            var folded = 0UL;
            var written = 0UL;
            for (var i = start; i < start + length; i++)
            {
                var c = text[i];
                if (c >= 128 || c == 0)
                {
                    return LookupInSets(text.Substring(start, length));
                }

                folded = AddChar(folded, Fold(c));
                written = AddChar(written, c);
            }

            return Lookup(text, start, length, folded, written, out _);
        }

        /// <summary>
        /// The classes of a word of letters, digits and the joiners ' - . &amp; (all ASCII), whose last characters as written the
        /// caller packed with <see cref="AddChar"/>. Such characters fold by setting bit 0x20, which they all have once folded.
        /// Gives the word's slot too (-1 when it has none), for <see cref="Spelling(string, int, int, int)"/>.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public WordClass LookupWord(string text, int start, int length, ulong written, out int slot) =>
            Lookup(text, start, length, written | (length >= PackedChars ? FoldBits : FoldBits >> (64 - (8 * length))), written, out slot);

        // Bit 0x20 of every packed byte: a letter's lower case.
        private const ulong FoldBits = 0x2020202020202020UL;

        /// <summary>The classes of an all-ASCII word, given its last characters packed case-folded and as written.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private WordClass Lookup(string text, int start, int length, ulong lastChars, ulong written, out int found)
        {
            found = -1;
            var hash = Hash(lastChars, length);
            var bit = hash >> filterShift;
            if ((filter[bit >> 6] & (1UL << (int)(bit & 63))) == 0)
            {
                return WordClass.None;
            }

            // The probe of SlotFor, written out here: every token that gets past the filter comes this way.
            var table = slots;
            var slot = (int)(hash & (uint)mask);
            while (true)
            {
                ref var probe = ref table[slot];
                if (probe.LastChars == 0)
                {
                    return WordClass.None;
                }

                if (probe.LastChars == lastChars && probe.Hash == hash &&
                    (length < PackedChars || (keys[slot].Length == length && FoldedEquals(keys[slot], text, start, length - PackedChars))))
                {
                    break;
                }

                slot = (slot + 1) & mask;
            }

            found = slot;
            var result = table[slot].Classes;
            if ((result & ExactForms) == 0)
            {
                return result;
            }

            // Most such slots have one short spelling ("The" under "the"): decided here by its packed characters.
            ref var single = ref singleExact[slot];
            return single.Class != WordClass.None && length < PackedChars
                ? (result & ~ExactForms) | (single.Written == written ? single.Class : WordClass.None)
                : WithExactForms(result & ~ExactForms, slot, text, start, length, written);
        }

        /// <summary>The classes of a slot's case-sensitive spellings that the word has, added to <paramref name="result"/>.</summary>
        private WordClass WithExactForms(WordClass result, int slot, string text, int start, int length, ulong written)
        {
            foreach (var (form, formWritten, wordClass) in exact[slot]!)
            {
                // The spelling's folded key is the word's, so the two have the same length.
                if (formWritten == written && (length < PackedChars || string.CompareOrdinal(form, 0, text, start, length) == 0))
                {
                    result |= wordClass;
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

        private int SlotFor(string text, int start, int length, ulong lastChars, uint hash, bool insert)
        {
            var table = slots;
            var slot = (int)(hash & (uint)mask);
            while (true)
            {
                ref var probe = ref table[slot];
                if (probe.LastChars == 0)
                {
                    if (!insert)
                    {
                        return -1;
                    }

                    keys[slot] = text.Substring(start, length);
                    probe.LastChars = lastChars;
                    probe.Hash = hash;
                    return slot;
                }

                // Words of fewer than eight characters with the same last characters are the same word (no word holds a zero
                // character, and the packed characters are zero above the word): most words are decided without reading the key.
                // No key packs to zero, which marks an empty slot.
                if (probe.LastChars == lastChars && probe.Hash == hash &&
                    (length < PackedChars || (keys[slot].Length == length && FoldedEquals(keys[slot], text, start, length - PackedChars))))
                {
                    return slot;
                }

                slot = (slot + 1) & mask;
            }
        }

        /// <summary>Whether the first <paramref name="count"/> characters of the key and of the text at <paramref name="start"/> fold alike.</summary>
        private static bool FoldedEquals(string key, string text, int start, int count)
        {
            for (var i = 0; i < count; i++)
            {
                if (Fold(key[i]) != Fold(text[start + i]))
                {
                    return false;
                }
            }

            return true;
        }

        // The characters a ulong packs, a byte each.
        private const int PackedChars = 8;

        private static ulong LastCharsOf(string word, bool fold)
        {
            var lastChars = 0UL;
            foreach (var c in word)
            {
                lastChars = AddChar(lastChars, fold ? Fold(c) : c);
            }

            return lastChars;
        }

        /// <summary>Bits for the slot (low) and the filter (high): the packed characters and the length, mixed by a multiplication.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static uint Hash(ulong lastChars, int length) => (uint)(((lastChars ^ ((ulong)length << 56)) * 0x9E3779B97F4A7C15UL) >> 32);

        /// <summary>ASCII case folding, as OrdinalIgnoreCase folds ASCII.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static uint Fold(char c) => (uint)(c - 'A') <= 'Z' - 'A' ? (uint)(c | 0x20) : c;

        /// <summary>A slot of the table: a folded key's packed last characters (zero: empty) and hash, and the case-insensitive lists that hold it (16 bytes).</summary>
        private struct Slot
        {
            public ulong LastChars;
            public uint Hash;
            public WordClass Classes;
        }

        /// <summary>ASCII without a zero character (which the packed characters could not tell from the end of a word): the words the slots hold.</summary>
        private static bool IsAscii(string word)
        {
            foreach (var c in word)
            {
                if (c >= 128 || c == 0)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
