using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;
using static NewsTools.Tests.Cli.CliRun;

namespace NewsTools.Tests.Coverage
{
    /// <summary>`newstools group`, `compare` and `eval coverage` through the real command line.</summary>
    public sealed class CoverageCommandTests
    {
        [Fact]
        public void GroupPrintsOneLinePerArticleWithItsEvent()
        {
            var samples = Directory.GetFiles(TestData.Samples(""), "*.*").Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal).ToArray();
            var (code, output, error) = Run(new[] { "group", "--config", TestData.Samples("config/newstools.yaml") }.Concat(samples).ToArray());
            Assert.True(code == 0, error);
            var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(samples.Length, rows.Count);
            string EventOf(string id) => rows.Single(r => r.GetProperty("ArticleId").GetString() == id).GetProperty("EventId").GetString()!;
            Assert.Equal(EventOf("harbour-gazette-2024-03-12-bridge"), EventOf("coastal-wire-2024-03-12-bridge"));
            Assert.NotEqual(EventOf("harbour-gazette-2024-03-12-bridge"), EventOf("valley-times-2024-03-14-orchard"));
        }

        [Fact]
        public void GroupWithJsonlUsesTheLineIds()
        {
            var file = Path.Combine(Path.GetTempPath(), "newstools-group-" + Guid.NewGuid().ToString("N") + ".jsonl");
            var bridge = "The Alder Strait bridge reopened on Tuesday after a repair that cost 120 million dollars, Mayor Elena Varga said.";
            var frost = "A late frost destroyed most of the early apple blossom in the Kessel Valley, growers said on Thursday.";
            File.WriteAllLines(file, new[]
            {
                JsonSerializer.Serialize(new { id = "line-a", text = bridge }),
                JsonSerializer.Serialize(new { id = "line-b", text = frost }),
                JsonSerializer.Serialize(new { id = "line-c", text = bridge.Replace("Tuesday", "Tuesday night", StringComparison.Ordinal) }),
            });
            try
            {
                var (code, output, error) = Run("group", "--jsonl", file, "--format", "csv");
                Assert.True(code == 0, error);
                var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
                Assert.StartsWith("ArticleId,EventId", lines[0], StringComparison.Ordinal);
                var eventOf = lines.Skip(1).Select(l => l.Split(',')).ToDictionary(p => p[0], p => p[1]);
                Assert.Equal(new[] { "line-a", "line-b", "line-c" }, eventOf.Keys.OrderBy(k => k, StringComparer.Ordinal));
                Assert.Equal(eventOf["line-a"], eventOf["line-c"]);
                Assert.NotEqual(eventOf["line-a"], eventOf["line-b"]);
            }
            finally
            {
                File.Delete(file);
            }
        }

        [Fact]
        public void CompareEmitsRowsThenSummaryAndWritesTheReport()
        {
            var report = Path.Combine(Path.GetTempPath(), "newstools-report-" + Guid.NewGuid().ToString("N") + ".html");
            try
            {
                var (code, output, error) = Run("compare", "--config", TestData.Samples("config/newstools.yaml"), "--report", report,
                    TestData.Samples("harbour-gazette-2024-03-12-bridge.txt"), TestData.Samples("coastal-wire-2024-03-12-bridge.html"));
                Assert.True(code == 0, error);
                var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
                // Rows first, then the summary, as Compare-Coverage writes them.
                Assert.True(rows[^1].TryGetProperty("SharedShare", out _), "the last line is the CoverageSummary");
                Assert.True(rows[0].TryGetProperty("Kind", out _), "the first line is a CoverageItem");
                Assert.Contains(rows, r => r.TryGetProperty("Kind", out var k) && k.GetString() == "Discrepancy" && r.GetProperty("Detail").GetString()!.Contains("120 million", StringComparison.Ordinal));
                Assert.Contains(rows, r => r.TryGetProperty("Kind", out var k) && k.GetString() == "Statement" && r.GetProperty("Sources").GetArrayLength() == 2);
                var html = File.ReadAllText(report);
                Assert.Contains("<section class=\"comparison\"", html, StringComparison.Ordinal);
            }
            finally
            {
                File.Delete(report);
            }
        }

        [SkippableFact]
        public void EvalCoveragePrintsBCubedOnTheDevSet()
        {
            var dev = TestData.RequireShared("eval/coverage/dev.jsonl");
            var (code, output, error) = Run("eval", "coverage", dev);
            Assert.True(code == 0, error);
            var line = output.Split('\n').Single(l => l.StartsWith("B-cubed", StringComparison.Ordinal));
            var f1 = double.Parse(line.Substring(line.IndexOf("F1", StringComparison.Ordinal) + 2).Trim(), CultureInfo.InvariantCulture);
            Assert.True(f1 >= 0.95, line);
        }

        [Fact]
        public void EvalCoverageNeedsOneFile()
        {
            Assert.Equal(2, Run("eval", "coverage").Code);
        }
    }
}
