using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using NewsTools.Articles;
using NewsTools.Engine;

namespace NewsTools.Cli.Commands
{
    /// <summary>
    /// `newstools bench html`: the time to read a web page into an article, against SmartReader (a .NET port of Mozilla
    /// Readability) over the same pages in the same run. Pages are read into memory first; the two readers then take turns,
    /// round by round, so both see the same machine load, and the ratio is taken within each round.
    /// </summary>
    internal sealed class BenchHtmlCommand : CliCommand
    {
        public override string Name => "bench html";

        public override string Summary => "Time web-page import per page (median) against SmartReader over the same pages, rounds alternated.";

        public override string Usage => "[--pages DIR (default ../shared/eval/html/pages)] [--rounds N (default 5)]";

        public override IReadOnlyCollection<string> ValueOptions => new[] { "pages", "rounds" };

        public override int Run(CliContext context, CommandLine args)
        {
            // Run from the repository root, as the other eval and bench commands are.
            var dir = args.Value("pages") ?? Path.Combine("..", "shared", "eval", "html", "pages");
            if (!Directory.Exists(dir))
            {
                throw new UsageException($"The pages folder '{dir}' does not exist (give --pages DIR).");
            }

            var rounds = int.TryParse(args.Value("rounds"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r > 0 ? r : 5;
            var files = Directory.EnumerateFiles(dir, "*.html", SearchOption.AllDirectories)
                .Where(f => Path.GetFileName(f) == "source.html" || !File.Exists(Path.Combine(Path.GetDirectoryName(f)!, "source.html")))
                .OrderBy(f => f, StringComparer.Ordinal).ToList();
            var pages = files.Select(File.ReadAllText).ToList();
            var reader = new ArticleReader(context.LoadConfig(args)) { Reporter = SilentReporter.Instance };
            var o = context.Out;
            o.WriteLine($"pages: {dir} ({pages.Count} pages, {pages.Sum(p => p.Length) / 1e6:0.00} M characters); one warm-up pass each, then {rounds} rounds, the two readers alternating");

            var ours = new List<double>[pages.Count];
            var theirs = new List<double>[pages.Count];
            for (var i = 0; i < pages.Count; i++)
            {
                ours[i] = new List<double>();
                theirs[i] = new List<double>();
            }

            Pass(pages, page => NewsTools(reader, page), null);
            Pass(pages, SmartReaderArticle, null);
            var ratios = new List<double>();
            for (var round = 0; round < rounds; round++)
            {
                context.Cancellation.ThrowIfCancellationRequested();
                double a, b;
                if (round % 2 == 0)
                {
                    a = Pass(pages, page => NewsTools(reader, page), ours);
                    b = Pass(pages, SmartReaderArticle, theirs);
                }
                else
                {
                    b = Pass(pages, SmartReaderArticle, theirs);
                    a = Pass(pages, page => NewsTools(reader, page), ours);
                }

                ratios.Add(b / a);
                o.WriteLine(string.Format(CultureInfo.InvariantCulture, "round {0}: NewsTools {1,8:0.0} ms  SmartReader {2,8:0.0} ms  ratio {3:0.00}x", round + 1, a, b, b / a));
            }

            var ourMedian = Median(ours.Select(Median).ToList());
            var theirMedian = Median(theirs.Select(Median).ToList());
            // Page by page as well as pass by pass: a pass's total is led by the largest pages, where the two differ most.
            var pageRatios = Enumerable.Range(0, pages.Count).Select(i => Median(theirs[i]) / Math.Max(Median(ours[i]), 1e-6)).ToList();
            o.WriteLine(string.Format(CultureInfo.InvariantCulture, "median per page: NewsTools {0:0.00} ms, SmartReader {1:0.00} ms; SmartReader / NewsTools page by page: median {2:0.00}x, {3} of {4} pages at least 3x", ourMedian, theirMedian, Median(pageRatios), pageRatios.Count(r => r >= 3), pageRatios.Count));
            o.WriteLine(string.Format(CultureInfo.InvariantCulture, "SmartReader / NewsTools, whole pass: median {0:0.00}x (range {1:0.00}-{2:0.00}x over {3} rounds)", Median(ratios), ratios.Min(), ratios.Max(), ratios.Count));
            o.Flush();
            return context.ExitCode;
        }

        /// <summary>One page through our import, failures included: a page we cannot read costs what it cost.</summary>
        private static object? NewsTools(ArticleReader reader, string page)
        {
            try
            {
                return reader.Parse(page, new ArticleOptions { Id = "page" });
            }
            catch (NewsToolsException)
            {
                return null;
            }
        }

        private static object? SmartReaderArticle(string page)
        {
            try
            {
                return new SmartReader.Reader("https://example.org/page", page).GetArticle();
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException))
            {
                return null;
            }
        }

        /// <returns>Milliseconds for the whole pass; each page's time is added to <paramref name="perPage"/>.</returns>
        private static double Pass(List<string> pages, Func<string, object?> read, List<double>[]? perPage)
        {
            GC.Collect();
            var total = 0.0;
            var watch = new Stopwatch();
            for (var i = 0; i < pages.Count; i++)
            {
                watch.Restart();
                read(pages[i]);
                var ms = watch.Elapsed.TotalMilliseconds;
                total += ms;
                perPage?[i].Add(ms);
            }

            return total;
        }

        private static double Median(List<double> values)
        {
            if (values.Count == 0)
            {
                return 0;
            }

            var sorted = values.OrderBy(v => v).ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        }
    }
}
