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
        private static void AddFramingRows(RowBuilder builder, IReadOnlyList<Article> articles, List<List<TextUnit>> units, FramingAnalyzer framing, List<FramingAnalyzer.Wording> wordings, CancellationToken cancellationToken)
        {
            var headlines = Enumerable.Range(0, articles.Count).Where(a => !string.IsNullOrWhiteSpace(articles[a].Title)).ToList();
            if (headlines.Count > 0)
            {
                var item = builder.Row(CoverageKind.Framing, headlines);
                item.Detail = "Headline";
                item.Texts = headlines.Select(a => builder.Text(a, articles[a].Title!.Trim(), -1, -1)).ToList();
                item.Summary = "Headline: " + string.Join(" | ", item.Texts.Select(t => t.Outlet + ": " + Shorten(t.Text, 70)));
                item.Similarity = headlines.Count < 2 ? 1 : Math.Round(PairMean(headlines, (x, y) => WordDiff.Similarity(WordDiff.Segments(articles[x].Title!, articles[y].Title!)), cancellationToken), 3);
                builder.Add(item);
            }

            var leads = Enumerable.Range(0, articles.Count).Select(a => (Article: a, Unit: FramingAnalyzer.Lead(units[a]))).Where(x => x.Unit != null).ToList();
            if (leads.Count > 0)
            {
                var item = builder.Row(CoverageKind.Framing, leads.Select(x => x.Article));
                item.Detail = "Lead";
                item.Texts = leads.Select(x => builder.Text(x.Article, x.Unit!.Text, x.Unit.Start, x.Unit.End)).ToList();
                item.Summary = "Lead: " + string.Join(" | ", item.Texts.Select(t => t.Outlet + ": " + Shorten(t.Text, 70)));
                item.Similarity = leads.Count < 2 ? 1 : Math.Round(PairMean(leads, (x, y) => WordDiff.Similarity(WordDiff.Segments(x.Unit!.Text, y.Unit!.Text)), cancellationToken), 3);
                if (leads.Count >= 2)
                {
                    item.Difference = WordDiff.Format(WordDiff.Segments(leads[0].Unit!.Text, leads[1].Unit!.Text));
                }

                builder.Add(item);
            }

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
