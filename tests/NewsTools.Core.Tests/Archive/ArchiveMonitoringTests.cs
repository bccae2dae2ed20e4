using System;
using System.IO;
using System.Linq;
using NewsTools.Archive;
using NewsTools.Articles;
using NewsTools.Engine;
using NewsTools.Feeds;
using NewsTools.Tests.Feeds;
using Xunit;

namespace NewsTools.Tests.Archive
{
    /// <summary>The scheduled loop against a local server: feeds in, pages fetched, archive updated, changes reported.</summary>
    public class ArchiveMonitoringTests
    {
        private static readonly FetchOptions Quick = new FetchOptions { PerHostInterval = TimeSpan.Zero, RetryDelay = TimeSpan.FromMilliseconds(20), Timeout = TimeSpan.FromSeconds(20) };

        private static string Sample(string name) => File.ReadAllText(TestData.Samples(name));

        private static (int Errors, System.Collections.Generic.IReadOnlyList<ArchiveEntry> Entries) Run(NewsArchive archive, LocalNewsServer server, string feed)
        {
            var reporter = new CollectingReporter();
            using var fetcher = new WebFetcher(Quick);
            var session = new ArchiveSession(archive, reporter, new WebArticleReader(new ArticleReader(ArchiveTestSupport.Config), fetcher));
            foreach (var item in FeedSource.Read(server.Url(feed), fetcher))
            {
                session.AddUrl(item.Link!);
            }

            return (reporter.Errors.Count, session.Complete());
        }

        private static string Feed(LocalNewsServer server, params string[] pages) =>
            FeedFixtures.Rss(pages.Select(p => (p, server.Url(p), "Tue, 12 Mar 2024 09:30:00 +0100")).ToArray());

        [Fact]
        public void Two_runs_store_each_article_once_a_changed_page_becomes_a_revision_and_a_second_outlet_is_reported()
        {
            using var server = new LocalNewsServer();
            using var folder = new TempFolder();
            var gazette = Sample("harbour-gazette-2024-03-12-bridge.txt");
            server.Page("gazette/bridge", gazette, "text/plain; charset=utf-8");
            server.Page("valley/orchard", Sample("valley-times-2024-03-14-orchard.txt"), "text/plain; charset=utf-8");
            server.Page("coastal/bridge", Sample("coastal-wire-2024-03-12-bridge.html"));
            server.Page("rss.xml", Feed(server, "gazette/bridge", "valley/orchard"), "application/rss+xml");
            var clock = new DateTimeOffset(2024, 3, 12, 10, 0, 0, TimeSpan.Zero);
            using var archive = ArchiveTestSupport.Open(folder.File("news.db"));
            archive.Clock = () => clock;

            var first = Run(archive, server, "rss.xml");
            clock = clock.AddHours(1);
            var second = Run(archive, server, "rss.xml");

            Assert.Equal(0, first.Errors);
            Assert.All(first.Entries, e => Assert.Equal(ArchiveStatus.Added, e.Status));
            Assert.All(second.Entries, e => Assert.Equal(ArchiveStatus.Unchanged, e.Status));
            Assert.Equal(2, archive.Query(new ArchiveQuery { Kind = ArchiveKind.Revision }).Count());
            Assert.Empty(archive.Changes(clock));

            // Third run: the gazette corrects its story, and a second outlet reports the same event.
            clock = clock.AddHours(1);
            var runStart = clock;
            server.Page("gazette/bridge", gazette.Replace("120 million", "125 million"), "text/plain; charset=utf-8");
            server.Page("rss.xml", Feed(server, "gazette/bridge", "valley/orchard", "coastal/bridge"), "application/rss+xml");
            var third = Run(archive, server, "rss.xml");

            var revised = Assert.Single(third.Entries, e => e.Status == ArchiveStatus.Revised);
            Assert.Equal(server.Url("gazette/bridge"), revised.Url);
            Assert.Equal(2, revised.Revision);
            var coastal = Assert.Single(third.Entries, e => e.Url == server.Url("coastal/bridge"));
            Assert.Equal(ArchiveStatus.Added, coastal.Status);
            Assert.Equal(revised.EventId, coastal.EventId);
            Assert.Equal(3, archive.Query(new ArchiveQuery { Kind = ArchiveKind.Revision, Outlets = new[] { "The Harbour Gazette", "Valley Times" } }).Count());
            Assert.Equal(2, archive.Query(new ArchiveQuery { Kind = ArchiveKind.Article, Outlets = new[] { "The Harbour Gazette", "Valley Times" } }).Count());

            var changes = archive.Changes(runStart);
            var revision = Assert.Single(changes, c => c.Kind == ArchiveChangeKind.Revised);
            Assert.Equal(server.Url("gazette/bridge"), revision.Url);
            var outlet = Assert.Single(changes, c => c.Kind == ArchiveChangeKind.NewOutlet);
            Assert.Equal("Coastal Wire", outlet.Outlet);
            Assert.Equal(coastal.EventId, outlet.EventId);
            Assert.Contains("The Harbour Gazette", outlet.Outlets);
            Assert.DoesNotContain(changes, c => c.Kind == ArchiveChangeKind.NewEvent);
            Assert.Contains(changes, c => c.Kind == ArchiveChangeKind.NewStatement && c.Outlet == "Coastal Wire");
            Assert.Contains(changes, c => c.Kind == ArchiveChangeKind.NewDiscrepancy && c.Text!.Contains("Coastal Wire"));
            // From the corrected gazette story, only statements its correction touched are new.
            Assert.All(changes.Where(c => c.Kind == ArchiveChangeKind.NewStatement && c.Outlet == "The Harbour Gazette"), c => Assert.Contains("125 million", c.Text));

            var html = ChangeReportWriter.ToHtml(changes, runStart, "news.db");
            Assert.Contains("NewOutlet", html);
            Assert.Contains("Coastal Wire now covers " + coastal.EventId, html);
        }

        [Fact]
        public void An_unchanged_page_is_asked_for_with_its_etag_and_costs_a_304()
        {
            using var server = new LocalNewsServer();
            using var folder = new TempFolder();
            var body = Sample("valley-times-2024-03-14-orchard.txt");
            server.Route("valley/orchard", request => request.Headers["If-None-Match"] == "\"o1\""
                ? new LocalNewsServer.Response(304) { Headers = { ["ETag"] = "\"o1\"" } }
                : new LocalNewsServer.Response(200, body, "text/plain; charset=utf-8") { Headers = { ["ETag"] = "\"o1\"" } });
            server.Page("rss.xml", Feed(server, "valley/orchard"), "application/rss+xml");
            using var archive = ArchiveTestSupport.Open(folder.File("news.db"));

            Run(archive, server, "rss.xml");
            var second = Run(archive, server, "rss.xml");

            Assert.Equal(ArchiveStatus.Unchanged, Assert.Single(second.Entries).Status);
            Assert.Equal("\"o1\"", server.Requests.Last(r => r.Path == "/valley/orchard").IfNoneMatch);
            Assert.Single(archive.Query(new ArchiveQuery()));
        }

        [Fact]
        public void A_failed_page_is_reported_with_its_url_and_status_and_the_run_goes_on()
        {
            using var server = new LocalNewsServer();
            using var folder = new TempFolder();
            server.Page("valley/orchard", Sample("valley-times-2024-03-14-orchard.txt"), "text/plain; charset=utf-8");
            server.Page("rss.xml", Feed(server, "missing/story", "valley/orchard"), "application/rss+xml");
            using var archive = ArchiveTestSupport.Open(folder.File("news.db"));
            var reporter = new CollectingReporter();
            using var fetcher = new WebFetcher(Quick);
            var session = new ArchiveSession(archive, reporter, new WebArticleReader(new ArticleReader(ArchiveTestSupport.Config), fetcher));

            foreach (var item in FeedSource.Read(server.Url("rss.xml"), fetcher))
            {
                session.AddUrl(item.Link!);
            }

            var entries = session.Complete();

            var error = Assert.Single(reporter.Errors);
            Assert.Equal(server.Url("missing/story"), error.Input);
            Assert.Contains("404", error.Message);
            Assert.Equal(ArchiveStatus.Added, Assert.Single(entries).Status);
        }
    }

    internal sealed class CollectingReporter : IEngineReporter
    {
        public System.Collections.Generic.List<NewsToolsException> Errors { get; } = new System.Collections.Generic.List<NewsToolsException>();

        public void Error(NewsToolsException error) => Errors.Add(error);

        public void Warning(string message, string? input)
        {
        }

        public void Progress(int done, int total, string current)
        {
        }
    }
}
