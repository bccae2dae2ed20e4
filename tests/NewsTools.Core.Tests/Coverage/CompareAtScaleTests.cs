using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Coverage;
using NewsTools.Engine;
using Xunit;

namespace NewsTools.Tests.Coverage
{
    /// <summary>
    /// Comparisons far bigger than five outlets: hundreds of articles on one event still share their facts, work grows linearly
    /// (allocations of 1x and 8x inputs compared as a ratio, not timed), and the engine's run reports progress and stops on
    /// cancellation inside its phases.
    /// </summary>
    public sealed class CompareAtScaleTests
    {
        private static readonly string[] Verbs = { "reopened", "opened again", "was reopened" };

        /// <summary>Article k of one event: the same facts, worded three ways, with its own outlet.</summary>
        private static Article EventArticle(int k)
        {
            var v = Verbs[k % Verbs.Length];
            var text =
                $"The Alder Strait bridge {v} on Tuesday after a two-year repair that cost the city 120 million dollars.\n\n" +
                $"Engineers replaced all 64 main cables of the bridge, which carried 40,000 vehicles a day before it closed in 2022.\n\n" +
                $"Ferry operators in Port Alder expect to lose most of their commuters within weeks of the reopening.\n\n" +
                $"Reporter {k.ToString(CultureInfo.InvariantCulture)} counted {(k * 7 % 1000).ToString(CultureInfo.InvariantCulture)} cyclists waiting at the eastern approach on Tuesday morning.";
            return CoverageTestData.Make("a" + k.ToString(CultureInfo.InvariantCulture), "Outlet " + k.ToString(CultureInfo.InvariantCulture), "Bridge " + v, text, new DateTime(2024, 3, 12));
        }

        [Fact]
        public void FourHundredArticlesOnOneEventShareTheirFacts()
        {
            var articles = Enumerable.Range(0, 400).Select(EventArticle).ToList();

            var result = new CoverageComparer(ConfigLoader.Defaults) { BuildTimeline = false }.Compare(articles);

            var facts = result.Items.Where(i => i.Kind == CoverageKind.Fact).ToList();
            var cables = facts.Where(f => f.Texts[0].Text.Contains("64 main cables")).ToList();
            Assert.NotEmpty(cables);
            Assert.True(cables.Max(f => f.Sources.Count) >= 100, "the cables fact is in at most " + cables.Max(f => f.Sources.Count) + " of 400 outlets");
            Assert.True(facts.Count(f => f.Sources.Count == 1) < facts.Count / 2, $"{facts.Count(f => f.Sources.Count == 1)} of {facts.Count} facts are unique to one outlet");
        }

        [Fact]
        public void TinyArticlesInOneGroupGrowLinearly()
        {
            long Allocated(int n)
            {
                var articles = Enumerable.Range(0, n).Select(k => CoverageTestData.Make(
                    "t" + k.ToString(CultureInfo.InvariantCulture),
                    "Outlet " + k.ToString(CultureInfo.InvariantCulture),
                    null,
                    $"Officials in Kessel counted {(k % 97).ToString(CultureInfo.InvariantCulture)} damaged orchards on Monday. Farmer number {k.ToString(CultureInfo.InvariantCulture)} said frost hit early.")).ToList();
                var comparer = new CoverageComparer(ConfigLoader.Defaults) { BuildTimeline = false };
                var before = GC.GetAllocatedBytesForCurrentThread();
                comparer.Compare(articles);
                return GC.GetAllocatedBytesForCurrentThread() - before;
            }

            Allocated(50);
            var small = Allocated(250);
            var large = Allocated(2000);

            // Linear growth allocates about 8 times as much; all pairs would be 64 times.
            Assert.True(large < small * 16, $"250 articles: {small:N0} bytes; 2,000: {large:N0} bytes ({(double)large / small:0.0}x)");
        }

        [Fact]
        public void ALongPageComparedWithItselfGrowsLinearly()
        {
            long Allocated(int paragraphs)
            {
                var sb = new StringBuilder();
                for (var p = 0; p < paragraphs; p++)
                {
                    sb.Append("Inspectors found ").Append(p.ToString(CultureInfo.InvariantCulture)).Append(" corroded cables under span ")
                      .Append((p * 13 % 101).ToString(CultureInfo.InvariantCulture)).Append(", the transport authority of Port Alder said on Tuesday.\n\n");
                }

                var text = sb.ToString();
                var articles = new[] { CoverageTestData.Make("page", "Wire", "Cables", text), CoverageTestData.Make("page", "Wire", "Cables", text) };
                var comparer = new CoverageComparer(ConfigLoader.Defaults) { BuildTimeline = false };
                var before = GC.GetAllocatedBytesForCurrentThread();
                comparer.Compare(articles);
                return GC.GetAllocatedBytesForCurrentThread() - before;
            }

            Allocated(50);
            var small = Allocated(200);
            var large = Allocated(1600);

            Assert.True(large < small * 16, $"200 paragraphs: {small:N0} bytes; 1,600: {large:N0} bytes ({(double)large / small:0.0}x)");
        }

        [Fact]
        public void SourcesAndMissingFromReadLikeListsOfTheOutlets()
        {
            var articles = Enumerable.Range(0, 3).Select(EventArticle).ToList();
            articles.Add(CoverageTestData.Make("frost", "Valley Times", null, "Frost destroyed early blossom across the Kessel Valley orchards on Monday night, growers said."));
            var result = new CoverageComparer(ConfigLoader.Defaults) { BuildTimeline = false }.Compare(articles);

            var frost = result.Items.Single(i => i.Kind == CoverageKind.Fact && i.Texts[0].Text.StartsWith("Frost", StringComparison.Ordinal));
            Assert.Equal(new[] { "Valley Times" }, frost.Sources.ToArray());
            Assert.Equal(new[] { "Outlet 0", "Outlet 1", "Outlet 2" }, frost.MissingFrom.ToArray());
            foreach (var item in result.Items)
            {
                Assert.Equal(result.Labels.Except(item.Sources).ToArray(), item.MissingFrom.ToArray());
                Assert.Equal(item.MissingFrom.ToArray(), Enumerable.Range(0, item.MissingFrom.Count).Select(i => item.MissingFrom[i]).ToArray());
            }
        }

        [SkippableFact]
        public void TheRunReportsProgressThroughItsPhasesAndStopsWhenCancelled()
        {
            var articles = new[] { "sputnik-2018-01-28-china-japan.txt", "straitstimes-2018-01-28-japan-china.txt" }.Select(TestData.ReadSeed).ToList();
            articles.Add(TestData.ReadSample("valley-times-2024-03-14-orchard.txt"));
            var reporter = new RecordingReporter();
            var run = new CoverageRun(ConfigLoader.Defaults) { GroupByEvent = true, BuildTimeline = false };

            var comparisons = run.Compare(articles, reporter);

            Assert.Equal(2, comparisons.Count);
            Assert.Contains(reporter.Phases, p => p.StartsWith("Reading the articles' terms", StringComparison.Ordinal));
            Assert.Contains(reporter.Phases, p => p.StartsWith("Comparing event-", StringComparison.Ordinal));
            Assert.Contains(reporter.Phases, p => p == "Aligning facts");

            // Cancelled from inside the run (as Ctrl+C would be, between two progress reports): it stops there.
            using var cancel = new CancellationTokenSource();
            var stopping = new RecordingReporter { OnProgress = phase => { if (phase == "Aligning facts") { cancel.Cancel(); } } };
            Assert.ThrowsAny<OperationCanceledException>(() => run.Compare(articles, stopping, cancel.Token));
            Assert.DoesNotContain(stopping.Phases, p => p.StartsWith("Comparing event-002", StringComparison.Ordinal));
        }

        private sealed class RecordingReporter : IEngineReporter
        {
            public List<string> Phases { get; } = new List<string>();

            public Action<string>? OnProgress { get; set; }

            public void Error(NewsToolsException error) => Phases.Add("error: " + error.Message);

            public void Warning(string message, string? input) => Phases.Add("warning: " + message);

            public void Progress(int done, int total, string current)
            {
                Phases.Add(current);
                OnProgress?.Invoke(current);
            }
        }
    }
}
