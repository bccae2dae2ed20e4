using System;
using System.Linq;
using System.Threading;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Engine;
using NewsTools.Feeds;
using Xunit;

namespace NewsTools.Tests.Feeds
{
    public class WebFetcherTests
    {
        private const string StoryHtml = "<html><head><title>Bridge vote</title></head><body><article><h1>Council approves bridge</h1>" +
            "<p>PORT ALDER - The city council approved the new bridge on Tuesday, the mayor said.</p>" +
            "<p>\"This is a good day for the harbour,\" Mayor Elena Varga told reporters after the vote.</p></article></body></html>";

        private static FetchOptions Quick(double timeoutSeconds = 10) => new FetchOptions
        {
            PerHostInterval = TimeSpan.Zero,
            RetryDelay = TimeSpan.FromMilliseconds(20),
            Timeout = TimeSpan.FromSeconds(timeoutSeconds),
        };

        [Fact]
        public void A_redirect_is_followed_and_the_article_keeps_the_final_url()
        {
            using var server = new LocalNewsServer();
            server.Page("stories/bridge.html", StoryHtml);
            server.Route("old/bridge", _ => new LocalNewsServer.Response(301) { Headers = { ["Location"] = "/stories/bridge.html" } });
            using var fetcher = new WebFetcher(Quick());
            var web = new WebArticleReader(new ArticleReader(ConfigLoader.Defaults), fetcher);

            var article = web.Read(server.Url("old/bridge"), out var page);

            Assert.NotNull(article);
            Assert.Equal(1, page.Redirects);
            Assert.Equal(server.Url("stories/bridge.html"), page.FinalUrl);
            Assert.Equal(server.Url("stories/bridge.html"), article!.Url);
            Assert.Contains("good day for the harbour", article.Text);
        }

        [Fact]
        public void Redirects_are_bounded()
        {
            using var server = new LocalNewsServer();
            server.Route("loop", _ => new LocalNewsServer.Response(302) { Headers = { ["Location"] = "/loop" } });
            using var fetcher = new WebFetcher(new FetchOptions { PerHostInterval = TimeSpan.Zero, MaxRedirects = 3 });

            var error = Assert.Throws<NewsToolsException>(() => fetcher.Fetch(server.Url("loop")));

            Assert.Equal("TooManyRedirects", error.ErrorId);
            Assert.Equal(server.Url("loop"), error.Input);
            Assert.Equal(4, server.Requests.Count);
        }

        [Fact]
        public void A_404_is_an_error_naming_the_url_and_the_status_and_is_not_retried()
        {
            using var server = new LocalNewsServer();
            using var fetcher = new WebFetcher(Quick());

            var error = Assert.Throws<NewsToolsException>(() => fetcher.Fetch(server.Url("gone.html")));

            Assert.Equal("HttpError", error.ErrorId);
            Assert.Equal(InputErrorKind.NotFound, error.Kind);
            Assert.Equal(server.Url("gone.html"), error.Input);
            Assert.Contains("404", error.Message);
            Assert.Single(server.Requests);
        }

        [Fact]
        public void A_500_then_200_is_retried_and_succeeds()
        {
            using var server = new LocalNewsServer();
            var calls = 0;
            server.Route("flaky.html", _ => Interlocked.Increment(ref calls) == 1 ? new LocalNewsServer.Response(500, "busy") : new LocalNewsServer.Response(200, StoryHtml));
            using var fetcher = new WebFetcher(Quick());

            var page = fetcher.Fetch(server.Url("flaky.html"));

            Assert.Equal(200, page.StatusCode);
            Assert.Equal(2, page.Attempts);
            Assert.Contains("Elena Varga", page.Content);
        }

        [Fact]
        public void A_server_that_keeps_failing_gives_an_error_with_the_status_after_the_retries()
        {
            using var server = new LocalNewsServer();
            server.Route("down.html", _ => new LocalNewsServer.Response(503, "down"));
            using var fetcher = new WebFetcher(new FetchOptions { PerHostInterval = TimeSpan.Zero, RetryDelay = TimeSpan.FromMilliseconds(10), MaxRetries = 2 });

            var error = Assert.Throws<NewsToolsException>(() => fetcher.Fetch(server.Url("down.html")));

            Assert.Contains("503", error.Message);
            Assert.Equal(3, server.Requests.Count);
        }

        [Fact]
        public void A_page_slower_than_the_timeout_fails_with_a_timeout_naming_the_url()
        {
            using var server = new LocalNewsServer();
            server.Route("slow.html", _ => new LocalNewsServer.Response(200, StoryHtml) { Delay = TimeSpan.FromSeconds(20) });
            using var fetcher = new WebFetcher(Quick(timeoutSeconds: 0.5));

            var error = Assert.Throws<NewsToolsException>(() => fetcher.Fetch(server.Url("slow.html")));

            Assert.Equal("FetchTimeout", error.ErrorId);
            Assert.Equal(server.Url("slow.html"), error.Input);
        }

        [Fact]
        public void An_etag_is_sent_back_and_a_304_means_not_modified()
        {
            using var server = new LocalNewsServer();
            server.Route("etag.html", request => request.Headers["If-None-Match"] == "\"v1\""
                ? new LocalNewsServer.Response(304) { Headers = { ["ETag"] = "\"v1\"" } }
                : new LocalNewsServer.Response(200, StoryHtml) { Headers = { ["ETag"] = "\"v1\"" } });
            using var fetcher = new WebFetcher(Quick());

            var first = fetcher.Fetch(server.Url("etag.html"));
            var second = fetcher.Fetch(server.Url("etag.html"), new CacheValidators(first.ETag, first.LastModified));

            Assert.False(first.NotModified);
            Assert.Equal("\"v1\"", first.ETag);
            Assert.True(second.NotModified);
            Assert.Null(second.Content);
            Assert.Equal("\"v1\"", server.Requests.Last().IfNoneMatch);
        }

        [Fact]
        public void Requests_name_NewsTools_in_the_user_agent()
        {
            using var server = new LocalNewsServer();
            server.Page("a.html", StoryHtml);
            using var fetcher = new WebFetcher(Quick());

            fetcher.Fetch(server.Url("a.html"));

            Assert.StartsWith("NewsTools/", server.Requests.Single().UserAgent);
        }

        [Fact]
        public void Requests_to_one_host_are_spaced_by_the_polite_interval()
        {
            using var server = new LocalNewsServer();
            server.Page("a.html", StoryHtml);
            using var fetcher = new WebFetcher(new FetchOptions { PerHostInterval = TimeSpan.FromMilliseconds(300) });

            for (var i = 0; i < 3; i++)
            {
                fetcher.Fetch(server.Url("a.html"));
            }

            // A lower bound only. The interval runs from the server's answer as well as from the request, so the gap the
            // server records stays above it however late a loaded machine lets the server note a request's arrival.
            var times = server.Requests.Select(r => r.At).ToList();
            Assert.All(times.Zip(times.Skip(1), (a, b) => b - a), gap => Assert.True(gap >= TimeSpan.FromMilliseconds(250), "gap " + gap));
        }

        [Fact]
        public void Only_http_and_https_addresses_are_fetched()
        {
            using var fetcher = new WebFetcher(Quick());

            var error = Assert.Throws<NewsToolsException>(() => fetcher.Fetch("file:///etc/passwd"));

            Assert.Equal("InvalidUrl", error.ErrorId);
        }
    }
}
