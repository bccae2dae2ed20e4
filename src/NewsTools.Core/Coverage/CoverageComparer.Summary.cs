using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using NewsTools.Articles;

namespace NewsTools.Coverage
{
    /// <summary>The summary of one comparison: counts of rows, and how alike the articles are.</summary>
    public sealed partial class CoverageComparer
    {
        private static CoverageSummary Summarise(string group, IReadOnlyList<Article> articles, List<string> labels, List<List<TextUnit>> units, List<CoverageItem> items, List<string> warnings, CancellationToken cancellationToken)
        {
            var content = items.Where(i => i.Kind == CoverageKind.Fact || i.Kind == CoverageKind.Statement).ToList();
            var articleKeys = units.Select(u =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                return new HashSet<string>(u.SelectMany(x => x.Content), StringComparer.Ordinal);
            }).ToList();
            var sampled = false;
            var similarity = articles.Count < 2 ? 1 : PairMean(Enumerable.Range(0, articles.Count).ToList(), (x, y) => UnitsSimilarity(articleKeys[x], articleKeys[y]), out sampled, cancellationToken);
            if (articles.Count >= 2 && sampled)
            {
                warnings.Add($"The similarity of {articles.Count.ToString(CultureInfo.InvariantCulture)} articles is the mean over {MaxMeanPairs.ToString(CultureInfo.InvariantCulture)} pairs of them, evenly spread, not over every pair.");
            }

            var unique = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var l in labels)
            {
                unique[l] = 0;
            }

            foreach (var i in content)
            {
                if (i.Sources.Count == 1 && labels.Count > 1)
                {
                    unique[i.Sources[0]]++;
                }
            }

            return new CoverageSummary
            {
                GroupId = group,
                Outlets = labels,
                ArticleIds = articles.Select(a => a.Id).ToList(),
                SharedShare = content.Count == 0 ? 0 : Math.Round((double)content.Count(i => i.MissingFrom.Count == 0) / content.Count, 3),
                UniqueCounts = unique,
                Similarity = Math.Round(similarity, 3),
                Statements = items.Count(i => i.Kind == CoverageKind.Statement),
                Facts = items.Count(i => i.Kind == CoverageKind.Fact),
                Discrepancies = items.Count(i => i.Kind == CoverageKind.Discrepancy),
                Warnings = warnings,
            };
        }

        /// <summary>Overlap of two articles' content words (Dice): 1 for identical texts, near 0 for unrelated ones.</summary>
        private static double UnitsSimilarity(HashSet<string> a, HashSet<string> b)
        {
            if (a.Count + b.Count == 0)
            {
                return 0;
            }

            var shared = a.Count(b.Contains);
            return 2.0 * shared / (a.Count + b.Count);
        }

        /// <summary>Most pairs a mean similarity looks at: past that (about 200 articles) an even sample says the same.</summary>
        private const int MaxMeanPairs = 20000;

        /// <summary>Mean similarity over the pairs of items; over an even sample of them when there are more than <see cref="MaxMeanPairs"/>.</summary>
        private static double PairMean<T>(IReadOnlyList<T> items, Func<T, T, double> similarity, out bool sampled, CancellationToken cancellationToken)
        {
            var pairs = (long)items.Count * (items.Count - 1) / 2;
            sampled = pairs > MaxMeanPairs;
            var stride = sampled ? (pairs + MaxMeanPairs - 1) / MaxMeanPairs : 1;
            double sum = 0;
            var n = 0;
            long first = 0; // number of the pair (i, i + 1) in row order
            for (var i = 0; i < items.Count - 1; i++)
            {
                var row = items.Count - i - 1;
                var next = (first + stride - 1) / stride * stride; // the next sampled pair number
                for (var k = next; k < first + row; k += stride)
                {
                    if ((n & 255) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    sum += similarity(items[i], items[i + 1 + (int)(k - first)]);
                    n++;
                }

                first += row;
            }

            return n == 0 ? 1 : sum / n;
        }

        private static double PairMean<T>(IReadOnlyList<T> items, Func<T, T, double> similarity, CancellationToken cancellationToken) => PairMean(items, similarity, out _, cancellationToken);
    }
}
