using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using NewsTools.Config;
using NewsTools.Coverage;
using Xunit;
using Xunit.Abstractions;

namespace NewsTools.Tests.Coverage
{
    public sealed class EventGrouperTests
    {
        private readonly ITestOutputHelper output;

        public EventGrouperTests(ITestOutputHelper output)
        {
            this.output = output;
        }

        [SkippableFact]
        public void DevSetMixedGroupsReachTargetF1()
        {
            var path = CoverageTestData.SharedFile("eval", "coverage", "dev.jsonl");
            Skip.IfNot(path != null, "../shared not found: eval/coverage/dev.jsonl");
            var items = CoverageTestData.DevArticles(path!);
            var watch = Stopwatch.StartNew();
            var groups = new EventGrouper(ConfigLoader.Defaults).Group(items.Select(x => x.Article).ToList());
            watch.Stop();
            var gold = items.ToDictionary(x => x.Article.Id, x => x.EventId);
            var score = GroupingEvaluator.Score(groups, gold);
            output.WriteLine(score + " in " + watch.ElapsedMilliseconds + " ms");
            foreach (var g in groups)
            {
                var events = g.ArticleIds.Select(id => gold[id]).Distinct().ToList();
                if (events.Count > 1 || g.Count < 2)
                {
                    output.WriteLine(g.EventId + " [" + g.Label + "] " + string.Join(" ", g.ArticleIds));
                }
            }

            Assert.True(score.F1 >= 0.95, score.ToString());
        }
    }
}
