using System.Collections.Generic;
using System.Linq;
using NewsTools.Engine;
using NewsTools.Feeds;

namespace NewsTools.Cli.Commands
{
    /// <summary>`newstools feed URL...`: the items of RSS, Atom and JSON feeds, the objects Get-NewsFeed emits.</summary>
    internal sealed class FeedCommand : CliCommand
    {
        public override string Name => "feed";

        public override string Summary => "Read RSS, Atom or JSON feeds (URLs or files): title, link, published time with offset, summary.";

        public override string Usage => "[--format json|csv|table] [--timeout S] [--host-interval S] [--retries N] URL|FILE...";

        public override IReadOnlyCollection<string> ValueOptions => WebInput.FetchValueOptions;

        public override int Run(CliContext context, CommandLine args)
        {
            if (args.Positional.Count == 0)
            {
                throw new UsageException("Give one or more feed URLs or files.");
            }

            var writer = context.CreateWriter(args, "Published", "FeedTitle", "Title", "Link");
            using var fetcher = new WebFetcher(WebInput.FetchOptions(args));
            foreach (var source in args.Positional.ToList())
            {
                context.Cancellation.ThrowIfCancellationRequested();
                try
                {
                    foreach (var item in FeedSource.Read(source, fetcher, context.Cancellation))
                    {
                        writer.Write(item);
                    }
                }
                catch (NewsToolsException ex)
                {
                    context.Error(ex);
                }
            }

            writer.Flush();
            return context.ExitCode;
        }
    }
}
