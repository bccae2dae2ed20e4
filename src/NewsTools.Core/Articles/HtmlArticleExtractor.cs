using System;
using System.Collections.Generic;
using System.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsTools.Articles.Html;
using NewsTools.Config;
using NewsTools.Time.Vocabulary;

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

        public string? Language { get; set; }

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
        private readonly CalendarWords calendar;

        public HtmlArticleExtractor(NewsToolsConfig config)
        {
            vocabulary = new HtmlVocabulary(config);
            calendar = CalendarWords.For(config);
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
                Language = metadata.Language,
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
        /// itemprop=author, a byline or author class) outside the page's masthead. It leaves the story text, as a newspaper's byline is not part of the story.
        /// </summary>
        private string? TakeVisibleByline(IElement body)
        {
            foreach (var element in body.Descendants<IElement>())
            {
                if (!vocabulary.LooksLikeByline(element) || InMasthead(element, body))
                {
                    continue;
                }

                // A byline is short, whatever name it holds: a long element named "author-..." is the story itself (WordPress
                // gives its article the class "author-sarah", and the writer's name inside it is no reason to take it away).
                var whole = HtmlText.Clean(element.TextContent);
                if (whole == null || whole.Length >= 100)
                {
                    continue;
                }

                var text = HtmlText.Clean(FirstLine(element.QuerySelector("[itemprop~='name']") ?? element));
                if (text == null)
                {
                    continue;
                }

                var byline = PageMetadataReader.PersonName(NameBeforeDate(vocabulary.StripBylinePrefix(text)));
                if (byline != null)
                {
                    element.Remove();
                    return byline;
                }
            }

            return null;
        }

        /// <summary>
        /// Whether the element sits in the page's masthead: a header (by tag, or named "masthead") without the headline, where
        /// sites put account menus ("Sign in | Subscribe"), unlike the story's own header, which holds the headline and byline.
        /// </summary>
        private static bool InMasthead(IElement element, IElement body)
        {
            for (var e = element.ParentElement; e != null && e != body; e = e.ParentElement)
            {
                var named = (e.Id ?? "").IndexOf("masthead", StringComparison.OrdinalIgnoreCase) >= 0 || (e.GetAttribute("class") ?? "").IndexOf("masthead", StringComparison.OrdinalIgnoreCase) >= 0;
                if ((e.LocalName == "header" || named) && e.QuerySelector("h1") == null)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The text of an element up to its first line break or block: a byline's second line is its date or role.</summary>
        private static string FirstLine(IElement element)
        {
            var sb = new System.Text.StringBuilder();
            foreach (var node in element.Descendants())
            {
                if (node is IElement e && (e.LocalName == "br" || (HtmlVocabulary.IsBlock(e.LocalName) && sb.ToString().Trim().Length > 0)))
                {
                    break;
                }

                if (node is IText t)
                {
                    sb.Append(t.Data);
                }
            }

            return sb.ToString();
        }

        /// <summary>
        /// The name part of a byline that runs on into its date ("Gillian Mohney March 11, 2015 3:46 PM"): the words before the
        /// first one with a digit, and before a month or weekday name that a number follows.
        /// </summary>
        private string NameBeforeDate(string text)
        {
            var words = text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            var end = words.Length;
            for (var i = 0; i < words.Length; i++)
            {
                if (words[i].Any(char.IsDigit))
                {
                    end = i;
                    break;
                }

                var bare = words[i].Trim(',', '.', ';', ':');
                var numberFollows = (i + 1 < words.Length && words[i + 1].Any(char.IsDigit)) || (i + 2 < words.Length && words[i + 2].Any(char.IsDigit));
                if (numberFollows && (calendar.IsMonth(bare) || calendar.IsWeekday(bare)))
                {
                    end = i;
                    break;
                }
            }

            return string.Join(" ", words.Take(end)).TrimEnd(',', ';', ':', '|', '-', '\u2013', '\u2014', '\u00B7', '/', ' ');
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
