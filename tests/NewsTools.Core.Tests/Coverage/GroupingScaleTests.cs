using System;
using System.Collections.Generic;
using System.Globalization;
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
    /// Grouping at scale: the BBC corpus repeated to 10,000 articles (each copy an update with a new headline and a paragraph
    /// dropped) must keep every copy of a story together. How long it takes is measured by `newstools bench`, not here.
    /// </summary>
    public sealed class GroupingScaleTests
    {
        [SkippableFact]
        public void TenThousandArticlesKeepEveryCopyOfAStoryTogether()
        {
            var corpus = TestData.RequireShared("corpus/bbc-news-2225");
            var files = BenchCommand.CorpusFiles(corpus);
            var articles = BenchCommand.RepeatedCorpus(new ArticleReader(ConfigLoader.Defaults), files, 10000);

            var groups = new EventGrouper(ConfigLoader.Defaults).Group(articles);

            var groupOf = new Dictionary<string, int>();
            for (var g = 0; g < groups.Count; g++)
            {
                foreach (var id in groups[g].ArticleIds)
                {
                    groupOf[id] = g;
                }
            }

            Assert.Equal(10000, groupOf.Count);
            var together = Enumerable.Range(0, files.Count).Count(story =>
                Enumerable.Range(0, 5).Select(copy => story + (copy * files.Count)).Where(i => i < 10000)
                    .Select(i => groupOf["bbc-" + i.ToString(CultureInfo.InvariantCulture)]).Distinct().Count() == 1);
            Assert.True(together > files.Count * 0.95, $"only {together} of {files.Count} stories have all their copies in one group");

            // Copies merge, but distinct stories must not collapse into a few giant groups.
            Assert.True(groups.Count > files.Count / 4, $"10,000 articles of {files.Count} stories fell into only {groups.Count} groups");
        }
    }
}
