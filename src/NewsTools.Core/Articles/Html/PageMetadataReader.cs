using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AngleSharp.Dom;

namespace NewsTools.Articles.Html
{
    /// <summary>What a page declares about its story, before any of its text is read.</summary>
    internal sealed class PageMetadata
    {
        public string? Title { get; set; }

        public string? Byline { get; set; }

        public string? SiteName { get; set; }

        public DateTimeOffset? Published { get; set; }

        public string? Url { get; set; }

        /// <summary>The story text a JSON-LD block ships (articleBody), kept as a fallback for pages whose markup hides it.</summary>
        public string? ArticleBody { get; set; }

        /// <summary>The language the page declares, as a BCP 47 tag ("en", "fr-FR").</summary>
        public string? Language { get; set; }
    }

    /// <summary>
    /// Reads the page's own description of its story: JSON-LD (schema.org NewsArticle and kin) first, then OpenGraph,
    /// Dublin Core, Twitter and Parse.ly meta tags, as publishers fill them for search engines and social cards.
    /// </summary>
    internal static class PageMetadataReader
    {
        public static PageMetadata Read(IDocument document, HtmlVocabulary vocabulary)
        {
            var meta = MetaTags(document);
            var result = new PageMetadata();
            ReadJsonLd(document, vocabulary, result);

            string? First(params string[] keys) => keys.Select(k => meta.TryGetValue(k, out var v) ? v[0] : null).FirstOrDefault(v => v != null);

            // Several author tags of one name are several authors ("DC.Creator" once per author of an RFC).
            string? Authors(params string[] keys) =>
                keys.Select(k => meta.TryGetValue(k, out var v) ? PersonName(string.Join(", ", v.Select(PersonName).Where(n => n != null).Distinct())) : null).FirstOrDefault(v => v != null);

            result.Title ??= First("dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title", "title", "twitter:title", "parsely-title");
            result.Byline ??= Authors("dc:creator", "dcterm:creator", "author", "parsely-author", "article:author", "og:article:author", "byl");
            result.SiteName ??= First("og:site_name", "application-name");
            result.Published ??= ParseDate(First("article:published_time", "parsely-pub-date", "datepublished", "pubdate", "date", "dc:date", "dcterms:created", "og:published_time"));
            result.Url ??= First("og:url") ?? HtmlText.Clean(document.QuerySelector("link[rel='canonical']")?.GetAttribute("href"));

            // The story's own declaration first (JSON-LD inLanguage), then the document's lang, then what the meta tags say.
            result.Language ??= LanguageTag(document.DocumentElement?.GetAttribute("lang"))
                ?? LanguageTag(document.DocumentElement?.GetAttribute("xml:lang"))
                ?? LanguageTag(First("og:locale", "dc:language", "dcterms:language", "language", "content-language"))
                ?? LanguageTag(document.QuerySelector("meta[http-equiv='content-language' i]")?.GetAttribute("content"));
            return result;
        }

        /// <summary>
        /// Every meta tag's values by its property, name or itemprop, lower-cased; a property may list several names ("dc:title og:title").
        /// A property (RDFa, as OpenGraph and Dublin Core define their tags) comes before a name of the same key; then page order.
        /// A key keeps the values of one kind of attribute only: two spellings of one author are not two authors.
        /// </summary>
        private static Dictionary<string, List<string>> MetaTags(IDocument document)
        {
            var tags = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            var source = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var attribute in new[] { "property", "name", "itemprop" })
            {
                foreach (var element in document.GetElementsByTagName("meta"))
                {
                    var names = element.GetAttribute(attribute);
                    if (string.IsNullOrWhiteSpace(names) || names!.Length > 200)
                    {
                        continue;
                    }

                    var content = HtmlText.Clean(element.GetAttribute("content"));
                    if (content == null)
                    {
                        continue;
                    }

                    foreach (var name in names.ToLowerInvariant().Split(new[] { ' ', '\t', '\n' }, StringSplitOptions.RemoveEmptyEntries))
                    {
                        // "dc.title" and "DC:Title" are the same Dublin Core name.
                        var key = name.Replace('.', ':');
                        if (!tags.TryGetValue(key, out var values))
                        {
                            tags[key] = values = new List<string>();
                            source[key] = attribute;
                        }

                        if (source[key] == attribute && !values.Contains(content))
                        {
                            values.Add(content);
                        }
                    }
                }
            }

            return tags;
        }

        private static void ReadJsonLd(IDocument document, HtmlVocabulary vocabulary, PageMetadata result)
        {
            foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
            {
                foreach (var node in Flatten(JsonLite.Parse(WithoutCdata(script.TextContent ?? "")), 0))
                {
                    if (!(node.TryGetValue("@type", out var type) && TypeMatches(type, vocabulary.ArticleTypes)))
                    {
                        continue;
                    }

                    result.Title ??= HeadlineOrName(HtmlText.Clean(Get(node, "headline") as string), HtmlText.Clean(Get(node, "name") as string), NameOf(Get(node, "publisher")), document.Title);
                    result.Published ??= ParseDate(Get(node, "datePublished") as string);
                    result.Byline ??= PersonName(NameOf(Get(node, "author")));
                    result.SiteName ??= NameOf(Get(node, "publisher"));
                    result.Url ??= Get(node, "url") as string;
                    result.ArticleBody ??= Get(node, "articleBody") as string;
                    result.Language ??= LanguageTag(Get(node, "inLanguage") as string);
                }
            }
        }

        /// <summary>
        /// A declared language as a BCP 47 tag: OpenGraph's "en_US" becomes "en-US", a list ("en, fr") gives its first entry,
        /// and anything that is not a language tag (a name, an empty value, "x") gives nothing rather than a wrong language.
        /// </summary>
        internal static string? LanguageTag(string? declared)
        {
            if (string.IsNullOrWhiteSpace(declared) || declared!.Length > 100)
            {
                return null;
            }

            var tag = declared.Split(',', ';')[0].Trim().Replace('_', '-');
            var parts = tag.Split('-');
            if (parts[0].Length < 2 || parts[0].Length > 3 || !parts[0].All(c => c < 128 && char.IsLetter(c)))
            {
                return null;
            }

            for (var i = 1; i < parts.Length; i++)
            {
                if (parts[i].Length < 1 || parts[i].Length > 8 || !parts[i].All(c => c < 128 && char.IsLetterOrDigit(c)))
                {
                    return null;
                }
            }

            // Conventional casing: language lower, region upper ("en-US"), script title ("zh-Hant").
            parts[0] = parts[0].ToLowerInvariant();
            for (var i = 1; i < parts.Length; i++)
            {
                parts[i] = parts[i].Length == 2 ? parts[i].ToUpperInvariant()
                    : parts[i].Length == 4 ? char.ToUpperInvariant(parts[i][0]) + parts[i].Substring(1).ToLowerInvariant()
                    : parts[i].ToLowerInvariant();
            }

            return string.Join("-", parts);
        }

        /// <summary>
        /// The story's title when a JSON-LD block gives both a headline and a different name: the one the page's own title
        /// repeats more of (Wikipedia's headline is its one-line description, its name the article's title).
        /// </summary>
        private static string? HeadlineOrName(string? headline, string? name, string? publisher, string? pageTitle)
        {
            // Some sites fill the story's name with their own ("Aktuálně.cz"), which every page title repeats.
            if (headline == null || name == null || headline == name || string.IsNullOrWhiteSpace(pageTitle) || string.Equals(name, publisher, StringComparison.OrdinalIgnoreCase))
            {
                return headline ?? name;
            }

            var titleWords = new HashSet<string>(Words(pageTitle!), StringComparer.OrdinalIgnoreCase);
            double Share(string text)
            {
                var words = Words(text);
                return words.Length == 0 ? 0 : (double)words.Count(titleWords.Contains) / words.Length;
            }

            // The name wins only when the page title mostly repeats it: a stale or unrelated page title says nothing.
            var nameShare = Share(name);
            return nameShare >= 0.5 && nameShare > Share(headline) ? name : headline;
        }

        private static string[] Words(string text) => text.Split(new[] { ' ', '\t', '\n', '\u00A0', ',', ':', '|', '-', '\u2013', '\u2014' }, StringSplitOptions.RemoveEmptyEntries);

        /// <summary>The JSON of a script that wraps it in a CDATA section for XHTML's sake ("&lt;![CDATA[ {...} ]]&gt;").</summary>
        private static string WithoutCdata(string script)
        {
            var text = script.Trim();
            if (text.StartsWith("<![CDATA[", StringComparison.Ordinal))
            {
                text = text.Substring(9);
                var end = text.LastIndexOf("]]>", StringComparison.Ordinal);
                text = end >= 0 ? text.Substring(0, end) : text;
            }

            return text;
        }

        private static object? Get(Dictionary<string, object?> node, string key) => node.TryGetValue(key, out var value) ? value : null;

        private static bool TypeMatches(object? type, HashSet<string> types) => type switch
        {
            string s => types.Contains(s),
            List<object?> list => list.OfType<string>().Any(types.Contains),
            _ => false,
        };

        /// <summary>Objects of a JSON-LD value, including those of an @graph, depth-bounded.</summary>
        private static IEnumerable<Dictionary<string, object?>> Flatten(object? node, int depth)
        {
            if (depth > 8)
            {
                yield break;
            }

            if (node is Dictionary<string, object?> obj)
            {
                yield return obj;
                if (obj.TryGetValue("@graph", out var graph))
                {
                    foreach (var inner in Flatten(graph, depth + 1))
                    {
                        yield return inner;
                    }
                }
            }
            else if (node is List<object?> list)
            {
                foreach (var item in list)
                {
                    foreach (var inner in Flatten(item, depth + 1))
                    {
                        yield return inner;
                    }
                }
            }
        }

        private static string? NameOf(object? value) => value switch
        {
            string s => HtmlText.Clean(s),
            Dictionary<string, object?> obj => obj.TryGetValue("name", out var n) ? NameOf(n) : null,
            List<object?> list => list.Select(NameOf).Where(n => n != null).ToList() is { Count: > 0 } names ? string.Join(", ", names) : null,
            _ => null,
        };

        /// <summary>
        /// A byline is a name: a profile URL ("https://site/people/jane") or an e-mail address is no byline, and a URL beside a
        /// name ("Jane Roe (https://site/jane/)") is left out of it. A date or time is no name either: names have no digits.
        /// </summary>
        public static string? PersonName(string? value)
        {
            if (value == null)
            {
                return null;
            }

            var words = value.Split(new[] { ' ', '\t', '\n', '\r', '\u00A0' }, StringSplitOptions.RemoveEmptyEntries)
                .Where(w => !IsAddress(w.Trim('(', ')', '<', '>', '[', ']', ','))).ToList();
            var text = string.Join(" ", words).Replace("()", "").Replace("<>", "").Replace("[]", "").Trim();
            if (text.Length == 0 || text.Length > 200 || text.Any(char.IsDigit))
            {
                return null;
            }

            return text;
        }

        private static bool IsAddress(string word) =>
            word.IndexOf("://", StringComparison.Ordinal) >= 0 || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || word.IndexOf('@') > 0
            || (word.IndexOf('/') >= 0 && (word.IndexOf('.') >= 0 || word.IndexOf('/') != word.LastIndexOf('/')));

        /// <summary>A date as the page gives it, keeping its offset; a time without one is taken as UTC.</summary>
        public static DateTimeOffset? ParseDate(string? value)
        {
            var strict = ReferenceDateResolver.ParseMetaDateWithOffset(value);
            if (strict != null || value == null || value.Length > 64)
            {
                return strict;
            }

            // ISO 8601 as sites also write it: "+0100" for the offset, a space before the time, fractions of a second. Starting
            // with a four-digit year, it cannot be read as some other day.
            var text = value.Trim();
            if (text.Length < 10 || !char.IsDigit(text[0]) || !char.IsDigit(text[3]) || text[4] != '-')
            {
                return null;
            }

            var n = text.Length;
            if (n > 5 && (text[n - 5] == '+' || text[n - 5] == '-') && char.IsDigit(text[n - 4]) && char.IsDigit(text[n - 1]) && text.IndexOf('T') > 0)
            {
                text = text.Substring(0, n - 2) + ":" + text.Substring(n - 2);
            }

            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : (DateTimeOffset?)null;
        }
    }
}
