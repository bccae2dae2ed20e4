using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using NewsTools.Archive;
using NewsTools.Articles;
using NewsTools.Config;

namespace NewsTools.Cli.Commands
{
    /// <summary>
    /// `newstools archive bench`: the archive's speed on the BBC corpus. Adding its 2,225 articles to an empty archive (quotes,
    /// time expressions, timeline events, grouping), a query by speaker, and the incremental grouping of 100 new articles into
    /// an archive of 10,000. Each figure after a warm-up pass; runs are repeated and all are printed, so the range shows.
    /// </summary>
    internal sealed class ArchiveBenchCommand : CliCommand
    {
        public override string Name => "archive bench";

        public override string Summary => "Archive speed on the BBC corpus: adding 2,225 articles (MB/s), a query by speaker (ms), grouping 100 new into 10,000 (s).";

        public override string Usage => "[--corpus DIR] [--rounds N (default 3)] [--keep DIR (leave the archives there)] [--add-only (skip the query and grouping figures)]";

        public override IReadOnlyCollection<string> ValueOptions => new[] { "corpus", "rounds", "keep" };

        public override int Run(CliContext context, CommandLine args)
        {
            var corpus = args.Value("corpus") ?? Path.Combine(BenchCommand.FindRepoRoot() ?? ".", "..", "shared", "corpus", "bbc-news-2225");
            if (!Directory.Exists(corpus))
            {
                throw new UsageException($"The corpus folder '{corpus}' does not exist (give --corpus DIR).");
            }

            var rounds = int.TryParse(args.Value("rounds"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r > 0 ? r : 3;
            var folder = args.Value("keep") ?? Path.Combine(Path.GetTempPath(), "newstools-archive-bench-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                var bench = new Bench(context, context.LoadConfig(args), corpus, folder);
                bench.Adds(rounds);
                if (!args.Flag("add-only"))
                {
                    bench.QueryBySpeaker();
                    bench.IncrementalGrouping(rounds);
                }
            }
            finally
            {
                if (args.Value("keep") == null)
                {
                    try
                    {
                        Directory.Delete(folder, true);
                    }
                    catch (IOException)
                    {
                    }
                }
            }

            return context.ExitCode;
        }

        /// <summary>The corpus read once, and the three measurements over it, each printing its figures.</summary>
        private sealed class Bench
        {
            private readonly CliContext context;
            private readonly NewsToolsConfig config;
            private readonly string folder;
            private readonly ArticleReader reader;
            private readonly List<string> files;
            private readonly List<Article> articles;
            private readonly long bytes;

            public Bench(CliContext context, NewsToolsConfig config, string corpus, string folder)
            {
                this.context = context;
                this.config = config;
                this.folder = folder;
                reader = new ArticleReader(config);
                files = BenchCommand.CorpusFiles(corpus);
                var readWatch = Stopwatch.StartNew();
                articles = files.Select(f => reader.ReadFile(f, new ArticleOptions { Outlet = "BBC News" })).ToList();
                readWatch.Stop();
                bytes = files.Sum(f => new FileInfo(f).Length);
                Out.WriteLine($"corpus: {corpus} ({files.Count} files, {bytes / 1e6:0.00} MB); {Environment.ProcessorCount} CPU(s); archives in {folder}");
                Out.WriteLine($"read and parse the files (once, before timing the adds): {readWatch.Elapsed.TotalSeconds:0.000} s");
            }

            private TextWriter Out => context.Out;

            /// <summary>
            /// Adding: analysis (quotes, time expressions, timeline events) on every CPU, writing in one transaction per batch.
            /// Alternated with a reference pass that only finds the quotes and time expressions (the same engine calls, on one
            /// thread, no archive), so the ratio of the two holds on a machine whose load changes from second to second.
            /// </summary>
            public void Adds(int rounds)
            {
                var speeds = new List<double>();
                var ratios = new List<double>();
                var cpus = new List<double>();
                var writers = new List<double>();
                var allocations = new List<double>();
                for (var round = 0; round <= rounds; round++)
                {
                    var reference = Reference();
                    var (seconds, cpu, writer, allocated, phases) = AddToEmptyArchive(Path.Combine(folder, "bbc-" + round.ToString(CultureInfo.InvariantCulture) + ".db"));
                    var mbs = bytes / 1e6 / seconds;
                    var writing = double.IsNaN(writer) ? "" : $", {writer:0.00} of them on the writing thread";
                    Out.WriteLine($"{(round == 0 ? "warm-up" : "round " + round.ToString(CultureInfo.InvariantCulture))}: quotes + time expressions alone, one thread {reference:0.0} MB/s; add {articles.Count} articles to an empty archive (with quotes, time expressions, timeline events, grouping) {seconds:0.00} s = {mbs:0.0} MB/s ({mbs / reference:0.00} x the reference); {cpu:0.00} CPU-s{writing}, {bytes / 1e6 / cpu:0.0} MB per CPU-s, {allocated / 1e6:0} MB allocated");
                    Out.WriteLine($"  phases: {phases}");
                    if (round > 0)
                    {
                        speeds.Add(mbs);
                        ratios.Add(mbs / reference);
                        cpus.Add(cpu);
                        writers.Add(writer);
                        allocations.Add(allocated);
                    }
                }

                Out.WriteLine($"add: {speeds.Min():0.0}-{speeds.Max():0.0} MB/s here, {ratios.Min():0.00}-{ratios.Max():0.00} x quotes + time expressions alone on one thread, {cpus.Min():0.00}-{cpus.Max():0.00} CPU-s per add{(double.IsNaN(writers[0]) ? "" : $" ({writers.Min():0.00}-{writers.Max():0.00} on the writing thread)")}, {allocations.Min() / 1e6:0}-{allocations.Max() / 1e6:0} MB allocated per add (target >= 10 MB/s)");
            }

            /// <summary>The reference pass: quotes and time expressions of every article on one thread, in MB/s.</summary>
            private double Reference()
            {
                var watch = Stopwatch.StartNew();
                var quotes = new Quotes.QuoteExtractor(config);
                var tagger = new Time.TimeExpressionTagger(config);
                var found = 0;
                foreach (var a in articles)
                {
                    found += quotes.Extract(a, context.Cancellation).Count + tagger.Tag(a, null, context.Cancellation).Count;
                }

                return bytes / 1e6 / watch.Elapsed.TotalSeconds;
            }

            /// <summary>
            /// Adds the corpus to a new archive at <paramref name="path"/>: the seconds it took, the CPU-s of the process and of
            /// the calling thread (which writes every row: the add can go no faster than it), the bytes allocated on every thread
            /// (steadier than the CPU figures on a busy machine), and the phases.
            /// </summary>
            private (double Seconds, double Cpu, double Writer, double Allocated, string Phases) AddToEmptyArchive(string path)
            {
                File.Delete(path);
                var allocatedBefore = GC.GetTotalAllocatedBytes(true);
                var threadBefore = ThreadCpuTime.Milliseconds();
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                var archive = NewsArchive.Open(path, config);
                using (archive)
                {
                    archive.Add(articles, context.Cancellation);
                }

                // After closing, so the phases include opening and closing the file (which copies the log into it).
                watch.Stop();
                var phases = archive.Timings.ToString();
                var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
                var allocated = GC.GetTotalAllocatedBytes(true) - allocatedBefore;
                return (watch.Elapsed.TotalSeconds, cpu, (ThreadCpuTime.Milliseconds() - threadBefore) / 1000, allocated, phases);
            }

            /// <summary>A query by speaker: the most quoted speaker of the corpus, by name, as Get-NewsArchive -Speaker does it.</summary>
            public void QueryBySpeaker()
            {
                using var archive = NewsArchive.Open(Path.Combine(folder, "bbc-1.db"), config, new ArchiveOptions { ReadOnly = true });
                var speaker = archive.Query(new ArchiveQuery { Kind = ArchiveKind.Quote }).Cast<Quotes.Quote>()
                    .Where(q => q.Speaker != null).GroupBy(q => q.Speaker!).OrderByDescending(g => g.Count()).First().Key;
                var times = new List<double>();
                var found = 0;
                for (var i = 0; i < 20; i++)
                {
                    var watch = Stopwatch.StartNew();
                    found = archive.Query(new ArchiveQuery { Kind = ArchiveKind.Quote, Speakers = new[] { speaker } }).Count();
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }

                times.Sort();
                Out.WriteLine($"query by speaker '{speaker}' ({found} quotes): median {times[times.Count / 2]:0.0} ms, slowest of 20 {times[times.Count - 1]:0.0} ms (first, cold: see slowest; target < 50 ms)");
            }

            /// <summary>Incremental grouping: 10,000 articles (the corpus repeated, each copy an update of its story), then 100 more.</summary>
            public void IncrementalGrouping(int rounds)
            {
                var all = BenchCommand.RepeatedCorpus(reader, files, 10100);
                var bigPath = Path.Combine(folder, "bbc-10k.db");
                File.Delete(bigPath);
                using var archive = NewsArchive.Open(bigPath, config);
                var watch = Stopwatch.StartNew();
                archive.Add(all.Take(10000), context.Cancellation);
                Out.WriteLine($"built an archive of 10,000 articles in {watch.Elapsed.TotalSeconds:0.0} s");
                Out.WriteLine($"  phases: {archive.Timings}");
                for (var round = 0; round < rounds; round++)
                {
                    var batch = all.Skip(10000).Take(100).Select((a, i) => Renamed(reader, a, round, i)).ToList();
                    var stored = archive.AddBatch(batch, context.Cancellation);
                    archive.Timings.Clear();
                    watch.Restart();
                    archive.AssignEvents(stored.ToList(), context.Cancellation);
                    var grouping = watch.Elapsed.TotalSeconds;
                    var phases = archive.Timings.ToString();
                    var joined = stored.Count(e => e.EventId != null && e.Status == ArchiveStatus.Added && IsOldEvent(e.EventId, archive));
                    Out.WriteLine($"incremental grouping of 100 new articles into {10000 + 100 * round} stored, round {round + 1}: {grouping:0.000} s; {joined} joined an existing event (target < 2 s)");
                    Out.WriteLine($"  phases: {phases}");
                }
            }
        }

        /// <summary>A new copy of a story (new id and headline) so it is stored, not taken for a duplicate.</summary>
        private static Article Renamed(ArticleReader reader, Article a, int round, int i)
        {
            var id = "new-" + round.ToString(CultureInfo.InvariantCulture) + "-" + i.ToString(CultureInfo.InvariantCulture);
            return reader.Parse((a.Title ?? "") + " (round " + round.ToString(CultureInfo.InvariantCulture) + ")\n\n" + a.Text, new ArticleOptions { Id = id, Outlet = "BBC News" }, id);
        }

        private static bool IsOldEvent(string eventId, NewsArchive archive) =>
            archive.Query(new ArchiveQuery { Kind = ArchiveKind.Event, EventId = eventId }).Cast<Coverage.ArticleGroup>().Any(g => g.Count > 1);
    }
}
