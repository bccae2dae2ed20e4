using System;
using NewsTools.Time.Parsers;
using Xunit;

namespace NewsTools.Tests.Time.Parsers
{
    public class DurationParserTests
    {
        private static readonly DateTime Reference = new DateTime(1998, 2, 27);

        [Fact]
        public void TheCountedUnitsKeptForAParagraphDoNotCarryIntoTheNext()
        {
            // The scan keeps the counted units last read at a token for the parser after; the tagger reuses one scan for every
            // paragraph, so the same token index in the next paragraph ("two" again) must be read afresh.
            var article = NewsTools.Tests.Time.TimeTestArticles.Make("Two years ago it closed.\n\nTwo apples fell.\n\nTwo weeks later it opened.", Reference);
            var found = new NewsTools.Time.TimeExpressionTagger(NewsTools.Config.ConfigLoader.Defaults).Tag(article);
            Assert.Equal(new[] { "Two years ago", "Two weeks" }, System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(found, e => e.Text)));
        }

        [Theory]
        [InlineData("He served for five years in the post.", "five", "five years", "P5Y")]
        [InlineData("Kono began a two-day visit.", "two", "two-day", "P2D")]
        [InlineData("The talks lasted more than four hours.", "more", "more than four hours", "PT4H")]
        [InlineData("It took 2 1/2 years to build.", "2", "2 1/2 years", "P2Y6M")]
        [InlineData("The flight lasted 5 1/2 hours.", "5", "5 1/2 hours", "PT5H30M")]
        [InlineData("The silence lasted a minute and a half.", "a", "a minute and a half", "PT1M30S")]
        [InlineData("The war went on for a decade and a half.", "a", "a decade and a half", "P15Y")]
        [InlineData("They met for a half-hour on Tuesday.", "a", "a half-hour", "PT30M")]
        [InlineData("The vote took half an hour.", "half", "half an hour", "PT30M")]
        [InlineData("A 48-hour strike began.", "48", "48-hour", "PT48H")]
        [InlineData("The ban lasts no more than sixty days.", "no", "no more than sixty days", "P60D")]
        [InlineData("Appeals take no less than a year.", "no", "no less than a year", "P1Y")]
        [InlineData("He will stay an additional year.", "an", "an additional year", "P1Y")]
        [InlineData("The court gave them an extra day.", "an", "an extra day", "P1D")]
        [InlineData("Talks could take couple of weeks.", "couple", "couple of weeks", "P2W")]
        [InlineData("Eight trading days later, the index had fallen.", "Eight", "Eight trading days", "P8D")]
        [InlineData("Refunds take five business days.", "five", "five business days", "P5D")]
        [InlineData("Profits fell for two straight years.", "two", "two straight years", "P2Y")]
        [InlineData("She began a two-week-long tour.", "two", "two-week-long", "P2W")]
        [InlineData("Unions called a single-day strike.", "single", "single-day", "P1D")]
        [InlineData("Not a single year passed without a strike.", "single", "single year", "P1Y")]
        [InlineData("Workers began a week-long strike.", "a", "week-long", "P1W")]
        public void CountsAmountsUnitsAndHalves(string sentence, string start, string expression, string value)
        {
            var parser = new DurationParser();
            Assert.Equal(expression, ParserHarness.Parse(parser, sentence, start).Text);
            Assert.Equal(value, ParserHarness.Value(parser, sentence, start, Reference));
        }

        [Theory]
        [InlineData("Shares rose $5 a year.", "a")]
        [InlineData("He is 52 years old.", "52")]
        [InlineData("A quarter of the vote went to him.", "A")]
        [InlineData("Sales dropped by nearly a quarter from the same period.", "nearly")]
        [InlineData("It could cut the risk by up to a quarter.", "up")]
        [InlineData("It could cut the risk by up to a quarter.", "a")]
        [InlineData("Output fell by half last year.", "half")]
        [InlineData("She was half a step behind.", "half")]
        [InlineData("There is no more time to lose.", "no")]
        [InlineData("No more than five people came.", "No")]
        [InlineData("The trading day ended early.", "The")]
        public void RatesAgesFractionsAndOtherHalvesAreNotDurations(string sentence, string start)
        {
            Assert.Null(ParserHarness.Parse(new DurationParser(), sentence, start).Text);
        }

        [Theory]
        [InlineData("Prices will rise over the next couple of years.", "the next couple of years", "P2Y")]
        [InlineData("Sales fell over the past couple of weeks.", "the past couple of weeks", "P2W")]
        public void ACoupleIsTwoInACountedSpan(string sentence, string expression, string value)
        {
            var e = Assert.Single(new NewsTools.Time.TimeExpressionTagger(NewsTools.Config.ConfigLoader.Defaults).TagText(sentence, Reference));
            Assert.Equal(expression, e.Text);
            Assert.Equal(value, e.Value);
        }

        [Theory]
        [InlineData("Prices have risen over the past decade.", "the past decade", "DURATION", "P10Y")]
        [InlineData("Wages have lagged for the last decade.", "the last decade", "DURATION", "P10Y")]
        [InlineData("Inflation ate their savings in the last decade.", "the last decade", "DATE", "198X")]
        [InlineData("Emissions have halved over the last two decades.", "the last two decades", "DURATION", "P20Y")]
        [InlineData("The lake has shrunk by a third in about a decade.", "about a decade", "DURATION", "P10Y")]
        [InlineData("The troops will stay for a while.", "a while", "DURATION", "PXX")]
        [InlineData("The forces could be in the region for some time.", "some time", "DURATION", "PXX")]
        [InlineData("Funds may have to sell bonds in the weeks ahead.", "the weeks ahead", "DURATION", "PXW")]
        [InlineData("Many patients have died over the years.", "the years", "DURATION", "PXY")]
        [InlineData("Thousands were taken prisoner in the first hours of the war.", "the first hours", "DURATION", "PTXH")]
        [InlineData("It returned to profit after several quarters of losses.", "several quarters", "DURATION", "PXQ")]
        [InlineData("The merger follows months of talks between the banks.", "months", "DURATION", "PXM")]
        [InlineData("After years of war, the border reopened.", "years", "DURATION", "PXY")]
        [InlineData("Weeks of protests brought the government down.", "Weeks", "DURATION", "PXW")]
        [InlineData("The heady days of swelling sales have passed.", "days", "DURATION", "PXD")]
        public void SpansWithoutACalendarPlace(string sentence, string expression, string type, string value)
        {
            var e = Assert.Single(new NewsTools.Time.TimeExpressionTagger(NewsTools.Config.ConfigLoader.Defaults).TagText(sentence, Reference));
            Assert.Equal(expression, e.Text);
            Assert.Equal(type, e.Type.ToString().ToUpperInvariant());
            Assert.Equal(value, e.Value);
        }

        [Theory]
        [InlineData("A while ago the plant closed.")]
        [InlineData("Some time in May the plant closed.")]
        [InlineData("The years of war left the town in ruins.")]
        [InlineData("Over the years 1990 to 1995 the town grew.")]
        [InlineData("They owed taxes for the years from 2000 onwards.")]
        [InlineData("He was criticised in some quarters of the party.")]
        [InlineData("She named the days of the week in French.")]
        [InlineData("Almost three-quarters of messages were junk.")]
        public void SpanWordsOutsideTheirPhraseAreNoDurations(string sentence)
        {
            var found = new NewsTools.Time.TimeExpressionTagger(NewsTools.Config.ConfigLoader.Defaults).TagText(sentence, Reference);
            Assert.DoesNotContain(found, x => x.Type == NewsTools.Time.TimexType.Duration);
        }

        [Theory]
        [InlineData("The trial is expected to last two months.", "two months", "P2M")]
        [InlineData("Officials said the trial could last five months.", "five months", "P5M")]
        [InlineData("The talks may last a week or so.", "a week or so", "P1W")]
        public void LastAfterAModalOrToBeforeACountIsTheVerb(string sentence, string expression, string value)
        {
            var e = Assert.Single(new NewsTools.Time.TimeExpressionTagger(NewsTools.Config.ConfigLoader.Defaults).TagText(sentence, Reference));
            Assert.Equal((expression, value, NewsTools.Time.Tense.Future), (e.Text, e.Value, e.Tense));
        }

        [Theory]
        [InlineData("Growth slowed compared to last year.", "last year", "1997")]
        [InlineData("Jobs fell in the months up to last November.", "last November", "1997-11")]
        public void LastAfterAPrepositionToBeforeACalendarNameIsTheModifier(string sentence, string expression, string value)
        {
            var e = Assert.Single(new NewsTools.Time.TimeExpressionTagger(NewsTools.Config.ConfigLoader.Defaults).TagText(sentence, Reference));
            Assert.Equal((expression, value), (e.Text, e.Value));
        }

        [Theory]
        [InlineData("She believes the town will one day be a city.", "DATE", "FUTURE_REF")]
        [InlineData("The strike will last one day.", "DURATION", "P1D")]
        [InlineData("The wait for a visa was cut to one day.", "DURATION", "P1D")]
        [InlineData("The festival ran for one day only.", "DURATION", "P1D")]
        public void OneDayAfterAFutureAuxiliaryIsSomeDayToCome(string sentence, string type, string value)
        {
            var found = new NewsTools.Time.TimeExpressionTagger(NewsTools.Config.ConfigLoader.Defaults).TagText(sentence, Reference);
            var e = Assert.Single(found, x => x.Text.EndsWith("one day", StringComparison.Ordinal));
            Assert.Equal(type, e.Type.ToString().ToUpperInvariant());
            Assert.Equal(value, e.Value);
        }
    }
}
