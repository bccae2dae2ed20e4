using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;

namespace NewsTools.Archive
{
    /// <summary>A self-contained HTML page of what changed since the last run, grouped by event, for a scheduled job to publish or mail.</summary>
    public static class ChangeReportWriter
    {
        public static string ToHtml(IReadOnlyList<ArchiveChange> changes, DateTimeOffset since, string archiveName)
        {
            var html = new StringBuilder();
            html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>News changes since ")
                .Append(E(Stamp(since))).Append("</title>\n<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}")
                .Append("h2{border-bottom:1px solid #ccc}.kind{font-weight:bold;min-width:9em;display:inline-block}.NewEvent{color:#05a}.NewOutlet{color:#070}")
                .Append(".NewDiscrepancy{color:#b00}.Revised{color:#a60}.text{color:#444;margin-left:9em}</style></head><body>\n")
                .Append("<h1>What changed since ").Append(E(Stamp(since))).Append("</h1>\n<p>")
                .Append(E(archiveName)).Append(": ").Append(changes.Count.ToString(CultureInfo.InvariantCulture)).Append(" change(s)");
            foreach (var kind in changes.GroupBy(c => c.Kind).OrderBy(g => g.Key))
            {
                html.Append(", ").Append(kind.Count().ToString(CultureInfo.InvariantCulture)).Append(' ').Append(E(kind.Key.ToString()));
            }

            html.Append(".</p>\n");
            foreach (var byEvent in changes.GroupBy(c => c.EventId ?? "").OrderBy(g => g.Key.Length == 0).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                var first = byEvent.First();
                html.Append("<h2>").Append(byEvent.Key.Length == 0 ? "Not grouped" : E(byEvent.Key) + " " + E(first.EventLabel)).Append("</h2>\n");
                var outlets = byEvent.SelectMany(c => c.Outlets).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                if (outlets.Count > 0)
                {
                    html.Append("<p>Outlets: ").Append(E(string.Join(", ", outlets))).Append("</p>\n");
                }

                html.Append("<ul>\n");
                foreach (var c in byEvent.OrderBy(c => c.Kind).ThenBy(c => c.Added))
                {
                    html.Append("<li><span class=\"kind ").Append(c.Kind).Append("\">").Append(E(c.Kind.ToString())).Append("</span> ").Append(E(c.Summary));
                    if (c.Url != null)
                    {
                        html.Append(" <a href=\"").Append(E(c.Url)).Append("\">source</a>");
                    }

                    if (!string.IsNullOrEmpty(c.Text))
                    {
                        html.Append("<div class=\"text\">").Append(E(c.Text)).Append("</div>");
                    }

                    html.Append("</li>\n");
                }

                html.Append("</ul>\n");
            }

            html.Append("</body></html>\n");
            return html.ToString();
        }

        private static string Stamp(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

        private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
    }
}
