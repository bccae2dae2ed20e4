using System;
using System.Reflection;

namespace NewsTools.Feeds
{
    /// <summary>How politely and how patiently pages and feeds are fetched.</summary>
    public sealed class FetchOptions
    {
        /// <summary>One attempt's limit, headers and body together; a page slower than this fails with FetchTimeout.</summary>
        public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>
        /// The least time between two requests to one host. Crawlers that news sites tolerate ask about once a second;
        /// a burst of a feed's fifty links at once is what gets a scheduled script blocked.
        /// </summary>
        public TimeSpan PerHostInterval { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>Further attempts after a transient failure (a 5xx, 408 or 429, a dropped connection).</summary>
        public int MaxRetries { get; set; } = 3;

        /// <summary>The first retry's wait; later ones double it (with jitter). A Retry-After header, up to a minute, wins.</summary>
        public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>Redirects followed before giving up (browsers stop at about 20; a news page needs two or three).</summary>
        public int MaxRedirects { get; set; } = 5;

        /// <summary>Bodies larger than this are refused, the same limit as article files.</summary>
        public long MaxBytes { get; set; } = 16L * 1024 * 1024;

        public string UserAgent { get; set; } = DefaultUserAgent;

        /// <summary>Names the tool and its version, as site operators ask of automated clients.</summary>
        public static string DefaultUserAgent { get; } =
            "NewsTools/" + (typeof(FetchOptions).GetTypeInfo().Assembly.GetName().Version?.ToString(3) ?? "0") + " (news analysis; scheduled monitoring)";
    }
}
