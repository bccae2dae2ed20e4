using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using NewsTools.Articles;

namespace NewsTools.Coverage
{
    /// <summary>Framing rows: each outlet's headline and lead side by side, what it calls a speaker and a country, and the wordings of one statement or fact that differ.</summary>
    public sealed partial class CoverageComparer
    {
        /// <summary>Each outlet's headline or lead is cut to this many characters in a framing row's summary, so several fit on one line.</summary>
        private const int FramingTextLength = 70;

        private static void AddFramingRows(RowBuilder builder, IReadOnlyList<Article> articles, List<List<TextUnit>> units, FramingAnalyzer framing, List<FramingAnalyzer.Wording> wordings, CancellationToken cancellationToken)
        {
            AddHeadlineRow(builder, articles, cancellationToken);
            AddLeadRow(builder, units, cancellationToken);
            AddLabelRows(builder, articles, framing, cancellationToken);
            AddNamingRows(builder, articles, framing, cancellationToken);
            AddWordingRows(builder, wordings);
        }

        /// <summary>One row with every outlet's headline, and how alike they are.</summary>
        private static void AddHeadlineRow(RowBuilder builder, IReadOnlyList<Article> articles, CancellationToken cancellationToken)
        {
            var headlines = Enumerable.Range(0, articles.Count).Where(a => !string.IsNullOrWhiteSpace(articles[a].Title)).ToList();
            if (headlines.Count == 0)
            {
                return;
            }

            var item = builder.Row(CoverageKind.Framing, headlines);
            item.Detail = "Headline";
            item.Texts = headlines.Select(a => builder.Text(a, articles[a].Title!.Trim(), -1, -1)).ToList();
            item.Summary = "Headline: " + string.Join(" | ", item.Texts.Select(t => t.Outlet + ": " + Shorten(t.Text, FramingTextLength)));
            item.Similarity = headlines.Count < 2 ? 1 : Math.Round(PairMean(headlines, (x, y) => WordDiff.Similarity(WordDiff.Segments(articles[x].Title!, articles[y].Title!)), cancellationToken), 3);
            builder.Add(item);
        }

        /// <summary>One row with every outlet's lead (its first story sentence), how alike they are, and the first two's difference.</summary>
        private static void AddLeadRow(RowBuilder builder, List<List<TextUnit>> units, CancellationToken cancellationToken)
        {
            var leads = Enumerable.Range(0, units.Count).Select(a => (Article: a, Unit: FramingAnalyzer.Lead(units[a]))).Where(x => x.Unit != null).ToList();
            if (leads.Count == 0)
            {
                return;
            }

            var item = builder.Row(CoverageKind.Framing, leads.Select(x => x.Article));
            item.Detail = "Lead";
            item.Texts = leads.Select(x => builder.Text(x.Article, x.Unit!.Text, x.Unit.Start, x.Unit.End)).ToList();
            item.Summary = "Lead: " + string.Join(" | ", item.Texts.Select(t => t.Outlet + ": " + Shorten(t.Text, FramingTextLength)));
            item.Similarity = leads.Count < 2 ? 1 : Math.Round(PairMean(leads, (x, y) => WordDiff.Similarity(WordDiff.Segments(x.Unit!.Text, y.Unit!.Text)), cancellationToken), 3);
            if (leads.Count >= 2)
            {
                item.Difference = WordDiff.Format(WordDiff.Segments(leads[0].Unit!.Text, leads[1].Unit!.Text));
            }

            builder.Add(item);
        }

        /// <summary>A row per speaker the outlets call by different titles ("Mayor" here, "Ms" there).</summary>
        private static void AddLabelRows(RowBuilder builder, IReadOnlyList<Article> articles, FramingAnalyzer framing, CancellationToken cancellationToken)
        {
            foreach (var (name, titles) in framing.Labels(articles, cancellationToken))
            {
                var item = builder.Row(CoverageKind.Framing, titles.Keys.OrderBy(k => k));
                item.Detail = "Label";
                item.Speaker = name;
                item.Texts = titles.OrderBy(p => p.Key).Select(p => builder.Text(p.Key, p.Value + " " + name, -1, -1)).ToList();
                item.Summary = name + " is called: " + string.Join(" | ", item.Texts.Select(t => t.Outlet + ": " + titles.First(p => builder.Label(p.Key) == t.Outlet).Value));
                item.Similarity = 0;
                builder.Add(item);
            }
        }

        /// <summary>A row per country the outlets name differently, with how often each name is used.</summary>
        private static void AddNamingRows(RowBuilder builder, IReadOnlyList<Article> articles, FramingAnalyzer framing, CancellationToken cancellationToken)
        {
            foreach (var (country, perArticle) in framing.Naming(articles, cancellationToken))
            {
                var item = builder.Row(CoverageKind.Framing, perArticle.Keys.OrderBy(k => k));
                item.Detail = "Naming";
                item.Speaker = country;
                item.Texts = perArticle.OrderBy(p => p.Key).Select(p => builder.Text(p.Key, string.Join(", ", p.Value.Select(x => x.Name + " " + x.Count.ToString(CultureInfo.InvariantCulture))), -1, -1)).ToList();
                item.Summary = country + " is named: " + string.Join(" | ", item.Texts.Select(t => t.Outlet + ": " + t.Text));
                item.Similarity = 0;
                builder.Add(item);
            }
        }

        /// <summary>A row per pair of words two outlets chose for the same thing in one statement or fact, each pair once, up to the limit.</summary>
        private static void AddWordingRows(RowBuilder builder, List<FramingAnalyzer.Wording> wordings)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var w in wordings)
            {
                if (seen.Count >= FramingAnalyzer.WordingLimit || !seen.Add(w.A + "\u0001" + w.B))
                {
                    continue;
                }

                var item = builder.Row(CoverageKind.Framing, new[] { w.ArticleA, w.ArticleB });
                item.Detail = "Wording";
                item.Texts = new List<CoverageText> { builder.Text(w.ArticleA, w.A, -1, -1), builder.Text(w.ArticleB, w.B, -1, -1) };
                item.Summary = "'" + w.A + "' (" + builder.Label(w.ArticleA) + ") / '" + w.B + "' (" + builder.Label(w.ArticleB) + ")";
                item.Difference = "[-" + w.A + "-]{+" + w.B + "+}";
                item.Similarity = 0;
                builder.Add(item);
            }
        }
    }
}
