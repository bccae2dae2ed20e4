using System;
using System.Collections.Generic;
using System.Globalization;
using NewsTools.Articles;
using NewsTools.Engine;
using NewsTools.Feeds;

namespace NewsTools.Cli.Commands
{
    /// <summary>What the feed, import and archive verbs share: URLs among the inputs, fetch options, and --since.</summary>
    internal static class WebInput
    {
        /// <summary>Options of the verbs that fetch: seconds per attempt, seconds between requests to one host, retries.</summary>
        public static readonly string[] FetchValueOptions = { "timeout", "host-interval", "retries" };

        public static bool IsUrl(string value) =>
            value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

        /// <summary>Takes the http(s) URLs out of the positional arguments (the rest stay paths) and returns them.</summary>
        public static List<string> TakeUrls(CommandLine args)
        {
            var urls = args.Positional.FindAll(IsUrl);
            args.Positional.RemoveAll(IsUrl);
            return urls;
        }

        public static FetchOptions FetchOptions(CommandLine args)
        {
            var options = new FetchOptions();
            if (args.Value("timeout") is string timeout)
            {
                options.Timeout = TimeSpan.FromSeconds(Seconds(timeout, "--timeout"));
            }

            if (args.Value("host-interval") is string interval)
            {
                options.PerHostInterval = TimeSpan.FromSeconds(Seconds(interval, "--host-interval"));
            }

            if (args.Value("retries") is string retries)
            {
                options.MaxRetries = (int)Seconds(retries, "--retries");
            }

            return options;
        }

        private static double Seconds(string value, string what)
        {
            if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || n < 0)
            {
                throw new UsageException($"{what} takes a number of seconds (or tries), not '{value}'.");
            }

            return n;
        }

        /// <summary>Fetches each URL as an article; a failed fetch is reported (URL and HTTP status) and the rest go on, a page with no date is warned about.</summary>
        public static IEnumerable<Article> ReadUrls(CliContext context, IEnumerable<string> urls, ArticleReader reader, WebFetcher fetcher, ArticleOptions? options)
        {
            var web = new WebArticleReader(reader, fetcher);
            foreach (var url in urls)
            {
                context.Cancellation.ThrowIfCancellationRequested();
                Article? article = null;
                try
                {
                    article = context.NoteIfUndated(url, web.Read(url, out _, options, cancellationToken: context.Cancellation));
                }
                catch (NewsToolsException ex)
                {
                    context.Error(ex);
                }

                if (article != null)
                {
                    yield return article;
                }
            }
        }

        /// <summary>
        /// A time: ISO 8601 ("2026-12-04T09:00Z", "2026-12-04"; no offset means UTC), or an age before now ("90m", "6h", "2d"),
        /// which an hourly job can pass unchanged every run.
        /// </summary>
        public static DateTimeOffset ParseSince(string? value, DateTimeOffset now)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new UsageException("--since is required (a time such as 2026-12-04T09:00Z, or an age such as 90m, 6h, 2d).");
            }

            var v = value!.Trim();
            var unit = char.ToLowerInvariant(v[v.Length - 1]);
            if ((unit == 'm' || unit == 'h' || unit == 'd') && double.TryParse(v.Substring(0, v.Length - 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n >= 0)
            {
                return now - (unit == 'm' ? TimeSpan.FromMinutes(n) : unit == 'h' ? TimeSpan.FromHours(n) : TimeSpan.FromDays(n));
            }

            if (DateTimeOffset.TryParse(v, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
            {
                return time;
            }

            throw new UsageException($"--since '{value}' is neither a time (2026-12-04T09:00Z) nor an age (90m, 6h, 2d).");
        }
    }
}
