using System;
using System.Linq;
using NewsTools.Feeds;
using Xunit;

namespace NewsTools.Tests.Feeds
{
    public class FeedReadingTests
    {
        private static readonly FetchOptions Quick = new FetchOptions { PerHostInterval = TimeSpan.Zero, RetryDelay = TimeSpan.FromMilliseconds(20), Timeout = TimeSpan.FromSeconds(10) };

        [Fact]
        public void Rss_items_keep_title_absolute_link_offset_and_a_summary_without_markup()
        {
            using var server = new LocalNewsServer();
            server.Page("rss.xml", FeedFixtures.Rss(("Ferry strike enters second day", "/stories/ferry.html", "Thu, 14 Mar 2024 09:30:00 +0100")), "application/rss+xml");
            using var fetcher = new WebFetcher(Quick);

            var item = Assert.Single(FeedSource.Read(server.Url("rss.xml"), fetcher));

            Assert.Equal("Rss", item.FeedFormat);
            Assert.Equal("Harbour Gazette", item.FeedTitle);
            Assert.Equal("Ferry strike enters second day", item.Title);
            Assert.Equal(server.Url("stories/ferry.html"), item.Link);
            Assert.Equal(new DateTimeOffset(2024, 3, 14, 9, 30, 0, TimeSpan.FromHours(1)), item.Published);
            Assert.Equal(TimeSpan.FromHours(1), item.Published!.Value.Offset);
            Assert.Equal("The ferry strike entered its second day.", item.Summary);
        }

        [Fact]
        public void Atom_entries_resolve_relative_links_and_keep_the_published_offset()
        {
            using var server = new LocalNewsServer();
            server.Page("atom.xml", FeedFixtures.Atom, "application/atom+xml");
            using var fetcher = new WebFetcher(Quick);

            var item = Assert.Single(FeedSource.Read(server.Url("atom.xml"), fetcher));

            Assert.Equal("Atom", item.FeedFormat);
            Assert.Equal("Council approves bridge", item.Title);
            Assert.Equal(server.Url("stories/bridge.html"), item.Link);
            Assert.Equal(new DateTimeOffset(2024, 3, 12, 9, 30, 0, TimeSpan.FromHours(1)), item.Published);
            Assert.Equal("The council voted 7-2 for the new bridge.", item.Summary);
        }

        [Fact]
        public void Json_feed_items_are_read_with_their_negative_offset()
        {
            using var server = new LocalNewsServer();
            server.Page("feed.json", FeedFixtures.JsonFeed, "application/feed+json");
            using var fetcher = new WebFetcher(Quick);

            var item = Assert.Single(FeedSource.Read(server.Url("feed.json"), fetcher));

            Assert.Equal("JsonFeed", item.FeedFormat);
            Assert.Equal("Valley Times", item.FeedTitle);
            Assert.Equal("https://valley.example/orchard", item.Link);
            Assert.Equal(TimeSpan.FromHours(-5), item.Published!.Value.Offset);
            Assert.Equal(new DateTimeOffset(2024, 3, 14, 11, 15, 0, TimeSpan.Zero), item.Published.Value.ToUniversalTime());
        }

        [Fact]
        public void A_page_that_is_not_a_feed_is_an_error_naming_the_url()
        {
            using var server = new LocalNewsServer();
            server.Page("news.html", "<html><body><p>Just a page.</p></body></html>");
            using var fetcher = new WebFetcher(Quick);

            var error = Assert.Throws<NewsTools.Engine.NewsToolsException>(() => FeedSource.Read(server.Url("news.html"), fetcher));

            Assert.Equal("InvalidFeed", error.ErrorId);
            Assert.Equal(server.Url("news.html"), error.Input);
        }

        [Theory]
        [InlineData("Thu, 14 Mar 2024 09:30:00 EST", -5)]
        [InlineData("Thu, 14 Mar 2024 09:30:00 GMT", 0)]
        [InlineData("2024-03-14T09:30:00+05:30", 5.5)]
        public void Rfc822_zone_names_and_rfc3339_offsets_are_kept(string text, double hours)
        {
            var date = FeedParser.ParseDate(text);

            Assert.NotNull(date);
            Assert.Equal(TimeSpan.FromHours(hours), date!.Value.Offset);
            Assert.Equal(9, date.Value.Hour);
        }
    }
}
