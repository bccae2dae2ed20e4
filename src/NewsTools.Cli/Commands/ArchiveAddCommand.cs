using System.Collections.Generic;
using System.Linq;
using NewsTools.Archive;
using NewsTools.Articles;
using NewsTools.Engine;
using NewsTools.Feeds;

namespace NewsTools.Cli.Commands
{
    /// <summary>`newstools archive add`: stores articles (files, URLs, the links of feeds) in an archive, the entries Export-NewsArchive emits.</summary>
    internal sealed class ArchiveAddCommand : CliCommand
    {
        public override string Name => "archive add";

        public override string Summary => "Store articles (files, URLs, --feed links) with quotes, time expressions and events in a SQLite archive; once each, revisions kept.";

        public override string Usage => "--db FILE [--feed URL]... [--format json|csv|table] [--timeout S] [--host-interval S] [PATH|URL...]";

        public override IReadOnlyCollection<string> ValueOptions => WebInput.FetchValueOptions.Concat(new[] { "db", "feed" }).ToList();

        public override int Run(CliContext context, CommandLine args)
        {
            var path = args.Value("db") ?? throw new UsageException("--db FILE names the archive (created when missing).");
            var feeds = args.Values("feed");
            var urls = WebInput.TakeUrls(args);
            if (feeds.Count == 0 && urls.Count == 0 && args.Positional.Count == 0 && args.Values("jsonl").Count == 0)
            {
                throw new UsageException("Give PATHs, URLs, --jsonl FILE or --feed URL.");
            }

            var config = context.LoadConfig(args);
            var writer = context.CreateWriter(args, "Status", "Revision", "EventId", "Outlet", "Quotes", "ArticleId");
            using var archive = NewsArchive.Open(path, config);
            var fetchOptions = WebInput.FetchOptions(args);
            // The web client and its reader only for URLs and feeds: made for files too, they cost a run of files a tenth of a
            // CPU-second before its first article was read.
            using var fetcher = urls.Count > 0 || feeds.Count > 0 ? new WebFetcher(fetchOptions) : null;
            var session = new ArchiveSession(archive, context, fetcher == null ? null : new WebArticleReader(new ArticleReader(config), fetcher), context.Cancellation);
            if (args.Positional.Count > 0 || args.Values("jsonl").Count > 0)
            {
                // The files are read and parsed on every core, in input order (their warnings too), while this thread hands each
                // article to the session: read here one after another, they held up the thread that writes every row.
                foreach (var article in context.ForEachArticle(args, config, article => article))
                {
                    session.Add(article);
                }
            }

            foreach (var feed in feeds)
            {
                try
                {
                    urls.AddRange(FeedSource.Read(feed, fetcher!, context.Cancellation).Where(i => i.Link != null).Select(i => i.Link!));
                }
                catch (NewsToolsException ex)
                {
                    context.Error(ex);
                }
            }

            foreach (var url in urls.Distinct())
            {
                context.Cancellation.ThrowIfCancellationRequested();
                session.AddUrl(url);
            }

            foreach (var entry in session.Complete())
            {
                writer.Write(entry);
            }

            writer.Flush();
            return context.ExitCode;
        }
    }
}
