using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

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

        private BackgroundFrequencies(Dictionary<string, float> idf)
        {
            unseen = (float)Math.Log(Stories + 1);
            var bits = 4;
            while ((1 << bits) < idf.Count * 2)
            {
                bits++;
            }

            slots = new Slot[1 << bits];
            shift = 64 - bits;
            foreach (var pair in idf)
            {
                numbersListed |= pair.Key.Length > 0 && IsDigit(pair.Key[0]);
                namePairsListed |= IsNamePair(pair.Key);
                var hash = EventSignature.Hash(pair.Key);
                var i = SlotOf(hash);
                while (slots[i].Hash != 0)
                {
                    if (slots[i].Hash == hash)
                    {
                        throw new InvalidOperationException($"Two words of the frequency table share a hash ('{pair.Key}').");
                    }

                    i = (i + 1) & (slots.Length - 1);
                }

                // A hash of 0 marks an empty slot; no word of the table hashes to it (checked: it would be found unseen).
                slots[i] = new Slot(hash == 0 ? throw new InvalidOperationException($"'{pair.Key}' hashes to 0.") : hash, pair.Value);
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
            if ((term.Length > 0 && IsDigit(term[0]) && !numbersListed) || (!namePairsListed && IsNamePair(term)))
            {
                return unseen;
            }

            return Lookup(hash);
        }

        /// <summary><see cref="Idf(string, ulong)"/> of the term that is <paramref name="length"/> characters of <paramref name="chars"/> from <paramref name="start"/>.</summary>
        public float Idf(char[] chars, int start, int length, ulong hash)
        {
            if ((length > 0 && IsDigit(chars[start]) && !numbersListed) ||
                (!namePairsListed && length > 1 && chars[start] == 'n' && chars[start + 1] == ':'))
            {
                return unseen;
            }

            return Lookup(hash);
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

        private static bool IsNamePair(string term) => term.Length > 1 && term[0] == 'n' && term[1] == ':';

        private static BackgroundFrequencies Load()
        {
            const string name = "NewsTools.Coverage.word-frequencies.tsv";
            using var stream = typeof(BackgroundFrequencies).Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException("The engine was built without " + name + ".");
            using var reader = new StreamReader(stream);
            var stems = new Dictionary<string, double>(65536, StringComparer.Ordinal);
            var forms = new Dictionary<string, double>(65536, StringComparer.Ordinal);
            double words = 0;
            string? line;
            while ((line = reader.ReadLine()) != null)
            {
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                var tab = line.IndexOf('\t');
                var count = double.Parse(line.Substring(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture);
                var form = line.Substring(0, tab);
                if (words == 0 && form == "words")
                {
                    words = count;
                    continue;
                }

                // Keys as the fingerprint makes them: lower case; a common word stemmed, a name (capitalised form) kept whole.
                var key = form.ToLowerInvariant();
                Add(forms, key, count);
                if (!char.IsUpper(form[0]))
                {
                    Add(stems, WordScanner.Stem(key), count);
                }
            }

            // A name in a story keeps its ending ("States" in "United States"): the form's count stands where no stem does.
            foreach (var pair in forms)
            {
                if (!stems.ContainsKey(pair.Key))
                {
                    stems[pair.Key] = pair.Value;
                }
            }

            var table = new Dictionary<string, float>(stems.Count, StringComparer.Ordinal);
            foreach (var pair in stems)
            {
                var df = Stories * (1 - Math.Exp(-pair.Value / words * StoryWords));
                table[pair.Key] = (float)Math.Log((Stories + 1) / (df + 1));
            }

            return new BackgroundFrequencies(table);
        }

        private static void Add(Dictionary<string, double> counts, string key, double count)
        {
            counts.TryGetValue(key, out var c);
            counts[key] = c + count;
        }

        private readonly struct Slot
        {
            public Slot(ulong hash, float idf)
            {
                Hash = hash;
                Idf = idf;
            }

            public ulong Hash { get; }

            public float Idf { get; }
        }
    }
}
