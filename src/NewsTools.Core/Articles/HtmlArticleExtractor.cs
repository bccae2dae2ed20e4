using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsTools.Articles
{
    /// <summary>What a web page says about itself, and its story text as blocks.</summary>
    internal sealed class HtmlExtraction
    {
        public string? Title { get; set; }

        public string? SiteName { get; set; }

        public string? Author { get; set; }

        public DateTimeOffset? Published { get; set; }

        public string? Url { get; set; }

        public List<(string Text, ParagraphKind? Hint)> Blocks { get; } = new List<(string, ParagraphKind?)>();
    }

    /// <summary>
    /// Pulls the story out of an HTML page: metadata from meta tags and JSON-LD NewsArticle, then the text blocks of the
    /// element that holds the most paragraph text, with navigation, scripts, share bars and comment widgets dropped first.
    /// </summary>
    internal static class HtmlArticleExtractor
    {
        private static readonly string[] JunkElements = { "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "iframe", "svg", "button", "select", "input", "textarea", "object", "embed", "canvas", "video", "audio", "menu", "dialog" };

        // Whole words in class or id that mark page furniture rather than story.
        private static readonly HashSet<string> JunkWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "comment", "comments", "disqus", "share", "sharing", "social", "related", "promo", "newsletter", "subscribe", "subscription",
            "advert", "advertisement", "ad", "ads", "cookie", "cookies", "banner", "sidebar", "widget", "popup", "modal", "breadcrumb",
            "breadcrumbs", "nav", "navbar", "navigation", "menu", "footer", "masthead", "teaser", "recommended", "outbrain", "taboola", "paywall",
        };

        private static readonly string[] BlockSelectors = { "p", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "li", "blockquote", "pre" };

        private static readonly HashSet<string> ArticleTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "OpinionNewsArticle", "WebPage" };

        public static HtmlExtraction Extract(string html)
        {
            var document = new HtmlParser().ParseDocument(html);
            var result = new HtmlExtraction
            {
                SiteName = Meta(document, "og:site_name") ?? Meta(document, "application-name"),
                Author = Meta(document, "author") ?? Meta(document, "article:author"),
                Url = Meta(document, "og:url") ?? document.QuerySelector("link[rel='canonical']")?.GetAttribute("href"),
                Published = ParseDate(Meta(document, "article:published_time") ?? Meta(document, "datePublished") ?? Meta(document, "pubdate") ?? Meta(document, "date") ?? Meta(document, "dc.date")),
            };
            var ogTitle = Meta(document, "og:title");

            ReadJsonLd(document, result, out var jsonHeadline);

            foreach (var junk in document.QuerySelectorAll(string.Join(",", JunkElements)).ToList())
            {
                junk.Remove();
            }

            foreach (var element in document.All.Where(IsFurniture).ToList())
            {
                element.Remove();
            }

            var root = ChooseRoot(document);
            var h1 = root?.QuerySelector("h1") ?? document.QuerySelector("h1");
            result.Title = Clean(jsonHeadline) ?? Clean(ogTitle) ?? Clean(h1?.TextContent) ?? StripSiteSuffix(Clean(document.Title), result.SiteName);
            result.Published ??= ParseDate(root?.QuerySelector("time[datetime]")?.GetAttribute("datetime"));

            if (root != null)
            {
                foreach (var block in root.QuerySelectorAll(string.Join(",", BlockSelectors)))
                {
                    // Nested blocks (a p inside a blockquote or li) are read once, at the innermost level.
                    if (block.QuerySelector(string.Join(",", BlockSelectors)) != null)
                    {
                        continue;
                    }

                    var text = Clean(block.TextContent);
                    if (text == null)
                    {
                        continue;
                    }

                    ParagraphKind? hint = block.LocalName switch
                    {
                        "figcaption" => ParagraphKind.Caption,
                        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => ParagraphKind.Heading,
                        _ => block.Closest("figure") != null ? ParagraphKind.Caption : (ParagraphKind?)null,
                    };
                    result.Blocks.Add((text, hint));
                }

                if (result.Blocks.Count == 0)
                {
                    foreach (var line in (root.TextContent ?? "").Split('\n'))
                    {
                        var text = Clean(line);
                        if (text != null)
                        {
                            result.Blocks.Add((text, null));
                        }
                    }
                }
            }

            return result;
        }

        private static bool IsFurniture(IElement element)
        {
            if (element.LocalName == "body" || element.LocalName == "html" || element.LocalName == "article" || element.LocalName == "main")
            {
                return false;
            }

            return Words(element.GetAttribute("class")).Concat(Words(element.GetAttribute("id"))).Concat(Words(element.GetAttribute("role"))).Any(JunkWords.Contains);
        }

        private static IEnumerable<string> Words(string? attribute) =>
            string.IsNullOrEmpty(attribute) ? Enumerable.Empty<string>() : attribute!.Split(new[] { ' ', '-', '_', '\t', '\n' }, StringSplitOptions.RemoveEmptyEntries);

        /// <summary>articleBody, else the article element with most text, else the parent of the most paragraph text.</summary>
        private static IElement? ChooseRoot(IDocument document)
        {
            var body = document.QuerySelector("[itemprop='articleBody']");
            if (body != null)
            {
                return body;
            }

            var article = document.QuerySelectorAll("article").OrderByDescending(a => ParagraphText(a)).FirstOrDefault();
            if (article != null && ParagraphText(article) > 0)
            {
                return article;
            }

            var scores = new Dictionary<IElement, int>();
            foreach (var p in document.QuerySelectorAll("p"))
            {
                if (p.ParentElement != null)
                {
                    scores.TryGetValue(p.ParentElement, out var score);
                    scores[p.ParentElement] = score + (p.TextContent?.Length ?? 0);
                }
            }

            return scores.Count > 0 ? scores.OrderByDescending(s => s.Value).First().Key : (IElement?)document.Body ?? document.DocumentElement;
        }

        private static int ParagraphText(IElement element) => element.QuerySelectorAll("p").Sum(p => p.TextContent?.Length ?? 0);

        private static string? Meta(IDocument document, string name)
        {
            foreach (var meta in document.QuerySelectorAll("meta"))
            {
                if (string.Equals(meta.GetAttribute("property"), name, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(meta.GetAttribute("name"), name, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(meta.GetAttribute("itemprop"), name, StringComparison.OrdinalIgnoreCase))
                {
                    var content = Clean(meta.GetAttribute("content"));
                    if (content != null)
                    {
                        return content;
                    }
                }
            }

            return null;
        }

        private static void ReadJsonLd(IDocument document, HtmlExtraction result, out string? headline)
        {
            headline = null;
            foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
            {
                foreach (var node in Flatten(JsonLite.Parse(script.TextContent ?? "")))
                {
                    if (!(node.TryGetValue("@type", out var type) && TypeMatches(type)))
                    {
                        continue;
                    }

                    headline ??= node.TryGetValue("headline", out var h) ? h as string : null;
                    result.Published ??= ParseDate(node.TryGetValue("datePublished", out var d) ? d as string : null);
                    result.Author ??= NameOf(node.TryGetValue("author", out var a) ? a : null);
                    result.SiteName ??= NameOf(node.TryGetValue("publisher", out var p) ? p : null);
                    result.Url ??= node.TryGetValue("url", out var u) ? u as string : null;
                }
            }
        }

        private static bool TypeMatches(object? type) => type switch
        {
            string s => ArticleTypes.Contains(s),
            List<object?> list => list.OfType<string>().Any(ArticleTypes.Contains),
            _ => false,
        };

        private static IEnumerable<Dictionary<string, object?>> Flatten(object? node)
        {
            if (node is Dictionary<string, object?> obj)
            {
                yield return obj;
                if (obj.TryGetValue("@graph", out var graph))
                {
                    foreach (var inner in Flatten(graph))
                    {
                        yield return inner;
                    }
                }
            }
            else if (node is List<object?> list)
            {
                foreach (var item in list)
                {
                    foreach (var inner in Flatten(item))
                    {
                        yield return inner;
                    }
                }
            }
        }

        private static string? NameOf(object? value) => value switch
        {
            string s => Clean(s),
            Dictionary<string, object?> obj => obj.TryGetValue("name", out var n) ? Clean(n as string) : null,
            List<object?> list => list.Select(NameOf).FirstOrDefault(n => n != null) is string first ? string.Join(", ", list.Select(NameOf).Where(n => n != null)) : null,
            _ => null,
        };

        internal static DateTimeOffset? ParseDate(string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : (DateTimeOffset?)null;
        }

        private static string? StripSiteSuffix(string? title, string? siteName)
        {
            if (title == null)
            {
                return null;
            }

            foreach (var separator in new[] { " | ", " - ", " — ", " – " })
            {
                var at = title.LastIndexOf(separator, StringComparison.Ordinal);
                if (at > 0 && (siteName == null || title.Substring(at + separator.Length).IndexOf(siteName, StringComparison.OrdinalIgnoreCase) >= 0 || title.Length - at < 30))
                {
                    return title.Substring(0, at);
                }
            }

            return title;
        }

        /// <summary>HTML white space is not significant: runs collapse to one space. Non-breaking spaces are kept as they are.</summary>
        internal static string? Clean(string? text)
        {
            if (text == null)
            {
                return null;
            }

            var sb = new StringBuilder(text.Length);
            var pendingSpace = false;
            foreach (var c in text)
            {
                if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f')
                {
                    pendingSpace = sb.Length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    sb.Append(' ');
                    pendingSpace = false;
                }

                sb.Append(c);
            }

            return sb.Length == 0 ? null : sb.ToString();
        }
    }
}
