using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Coverage;
using NewsTools.Quotes;
using NewsTools.Time;

namespace NewsTools.Cli.Commands
{
    /// <summary>
    /// `newstools bench`: throughput of each stage over a folder of articles (by default ../shared/corpus/bbc-news-2225),
    /// single-threaded, streaming one file at a time, with the managed heap measured so growth with file count shows; then
    /// the adversarial inputs every scanner must survive in linear time; then grouping at 1k/3k/10k articles and a 5-way comparison.
    /// </summary>
    internal sealed class BenchCommand : CliCommand
    {
        public override string Name => "bench";

        public override string Summary => "Measure throughput (MB/s per stage), memory while streaming, adversarial inputs, grouping scale.";

        public override string Usage => "[--corpus DIR] [--rounds N (default 3, after a warm-up)] [--cold-rounds N (default 3)] [--stages import,quotes,time,all,parallel,adversarial,group,compare,group-scale,cold,config]";

        public override IReadOnlyCollection<string> ValueOptions => new[] { "corpus", "rounds", "cold-rounds", "stages" };

        public override int Run(CliContext context, CommandLine args)
        {
            var corpus = args.Value("corpus") ?? Path.Combine(FindRepoRoot() ?? ".", "..", "shared", "corpus", "bbc-news-2225");
            if (!Directory.Exists(corpus))
            {
                throw new UsageException($"The corpus folder '{corpus}' does not exist (give --corpus DIR).");
            }

            var rounds = PositiveOr(args.Value("rounds"), DefaultRounds);
            var coldRounds = PositiveOr(args.Value("cold-rounds"), DefaultRounds);
            var stages = new HashSet<string>((args.Value("stages") ?? DefaultStages).Split(','), StringComparer.OrdinalIgnoreCase);
            var files = CorpusFiles(corpus);
            var bytes = files.Sum(f => new FileInfo(f).Length);
            var o = context.Out;
            var config = LoadConfigTimed(context, args);
            o.WriteLine("code: " + HowCodeRuns());
            if (stages.SetEquals(new[] { "config" }))
            {
                // `bench --stages config`: only the start-up figure, for a fresh process per run.
                return 0;
            }

            o.WriteLine($"corpus: {corpus} ({files.Count} files, {bytes / 1e6:0.00} MB); warm-up until two passes agree within 5% (3 to 20 s), then {rounds} timed rounds per stage, best round reported; one thread ({Environment.ProcessorCount} CPU(s) visible to the process)");
            var reader = new ArticleReader(config);
            ReadingStages(o, config, stages, files, bytes, rounds, reader, corpus);
            if (stages.Contains("parallel"))
            {
                ParallelBench.Measure(o, config, files, bytes, rounds);
            }

            if (stages.Contains("adversarial"))
            {
                Adversarial(o, config);
            }

            if (stages.Contains("group"))
            {
                Grouping(o, config, files, reader);
            }

            if (stages.Contains("group-scale"))
            {
                // Not in the default stages: a million articles take minutes.
                GroupingScaleBench.Run(o, config, new[] { 100_000, 1_000_000 });
            }

            if (stages.Contains("compare"))
            {
                Compare(o, config, files, reader, corpus);
            }

            if (stages.Contains("cold"))
            {
                ColdBench.Measure(o, FindRepoRoot() ?? ".", corpus, files, bytes, coldRounds);
            }

            return 0;
        }

        private const int DefaultRounds = 3;

        private const string DefaultStages = "import,quotes,time,all,parallel,adversarial,group,compare,cold";

        private static int PositiveOr(string? value, int fallback) =>
            int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;

        /// <summary>
        /// How this process runs the engine's code and collects its garbage, which the figures depend on: compiled ahead of time
        /// (the native command), or by the JIT as the runtime configuration and DOTNET_ variables set it (the ReadyToRun command
        /// recompiles hot precompiled methods with profile guidance only while tiered compilation is on).
        /// </summary>
        internal static string HowCodeRuns()
        {
            if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeCompiled)
            {
                return "native executable, compiled ahead of time (NativeAOT)" + Collector();
            }

            var tiered = Setting("System.Runtime.TieredCompilation", "TieredCompilation");
            var quickJit = Setting("System.Runtime.TieredCompilation.QuickJit", "TC_QuickJit");
            var pgo = Setting("System.Runtime.TieredPGO", "TieredPGO");
            return $".NET {Environment.Version}, JIT: tiered compilation {(tiered ? "on" : "off")}" +
                (tiered ? $", quick JIT {(quickJit ? "on" : "off")}, profile-guided recompilation {(pgo ? "on" : "off")}" : "") + Collector();
        }

        // The collector's kind and the most it lets the first generation grow between collections (6 MB by default, more where
        // GCgen0size asks for more): how often a pass stops for a collection follows from it.
        private static string Collector()
        {
            var kind = System.Runtime.GCSettings.IsServerGC ? "server" : "workstation";
            var budget = GC.GetConfigurationVariables().TryGetValue("GCGen0MaxBudget", out var value)
                ? $"first generation up to {Convert.ToInt64(value, CultureInfo.InvariantCulture) / 1048576.0:0.#} MB"
                : "first generation as the collector sizes it";
            return $"; collector: {kind}, {budget}";
        }

        // A runtime switch as the runtime reads it: DOTNET_NAME=0/1 in the environment over the runtime configuration's
        // property, on by default.
        private static bool Setting(string property, string variable)
        {
            var fromEnvironment = Environment.GetEnvironmentVariable("DOTNET_" + variable) ?? Environment.GetEnvironmentVariable("COMPlus_" + variable);
            if (fromEnvironment != null)
            {
                return fromEnvironment.Trim() != "0";
            }

            var value = AppContext.GetData(property);
            return value == null || !string.Equals(Convert.ToString(value, CultureInfo.InvariantCulture), "false", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>The first load in this process, as every command pays it at start-up (parsing the built-in YAML, JIT included).</summary>
        private static NewsToolsConfig LoadConfigTimed(CliContext context, CommandLine args)
        {
            var loadCpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            var loadWatch = System.Diagnostics.Stopwatch.StartNew();
            var config = context.LoadConfig(args);
            loadWatch.Stop();
            loadCpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - loadCpu;
            context.Out.WriteLine($"configuration: first load in this process {loadWatch.Elapsed.TotalMilliseconds:0} ms wall, {loadCpu.TotalMilliseconds:0} ms CPU");
            return config;
        }

        /// <summary>The stages that read the corpus file by file: import, then import with quotes, time expressions, events, or all.</summary>
        private static void ReadingStages(TextWriter o, NewsToolsConfig config, HashSet<string> stages, List<string> files, long bytes, int rounds, ArticleReader reader, string corpus)
        {
            if (stages.Contains("import"))
            {
                // A plain read of the same files (bytes decoded as UTF-8) is the floor import is held to: within 1.5x.
                var plain = Stage(o, "plain read", files, bytes, rounds, path => File.ReadAllText(path));
                var import = Stage(o, "import", files, bytes, rounds, path => reader.ReadFile(path));
                ColdBench.Ratio(o, "plain read / import, per CPU-s", plain, import, "target <= 1.5x");
            }

            if (stages.Contains("quotes"))
            {
                var quotes = new QuoteExtractor(config);
                Stage(o, "import+quotes", files, bytes, rounds, path => quotes.Extract(reader.ReadFile(path)));
            }

            if (stages.Contains("time"))
            {
                TimeStages(o, config, files, bytes, rounds, reader, corpus);
            }

            if (stages.Contains("all"))
            {
                // Everything for each article: read once, then quotes, time expressions and events. First one article at a time,
                // then as `archive add` runs it: articles read ahead, and each step over a group of them before the next step
                // (the engines' code and tables then stay in the core's caches for the group instead of taking turns).
                var quotes = new QuoteExtractor(config);
                var single = Stage(o, "import+quotes+events", files, bytes, rounds, path =>
                {
                    var article = reader.ReadFile(path);
                    var builder = new TimelineBuilder(config);
                    builder.Add(article);
                    return (quotes.Extract(article), builder.Build());
                });
                var size = NewsTools.Archive.NewsArchive.AnalysisGroupSize;
                var grouped = Stage(o, $"  the same, {size} by step", files, bytes, rounds, InGroups(files, size, group =>
                {
                    var articles = group.Select(path => reader.ReadFile(path)).ToList();
                    var timelines = articles.Select(article =>
                    {
                        var builder = new TimelineBuilder(config);
                        builder.Add(article);
                        return builder.Build();
                    }).ToList();
                    return (articles.Select(article => quotes.Extract(article)).ToList(), timelines);
                }));
                ColdBench.Ratio(o, $"{size} by step / one at a time, per CPU-s", grouped, single, "archive add analyses this way");
            }
        }

        /// <summary>
        /// Work that takes the files <paramref name="size"/> at a time, as a stage's per-file work: each file is held until its
        /// group is full (or it is the last file of the pass), and then the group is done at once.
        /// </summary>
        private static Func<string, object> InGroups(List<string> files, int size, Func<List<string>, object> work)
        {
            var group = new List<string>(size);
            var last = files[files.Count - 1];
            return path =>
            {
                group.Add(path);
                if (group.Count < size && !ReferenceEquals(path, last))
                {
                    return group;
                }

                var done = work(group);
                group = new List<string>(size);
                return done;
            };
        }

        private static void TimeStages(TextWriter o, NewsToolsConfig config, List<string> files, long bytes, int rounds, ArticleReader reader, string corpus)
        {
            var tagger = new TimeExpressionTagger(config);

            // Texts in memory against chrono-node in process on the same texts: the tagger alone, without reading.
            var inMemory = files.ToDictionary(f => f, f => reader.ReadFile(f), StringComparer.Ordinal);
            object TagInMemory(string path) => tagger.Tag(inMemory[path]);
            var ours = Stage(o, "timex (in memory)", files, bytes, rounds, TagInMemory);
            var chrono = ColdBench.ChronoInProcess(o, FindRepoRoot() ?? ".", corpus);
            if (chrono != null)
            {
                // The machine drifts between fast and slow spells that can outlast a stage, so one side measured in a slow
                // spell and the other in a fast one gives a ratio of the machine, not of the code. A second pair, ours again
                // right after chrono-node and then chrono-node again, lets both sides meet the same spells: each pair's ratio
                // is printed, and each side's best figure over both pairs is what the target is held to.
                var oursAgain = Stage(o, "timex (in memory) #2", files, bytes, rounds, TagInMemory);
                var chronoAgain = ColdBench.ChronoInProcess(o, FindRepoRoot() ?? ".", corpus) ?? double.NaN;
                ColdBench.Ratio(o, "newstools / chrono-node, first pair", ours, chrono.Value, "per CPU-s, in process");
                ColdBench.Ratio(o, "newstools / chrono-node, second pair", oursAgain, chronoAgain, "per CPU-s, in process");
                ColdBench.Ratio(o, "newstools / chrono-node, best of each side", Math.Max(ours, oursAgain), double.IsNaN(chronoAgain) ? chrono.Value : Math.Max(chrono.Value, chronoAgain), "target >= 10x");
            }

            Stage(o, "import+timex", files, bytes, rounds, path => tagger.Tag(reader.ReadFile(path)));
            Stage(o, "import+timex+events", files, bytes, rounds, path =>
            {
                var builder = new TimelineBuilder(config);
                builder.Add(reader.ReadFile(path));
                return builder.Build();
            });
        }

        /// <summary>
        /// Runs one stage over every file, <paramref name="rounds"/> times, and reports the best round as MB per wall-clock second
        /// and MB per CPU second of this process (the latter is what "one core" means when other work shares the machine).
        /// </summary>
        /// <returns>The best round's MB per CPU second, or NaN when the stage is not available.</returns>
        private static double Stage(TextWriter o, string name, List<string> files, long bytes, int rounds, Func<string, object> work)
        {
            try
            {
                var coldSeconds = WarmUp(files, work);
                var (bestWall, bestCpu, heapAtQuarter, heapAtEnd, allocated) = TimedRounds(files, rounds, work);
                o.WriteLine($"{name,-22} {bytes / 1e6 / bestWall,6:0.0} MB/s wall {bytes / 1e6 / bestCpu,6:0.0} MB/s per CPU-s  (cold first pass {bytes / 1e6 / coldSeconds,5:0.0} MB/s)  {files.Count / bestWall,6:0} articles/s  heap after 25%: {heapAtQuarter / 1e6:0.0} MB, after 100%: {heapAtEnd / 1e6:0.0} MB  allocated {allocated / (double)bytes / rounds,4:0.0} bytes per input byte");
                return bytes / 1e6 / bestCpu;
            }
            catch (NotImplementedException ex)
            {
                o.WriteLine($"{name,-22} not available: {ex.Message}");
                return double.NaN;
            }
        }

        /// <summary>Warm-up lasts at least this long, and at most <see cref="MaxWarmUpSeconds"/>, until two passes agree within <see cref="SettledShare"/>.</summary>
        private const double MinWarmUpSeconds = 3;
        private const double MaxWarmUpSeconds = 20;
        private const double SettledShare = 0.05;

        /// <summary>
        /// Untimed passes until the speed settles; returns the first (cold) pass's seconds. The first pass is reported as it is
        /// (the JIT compiles as it goes); then .NET's tiered JIT keeps recompiling hot methods with profile data for several
        /// seconds, and a scheduled run over a folder, or a long session, spends nearly all its time in that steady state.
        /// </summary>
        private static double WarmUp(List<string> files, Func<string, object> work)
        {
            var warmWatch = Stopwatch.StartNew();
            var previousPass = double.MaxValue;
            var coldSeconds = 0.0;
            for (var pass = 0; ; pass++)
            {
                var passStart = warmWatch.Elapsed.TotalSeconds;
                foreach (var file in files)
                {
                    work(file);
                }

                var passSeconds = warmWatch.Elapsed.TotalSeconds - passStart;
                coldSeconds = pass == 0 ? passSeconds : coldSeconds;
                var settled = Math.Abs(passSeconds - previousPass) <= SettledShare * passSeconds;
                if ((warmWatch.Elapsed.TotalSeconds >= MinWarmUpSeconds && settled) || warmWatch.Elapsed.TotalSeconds >= MaxWarmUpSeconds)
                {
                    return coldSeconds;
                }

                previousPass = passSeconds;
            }
        }

        /// <summary>
        /// The best wall and CPU seconds over the timed rounds, the managed heap after a quarter and all of the first round, and
        /// the bytes the work allocated over all rounds (what drives the garbage collector, and with two threads its promotions).
        /// </summary>
        private static (double Wall, double Cpu, long HeapAtQuarter, long HeapAtEnd, long Allocated) TimedRounds(List<string> files, int rounds, Func<string, object> work)
        {
            long allocated = 0;
            var bestWall = double.MaxValue;
            var bestCpu = double.MaxValue;
            long heapAtQuarter = 0;
            long heapAtEnd = 0;
            var process = Process.GetCurrentProcess();
            for (var round = 0; round < rounds; round++)
            {
                GC.Collect();
                var wall = TimeSpan.Zero;
                var cpu = TimeSpan.Zero;
                var watch = Stopwatch.StartNew();
                process.Refresh();
                var cpuStart = process.TotalProcessorTime;
                var allocatedAtStart = GC.GetAllocatedBytesForCurrentThread();
                for (var i = 0; i < files.Count; i++)
                {
                    work(files[i]);
                    if (round == 0 && i == files.Count / 4)
                    {
                        allocated += GC.GetAllocatedBytesForCurrentThread() - allocatedAtStart;
                        // Measuring the heap is not part of the work: stop both clocks around it.
                        wall += watch.Elapsed;
                        process.Refresh();
                        cpu += process.TotalProcessorTime - cpuStart;
                        heapAtQuarter = GC.GetTotalMemory(true);
                        process.Refresh();
                        cpuStart = process.TotalProcessorTime;
                        allocatedAtStart = GC.GetAllocatedBytesForCurrentThread();
                        watch.Restart();
                    }
                }

                allocated += GC.GetAllocatedBytesForCurrentThread() - allocatedAtStart;
                wall += watch.Elapsed;
                process.Refresh();
                cpu += process.TotalProcessorTime - cpuStart;
                bestWall = Math.Min(bestWall, wall.TotalSeconds);
                bestCpu = Math.Min(bestCpu, cpu.TotalSeconds);
                if (round == 0)
                {
                    heapAtEnd = GC.GetTotalMemory(true);
                }
            }

            return (bestWall, bestCpu, heapAtQuarter, heapAtEnd, allocated);
        }

        private static void Adversarial(TextWriter o, NewsToolsConfig config)
        {
            var cases = new List<(string Name, string Text)>
            {
                ("10 MB of quote marks", new string('"', 10 * 1024 * 1024)),
                ("1 MB line, no punctuation", string.Join(" ", Enumerable.Repeat("word", 1024 * 1024 / 5))),
                ("100,000 unbalanced “", string.Concat(Enumerable.Repeat("“open ", 100_000))),
                ("digit flood (1 MB)", string.Concat(Enumerable.Repeat("1234567890 ", 1024 * 1024 / 11))),
                ("1 MB line of month names", string.Concat(Enumerable.Repeat("January February March April May June ", 1024 * 1024 / 39))),
                ("10,000 x \"last\"", string.Concat(Enumerable.Repeat("last ", 10_000)) + "year"),
            };
            var reader = new ArticleReader(config) { MaxBytes = 64L * 1024 * 1024 };
            foreach (var (name, text) in cases)
            {
                var line = new StringBuilder($"{name,-28}");
                var article = reader.Parse("Adversarial input\n\n" + text, new ArticleOptions { Id = "adv", ReferenceDate = new DateTime(2018, 1, 28) });
                line.Append(Time("import", () => reader.Parse("Adversarial input\n\n" + text, new ArticleOptions { Id = "adv" })));
                line.Append(Time("quotes", () => new QuoteExtractor(config).Extract(article)));
                line.Append(Time("timex", () => new TimeExpressionTagger(config).Tag(article)));
                o.WriteLine(line.ToString());
            }
        }

        private static string Time(string what, Func<object> work)
        {
            try
            {
                var watch = Stopwatch.StartNew();
                var result = work();
                watch.Stop();
                var count = result is System.Collections.ICollection c ? $" ({c.Count} found)" : "";
                return $"  {what} {watch.Elapsed.TotalMilliseconds,7:0} ms{count}";
            }
            catch (NotImplementedException)
            {
                return $"  {what} n/a";
            }
        }

        private static void Grouping(TextWriter o, NewsToolsConfig config, List<string> files, ArticleReader reader)
        {
            var all = RepeatedCorpus(reader, files, 10000);
            var grouper = new EventGrouper(config);
            try
            {
                // Warm-up, so the sizes compare the algorithm rather than the JIT tiers.
                grouper.Group(all.Take(2000).ToList());
            }
            catch (NotImplementedException ex)
            {
                o.WriteLine($"group                  not available: {ex.Message}");
                return;
            }

            var process = Process.GetCurrentProcess();
            foreach (var n in new[] { 1000, 3000, 10000 })
            {
                var articles = all.Take(n).ToList();
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                var groups = grouper.Group(articles);
                watch.Stop();
                process.Refresh();
                o.WriteLine($"group {n,6} articles    {watch.Elapsed.TotalSeconds,6:0.00} s wall  {(process.TotalProcessorTime - cpu).TotalSeconds,6:0.00} s CPU (all threads)  {groups.Count} groups");
            }
        }

        /// <summary>
        /// The corpus's articles: every *.txt below it but its README, in ordinal order, so every run, bench stage and shard
        /// reads the same files in the same order.
        /// </summary>
        internal static List<string> CorpusFiles(string corpus) =>
            Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories)
                .Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.OrdinalIgnoreCase))
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToList();

        /// <summary>
        /// The corpus repeated to <paramref name="count"/> articles: copy k of a story changes its headline and drops one paragraph,
        /// as an update or a rewrite would, so a grouper must still put every copy of a story together.
        /// </summary>
        internal static List<Article> RepeatedCorpus(ArticleReader reader, IReadOnlyList<string> files, int count)
        {
            var originals = files.Select(f => File.ReadAllText(f)).ToList();
            var result = new List<Article>(count);
            for (var i = 0; i < count; i++)
            {
                var text = originals[i % originals.Count];
                var copy = i / originals.Count;
                var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
                var title = lines[0];
                var paragraphs = lines.Skip(1).ToList();
                if (copy > 0)
                {
                    title += " (update " + copy.ToString(CultureInfo.InvariantCulture) + ")";
                    if (paragraphs.Count > 2)
                    {
                        paragraphs.RemoveAt(1 + (copy % (paragraphs.Count - 1)));
                    }
                }

                var id = "bbc-" + i.ToString(CultureInfo.InvariantCulture);
                result.Add(reader.Parse(title + "\n\n" + string.Join("\n\n", paragraphs), new ArticleOptions { Id = id, Outlet = "BBC News" }, id));
            }

            return result;
        }

        /// <summary>Five outlets on one event: the first NewsWCL50 event of the coverage dev set when present, else five BBC files.</summary>
        private static void Compare(TextWriter o, NewsToolsConfig config, List<string> files, ArticleReader reader, string corpus)
        {
            // Read afresh for every comparison, outside the clock: an article keeps what was worked out from its text, and
            // comparing the same objects ten times would time that cache, not the comparison.
            var devFile = Path.Combine(corpus, "..", "..", "eval", "coverage", "dev.jsonl");
            string? what = null;
            List<Article> Five() => FiveOutletsOnOneEvent(reader, devFile, out what)
                ?? files.Take(5).Select(f => reader.ReadFile(f, new ArticleOptions { Outlet = Path.GetFileNameWithoutExtension(f) })).ToList();
            try
            {
                var comparer = new CoverageComparer(config);
                comparer.Compare(Five());
                comparer.Compare(Five());
                var process = Process.GetCurrentProcess();
                var best = double.MaxValue;
                var bestCpu = double.MaxValue;
                for (var i = 0; i < 10; i++)
                {
                    var five = Five();
                    process.Refresh();
                    var cpu = process.TotalProcessorTime;
                    var watch = Stopwatch.StartNew();
                    comparer.Compare(five);
                    watch.Stop();
                    process.Refresh();
                    best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
                    bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpu).TotalMilliseconds);
                }

                o.WriteLine($"compare 5 articles      {best,6:0.0} ms wall  {bestCpu,6:0.0} ms CPU  (best of 10; {what ?? "five BBC articles"}; quotes and timeline included)");
            }
            catch (NotImplementedException ex)
            {
                o.WriteLine($"compare 5 articles      not available: {ex.Message}");
            }
        }

        private static List<Article>? FiveOutletsOnOneEvent(ArticleReader reader, string devFile, out string? what)
        {
            what = null;
            if (!File.Exists(devFile))
            {
                return null;
            }

            foreach (var line in File.ReadLines(devFile))
            {
                using var doc = System.Text.Json.JsonDocument.Parse(line);
                var articles = doc.RootElement.GetProperty("articles");
                if (articles.GetArrayLength() < 5)
                {
                    continue;
                }

                var name = "coverage dev event " + doc.RootElement.GetProperty("event_id").GetString();
                what = name;
                return articles.EnumerateArray().Take(5).Select((a, i) => reader.Parse(
                    a.GetProperty("text").GetString() ?? "",
                    new ArticleOptions { Id = "a" + i.ToString(CultureInfo.InvariantCulture), Outlet = a.GetProperty("outlet").GetString() },
                    name)).ToList();
            }

            return null;
        }

        internal static string? FindRepoRoot()
        {
            var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "NewsTools.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName;
        }
    }
}
