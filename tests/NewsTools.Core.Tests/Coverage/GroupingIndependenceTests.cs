using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsTools.Articles;
using NewsTools.Cli.Commands;
using NewsTools.Config;
using NewsTools.Coverage;
using Xunit;

namespace NewsTools.Tests.Coverage
{
    /// <summary>
    /// Two articles on one event are one group whether they come alone, with others, or in any order: the grouper weighs
    /// words by their rarity in general English, not in the input.
    /// </summary>
    public sealed class GroupingIndependenceTests
    {
        private static readonly string[] SeedFiles = { "sputnik-2018-01-28-china-japan.txt", "straitstimes-2018-01-28-japan-china.txt" };

        private static readonly string[] SampleFiles = { "coastal-wire-2024-03-12-bridge.html", "harbour-gazette-2024-03-12-bridge.txt", "valley-times-2024-03-14-orchard.txt" };

        [SkippableFact]
        public void SeedsAloneAreOneEvent()
        {
            var seeds = SeedFiles.Select(TestData.ReadSeed).ToList();

            var groups = new EventGrouper(ConfigLoader.Defaults).Group(seeds);

            Assert.Single(groups);
            Assert.Equal(2, groups[0].Count);
        }

        [SkippableFact]
        public void SeedsWithTheSamplesInEitherOrderGroupAsTheStoriesAre()
        {
            var articles = SeedFiles.Select(TestData.ReadSeed).Concat(SampleFiles.Select(TestData.ReadSample)).ToList();
            var expected = new[]
            {
                new[] { "sputnik-2018-01-28-china-japan", "straitstimes-2018-01-28-japan-china" },
                new[] { "coastal-wire-2024-03-12-bridge", "harbour-gazette-2024-03-12-bridge" },
                new[] { "valley-times-2024-03-14-orchard" },
            };

            foreach (var order in new[] { articles, Enumerable.Reverse(articles).ToList() })
            {
                var groups = new EventGrouper(ConfigLoader.Defaults).Group(order);

                Assert.Equal(Canonical(expected), Canonical(groups.Select(g => g.ArticleIds)));
            }
        }

        [SkippableFact]
        public void EachDevEventAloneIsOneGroup()
        {
            var path = CoverageTestData.SharedFile("eval", "coverage", "dev.jsonl");
            Skip.IfNot(path != null, "../shared not found: eval/coverage/dev.jsonl");
            var grouper = new EventGrouper(ConfigLoader.Defaults);
            var split = new List<string>();
            foreach (var ev in CoverageTestData.DevArticles(path!).Where(x => x.Article.Text.Trim().Length > 0).GroupBy(x => x.EventId))
            {
                var articles = ev.Select(x => x.Article).ToList();
                foreach (var order in new[] { articles, Enumerable.Reverse(articles).ToList() })
                {
                    var groups = grouper.Group(order);
                    if (groups.Count != 1)
                    {
                        split.Add(ev.Key + ": " + string.Join(" | ", groups.Select(g => string.Join(" ", g.ArticleIds))));
                    }
                }
            }

            Assert.True(split.Count == 0, "events split when grouped alone:\n" + string.Join("\n", split));
        }

        [SkippableFact]
        public void OneArticleScoresTheSameAloneAndInACrowd()
        {
            var seeds = SeedFiles.Select(TestData.ReadSeed).ToList();
            var grouper = new EventGrouper(ConfigLoader.Defaults);
            var alone = grouper.Sign(seeds[0]);
            var crowd = grouper.Group(seeds.Concat(SampleFiles.Select(TestData.ReadSample)).ToList());

            Assert.Equal(alone.ToJson(), grouper.Sign(seeds[0]).ToJson());
            Assert.Equal(alone.Cosine(grouper.Sign(seeds[1])), grouper.Sign(seeds[0]).Cosine(grouper.Sign(seeds[1])), 12);
            Assert.Contains(crowd, g => g.ArticleIds.Contains(seeds[0].Id) && g.ArticleIds.Contains(seeds[1].Id));
        }

        /// <summary>
        /// The corpus split in three shards, each signed on its own and written as JSON lines, then merged: the same groups as
        /// grouping the whole corpus on one machine.
        /// </summary>
        [SkippableFact]
        public void ShardSignaturesMergedGroupAsOneMachine()
        {
            var corpus = TestData.RequireShared("corpus/bbc-news-2225");
            var files = BenchCommand.CorpusFiles(corpus);
            var articles = BenchCommand.RepeatedCorpus(new ArticleReader(ConfigLoader.Defaults), files, 3000);
            var whole = new EventGrouper(ConfigLoader.Defaults).Group(articles);

            var lines = new List<string>();
            foreach (var shard in articles.Select((a, i) => (a, i)).GroupBy(x => x.i * 3 / articles.Count))
            {
                // A fresh grouper per shard, as on another machine.
                var machine = new EventGrouper(ConfigLoader.Defaults);
                lines.AddRange(shard.Select(x => machine.Sign(x.a).ToJson()));
            }

            var merged = new EventGrouper(ConfigLoader.Defaults).GroupSignatures(lines.Select(l => EventSignature.FromJson(l)!).ToList());

            Assert.True(whole.Count > 500, $"only {whole.Count} groups: the test would prove little");
            Assert.Equal(whole.Select(g => g.EventId + ":" + string.Join(",", g.ArticleIds) + ":" + g.Label), merged.Select(g => g.EventId + ":" + string.Join(",", g.ArticleIds) + ":" + g.Label));
        }

        [Fact]
        public void ASignatureLineThatIsNotOneIsRefused()
        {
            Assert.Null(EventSignature.FromJson("{\"id\":\"a\",\"text\":\"00\",\"terms\":\"zz:1\"}"));
            Assert.Null(EventSignature.FromJson("not json"));
            Assert.Null(EventSignature.FromJson("{\"id\":\"a\",\"text\":\"00\",\"terms\":\"0000000000000002:3f800000 0000000000000001:3f800000\"}"));
        }

        private static List<string> Canonical(IEnumerable<IEnumerable<string>> groups) =>
            groups.Select(g => string.Join(",", g.OrderBy(x => x, StringComparer.Ordinal))).OrderBy(x => x, StringComparer.Ordinal).ToList();
    }
}
