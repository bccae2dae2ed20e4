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

        private readonly Dictionary<string, float> idf;
        private readonly float unseen;

        // Whether the table holds any term that starts with a digit, or any two-word name ("n:white_house"); it holds neither
        // (general English words), so numbers and name pairs are known unseen without a look-up in a table too big for the cache.
        private readonly bool numbersListed;
        private readonly bool namePairsListed;

        private BackgroundFrequencies(Dictionary<string, float> idf)
        {
            this.idf = idf;
            unseen = (float)Math.Log(Stories + 1);
            foreach (var key in idf.Keys)
            {
                numbersListed |= key.Length > 0 && IsDigit(key[0]);
                namePairsListed |= IsNamePair(key);
            }
        }

        public static BackgroundFrequencies Default => Shipped.Value;

        /// <summary>
        /// Inverse document frequency, ln((N + 1) / (df + 1)) with df from the word's count. Terms general English lacks (two-word
        /// names, numbers, words seen fewer than five times in the subtitles) are as rare as can be, which is what they are.
        /// </summary>
        public float Idf(string term)
        {
            if ((term.Length > 0 && IsDigit(term[0]) && !numbersListed) || (!namePairsListed && IsNamePair(term)))
            {
                return unseen;
            }

            return idf.TryGetValue(term, out var known) ? known : unseen;
        }

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
    }
}
