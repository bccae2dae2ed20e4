using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using NewsTools.Articles;

namespace NewsTools.Coverage
{
    /// <summary>Fact rows: sentences of several articles that report one fact, and the discrepancies between such sentences.</summary>
    public sealed partial class CoverageComparer
    {
        /// <summary>Most sentences of one article lined up as facts, for the same reason: a long article has a few hundred.</summary>
        public const int MaxFactSentencesPerArticle = 1000;

        private static void WarnFactCap(IReadOnlyList<Article> articles, List<List<TextUnit>> units, List<string> warnings)
        {
            for (var a = 0; a < units.Count; a++)
            {
                var left = units[a].Count(u => u.Index >= MaxFactSentencesPerArticle && FactAligner.IsFactUnit(u));
                if (left > 0)
                {
                    warnings.Add($"The article '{articles[a].Id}' has {Count(units[a].Count)} sentences: only its first {Count(MaxFactSentencesPerArticle)} were lined up with the other articles; {Count(left)} more have no fact row.");
                }
            }
        }

        /// <summary>Sentences of several articles that report one fact; sentences that only carry a statement's quote are left out.</summary>
        private (List<List<TextUnit>> Clusters, List<(TextUnit A, TextUnit B)> Candidates) AlignFacts(List<List<TextUnit>> units, KeyWeights weights, Func<TextUnit, bool> quoteSentence, List<string> warnings, CancellationToken cancellationToken)
        {
            var aligner = new FactAligner
            {
                Progress = (done, total) => Reporter.Progress(done, total, "Aligning facts"),
                Excluded = u => u.Index >= MaxFactSentencesPerArticle || quoteSentence(u),
            };
            var clusters = aligner.Align(units, weights, out var candidates, cancellationToken)
                .OrderBy(c => c.Count > 1 ? 0 : 1)
                .ThenBy(c => c[0].Article)
                .ThenBy(c => c[0].Index)
                .ToList();
            if (aligner.BudgetReached)
            {
                warnings.Add(CapWarning("sentences", aligner.Budget));
            }

            return (clusters, candidates);
        }

        private static void AddFactRows(RowBuilder builder, List<List<TextUnit>> clusters, KeyWeights weights, FramingAnalyzer framing, List<FramingAnalyzer.Wording> wordings, CancellationToken cancellationToken)
        {
            foreach (var cluster in clusters)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var item = builder.Row(CoverageKind.Fact, cluster.Select(u => u.Article));
                item.Summary = Shorten(cluster[0].Text);
                item.Texts = cluster.Select(u => builder.Text(u.Article, u.Text, u.Start, u.End)).ToList();
                item.Similarity = cluster.Count < 2 ? 1 : Math.Round(PairMean(cluster, (x, y) => weights.Similarity(x.Content, y.Content), out _, cancellationToken), 3);
                if (cluster.Count >= 2)
                {
                    // Compared without their datelines: "PORT ALDER (Gazette) -" against "(Wire) -" is each outlet crediting
                    // itself, not a choice of words about the fact.
                    var a = cluster[0].TextAfterDateline;
                    var b = cluster[1].TextAfterDateline;
                    item.Difference = WordDiff.Format(WordDiff.Segments(a, b));
                    wordings.AddRange(framing.Wordings(cluster[0].Article, a, cluster[1].Article, b));
                }

                builder.Add(item);
            }
        }

        /// <summary>
        /// Most discrepancy rows of one comparison. Five outlets give a handful; hundreds of articles that each count something
        /// differently would give one per pair, which no one could read: past this the rest are counted in a warning.
        /// </summary>
        public const int MaxDiscrepancyRows = 1000;

        /// <summary>
        /// Different details in sentences that report one fact: over each cluster's first sentence and every other, and over every
        /// similar pair found, clustered or not (a sentence can report the same thing as two sentences of another article).
        /// </summary>
        private static void AddDiscrepancyRows(RowBuilder builder, List<List<TextUnit>> clusters, List<(TextUnit A, TextUnit B)> candidates, DiscrepancyFinder finder, KeyWeights weights, List<string> warnings, PhaseProgress progress, CancellationToken cancellationToken)
        {
            var compared = new HashSet<(TextUnit, TextUnit)>();
            var rows = new List<CoverageItem>();
            var notListed = 0;
            var calls = 0;
            void Compare(TextUnit a, TextUnit b)
            {
                // Hundreds of copies of one story give millions of candidate pairs: a check per 256 keeps Ctrl+C prompt.
                if ((++calls & 255) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress.Step(256);
                }

                if (rows.Count >= MaxDiscrepancyRows)
                {
                    notListed++;
                    return;
                }

                if (!compared.Add((a, b)) || !compared.Add((b, a)))
                {
                    return;
                }

                var details = finder.Find(a, b, weights);
                if (details.Count == 0)
                {
                    return;
                }

                rows.Add(DiscrepancyRow(builder, a, b, details, weights));
            }

            foreach (var cluster in clusters)
            {
                for (var k = 1; k < cluster.Count; k++)
                {
                    Compare(cluster[0], cluster[k]);
                }
            }

            foreach (var (a, b) in candidates)
            {
                Compare(a, b);
            }

            progress.Done();
            foreach (var d in rows)
            {
                builder.Add(d);
            }

            if (notListed > 0)
            {
                warnings.Add($"Only the first {MaxDiscrepancyRows.ToString(CultureInfo.InvariantCulture)} discrepancies are listed; {notListed.ToString(CultureInfo.InvariantCulture)} more pairs of similar sentences were not compared.");
            }
        }

        /// <summary>The row of two sentences that report one fact with different details: both sentences, their likeness and their word difference.</summary>
        private static CoverageItem DiscrepancyRow(RowBuilder builder, TextUnit a, TextUnit b, IReadOnlyList<string> details, KeyWeights weights)
        {
            var d = builder.Row(CoverageKind.Discrepancy, new[] { a.Article, b.Article });
            d.Detail = string.Join("; ", details);
            d.Summary = d.Detail + " (" + Shorten(a.Text, 80) + ")";
            d.Texts = new[] { a, b }.OrderBy(u => u.Article).Select(u => builder.Text(u.Article, u.Text, u.Start, u.End)).ToList();
            d.Similarity = Math.Round(weights.Similarity(a.Content, b.Content), 3);
            d.Difference = WordDiff.Format(WordDiff.Segments(a.Text, b.Text));
            return d;
        }
    }
}
