using System;

namespace NewsTools.Feeds
{
    /// <summary>One entry of an RSS, Atom or JSON Feed: what Get-NewsFeed and `newstools feed` write.</summary>
    public sealed class FeedItem
    {
        public string? Title { get; internal set; }

        /// <summary>The article's address, made absolute against the feed's own URL.</summary>
        public string? Link { get; internal set; }

        /// <summary>When the item was published, with the offset the feed gave (RFC 822 in RSS, RFC 3339 in Atom and JSON Feed).</summary>
        public DateTimeOffset? Published { get; internal set; }

        /// <summary>The item's description or summary, markup removed.</summary>
        public string? Summary { get; internal set; }

        /// <summary>The feed's id for the item (guid, id), when it has one.</summary>
        public string? Id { get; internal set; }

        public string? Author { get; internal set; }

        /// <summary>The feed's own title (the outlet's name, as a rule).</summary>
        public string? FeedTitle { get; internal set; }

        /// <summary>The URL the feed was read from (after redirects).</summary>
        public string FeedUrl { get; internal set; } = "";

        /// <summary>"Rss", "Atom" or "JsonFeed".</summary>
        public string FeedFormat { get; internal set; } = "";

        public override string ToString() => Title ?? Link ?? Id ?? FeedUrl;
    }
}
