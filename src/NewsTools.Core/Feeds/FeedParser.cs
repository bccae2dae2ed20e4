using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using CodeHollow.FeedReader;
using NewsTools.Engine;

namespace NewsTools.Feeds
{
    /// <summary>Reads RSS 0.9x/1.0/2.0, Atom and JSON Feed documents into <see cref="FeedItem"/>s (CodeHollow.FeedReader parses).</summary>
    public static class FeedParser
    {
        /// <param name="content">The feed document as text.</param>
        /// <param name="feedUrl">Where it came from: relative links resolve against it, and errors name it.</param>
        public static IReadOnlyList<FeedItem> Parse(string content, string feedUrl)
        {
            if (string.IsNullOrWhiteSpace(content))
            {
                throw new NewsToolsException("EmptyFeed", InputErrorKind.InvalidData, feedUrl, "The feed is empty.");
            }

            Feed feed;
            try
            {
                feed = FeedReader.ReadFromString(content.TrimStart('\uFEFF', ' ', '\t', '\r', '\n'));
            }
            catch (Exception ex) when (!(ex is OperationCanceledException))
            {
                throw new NewsToolsException("InvalidFeed", InputErrorKind.InvalidData, feedUrl, "This is not an RSS, Atom or JSON feed: " + ex.Message, ex);
            }

            if (feed.Type == FeedType.Unknown)
            {
                throw new NewsToolsException("InvalidFeed", InputErrorKind.InvalidData, feedUrl, "This is not an RSS, Atom or JSON feed.");
            }

            var format = feed.Type == FeedType.Atom ? "Atom" : feed.Type == FeedType.JsonFeed ? "JsonFeed" : "Rss";
            Uri.TryCreate(feedUrl, UriKind.Absolute, out var baseUri);
            var items = new List<FeedItem>(feed.Items.Count);
            foreach (var item in feed.Items)
            {
                items.Add(new FeedItem
                {
                    Title = Clean(item.Title),
                    Link = Absolute(baseUri, item.Link),
                    Published = ParseDate(item.PublishingDateString) ?? Utc(item.PublishingDate),
                    Summary = Clean(StripMarkup(item.Description ?? item.Content)),
                    Id = Clean(item.Id),
                    Author = Clean(item.Author),
                    FeedTitle = Clean(feed.Title),
                    FeedUrl = feedUrl,
                    FeedFormat = format,
                });
            }

            return items;
        }

        /// <summary>
        /// The date as written, offset kept: the parser's own DateTime drops the offset, and "14:00 +0100" is not "14:00 UTC".
        /// RSS uses RFC 822 ("Thu, 14 Mar 2024 09:30:00 +0100", zones as letters in old feeds); Atom and JSON Feed RFC 3339.
        /// </summary>
        internal static DateTimeOffset? ParseDate(string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            var text = value!.Trim();
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return parsed;
            }

            // RFC 822 zone names .NET does not read: replace by the offset they stand for.
            var space = text.LastIndexOf(' ');
            if (space > 0 && ZoneOffsets.TryGetValue(text.Substring(space + 1), out var offset)
                && DateTimeOffset.TryParse(text.Substring(0, space) + " " + offset, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out parsed))
            {
                return parsed;
            }

            return null;
        }

        private static readonly Dictionary<string, string> ZoneOffsets = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["UT"] = "+00:00", ["GMT"] = "+00:00", ["Z"] = "+00:00",
            ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
            ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
        };

        private static DateTimeOffset? Utc(DateTime? value) =>
            value == null ? (DateTimeOffset?)null : new DateTimeOffset(DateTime.SpecifyKind(value.Value, value.Value.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : value.Value.Kind));

        private static string? Absolute(Uri? baseUri, string? link)
        {
            if (string.IsNullOrWhiteSpace(link))
            {
                return null;
            }

            link = link!.Trim();
            if (Uri.TryCreate(link, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
            {
                return absolute.AbsoluteUri;
            }

            return baseUri != null && Uri.TryCreate(baseUri, link, out var resolved) ? resolved.AbsoluteUri : link;
        }

        /// <summary>Feed summaries are often HTML fragments; the tags go, entities are decoded, runs of white space become one.</summary>
        private static string? StripMarkup(string? html)
        {
            if (html == null || html.IndexOf('<') < 0 && html.IndexOf('&') < 0)
            {
                return html;
            }

            var sb = new StringBuilder(html.Length);
            var inTag = false;
            foreach (var c in html)
            {
                if (c == '<')
                {
                    inTag = true;
                    sb.Append(' ');
                }
                else if (c == '>' && inTag)
                {
                    inTag = false;
                }
                else if (!inTag)
                {
                    sb.Append(c);
                }
            }

            return System.Net.WebUtility.HtmlDecode(sb.ToString());
        }

        private static string? Clean(string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            var sb = new StringBuilder(value!.Length);
            var space = false;
            foreach (var c in value.Trim())
            {
                if (char.IsWhiteSpace(c))
                {
                    space = true;
                    continue;
                }

                if (space)
                {
                    sb.Append(' ');
                    space = false;
                }

                sb.Append(c);
            }

            return sb.ToString();
        }
    }
}
