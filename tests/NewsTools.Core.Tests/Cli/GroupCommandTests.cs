using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace NewsTools.Tests.Cli
{
    /// <summary>
    /// `newstools group` gives the grouping the cmdlets give: two articles on one event are one group whether they come
    /// alone, with unrelated articles, or in the reverse order (issue #10's grouping point, at the command line).
    /// </summary>
    public sealed class GroupCommandTests
    {
        [SkippableFact]
        public void TheSeedsAreOneEventAloneWithTheSamplesAndInReverseOrder()
        {
            var seeds = new[] { TestData.RequireShared("seeds/sputnik-2018-01-28-china-japan.txt"), TestData.RequireShared("seeds/straitstimes-2018-01-28-japan-china.txt") };
            var samples = new[] { "coastal-wire-2024-03-12-bridge.html", "harbour-gazette-2024-03-12-bridge.txt", "valley-times-2024-03-14-orchard.txt" }
                .Select(TestData.Samples).ToArray();
            var expected = new[]
            {
                "coastal-wire-2024-03-12-bridge harbour-gazette-2024-03-12-bridge",
                "sputnik-2018-01-28-china-japan straitstimes-2018-01-28-japan-china",
                "valley-times-2024-03-14-orchard",
            };

            Assert.Equal(new[] { expected[1] }, Groups(seeds));
            Assert.Equal(new[] { expected[1] }, Groups(seeds.Reverse().ToArray()));
            Assert.Equal(expected, Groups(seeds.Concat(samples).ToArray()));
            Assert.Equal(expected, Groups(samples.Reverse().Concat(seeds.Reverse()).ToArray()));
        }

        /// <summary>The groups the command prints, each as its sorted article ids, sorted: order-free, id-free.</summary>
        private static string[] Groups(string[] files)
        {
            var (code, output, error) = CliRun.Run(new[] { "group", "--format", "json" }.Concat(files).ToArray());
            Assert.True(code == 0, error);
            var byEvent = new Dictionary<string, List<string>>();
            foreach (var line in output.Split('\n').Where(l => l.Trim().Length > 0))
            {
                using var row = JsonDocument.Parse(line);
                var eventId = row.RootElement.GetProperty("EventId").GetString()!;
                if (!byEvent.TryGetValue(eventId, out var ids)) byEvent[eventId] = ids = new List<string>();
                ids.Add(row.RootElement.GetProperty("ArticleId").GetString()!);
            }

            Assert.Equal(files.Length, byEvent.Values.Sum(v => v.Count));
            return byEvent.Values.Select(ids => string.Join(" ", ids.OrderBy(i => i, System.StringComparer.Ordinal)))
                .OrderBy(g => g, System.StringComparer.Ordinal).ToArray();
        }
    }
}
