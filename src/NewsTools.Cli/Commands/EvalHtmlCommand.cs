using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using NewsTools.Articles;
using NewsTools.Engine;
using NewsTools.Evaluation;

namespace NewsTools.Cli.Commands
{
    /// <summary>
    /// `newstools eval html DIR`: imports each DIR/&lt;page&gt;/source.html and scores it against expected.html and
    /// expected-metadata.json (the layout of ../shared/eval/html/pages): word P/R/F1 over all pages and the news pages,
    /// and title, byline, site name and published-time agreement.
    /// </summary>
    internal sealed class EvalHtmlCommand : CliCommand
    {
        public override string Name => "eval html";

        public override string Summary => "Score web-page article extraction: word P/R/F1 (all and news pages) and metadata agreement.";

        public override string Usage => "[--pages] [--news FILE] [--format json|table] DIR";

        public override IReadOnlyCollection<string> ValueOptions => new[] { "news" };

        public override int Run(CliContext context, CommandLine args)
        {
            if (args.Positional.Count != 1 || !Directory.Exists(args.Positional[0]))
            {
                throw new UsageException("Give one folder of pages, each with source.html, expected.html and expected-metadata.json.");
            }

            var result = ScorePages(context, args);
            if (OutputWriter.ParseFormat(args.Value("format") ?? "table") == OutputFormat.Json)
            {
                if (!args.Flag("pages"))
                {
                    result.PageScores = new List<PageScore>();
                }

                context.Out.WriteLine(JsonSerializer.Serialize(result, OutputWriter.JsonOptions));
                context.Out.Flush();
                return context.ExitCode;
            }

            WriteTable(context, result, args.Flag("pages"));
            return context.ExitCode;
        }

        /// <summary>
        /// Each page folder, in name order, read as the import reads a page and scored against what is expected; a folder whose
        /// expectations cannot be read is an error, a page the import cannot read scores as empty, with its error.
        /// </summary>
        private static HtmlScoreResult ScorePages(CliContext context, CommandLine args)
        {
            var newsPages = ReadNewsList(args.Value("news"));
            var reader = new ArticleReader(context.LoadConfig(args)) { Reporter = SilentReporter.Instance };
            var scorer = new HtmlExtractionScorer();
            foreach (var dir in Directory.GetDirectories(args.Positional[0]).OrderBy(d => d, StringComparer.Ordinal))
            {
                context.Cancellation.ThrowIfCancellationRequested();
                var name = Path.GetFileName(dir);
                ExpectedPage expected;
                try
                {
                    expected = ReadExpected(dir, name, newsPages.Contains(name));
                }
                catch (Exception ex) when (ex is IOException || ex is JsonException || ex is UnauthorizedAccessException)
                {
                    context.Error(new NewsToolsException("EvalPageInvalid", InputErrorKind.InvalidData, dir, ex.Message, ex));
                    continue;
                }

                Article? article = null;
                string? error = null;
                try
                {
                    article = reader.ReadFile(Path.Combine(dir, "source.html"), new ArticleOptions { Id = name }, context.Cancellation);
                }
                catch (NewsToolsException ex)
                {
                    error = ex.ErrorId + ": " + ex.Message;
                }

                scorer.Add(expected, article, error);
            }

            return scorer.Result();
        }

        /// <summary>With --pages, one line per page, worst first; then word P/R/F1 over all and news pages, and the metadata agreement.</summary>
        private static void WriteTable(CliContext context, HtmlScoreResult result, bool pages)
        {
            if (pages)
            {
                foreach (var p in result.PageScores.OrderBy(p => p.F1))
                {
                    context.Out.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-42} {1,6:0.000} {2,6:0.000} {3,6:0.000}  title {4}  byline {5}  site {6}  time {7}{8}", p.Name + (p.IsNews ? " *" : ""), p.Precision, p.Recall, p.F1, Mark(p.TitleAgrees), Mark(p.BylineAgrees), Mark(p.SiteNameAgrees), Mark(p.PublishedAgrees), p.Error == null ? "" : "  " + p.Error));
                }

                context.Out.WriteLine();
            }

            context.Out.WriteLine("                    pages   P       R       F1     empty");
            context.Out.WriteLine(Row("all pages", result.All));
            context.Out.WriteLine(Row("news pages", result.News));
            context.Out.WriteLine(Agreement("title", result.TitleAgreement, result.TitlePages));
            context.Out.WriteLine(Agreement("byline", result.BylineAgreement, result.BylinePages));
            context.Out.WriteLine(Agreement("site name", result.SiteNameAgreement, result.SiteNamePages));
            context.Out.WriteLine(Agreement("published time", result.PublishedAgreement, result.PublishedPages));
            context.Out.Flush();
        }

        private static string Mark(bool? agrees) => agrees == null ? "-" : agrees.Value ? "ok" : "NO";

        private static string Row(string name, HtmlScoreSummary s) =>
            string.Format(CultureInfo.InvariantCulture, "{0,-18} {1,5}  {2,6:0.000}  {3,6:0.000}  {4,6:0.000}  {5,4}", name, s.Pages, s.Precision, s.Recall, s.F1, s.Empty);

        private static string Agreement(string name, double share, int pages) =>
            string.Format(CultureInfo.InvariantCulture, "{0,-18} agreement {1,6:0.000} of {2} pages with one", name, share, pages);

        private static ExpectedPage ReadExpected(string dir, string name, bool isNews)
        {
            var page = new ExpectedPage { Name = name, IsNews = isNews, ContentHtml = File.ReadAllText(Path.Combine(dir, "expected.html")) };
            var metadataPath = Path.Combine(dir, "expected-metadata.json");
            if (File.Exists(metadataPath))
            {
                using var json = JsonDocument.Parse(File.ReadAllText(metadataPath));
                string? Get(string key) => json.RootElement.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()) ? v.GetString() : null;
                page.Title = Get("title");
                page.Byline = Get("byline");
                page.SiteName = Get("siteName");
                page.PublishedTime = Get("publishedTime");
            }

            return page;
        }

        /// <summary>The news pages: a file of page names (one a line, # comments), else the list kept with this command.</summary>
        private static HashSet<string> ReadNewsList(string? path)
        {
            string text;
            if (path != null)
            {
                text = File.ReadAllText(path);
            }
            else
            {
                using var stream = typeof(EvalHtmlCommand).Assembly.GetManifestResourceStream("NewsTools.Cli.eval-html-news-pages.txt")
                    ?? throw new InvalidOperationException("The news page list is not embedded in this build.");
                using var reader = new StreamReader(stream);
                text = reader.ReadToEnd();
            }

            return new HashSet<string>(
                text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("#", StringComparison.Ordinal)),
                StringComparer.Ordinal);
        }
    }
}
