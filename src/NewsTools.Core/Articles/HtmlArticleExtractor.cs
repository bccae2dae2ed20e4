using System;
using System.Collections.Generic;
using System.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsTools.Articles.Html;
using NewsTools.Config;

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

        public List<(string Text, ParagraphKind? Hint)> Blocks { get; set; } = new List<(string, ParagraphKind?)>();
    }

    /// <summary>
    /// Pulls the story out of an HTML page: what the page declares (JSON-LD, OpenGraph and other meta tags), then the part of
    /// the page that reads like the story (see <see cref="ContentFinder"/>), written out as blocks.
    /// </summary>
    internal sealed class HtmlArticleExtractor
    {
        // Never text a reader reads as the story: code, styling, embedded documents, form controls, and <nav>, which HTML
        // defines as the page's navigation.
        private static readonly HashSet<string> NeverText = new HashSet<string>(StringComparer.Ordinal)
        {
            "script", "style", "noscript", "template", "iframe", "svg", "annotation", "canvas", "object", "embed", "button", "select", "textarea", "dialog", "link", "meta", "nav",
        };

        // A story shorter than this is likely a wrong choice: try again with fewer assumptions (as Readability does).
        private const int ShortStory = 500;

        private readonly HtmlVocabulary vocabulary;

        public HtmlArticleExtractor(NewsToolsConfig config)
        {
            vocabulary = new HtmlVocabulary(config);
        }

        public HtmlExtraction Extract(string html)
        {
            var document = new HtmlParser().ParseDocument(MarkupDepthLimiter.Limit(html));
            var metadata = PageMetadataReader.Read(document, vocabulary);
            var result = new HtmlExtraction
            {
                SiteName = metadata.SiteName,
                Author = metadata.Byline,
                Url = metadata.Url,
                Published = metadata.Published,
            };

            var body = document.Body ?? document.DocumentElement;
            RemoveInvisible(body);
            result.Author ??= TakeVisibleByline(body);
            result.Title = metadata.Title ?? TitleFromDocument(document) ?? HtmlText.Clean(body.QuerySelector("h1")?.TextContent);

            List<(string Text, ParagraphKind? Hint)>? best = null;
            ContentChoice? chosen = null;
            var finder = new ContentFinder(vocabulary);
            foreach (var (weights, clean) in new[] { (true, true), (false, true), (false, false) })
            {
                var choice = finder.Find(body, weights, clean);
                var blocks = BlockWriter.Write(choice.Roots, choice.Dropped);
                if (best == null || Length(blocks) > Length(best))
                {
                    best = blocks;
                    chosen = choice;
                }

                if (Length(best) >= ShortStory)
                {
                    break;
                }
            }

            result.Blocks = best!;
            if (metadata.ArticleBody != null && ArticleBodyTellsMore(metadata.ArticleBody, result.Blocks))
            {
                // The page ships its story as data and its markup shows less of it (a script renders the rest).
                result.Blocks = metadata.ArticleBody.Split('\n').Select(HtmlText.Clean).Where(t => t != null).Select(t => (t!, (ParagraphKind?)null)).ToList();
            }

            result.Published ??= PageMetadataReader.ParseDate(chosen!.Roots.Select(r => r.QuerySelector("time[datetime]")).FirstOrDefault(t => t != null)?.GetAttribute("datetime"))
                ?? PageMetadataReader.ParseDate(body.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
            return result;
        }

        private static int Length(List<(string Text, ParagraphKind? Hint)> blocks) => blocks.Sum(b => b.Text.Length);

        private static bool ArticleBodyTellsMore(string articleBody, List<(string Text, ParagraphKind? Hint)> blocks)
        {
            var bodyLength = HtmlText.CollapsedLength(articleBody.Trim());
            return bodyLength >= ShortStory && bodyLength > 2 * Length(blocks);
        }

        /// <summary>Drops what a reader never sees: scripts and form controls, and elements hidden by the page.</summary>
        private static void RemoveInvisible(IElement body)
        {
            foreach (var element in body.Descendants<IElement>().Where(e => NeverText.Contains(e.LocalName) || HtmlVocabulary.IsHidden(e)).ToList())
            {
                element.Remove();
            }
        }

        /// <summary>
        /// The byline a page prints ("By Jeffrey Gettleman"): the first short element marked as the author's (rel=author,
        /// itemprop=author, a byline or author class). It leaves the story text, as a newspaper's byline is not part of the story.
        /// </summary>
        private string? TakeVisibleByline(IElement body)
        {
            foreach (var element in body.Descendants<IElement>())
            {
                if (!vocabulary.LooksLikeByline(element))
                {
                    continue;
                }

                var name = element.QuerySelector("[itemprop~='name']") ?? element;
                var text = HtmlText.Clean(name.TextContent);
                if (text == null || text.Length >= 100)
                {
                    continue;
                }

                var byline = PageMetadataReader.PersonName(StripBy(text));
                if (byline != null)
                {
                    element.Remove();
                    return byline;
                }
            }

            return null;
        }

        private static string StripBy(string text)
        {
            foreach (var prefix in new[] { "By ", "by ", "BY " })
            {
                if (text.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return text.Substring(prefix.Length).Trim();
                }
            }

            return text;
        }

        private static readonly char[] TitleSeparators = { '|', '-', '\u2013', '\u2014', '\\', '/', '>', '\u00BB' };

        /// <summary>
        /// The story's title from the page title: "Headline | Site" loses the site part, "Site: Headline" its prefix when no
        /// heading repeats the whole; a title of four words or fewer stays whole, since cutting it would leave a fragment.
        /// </summary>
        private static string? TitleFromDocument(IDocument document)
        {
            var original = HtmlText.Clean(document.Title);
            if (original == null)
            {
                return null;
            }

            var title = original;
            var hierarchical = false;
            var separator = LastSeparator(original);
            if (separator > 0)
            {
                hierarchical = "\\/>\u00BB".IndexOf(original[separator]) >= 0;
                title = original.Substring(0, separator - 1);
                if (WordCount(title) < 3)
                {
                    var first = FirstSeparator(original);
                    title = original.Substring(first + 2);
                }
            }
            else if (original.Contains(": "))
            {
                var headingRepeats = document.QuerySelectorAll("h1, h2").Any(h => HtmlText.Clean(h.TextContent) == original);
                if (!headingRepeats)
                {
                    title = original.Substring(original.LastIndexOf(':') + 1).Trim();
                    if (WordCount(title) < 3)
                    {
                        title = original.Substring(original.IndexOf(':') + 1).Trim();
                    }
                    else if (WordCount(original.Substring(0, original.IndexOf(':'))) > 5)
                    {
                        title = original;
                    }
                }
            }
            else if (original.Length > 150 || original.Length < 15)
            {
                var h1s = document.QuerySelectorAll("h1");
                if (h1s.Length == 1)
                {
                    title = HtmlText.Clean(h1s.First().TextContent) ?? original;
                }
            }

            var words = WordCount(title);
            var originalWords = WordCount(new string(original.Where(c => Array.IndexOf(TitleSeparators, c) < 0).ToArray()));
            if (words <= 4 && (!hierarchical || words != originalWords - 1))
            {
                title = original;
            }

            return HtmlText.Clean(title);
        }

        /// <summary>The position of the last separator written between spaces (" | ", " - "), or -1.</summary>
        private static int LastSeparator(string title)
        {
            for (var i = title.Length - 2; i > 0; i--)
            {
                if (title[i - 1] == ' ' && title[i + 1] == ' ' && Array.IndexOf(TitleSeparators, title[i]) >= 0)
                {
                    return i;
                }
            }

            return -1;
        }

        private static int FirstSeparator(string title)
        {
            for (var i = 1; i < title.Length - 1; i++)
            {
                if (title[i - 1] == ' ' && title[i + 1] == ' ' && Array.IndexOf(TitleSeparators, title[i]) >= 0)
                {
                    return i;
                }
            }

            return -1;
        }

        private static int WordCount(string text) => text.Split(new[] { ' ', '\t', '\n' }, StringSplitOptions.RemoveEmptyEntries).Length;
    }
}
