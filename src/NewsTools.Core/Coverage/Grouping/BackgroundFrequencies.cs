using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;

namespace NewsTools.Coverage
{
    /// <summary>
    /// How rare each grouping term is in general English, from word counts shipped with the engine (word-frequencies.tsv:
    /// SUBTLEX-US, ISC licence). Rarity taken from the input itself cannot tell two articles apart when the input is two
    /// articles, and changes with whatever else is in it; a fixed background makes each article's weights its own.
    /// </summary>
    internal sealed class BackgroundFrequencies
    {
        /// <summary>
        /// Word counts become document frequencies in a notional collection of news stories of this many words: a word
        /// spread at random (Poisson, as in Church &amp; Gale 1995) occurs in a share 1 - e^(-rate * length) of them.
        /// </summary>
        private const double StoryWords = 400;

        /// <summary>Stories in the notional collection: sets the rarest weight, ln(Stories + 1), that names and numbers get.</summary>
        private const double Stories = 10000;

        private static readonly Lazy<BackgroundFrequencies> Shipped = new Lazy<BackgroundFrequencies>(Load);

        // The table as open addressing over each term's 64-bit hash (EventSignature.Hash), hash and weight side by side: one
        // cache line per look-up, where a dictionary of strings read its buckets, its entries and the key's characters, each
        // a miss in a table of 45,000 words that does not fit in the cache. Two different terms sharing a 64-bit hash (odds of
        // about 2^-64 a pair) would share a weight; the signature already stands on these hashes, so it has the same exposure.
        private readonly Slot[] slots;
        private readonly int shift;
        private readonly float unseen;

        // Whether the table holds any term that starts with a digit, or any two-word name ("n:white_house"); it holds neither
        // (general English words), so numbers and name pairs are known unseen without a look-up.
        private readonly bool numbersListed;
        private readonly bool namePairsListed;

        /// <summary>
        /// Turns the counts into weights where they stand: each slot's counts give way to its weight, so the table is the
        /// counting table itself (2 MB), not a second one beside it. A process that adds to an archive waits for this table
        /// before its first signature, and on a virtual machine each fresh page of memory costs about 10 microseconds.
        /// </summary>
        private BackgroundFrequencies(WordCounts counts, double words, bool numbersListed, bool namePairsListed)
        {
            unseen = (float)Math.Log(Stories + 1);
            this.numbersListed = numbersListed;
            this.namePairsListed = namePairsListed;
            slots = counts.Slots;
            shift = counts.Shift;
            for (var i = 0; i < slots.Length; i++)
            {
                if (slots[i].Hash == 0)
                {
                    continue;
                }

                // A stem's count where the word has one; a name (capitalised form) keeps its ending ("States" in "United
                // States"): the form's count stands where no stem does.
                double count = slots[i].StemPlusOne != 0 ? slots[i].StemPlusOne - 1 : slots[i].Form;
                var df = Stories * (1 - Math.Exp(-count / words * StoryWords));
                slots[i].Idf = (float)Math.Log((Stories + 1) / (df + 1));
            }
        }

        public static BackgroundFrequencies Default => Shipped.Value;

        /// <summary>
        /// Inverse document frequency, ln((N + 1) / (df + 1)) with df from the word's count. Terms general English lacks (two-word
        /// names, numbers, words seen fewer than five times in the subtitles) are as rare as can be, which is what they are.
        /// </summary>
        public float Idf(string term) => Idf(term, EventSignature.Hash(term));

        /// <summary><see cref="Idf(string)"/> with the term's <see cref="EventSignature.Hash"/> already taken.</summary>
        public float Idf(string term, ulong hash)
        {
            if ((term.Length > 0 && IsDigit(term[0]) && !numbersListed) || (!namePairsListed && TermTable.IsNamePair(term)))
            {
                return unseen;
            }

            return Lookup(hash);
        }

        /// <summary><see cref="Idf(string, ulong)"/> of the term that is <paramref name="length"/> characters of <paramref name="chars"/> from <paramref name="start"/>.</summary>
        public float Idf(char[] chars, int start, int length, ulong hash)
        {
            if ((length > 0 && IsDigit(chars[start]) && !numbersListed) ||
                (!namePairsListed && TermTable.IsNamePair(chars, start, length)))
            {
                return unseen;
            }

            return Lookup(hash);
        }

        /// <summary>
        /// <see cref="Idf(char[], int, int, ulong)"/> of each of the table's terms, into <paramref name="idfs"/>: one loop of
        /// look-ups and nothing else, whose next slot does not wait for the last, so the processor has several of the table's cache
        /// misses under way at once (one look-up between two logarithms waited for its miss alone).
        /// </summary>
        internal void Idfs(TermTable terms, float[] idfs)
        {
            var chars = terms.Chars;
            for (var k = 0; k < terms.Count; k++)
            {
                idfs[k] = Idf(chars, terms.Start(k), terms.Length(k), terms.Hash(k));
            }
        }

        private float Lookup(ulong hash)
        {
            for (var i = SlotOf(hash); ; i = (i + 1) & (slots.Length - 1))
            {
                var slot = slots[i];
                if (slot.Hash == hash)
                {
                    return slot.Idf;
                }

                if (slot.Hash == 0)
                {
                    return unseen;
                }
            }
        }

        // Fibonacci hashing: the top bits of the product, so the low bits of FNV (which mix least) do not pick the slot alone.
        private int SlotOf(ulong hash) => (int)((hash * 0x9E3779B97F4A7C15UL) >> shift);

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        /// <summary>
        /// Reads the shipped counts as bytes (the file is ASCII), each word lower-cased and stemmed in one buffer and counted by
        /// its hash: every process that groups or adds to an archive loads the table once, and a string, a parse and two
        /// dictionaries of strings per word of 45,000 were most of that load. The words of the shipped file have distinct hashes
        /// (a test recomputes every word's rarity from its string), so counting by hash sums exactly what counting by word did.
        /// </summary>
        private static BackgroundFrequencies Load()
        {
            const string name = "NewsTools.Coverage.word-frequencies.tsv";
            byte[] data;
            using (var stream = typeof(BackgroundFrequencies).Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException("The engine was built without " + name + "."))
            {
                data = new byte[stream.Length];
                var read = 0;
                while (read < data.Length)
                {
                    var n = stream.Read(data, read, data.Length - read);
                    if (n <= 0)
                    {
                        break;
                    }

                    read += n;
                }
            }

            var counts = new WordCounts(17);
            var key = new char[64];
            double words = 0;
            bool numbersListed = false, namePairsListed = false;
            for (var at = 0; at < data.Length;)
            {
                var end = Array.IndexOf(data, (byte)'\n', at);
                end = end < 0 ? data.Length : end;
                var start = at;
                at = end + 1;
                if (end == start || data[start] == (byte)'#')
                {
                    continue;
                }

                var tab = Array.IndexOf(data, (byte)'\t', start, end - start);
                if (tab < 0 || tab == end - 1)
                {
                    throw new FormatException($"A line of {name} is not a word, a tab and a count.");
                }

                double count = 0;
                for (var i = tab + 1; i < end; i++)
                {
                    var digit = data[i] - (byte)'0';
                    if (digit < 0 || digit > 9 || data[i] >= 0x80)
                    {
                        throw new FormatException($"A count of {name} is not a whole number.");
                    }

                    count = (count * 10) + digit;
                }

                var length = tab - start;
                if (key.Length < length + 1)
                {
                    Array.Resize(ref key, Math.Max(length + 1, key.Length * 2));
                }

                // Keys as the fingerprint makes them: lower case; a common word stemmed, a name (capitalised form) kept whole.
                for (var i = 0; i < length; i++)
                {
                    var c = (char)data[start + i];
                    if (c >= 0x80)
                    {
                        throw new FormatException($"{name} is not ASCII.");
                    }

                    key[i] = c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c;
                }

                if (words == 0 && length == 5 && key[0] == 'w' && data[start] == (byte)'w' && IsWords(data, start))
                {
                    words = count;
                    continue;
                }

                numbersListed |= IsDigit(key[0]);
                namePairsListed |= TermTable.IsNamePair(key, 0, length);
                var formHash = EventSignature.Hash(key, length);
                counts.AddForm(formHash, count);
                var first = (char)data[start];
                if (!(first >= 'A' && first <= 'Z'))
                {
                    var kept = WordScanner.StemLength(key, length, out var endsInY);
                    var stemHash = kept == length ? formHash : EventSignature.Hash(key, kept);
                    if (endsInY)
                    {
                        stemHash = EventSignature.HashStep(stemHash, 'y');
                    }

                    counts.AddStem(stemHash, count);
                }
            }

            return new BackgroundFrequencies(counts, words, numbersListed, namePairsListed);
        }

        private static bool IsWords(byte[] data, int start) =>
            data[start] == 'w' && data[start + 1] == 'o' && data[start + 2] == 'r' && data[start + 3] == 'd' && data[start + 4] == 's';

        /// <summary>
        /// Each word's count as a form and as a stem, by the word's hash: open addressing over one array of slots, which the
        /// weights then take over (see the constructor). Kept at most half full, as the look-ups want it.
        /// </summary>
        private sealed class WordCounts
        {
            public WordCounts(int bits)
            {
                Slots = new Slot[1 << bits];
                Shift = 64 - bits;
            }

            public Slot[] Slots { get; private set; }

            public int Shift { get; private set; }

            public int Count { get; private set; }

            public void AddForm(ulong hash, double count)
            {
                var i = SlotFor(hash);
                Slots[i].Form = Sum(Slots[i].Form, count);
            }

            public void AddStem(ulong hash, double count)
            {
                var i = SlotFor(hash);
                Slots[i].StemPlusOne = Sum(Slots[i].StemPlusOne == 0 ? 1 : Slots[i].StemPlusOne, count);
            }

            // Whole counts, summed exactly: a sum a slot cannot hold is an error in the shipped file, not a rounding.
            private static uint Sum(uint sum, double count) =>
                sum + count <= uint.MaxValue ? (uint)(sum + count) : throw new FormatException("A count of the word frequencies is too large.");

            private int SlotFor(ulong hash)
            {
                if (hash == 0)
                {
                    throw new InvalidOperationException("A word of the frequency table hashes to 0.");
                }

                while (true)
                {
                    var i = (int)((hash * 0x9E3779B97F4A7C15UL) >> Shift);
                    for (; Slots[i].Hash != 0; i = (i + 1) & (Slots.Length - 1))
                    {
                        if (Slots[i].Hash == hash)
                        {
                            return i;
                        }
                    }

                    if ((Count + 1) * 2 <= Slots.Length)
                    {
                        Slots[i].Hash = hash;
                        Count++;
                        return i;
                    }

                    Grow();
                }
            }

            private void Grow()
            {
                var old = Slots;
                Slots = new Slot[old.Length * 2];
                Shift--;
                foreach (var slot in old)
                {
                    if (slot.Hash == 0)
                    {
                        continue;
                    }

                    var i = (int)((slot.Hash * 0x9E3779B97F4A7C15UL) >> Shift);
                    while (Slots[i].Hash != 0)
                    {
                        i = (i + 1) & (Slots.Length - 1);
                    }

                    Slots[i] = slot;
                }
            }
        }

        /// <summary>
        /// A term's hash with its counts while the table is counted, then with its weight, which takes the form count's place.
        /// </summary>
        [StructLayout(LayoutKind.Explicit)]
        private struct Slot
        {
            [FieldOffset(0)]
            public ulong Hash;

            [FieldOffset(8)]
            public uint Form;

            [FieldOffset(8)]
            public float Idf;

            /// <summary>The count as a stem plus one; 0 where no word has this stem.</summary>
            [FieldOffset(12)]
            public uint StemPlusOne;
        }
    }
}
