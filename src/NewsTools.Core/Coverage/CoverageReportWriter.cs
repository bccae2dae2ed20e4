using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using NewsTools.Articles;
using NewsTools.Time;

namespace NewsTools.Coverage
{
    /// <summary>
    /// Writes comparisons as one self-contained HTML page (inline CSS and SVG, no script, no external asset): the articles side
    /// by side with shared, unique and discrepant passages highlighted, the aligned statements with word-level differences,
    /// the voice table, framing, and the merged timeline. Every string taken from an article is HTML-encoded.
    /// </summary>
    public static class CoverageReportWriter
    {
        private const string Style = @"
body{font-family:Georgia,'Times New Roman',serif;margin:1.5em;color:#222;background:#fff}
h1{font-size:1.6em;margin:0 0 .3em}h2{font-size:1.3em;border-bottom:2px solid #444;margin-top:1.6em}h3{font-size:1.1em;margin-top:1.4em}
.summary{font-family:Arial,sans-serif;font-size:.9em;color:#333}
.legend span{display:inline-block;margin-right:1em;padding:0 .4em}
.articles{display:grid;gap:1em;align-items:start}
.article{border:1px solid #ccc;padding:.6em .9em;font-size:.92em;line-height:1.45;overflow-wrap:break-word}
.article h4{margin:.2em 0 .5em;font-size:1.05em}.article .outlet{font-family:Arial,sans-serif;font-size:.8em;color:#666;text-transform:uppercase}
.article p.caption{font-style:italic;color:#555}.article p.heading{font-weight:bold}
mark.shared{background:#c8f0c8}mark.unique{background:#fff1a8}mark.discrepancy{background:#ffc2c2;outline:1px solid #d33}
mark.statement{background:#d6e6ff}
table{border-collapse:collapse;margin:.5em 0;font-size:.9em;width:100%}
th,td{border:1px solid #bbb;padding:.3em .5em;vertical-align:top;text-align:left}th{background:#eee;font-family:Arial,sans-serif}
td.num{text-align:right;font-family:Arial,sans-serif}
del{background:#ffd0d0;text-decoration:line-through}ins{background:#c8f0c8;text-decoration:none}
.warnings{color:#8a4b00;font-family:Arial,sans-serif;font-size:.85em}
svg.timeline text{font-family:Arial,sans-serif;font-size:12px}
";

        public static string ToHtml(IReadOnlyList<CoverageComparison> comparisons)
        {
            if (comparisons == null)
            {
                throw new ArgumentNullException(nameof(comparisons));
            }

            var html = new StringBuilder();
            html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Coverage comparison</title>\n");
            html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
            html.Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n<h1>Coverage comparison</h1>\n");
            html.Append("<p class=\"legend summary\"><span class=\"legend-item\"><mark class=\"shared\">shared</mark></span><span class=\"legend-item\"><mark class=\"unique\">only in this outlet</mark></span><span class=\"legend-item\"><mark class=\"discrepancy\">discrepancy</mark></span><span class=\"legend-item\"><mark class=\"statement\">quotation</mark></span></p>\n");
            foreach (var comparison in comparisons)
            {
                if (comparison != null)
                {
                    WriteComparison(html, comparison);
                }
            }

            html.Append("</body>\n</html>\n");
            return html.ToString();
        }

        private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

        private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

        private static void WriteComparison(StringBuilder html, CoverageComparison c)
        {
            var s = c.Summary;
            html.Append("<section class=\"comparison\" id=\"").Append(E(s.GroupId)).Append("\">\n");
            html.Append("<h2>").Append(E(s.GroupId)).Append(": ").Append(E(string.Join(", ", s.Outlets))).Append("</h2>\n");
            html.Append("<p class=\"summary\">Shared share ").Append(F(s.SharedShare)).Append(" · similarity ").Append(F(s.Similarity))
                .Append(" · ").Append(s.Statements).Append(" statements · ").Append(s.Facts).Append(" facts · ").Append(s.Discrepancies).Append(" discrepancies · only in: ")
                .Append(E(string.Join(", ", s.UniqueCounts.Select(p => p.Key + " " + p.Value.ToString(CultureInfo.InvariantCulture))))).Append("</p>\n");
            if (s.Warnings.Count > 0)
            {
                html.Append("<ul class=\"warnings\">");
                foreach (var w in s.Warnings)
                {
                    html.Append("<li>").Append(E(w)).Append("</li>");
                }

                html.Append("</ul>\n");
            }

            WriteArticles(html, c);
            WriteStatements(html, c);
            WriteDiscrepancies(html, c);
            WriteVoice(html, c);
            WriteFraming(html, c);
            WriteTimeline(html, c.Timeline);
            html.Append("</section>\n");
        }

        private static void WriteArticles(StringBuilder html, CoverageComparison c)
        {
            var columns = Math.Max(1, Math.Min(c.Articles.Count, 5));
            html.Append("<h3>Articles</h3>\n<div class=\"articles\" style=\"grid-template-columns:repeat(").Append(columns).Append(",minmax(0,1fr))\">\n");
            for (var a = 0; a < c.Articles.Count; a++)
            {
                var article = c.Articles[a];
                var label = a < c.Labels.Count ? c.Labels[a] : article.Outlet ?? article.Id;
                html.Append("<article class=\"article\" data-article=\"").Append(E(article.Id)).Append("\">\n<div class=\"outlet\">").Append(E(label)).Append("</div>\n");
                if (!string.IsNullOrWhiteSpace(article.Title))
                {
                    html.Append("<h4>").Append(E(article.Title)).Append("</h4>\n");
                }

                var marks = Marks(c, article);
                var text = article.Text ?? "";
                var paragraphs = article.Paragraphs.Count > 0
                    ? article.Paragraphs.Select(p => (p.Kind, p.Start, End: Math.Min(p.End, text.Length))).ToList()
                    : new List<(ParagraphKind Kind, int Start, int End)> { (ParagraphKind.Body, 0, text.Length) };
                foreach (var (kind, start, end) in paragraphs)
                {
                    // The headline is shown once, above the text.
                    if (kind == ParagraphKind.Heading && article.Title != null && string.Equals(text.Substring(start, end - start).Trim(), article.Title.Trim(), StringComparison.Ordinal))
                    {
                        continue;
                    }

                    html.Append("<p class=\"").Append(kind.ToString().ToLowerInvariant()).Append("\">");
                    WriteMarked(html, text, start, end, marks);
                    html.Append("</p>\n");
                }

                html.Append("</article>\n");
            }

            html.Append("</div>\n");
        }

        // Priorities when passages overlap: a discrepancy shows over a shared fact, a fact over a quotation.
        private static readonly string?[] MarkClasses = { null, "statement", "unique", "shared", "discrepancy" };

        private static byte[] Marks(CoverageComparison c, Article article)
        {
            var text = article.Text ?? "";
            var marks = new byte[text.Length];
            foreach (var item in c.Items)
            {
                byte level = item.Kind switch
                {
                    CoverageKind.Statement => 1,
                    CoverageKind.Fact => item.Sources.Count > 1 ? (byte)3 : (byte)2,
                    CoverageKind.Discrepancy => 4,
                    _ => 0,
                };
                if (level == 0)
                {
                    continue;
                }

                foreach (var t in item.Texts)
                {
                    if (t.ArticleId != article.Id || t.Start < 0 || t.End <= t.Start)
                    {
                        continue;
                    }

                    for (var i = t.Start; i < Math.Min(t.End, text.Length); i++)
                    {
                        if (marks[i] < level)
                        {
                            marks[i] = level;
                        }
                    }
                }
            }

            return marks;
        }

        private static void WriteMarked(StringBuilder html, string text, int start, int end, byte[] marks)
        {
            var i = start;
            while (i < end)
            {
                var level = marks[i];
                var j = i;
                while (j < end && marks[j] == level)
                {
                    j++;
                }

                var cls = MarkClasses[level];
                if (cls != null)
                {
                    html.Append("<mark class=\"").Append(cls).Append("\">");
                }

                html.Append(E(text.Substring(i, j - i)));
                if (cls != null)
                {
                    html.Append("</mark>");
                }

                i = j;
            }
        }

        private static void WriteDiff(StringBuilder html, string a, string b)
        {
            foreach (var seg in WordDiff.Segments(a, b))
            {
                switch (seg.Op)
                {
                    case DiffOp.Removed:
                        html.Append("<del>").Append(E(seg.Text)).Append("</del> ");
                        break;
                    case DiffOp.Added:
                        html.Append("<ins>").Append(E(seg.Text)).Append("</ins> ");
                        break;
                    default:
                        html.Append(E(seg.Text)).Append(' ');
                        break;
                }
            }
        }

        private static void WriteStatements(StringBuilder html, CoverageComparison c)
        {
            var aligned = c.Items.Where(i => i.Kind == CoverageKind.Statement && i.Texts.Count >= 2).ToList();
            html.Append("<h3>Aligned statements</h3>\n");
            if (aligned.Count == 0)
            {
                html.Append("<p class=\"summary\">No statement is quoted by more than one outlet.</p>\n");
                return;
            }

            html.Append("<table class=\"statements\">\n<tr><th>Speaker</th><th>Renderings</th><th>Word-level difference</th><th>Similarity</th></tr>\n");
            foreach (var item in aligned)
            {
                html.Append("<tr class=\"statement\"><td>").Append(E(item.Speaker)).Append("</td><td>");
                foreach (var t in item.Texts)
                {
                    html.Append("<div><b>").Append(E(t.Outlet)).Append(":</b> ").Append(E(t.Text)).Append("</div>");
                }

                html.Append("</td><td class=\"diff\">");
                WriteDiff(html, item.Texts[0].Text, item.Texts[1].Text);
                html.Append("</td><td class=\"num\">").Append(F(item.Similarity)).Append("</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        private static void WriteDiscrepancies(StringBuilder html, CoverageComparison c)
        {
            var rows = c.Items.Where(i => i.Kind == CoverageKind.Discrepancy).ToList();
            html.Append("<h3>Discrepancies</h3>\n");
            if (rows.Count == 0)
            {
                html.Append("<p class=\"summary\">No aligned facts differ in their details.</p>\n");
                return;
            }

            html.Append("<table class=\"discrepancies\">\n<tr><th>What differs</th><th>Renderings</th></tr>\n");
            foreach (var item in rows)
            {
                html.Append("<tr class=\"discrepancy\"><td>").Append(E(item.Detail)).Append("</td><td>");
                foreach (var t in item.Texts)
                {
                    html.Append("<div><b>").Append(E(t.Outlet)).Append(":</b> ").Append(E(t.Text)).Append("</div>");
                }

                html.Append("</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        private static void WriteVoice(StringBuilder html, CoverageComparison c)
        {
            var rows = c.Items.Where(i => i.Kind == CoverageKind.Voice).ToList();
            html.Append("<h3>Voice</h3>\n");
            if (rows.Count == 0)
            {
                html.Append("<p class=\"summary\">No attributed quotation was found.</p>\n");
                return;
            }

            var outlets = c.Summary.Outlets;
            html.Append("<table class=\"voice\">\n<tr><th>Side / speaker</th>");
            foreach (var o in outlets)
            {
                html.Append("<th>").Append(E(o)).Append(" (quotes / words)</th>");
            }

            html.Append("</tr>\n");
            foreach (var item in rows)
            {
                var isSide = item.Speaker == null;
                html.Append("<tr class=\"").Append(isSide ? "side" : "speaker").Append("\"><td>")
                    .Append(isSide ? "<b>" + E(item.Side) + " side</b>" : "&nbsp;&nbsp;" + E(item.Speaker) + " <small>(" + E(item.Side) + ")</small>").Append("</td>");
                foreach (var o in outlets)
                {
                    item.Counts.TryGetValue(o, out var n);
                    item.Words.TryGetValue(o, out var w);
                    html.Append("<td class=\"num\">").Append(n).Append(" / ").Append(w).Append("</td>");
                }

                html.Append("</tr>\n");
            }

            html.Append("</table>\n");
        }

        private static void WriteFraming(StringBuilder html, CoverageComparison c)
        {
            var rows = c.Items.Where(i => i.Kind == CoverageKind.Framing).ToList();
            html.Append("<h3>Framing</h3>\n");
            if (rows.Count == 0)
            {
                html.Append("<p class=\"summary\">No framing rows.</p>\n");
                return;
            }

            html.Append("<table class=\"framing\">\n<tr><th>Aspect</th><th>Per outlet</th></tr>\n");
            foreach (var item in rows)
            {
                html.Append("<tr><td>").Append(E(item.Detail)).Append(item.Speaker != null ? ": " + E(item.Speaker) : "").Append("</td><td>");
                foreach (var t in item.Texts)
                {
                    html.Append("<div><b>").Append(E(t.Outlet)).Append(":</b> ").Append(E(t.Text)).Append("</div>");
                }

                html.Append("</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        /// <summary>The merged timeline as a vertical SVG: one dot per dated event, the date, what happened and who reported it.</summary>
        private static void WriteTimeline(StringBuilder html, IReadOnlyList<TimelineEvent> timeline)
        {
            html.Append("<h3>Merged timeline</h3>\n");
            var events = timeline.Where(e => e != null).ToList();
            const int rowHeight = 34;
            var height = Math.Max(1, events.Count) * rowHeight + 20;
            html.Append("<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" width=\"960\" height=\"").Append(height)
                .Append("\" viewBox=\"0 0 960 ").Append(height).Append("\" role=\"img\" aria-label=\"Merged timeline\">\n");
            if (events.Count == 0)
            {
                html.Append("<text x=\"10\" y=\"30\">No dated events.</text>\n</svg>\n");
                return;
            }

            html.Append("<line x1=\"110\" y1=\"10\" x2=\"110\" y2=\"").Append(height - 10).Append("\" stroke=\"#888\" stroke-width=\"2\"/>\n");
            for (var i = 0; i < events.Count; i++)
            {
                var e = events[i];
                var y = 24 + (i * rowHeight);
                var date = e.Value ?? e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?";
                var shared = e.Sources.Select(s => s.Outlet ?? s.ArticleId).Distinct().Count();
                html.Append("<g class=\"event\"><circle cx=\"110\" cy=\"").Append(y - 4).Append("\" r=\"").Append(shared > 1 ? 7 : 5)
                    .Append("\" fill=\"").Append(shared > 1 ? "#2a8a2a" : "#c9a400").Append("\"/>");
                html.Append("<text x=\"100\" y=\"").Append(y).Append("\" text-anchor=\"end\">").Append(E(date)).Append("</text>");
                html.Append("<text x=\"125\" y=\"").Append(y).Append("\">").Append(E(CoverageComparer.Shorten(e.Event, 120))).Append("</text>");
                html.Append("<text x=\"125\" y=\"").Append(y + 13).Append("\" fill=\"#666\">")
                    .Append(E(string.Join(", ", e.Sources.Select(s => s.Outlet ?? s.ArticleId).Distinct()))).Append("</text></g>\n");
            }

            html.Append("</svg>\n");
        }
    }
}
