using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsTools.Articles;
using NewsTools.Coverage;
using NewsTools.Engine;

namespace NewsTools.Cli.Commands
{
    /// <summary>`newstools compare`: Compare-Coverage over the articles given, as one group or grouped by event first.</summary>
    internal sealed class CompareCommand : CliCommand
    {
        public override string Name => "compare";

        public override string Summary => "Compare how articles on one event cover it: statements, facts, discrepancies, voice, framing.";

        public override string Usage => "[--group-by-event] [--report FILE.html] [--format json|csv|table] [--jsonl FILE] PATH...";

        public override IReadOnlyCollection<string> ValueOptions => new[] { "report" };

        public override int Run(CliContext context, CommandLine args)
        {
            var config = context.LoadConfig(args);
            var format = OutputWriter.ParseFormat(args.Value("format"));
            var articles = ArticlesWithText(context, args, config);
            if (articles.Count == 0)
            {
                context.Err.WriteLine("newstools: no article to compare.");
                return 1;
            }

            var run = new CoverageRun(config) { GroupByEvent = args.Flag("group-by-event"), BuildTimeline = args.Value("report") != null };
            var comparisons = run.Compare(articles, context, context.Cancellation);
            WriteRows(context, args, format, comparisons);
            var report = args.Value("report");
            if (report != null && comparisons.Count > 0)
            {
                WriteReport(context, report, comparisons);
            }

            return context.ExitCode;
        }

        /// <summary>The articles read, less those with no text at all, each reported as an error (the others are still compared).</summary>
        private static List<Article> ArticlesWithText(CliContext context, CommandLine args, NewsTools.Config.NewsToolsConfig config)
        {
            var articles = new List<Article>();
            foreach (var article in context.ReadArticles(args, config))
            {
                if (article.Paragraphs.Count == 0 && string.IsNullOrWhiteSpace(article.Text))
                {
                    context.Error(new NewsToolsException("EmptyArticle", InputErrorKind.InvalidData, article.Id, "The article has no text to compare; it is left out."));
                    continue;
                }

                articles.Add(article);
            }

            return articles;
        }

        /// <summary>
        /// Each group's warnings and rows; a table puts a summary line above each group's rows, JSON writes every group's rows
        /// first and then the summaries, as Compare-Coverage does.
        /// </summary>
        private static void WriteRows(CliContext context, CommandLine args, OutputFormat format, IReadOnlyList<CoverageComparison> comparisons)
        {
            var items = context.CreateWriter(args, "Kind", "Sources", "MissingFrom", "Similarity", "Summary");
            foreach (var comparison in comparisons)
            {
                foreach (var warning in comparison.Summary.Warnings)
                {
                    context.Warning(warning, comparison.Summary.GroupId);
                }

                if (format == OutputFormat.Table)
                {
                    var s = comparison.Summary;
                    context.Out.WriteLine($"{s.GroupId}: {string.Join(", ", s.Outlets)}; shared {s.SharedShare:0.00}, similarity {s.Similarity:0.00}, {s.Statements} statements, {s.Facts} facts, {s.Discrepancies} discrepancies");
                }

                foreach (var item in comparison.Items)
                {
                    items.Write(item);
                }

                if (format == OutputFormat.Table)
                {
                    items.Flush();
                    context.Out.WriteLine();
                }
            }

            if (format == OutputFormat.Json)
            {
                foreach (var comparison in comparisons)
                {
                    items.Write(comparison.Summary);
                }
            }

            if (format != OutputFormat.Table)
            {
                items.Flush();
            }
        }

        private static void WriteReport(CliContext context, string report, IReadOnlyList<CoverageComparison> comparisons)
        {
            try
            {
                File.WriteAllText(report, CoverageReportWriter.ToHtml(comparisons));
            }
            catch (System.Exception ex) when (ex is IOException || ex is System.UnauthorizedAccessException)
            {
                context.Error(new NewsToolsException("ReportNotWritten", InputErrorKind.ReadError, report, "Cannot write the report: " + ex.Message, ex));
            }
        }
    }
}
