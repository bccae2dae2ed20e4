using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime;
using System.Threading;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Engine;
using NewsTools.Quotes;
using NewsTools.Time;

namespace NewsTools.Cli.Commands
{
    /// <summary>
    /// `bench --stages parallel`: the whole per-article job (read, quotes, time expressions, events) over the corpus in this
    /// warm process, on one thread and on one thread per core, the way `--parallel N` runs it (ordered results, a reader per
    /// thread, one shared extractor). Wall time is what a user waits for, so the ratio is of wall times; the CPU figure shows
    /// whether the threads spent their time working or waiting for each other (locks, the garbage collector).
    /// </summary>
    internal static class ParallelBench
    {
        public static void Measure(TextWriter o, NewsToolsConfig config, IReadOnlyList<string> files, long bytes, int rounds)
        {
            var threads = Math.Max(2, OrderedParallel.DefaultThreads);
            var quotes = new QuoteExtractor(config);
            using var readers = new ThreadLocal<ArticleReader>(() => new ArticleReader(config));
            object Work(string path)
            {
                var article = readers.Value!.ReadFile(path);
                var builder = new TimelineBuilder(config);
                builder.Add(article);
                return (quotes.Extract(article), builder.Build());
            }

            double Pass(int degree)
            {
                var watch = Stopwatch.StartNew();
                foreach (var unused in OrderedParallel.Select(files, Work, degree))
                {
                    // Consumed in input order, as the CLI writes them.
                }

                return watch.Elapsed.TotalSeconds;
            }

            // Warm both paths until the JIT has settled (a few passes), then alternate so drift in the machine's load hits both.
            var warm = Stopwatch.StartNew();
            while (warm.Elapsed.TotalSeconds < 3)
            {
                Pass(1);
                Pass(threads);
            }

            var best = new Dictionary<int, (double Wall, double Cpu)> { [1] = (double.MaxValue, double.MaxValue), [threads] = (double.MaxValue, double.MaxValue) };
            var collector = new Dictionary<int, GcFigures> { [1] = default, [threads] = default };
            var process = Process.GetCurrentProcess();
            var timedRounds = Math.Max(rounds, 2);
            for (var round = 0; round < timedRounds; round++)
            {
                foreach (var degree in new[] { 1, threads })
                {
                    GC.Collect();
                    process.Refresh();
                    var cpu = process.TotalProcessorTime;
                    var before = GcFigures.Now();
                    var wall = Pass(degree);
                    var after = GcFigures.Now();
                    process.Refresh();
                    var used = (process.TotalProcessorTime - cpu).TotalSeconds;
                    var (bestWall, bestCpu) = best[degree];
                    best[degree] = (Math.Min(bestWall, wall), Math.Min(bestCpu, used));
                    collector[degree] += after - before;
                }
            }

            o.WriteLine($"garbage collector: {(GCSettings.IsServerGC ? "server" : "workstation")}, {GCSettings.LatencyMode}; figures per pass over the corpus, mean of {timedRounds}");
            foreach (var degree in new[] { 1, threads })
            {
                var (wall, cpu) = best[degree];
                var name = "all stages, " + degree + " thread" + (degree == 1 ? "" : "s");
                o.WriteLine($"{name,-22} {bytes / 1e6 / wall,6:0.0} MB/s wall {bytes / 1e6 / cpu,6:0.0} MB/s per CPU-s  (best of {timedRounds}, alternated; {Environment.ProcessorCount} CPU(s) visible)");
                var gc = collector[degree];
                o.WriteLine($"{"",-22} GC: {gc.Gen0 / (double)timedRounds,5:0.0} gen-0, {gc.Gen1 / (double)timedRounds,4:0.0} gen-1, {gc.Gen2 / (double)timedRounds,4:0.0} gen-2 collections, paused {gc.Pause.TotalMilliseconds / timedRounds,5:0} ms, allocated {gc.Allocated / 1e6 / timedRounds,6:0} MB ({gc.Allocated / (double)bytes / timedRounds,4:0.0} bytes per input byte)");
            }

            ColdBench.Ratio(o, $"{threads} threads / 1 thread, wall, in process", best[1].Wall, best[threads].Wall, "target >= 1.7x with 2 cores");
        }
    
        /// <summary>The collector's counters at one moment (collections of each generation, total pause, bytes allocated), so a pass's share is a difference.</summary>
        private readonly record struct GcFigures(int Gen0, int Gen1, int Gen2, TimeSpan Pause, long Allocated)
        {
            public static GcFigures Now() =>
                new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes(precise: false));

            public static GcFigures operator -(GcFigures a, GcFigures b) =>
                new(a.Gen0 - b.Gen0, a.Gen1 - b.Gen1, a.Gen2 - b.Gen2, a.Pause - b.Pause, a.Allocated - b.Allocated);

            public static GcFigures operator +(GcFigures a, GcFigures b) =>
                new(a.Gen0 + b.Gen0, a.Gen1 + b.Gen1, a.Gen2 + b.Gen2, a.Pause + b.Pause, a.Allocated + b.Allocated);
        }
    }
}
