using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using NewsTools.Articles;
using NewsTools.Engine;

namespace NewsTools.Feeds
{
    /// <summary>A feed from a URL (fetched) or a file (read), parsed into items.</summary>
    public static class FeedSource
    {
        public static IReadOnlyList<FeedItem> Read(string source, WebFetcher fetcher, CancellationToken cancellationToken = default)
        {
            if (source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                var page = fetcher.Fetch(source, null, cancellationToken);
                return FeedParser.Parse(page.Content ?? "", page.FinalUrl);
            }

            if (!File.Exists(source))
            {
                throw new NewsToolsException("FileNotFound", InputErrorKind.NotFound, source, "The feed file does not exist.");
            }

            var full = Path.GetFullPath(source);
            return FeedParser.Parse(TextDecoder.Decode(File.ReadAllBytes(full), source, out _), new Uri(full).AbsoluteUri);
        }
    }
}
