using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace NewsTools.Coverage
{
    /// <summary>
    /// How rare each grouping term is in general news, from document frequencies shipped with the engine
    /// (background-frequencies.tsv). Rarity taken from the input itself cannot tell two articles apart when the input is
    /// two articles, and changes with whatever else is in it; a fixed background makes each article's weights its own.
    /// </summary>
    internal sealed class BackgroundFrequencies
    {
        private static readonly Lazy<BackgroundFrequencies> Shipped = new Lazy<BackgroundFrequencies>(Load);

        private readonly Dictionary<string, int> documentFrequency;
        private readonly double documents;

        private BackgroundFrequencies(Dictionary<string, int> documentFrequency, int documents)
        {
            this.documentFrequency = documentFrequency;
            this.documents = documents;
        }

        public static BackgroundFrequencies Default => Shipped.Value;

        /// <summary>
        /// Inverse document frequency, ln((N + 1) / (df + 1)). A term the table does not list (it keeps terms seen in three or
        /// more documents) counts as seen once: a name or word rare in general news.
        /// </summary>
        public float Idf(string term)
        {
            var df = documentFrequency.TryGetValue(term, out var known) ? known : 1;
            return (float)Math.Log((documents + 1) / (df + 1.0));
        }

        private static BackgroundFrequencies Load()
        {
            const string name = "NewsTools.Coverage.background-frequencies.tsv";
            using var stream = typeof(BackgroundFrequencies).Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException("The engine was built without " + name + ".");
            using var reader = new StreamReader(stream);
            var table = new Dictionary<string, int>(16384, StringComparer.Ordinal);
            var documents = 0;
            string? line;
            while ((line = reader.ReadLine()) != null)
            {
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                var tab = line.IndexOf('\t');
                var count = int.Parse(line.Substring(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture);
                var term = line.Substring(0, tab);
                if (documents == 0 && term == "documents")
                {
                    documents = count;
                    continue;
                }

                table[term] = count;
            }

            return new BackgroundFrequencies(table, documents);
        }
    }
}
