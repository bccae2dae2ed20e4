using System;
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
            Assert.Equal("years: 1931 / 1913", d.Detail);
        }

        [Fact]
        public void DayDatesAreReadWithTheConfiguredMonthNames()
        {
            // 'Marzo' is a month only once a user file adds it to the time vocabulary, the one month list of the engine.
            var a = CoverageTestData.Make("a", "Daily", null, Story.Replace("in March", "on 28 Marzo", StringComparison.Ordinal));
            var b = CoverageTestData.Make("b", "Herald", null, Story.Replace("in March", "on 29 Marzo", StringComparison.Ordinal));
            var withMarzo = UserConfig.DefaultsWith("wordLists:\n  timeMonths: [marzo 3]\n");

            string? DatesOf(NewsToolsConfig c) =>
                new CoverageComparer(c).Compare(new[] { a, b }, "g", _ => Array.Empty<Quote>(), default).Items
                    .Where(i => i.Kind == CoverageKind.Discrepancy).Select(i => i.Detail).FirstOrDefault(d => d != null && d.Contains("dates:", StringComparison.Ordinal));

            Assert.Null(DatesOf(ConfigLoader.Defaults));
            Assert.Contains("dates: mar 28 / mar 29", DatesOf(withMarzo), StringComparison.Ordinal);
        }

        [Fact]
        public void DifferentAmountsOfTheSameThingAreADiscrepancy()
        {
            var a = CoverageTestData.Make("a", "Daily", null, "The repair of the Harbour Street bridge cost the city 120 million dollars, the mayor said.");
            var b = CoverageTestData.Make("b", "Herald", null, "The Harbour Street bridge repair ran late and cost 140 million dollars, according to council figures.");
            var d = Assert.Single(Compare(a, b).Items, i => i.Kind == CoverageKind.Discrepancy);
            Assert.Equal("amounts: 120 million / 140 million", d.Detail);
        }

        [Theory]
        [InlineData("voted to accept a 6% rise backdated to January", "voted to accept a 5% pay rise", "amounts: 6% / 5%")]
        [InlineData("voted to accept a 6 per cent rise", "voted to accept a 5 percent pay rise", "amounts: 6 per cent / 5 percent")]
        public void DifferentPercentagesAreADiscrepancyWhateverFollowsThem(string first, string second, string detail)
        {
            // A percentage's unit is the percent sign or word, not the noun after it ("6% rise" / "5% pay rise").
            var a = CoverageTestData.Make("a", "Daily", null, "Dock workers in Kestrel Bay " + first + ", the union said.");
            var b = CoverageTestData.Make("b", "Herald", null, "Dock workers in Kestrel Bay " + second + ", the union said.");
            var d = Assert.Single(Compare(a, b).Items, i => i.Kind == CoverageKind.Discrepancy);
            Assert.Equal(detail, d.Detail);
        }

        [Fact]
        public void AnAmountThatEndsTheSentenceIsComparedWithTheOneAfterTheSameWord()
        {
            // "fell to 3.96%." ends its sentence; the other side gives two percentages, and the one "to" also precedes is its match.
            var a = CoverageTestData.Make("a", "Daily", null, "Stocks in Kestrel Bay rallied on Wednesday as the yield on the two-year harbour bond fell to 3.96%.");
            var b = CoverageTestData.Make("b", "Herald", null,
                "Stocks in Kestrel Bay rallied on Wednesday, closing up 1.1 per cent, while the yield on the two-year harbour bond fell to 3.98 per cent.");
            var d = Assert.Single(Compare(a, b).Items, i => i.Kind == CoverageKind.Discrepancy);
            Assert.Equal("amounts: 3.96% / 3.98 per cent", d.Detail);
        }

        [Fact]
        public void WithTwoAmountsOfTheUnitAndNoneAfterTheSameWordNoneIsPaired()
        {
            var a = CoverageTestData.Make("a", "Daily", null, "Stocks in Kestrel Bay rallied on Wednesday as the harbour bond yield dropped 3.96%.");
            var b = CoverageTestData.Make("b", "Herald", null,
                "Stocks in Kestrel Bay rallied on Wednesday, closing up 1.1 per cent, while the harbour bond yield fell to 3.98 per cent.");
            Assert.DoesNotContain(Compare(a, b).Items, i => i.Kind == CoverageKind.Discrepancy && i.Detail!.StartsWith("amounts", StringComparison.Ordinal));
        }

        [Fact]
        public void TheSamePercentageWrittenTwoWaysAgrees()
        {
            var a = CoverageTestData.Make("a", "Daily", null, "Dock workers in Kestrel Bay voted to accept a 6% rise, the union said.");
            var b = CoverageTestData.Make("b", "Herald", null, "Dock workers in Kestrel Bay voted to accept a 6 percent pay rise, the union said.");
            Assert.DoesNotContain(Compare(a, b).Items, i => i.Kind == CoverageKind.Discrepancy);
        }

        [Fact]
        public void AThousandCopiesOfAWireStoryAreOneGroup()
        {
            var articles = Enumerable.Range(0, 1000).Select(i => CoverageTestData.Make("copy-" + i, "Site " + i, "Bridge closes", Story)).ToList();
            articles.Add(CoverageTestData.Make("other", "Post", "Frost", "A late frost destroyed most of the early apple blossom in the Kessel Valley, growers said on Thursday."));
            articles.Add(CoverageTestData.Make("rewrite", "Gazette", "Harbour Street bridge to close", Story.Replace("Tuesday", "Tuesday evening", StringComparison.Ordinal)));
            var groups = new EventGrouper(ConfigLoader.Defaults).Group(articles);
            Assert.Equal(2, groups.Count);
            var wire = groups.Single(g => g.ArticleIds.Contains("copy-0"));
            Assert.Equal(1001, wire.Count);
            Assert.Contains("rewrite", wire.ArticleIds);
            Assert.Equal(Enumerable.Range(0, 1000).Concat(new[] { 1001 }), wire.ArticleIndexes);
        }

        [Fact]
        public void ASynonymIsWordingButADifferentActorIsADiscrepancy()
        {
            var a = CoverageTestData.Make("a", "Daily", null, "The justices heard arguments in an enormous discrimination case against the retailer Walton on Tuesday.\n\nThe proposal, which Mr. Lopez unveiled in a short address, appeared dead on arrival.");
            var b = CoverageTestData.Make("b", "Herald", null, "The justices heard arguments in a massive discrimination case against the retailer Walton on Tuesday.\n\nThe proposal, which Senate Republicans unveiled in a bill, appeared dead on arrival.");
            var rows = Compare(a, b).Items;
            var d = Assert.Single(rows, i => i.Kind == CoverageKind.Discrepancy);
            Assert.Equal("'Lopez unveiled' / 'Senate Republicans unveiled'", d.Detail);
            Assert.Contains(rows, i => i.Kind == CoverageKind.Framing && i.Detail == "Wording" && i.Texts[0].Text == "an enormous" && i.Texts[1].Text == "a massive");
        }

        [Fact]
        public void AnOutletCreditingItselfInTheDatelineIsNotWording()
        {
            var a = CoverageTestData.Make("a", "Daily", null, "KESSEL (Daily News) - The justices heard arguments in an enormous discrimination case against the retailer Walton on Tuesday.");
            var b = CoverageTestData.Make("b", "Herald", null, "KESSEL (Evening Herald) - The justices heard arguments in a massive discrimination case against the retailer Walton on Tuesday.");
            var rows = Compare(a, b).Items;
            var wording = Assert.Single(rows, i => i.Kind == CoverageKind.Framing && i.Detail == "Wording");
            Assert.Equal(new[] { "an enormous", "a massive" }, wording.Texts.Select(t => t.Text));
            var fact = Assert.Single(rows, i => i.Kind == CoverageKind.Fact && i.Sources.Count == 2);
            Assert.DoesNotContain("Herald", fact.Difference, StringComparison.Ordinal);
        }

        [Fact]
        public void ArticlesInAnotherLanguageAreNotGroupedForTheirGrammar()
        {
            var articles = new[]
            {
                CoverageTestData.Make("de-bridge", "Zeitung", null, "Der Stadtrat hat am Dienstag beschlossen, die Brücke an der Hafenstraße für Reparaturen zu schließen. Die Brücke ist nicht mehr sicher, und der Verkehr wird über die Mühlenstraße umgeleitet."),
                CoverageTestData.Make("de-frost", "Kurier", null, "Ein später Frost hat in der Nacht die meisten Apfelblüten im Kesseltal zerstört. Die Bauern sind verzweifelt, und die Genossenschaft wird die Regierung um Hilfe bitten."),
                CoverageTestData.Make("en-1", "Daily", null, Story),
                CoverageTestData.Make("en-2", "Post", null, "Quarterly profits at the mining group Ferrox rose 12% as iron ore prices climbed in Asia."),
            };
            var groups = new EventGrouper(ConfigLoader.Defaults).Group(articles);
            Assert.Equal(4, groups.Count);
        }

        [Fact]
        public void CancelledGroupingAndComparisonStop()
        {
            using var cancel = new System.Threading.CancellationTokenSource();
            cancel.Cancel();
            var articles = new[] { CoverageTestData.Make("a", "Daily", null, Story), CoverageTestData.Make("b", "Post", null, Story) };
            Assert.ThrowsAny<OperationCanceledException>(() => new EventGrouper(ConfigLoader.Defaults).Group(articles, cancel.Token));
            Assert.ThrowsAny<OperationCanceledException>(() => new CoverageComparer(ConfigLoader.Defaults).Compare(articles, "g", _ => Array.Empty<Quote>(), cancel.Token));
        }

        [Fact]
        public void AFaultInTheQuoteEngineCostsOnlyItsRows()
        {
            var result = new CoverageComparer(ConfigLoader.Defaults).Compare(
                new[] { CoverageTestData.Make("a", "Daily", null, Story), CoverageTestData.Make("b", "Post", null, Story) },
                "g",
                a => a.Id == "b" ? throw new InvalidOperationException("boom") : Array.Empty<Quote>(),
                default);
            Assert.Contains(result.Summary.Warnings, w => w.Contains("'b'", StringComparison.Ordinal) && w.Contains("boom", StringComparison.Ordinal));
            Assert.Equal(3, result.Summary.Facts);
        }

        [Fact]
        public void NullArticleIsAClearError()
        {
            var ex = Assert.Throws<NewsToolsException>(() => new EventGrouper(ConfigLoader.Defaults).Group(new Article[] { CoverageTestData.Make("a", "Daily", null, Story), null! }));
            Assert.Equal("NullArticle", ex.ErrorId);
        }

        [Fact]
        public void CallingAGovernmentByItsCapitalIsAFramingRow()
        {
            var a = CoverageTestData.Make("a", "Daily", null, "Beijing warned Tokyo on Monday. Beijing said the patrols would go on, and Beijing sent two more ships to the islands.");
            var b = CoverageTestData.Make("b", "Herald", null, "China warned Japan on Monday. China said the patrols would go on, and China sent two more ships to the islands.");
            var naming = Assert.Single(Compare(a, b).Items, i => i.Kind == CoverageKind.Framing && i.Detail == "Naming");
            Assert.Equal("China", naming.Speaker);
            Assert.Equal(new[] { "Beijing 3", "China 3" }, naming.Texts.Select(t => t.Text));
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
        public void EmptyArticleIsLeftOutWithAWarning()
        {
            var result = Compare(CoverageTestData.Make("a", "Daily", null, Story), CoverageTestData.Make("empty", "Herald", null, "  \n "), CoverageTestData.Make("b", "Post", null, Story));
            Assert.Equal(new[] { "Daily", "Post" }, result.Summary.Outlets);
            Assert.Equal(new[] { "a", "b" }, result.Summary.ArticleIds);
            Assert.Contains(result.Summary.Warnings, w => w.Contains("'empty' has no text", StringComparison.Ordinal));
            Assert.All(result.Items, i => Assert.DoesNotContain("Herald", i.MissingFrom));
        }

        [Fact]
        public void OnlyEmptyArticlesIsAClearError()
        {
            var ex = Assert.Throws<NewsToolsException>(() => Compare(CoverageTestData.Make("empty", "Herald", null, "")));
            Assert.Equal("EmptyArticles", ex.ErrorId);
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
            Assert.Contains(groups, g => g.ArticleIds.SequenceEqual(new[] { "a", "b" }) && g.ArticleIndexes.SequenceEqual(new[] { 0, 1 }));
            Assert.Equal(3, groups.Count);
            Assert.Equal(new[] { "Daily", "Herald" }, groups.First(g => g.ArticleIds.Contains("a")).Outlets);
        }
    }
}
