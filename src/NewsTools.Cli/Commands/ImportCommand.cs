using System.Collections.Generic;
using System.Linq;
using NewsTools.Articles;
using NewsTools.Feeds;

namespace NewsTools.Cli.Commands
{
    /// <summary>`newstools import`: the articles as Import-Article emits them.</summary>
    internal sealed class ImportCommand : CliCommand
    {
        public override string Name => "import";

        public override string Summary => "Read articles (text or HTML) and print them cleaned, with outlet, title and reference date.";

        public override string Usage => "[--format json|csv|table] [--parallel N (default: the cores)] [--jsonl FILE] [--timeout S] PATH|URL...";

        public override IReadOnlyCollection<string> ValueOptions => WebInput.FetchValueOptions.Concat(new[] { "parallel" }).ToArray();

        public override int Run(CliContext context, CommandLine args)
        {
            var config = context.LoadConfig(args);
            var writer = context.CreateWriter(args, "Id", "Outlet", "ReferenceDate", "WordCount", "Title");
            // http(s) arguments are fetched (politely, with retries) and keep the URL they were finally served from.
            var urls = WebInput.TakeUrls(args);
            var articles = urls.Count > 0 && args.Positional.Count == 0 && args.Values("jsonl").Count == 0 ? Enumerable.Empty<Article>() : context.ForEachArticle(args, config, article => article);
            foreach (var article in articles)
            {
                writer.Write(article);
            }

            if (urls.Count > 0)
            {
                using var fetcher = new WebFetcher(WebInput.FetchOptions(args));
                var options = new ArticleOptions { Outlet = args.Value("outlet"), Title = args.Value("title"), ReferenceDate = CliContext.ParseDate(args.Value("reference-date"), "--reference-date") };
                foreach (var article in WebInput.ReadUrls(context, urls, new ArticleReader(config), fetcher, options))
                {
                    writer.Write(article);
                }
            }

            writer.Flush();
            return context.ExitCode;
        }
    }
}
