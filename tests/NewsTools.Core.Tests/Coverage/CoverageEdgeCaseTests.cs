using System;
using System.Diagnostics;
using System.Linq;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Coverage;
using NewsTools.Engine;
using NewsTools.Quotes;
using Xunit;
using Xunit.Abstractions;

namespace NewsTools.Tests.Coverage
{
    public sealed class CoverageEdgeCaseTests
    {
        private const string Story = "The city council voted on Tuesday to close the Harbour Street bridge for repairs.\n\n" +
            "Mayor Ana Lopez said the bridge, built in 1931, had failed two inspections this year.\n\n" +
            "Traffic will be diverted over the Mill Road crossing until the work ends in March.";

        private readonly ITestOutputHelper output;

        public CoverageEdgeCaseTests(ITestOutputHelper output) => this.output = output;

        private static CoverageComparison Compare(params Article[] articles) =>
            new CoverageComparer(ConfigLoader.Defaults).Compare(articles, "g", _ => Array.Empty<Quote>(), default);

        [Fact]
        public void SingleArticleGivesOnlyItsOwnItems()
        {
            var result = Compare(CoverageTestData.Make("a", "Daily", "Bridge closes", Story));
            Assert.Equal(new[] { "Daily" }, result.Summary.Outlets);
            Assert.Equal(3, result.Summary.Facts);
            Assert.All(result.Items, i => Assert.Empty(i.MissingFrom));
            Assert.Equal(1, result.Summary.Similarity);
            Assert.Equal(0, result.Summary.UniqueCounts["Daily"]);
        }

        [Fact]
        public void IdenticalDuplicatesShareEverythingUnderDistinctLabels()
        {
            var result = Compare(CoverageTestData.Make("a", "Daily", "Bridge closes", Story), CoverageTestData.Make("b", "Daily", "Bridge closes", Story));
            Assert.Equal(new[] { "Daily (a)", "Daily (b)" }, result.Summary.Outlets);
            var facts = result.Items.Where(i => i.Kind == CoverageKind.Fact).ToList();
            Assert.Equal(3, facts.Count);
            Assert.All(facts, f => Assert.Equal(2, f.Sources.Count));
            Assert.Equal(1.0, result.Summary.SharedShare);
            Assert.Equal(1.0, result.Summary.Similarity);
            Assert.Equal(0, result.Summary.Discrepancies);
        }

        [Fact]
        public void ChangedNumbersInAnAlignedFactAreADiscrepancy()
        {
            var other = Story.Replace("1931", "1913", StringComparison.Ordinal);
            var result = Compare(CoverageTestData.Make("a", "Daily", null, Story), CoverageTestData.Make("b", "Herald", null, other));
            var d = Assert.Single(result.Items, i => i.Kind == CoverageKind.Discrepancy);
            Assert.Equal("numbers: 1931 / 1913", d.Detail);
        }

        [Fact]
        public void ArticleInAnotherLanguageIsFlaggedNotFatal()
        {
            var german = "Der Stadtrat stimmte am Dienstag dafür, die Brücke an der Harbour Street für Reparaturen zu schließen. " +
                "Bürgermeisterin Ana Lopez sagte, die 1931 gebaute Brücke sei in diesem Jahr zweimal durch die Prüfung gefallen. " +
                "Der Verkehr wird bis zum Ende der Arbeiten im März über die Mill Road umgeleitet.";
            var result = Compare(CoverageTestData.Make("en", "Daily", null, Story), CoverageTestData.Make("de", "Zeitung", null, german));
            Assert.Contains(result.Summary.Warnings, w => w.Contains("'de'", StringComparison.Ordinal) && w.Contains("English", StringComparison.Ordinal));
            Assert.DoesNotContain(result.Summary.Warnings, w => w.Contains("'en'", StringComparison.Ordinal));
            Assert.True(result.Summary.Similarity < 0.3);
        }

        [Fact]
        public void EmptyArticleIsAClearError()
        {
            var ex = Assert.Throws<NewsToolsException>(() => Compare(CoverageTestData.Make("a", "Daily", null, Story), CoverageTestData.Make("empty", "Herald", null, "  \n ")));
            Assert.Equal("EmptyArticle", ex.ErrorId);
            Assert.Equal("empty", ex.Input);
        }

        [Fact]
        public void NoArticlesIsAClearError()
        {
            var ex = Assert.Throws<NewsToolsException>(() => Compare());
            Assert.Equal("NoArticles", ex.ErrorId);
        }

        [Fact]
        public void GroupingHandlesEmptyDuplicateAndSingleInputs()
        {
            var grouper = new EventGrouper(ConfigLoader.Defaults);
            Assert.Empty(grouper.Group(Array.Empty<Article>()));
            var single = Assert.Single(grouper.Group(new[] { CoverageTestData.Make("a", "Daily", null, Story) }));
            Assert.Equal(new[] { "a" }, single.ArticleIds);
            var groups = grouper.Group(new[]
            {
                CoverageTestData.Make("a", "Daily", null, Story),
                CoverageTestData.Make("b", "Herald", null, Story),
                CoverageTestData.Make("c", "Herald", null, ""),
                CoverageTestData.Make("d", "Post", null, "Quarterly profits at the mining group Ferrox rose 12% as iron ore prices climbed in Asia."),
            });
            Assert.Contains(groups, g => g.ArticleIds.SequenceEqual(new[] { "a", "b" }));
            Assert.Equal(3, groups.Count);
            Assert.Equal(new[] { "Daily", "Herald" }, groups.First(g => g.ArticleIds.Contains("a")).Outlets);
        }

        [SkippableFact]
        public void FiveArticleComparisonRunsUnderOneHundredMilliseconds()
        {
            var path = CoverageTestData.SharedFile("eval", "coverage", "dev.jsonl");
            Skip.IfNot(path != null, "../shared not found: eval/coverage/dev.jsonl");
            var five = CoverageTestData.DevArticles(path!).Where(x => x.EventId == "newswcl50-1").Select(x => x.Article).ToArray();
            Assert.Equal(5, five.Length);
            var comparer = new CoverageComparer(ConfigLoader.Defaults);
            comparer.Compare(five, "warm-up");
            var best = double.MaxValue;
            for (var run = 0; run < 3; run++)
            {
                var watch = Stopwatch.StartNew();
                var result = comparer.Compare(five, "newswcl50-1");
                watch.Stop();
                best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
                Assert.Equal(5, result.Summary.Outlets.Count);
            }

            output.WriteLine($"5-article comparison: {best:0.0} ms (best of 3)");
            Assert.True(best < 100, $"a 5-article comparison took {best:0} ms");
        }
    }
}
