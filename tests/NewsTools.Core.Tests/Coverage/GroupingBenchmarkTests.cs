using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Coverage;
using Xunit;
using Xunit.Abstractions;

namespace NewsTools.Tests.Coverage
{
    /// <summary>Grouping time at 1k, 3k and 10k articles: the BBC corpus repeated, each copy lightly changed.</summary>
    public sealed class GroupingBenchmarkTests
    {
        private readonly ITestOutputHelper output;

        public GroupingBenchmarkTests(ITestOutputHelper output) => this.output = output;

        /// <summary>Copy k of a story drops one paragraph and changes its headline, as a rewrite or update would.</summary>
        internal static List<Article> RepeatedCorpus(string folder, int count)
        {
            var originals = Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories)
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => File.ReadAllText(f))
                .ToList();
            var result = new List<Article>(count);
            for (var i = 0; i < count; i++)
            {
                var text = originals[i % originals.Count];
                var copy = i / originals.Count;
                var lines = text.Split('\n').ToList();
                var title = lines[0].Trim();
                if (copy > 0)
                {
                    title += " (update " + copy.ToString(CultureInfo.InvariantCulture) + ")";
                    var paragraphs = lines.Skip(1).Where(l => l.Trim().Length > 0).ToList();
                    if (paragraphs.Count > 2)
                    {
                        paragraphs.RemoveAt(1 + (copy % (paragraphs.Count - 1)));
                    }

                    text = string.Join("\n\n", paragraphs);
                }
                else
                {
                    text = string.Join("\n\n", lines.Skip(1).Where(l => l.Trim().Length > 0));
                }

                result.Add(CoverageTestData.Make("bbc-" + i.ToString(CultureInfo.InvariantCulture), "BBC News", title, text));
            }

            return result;
        }

        [SkippableFact]
        public void GroupsTenThousandArticlesInUnderTenSecondsNearLinearly()
        {
            var folder = CoverageTestData.SharedFolder();
            var corpus = folder == null ? null : Path.Combine(folder, "corpus", "bbc-news-2225");
            Skip.IfNot(corpus != null && Directory.Exists(corpus), "../shared not found: corpus/bbc-news-2225");
            var all = RepeatedCorpus(corpus!, 10000);
            var grouper = new EventGrouper(ConfigLoader.Defaults);
            grouper.Group(all.Take(200).ToList()); // warm up the JIT
            var times = new Dictionary<int, double>();
            foreach (var n in new[] { 1000, 3000, 10000 })
            {
                var articles = all.Take(n).ToList();
                var watch = Stopwatch.StartNew();
                var groups = grouper.Group(articles);
                watch.Stop();
                times[n] = watch.Elapsed.TotalSeconds;
                output.WriteLine($"{n} articles: {watch.Elapsed.TotalSeconds:0.000} s, {groups.Count} groups");
                if (n == 10000)
                {
                    // The copies of one story must land together (BBC stories on one saga may also join; the corpus has no dates).
                    var groupOf = new Dictionary<string, int>();
                    for (var g = 0; g < groups.Count; g++)
                    {
                        foreach (var id in groups[g].ArticleIds)
                        {
                            groupOf[id] = g;
                        }
                    }

                    var together = Enumerable.Range(0, 2225).Count(s => Enumerable.Range(0, 5).Select(c => s + (c * 2225)).Where(i => i < n).Select(i => groupOf["bbc-" + i.ToString(CultureInfo.InvariantCulture)]).Distinct().Count() == 1);
                    output.WriteLine($"stories whose copies share one group: {together} of 2225");
                    Assert.True(together > 2225 * 0.95, $"only {together} of 2225 stories have all their copies in one group");
                }
            }

            Assert.True(times[10000] < 10, $"10k articles took {times[10000]:0.0} s");
            Assert.True(times[10000] < times[1000] * 25, "grouping time grows much faster than the number of articles");
        }
    }
}
