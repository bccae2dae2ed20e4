using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using NewsTools.Cli.Commands;
using NewsTools.Config;
using NewsTools.Time;
using Xunit;
using static NewsTools.Tests.Cli.CliRun;

namespace NewsTools.Tests.Time
{
    public class TimeCommandTests
    {
        private static string TempJsonl(params string[] lines)
        {
            var file = Path.GetTempFileName();
            File.WriteAllLines(file, lines);
            return file;
        }

        [Fact]
        public void TimexPrintsOffsetsIntoTheTextAsGiven()
        {
            const string text = "Rates rise\n\nThe bank raised rates on Monday (Jan 22) and will meet again next week.";
            var file = TempJsonl(JsonSerializer.Serialize(new { id = "d1", dct = "2018-01-28", text }));
            try
            {
                var (code, output, _) = Run("timex", "--jsonl", file);

                Assert.Equal(0, code);
                var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
                Assert.Equal(2, rows.Count);
                foreach (var row in rows)
                {
                    var start = row.GetProperty("Start").GetInt32();
                    var end = row.GetProperty("EndOffset").GetInt32();
                    Assert.Equal(row.GetProperty("Text").GetString(), text.Substring(start, end - start));
                }

                Assert.Equal("2018-01-22", rows[0].GetProperty("Value").GetString());
                Assert.Equal("2018-W05", rows[1].GetProperty("Value").GetString());
            }
            finally
            {
                File.Delete(file);
            }
        }

        [Fact]
        public void TimelineMergesInputsAndDatedOnlyDropsUndatedEvents()
        {
            var file = TempJsonl(
                JsonSerializer.Serialize(new { id = "a", dct = "2018-01-28", outlet = "Outlet A", text = "Japan and China held talks in Beijing on Sunday about the disputed islands." }),
                JsonSerializer.Serialize(new { id = "b", dct = "2018-01-28", outlet = "Outlet B", text = "China and Japan held talks about the disputed islands in Beijing on Sunday (Jan 28)." }),
                JsonSerializer.Serialize(new { id = "c", outlet = "Outlet C", text = "The treaty talks resumed last week in Oslo." }));
            try
            {
                var (code, output, _) = Run("timeline", "--jsonl", file);
                var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
                Assert.Equal(0, code);
                Assert.Equal(2, rows.Count);
                Assert.Equal("2018-01-28", rows[0].GetProperty("Value").GetString());
                Assert.Equal(2, rows[0].GetProperty("Sources").GetArrayLength());
                Assert.Equal(JsonValueKind.Null, rows[1].GetProperty("Date").ValueKind);

                var (_, datedOnly, _) = Run("timeline", "--dated-only", "--jsonl", file);
                Assert.Single(datedOnly.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            }
            finally
            {
                File.Delete(file);
            }
        }

        [SkippableFact]
        public void DevSetMeetsTheAccuracyTargets()
        {
            var dev = TestData.RequireShared("eval/time/dev.jsonl");
            var (code, output, _) = Run("eval", "time", "--format", "json", dev);

            Assert.Equal(0, code);
            var r = JsonDocument.Parse(output).RootElement;
            Assert.Equal(1243, r.GetProperty("Gold").GetInt32());
            Assert.True(r.GetProperty("StrictF1").GetDouble() >= 0.85, output);
            Assert.True(r.GetProperty("ValueF1").GetDouble() >= 0.80, output);
        }
    }
}
