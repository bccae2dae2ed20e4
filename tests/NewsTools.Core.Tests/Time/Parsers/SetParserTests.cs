using System;
using NewsTools.Config;
using NewsTools.Time;
using NewsTools.Time.Parsers;
using Xunit;

namespace NewsTools.Tests.Time.Parsers
{
    public class SetParserTests
    {
        private static readonly DateTime Reference = new DateTime(2018, 1, 28);

        [Theory]
        [InlineData("The market opens every Monday.", "every", "every Monday", "XXXX-WXX-1")]
        [InlineData("The board meets each July.", "each", "each July", "XXXX-07")]
        [InlineData("Bins are emptied every other week.", "every", "every other week", "P2W")]
        [InlineData("The board meets every other Thursday.", "every", "every other Thursday", "XXXX-WXX-4")]
        [InlineData("He visits every second month.", "every", "every second month", "P2M")]
        [InlineData("Elections are held every third year.", "every", "every third year", "P3Y")]
        [InlineData("The scheme costs $1 billion a year.", "a", "a year", "P1Y")]
        [InlineData("The committee meets twice a month.", "a", "a month", "P1M")]
        [InlineData("Prices rose 3% a year for a decade.", "a", "a year", "P1Y")]
        public void RecurringTimesAndRates(string sentence, string start, string expression, string value)
        {
            var parser = new SetParser();
            Assert.Equal(expression, ParserHarness.Parse(parser, sentence, start).Text);
            Assert.Equal(value, ParserHarness.Value(parser, sentence, start, Reference));
        }

        [Theory]
        [InlineData("Bins are emptied every other week.", "every other week", "P2W")]
        [InlineData("The market opens every Monday.", "every Monday", "XXXX-WXX-1")]
        [InlineData("The menu changes each season.", "each season", "P3M")]
        [InlineData("The club meets each week.", "each week", "P1W")]
        [InlineData("Every spring the river floods the meadows.", "Every spring", "XXXX-SP")]
        [InlineData("The airline runs four flights a week to Bombay.", "a week", "P1W")]
        [InlineData("Over 50,000 records a year are sold.", "a year", "P1Y")]
        [InlineData("The farms make about 30,000 tonnes a year - and sell most abroad.", "a year", "P1Y")]
        [InlineData("The review said 140,000 new homes a year were needed.", "a year", "P1Y")]
        [InlineData("The airline added four extra flights a week to Bombay.", "a week", "P1W")]
        [InlineData("The field pumps about a million barrels of oil a day.", "a day", "P1D")]
        [InlineData("The software can create up to 2,000 new heads an hour.", "an hour", "PT1H")]
        public void TheTaggerReachesTheSetParser(string sentence, string expression, string value)
        {
            // The tagger tries a parser only where its declared start admits it: "every" must lead on through "other".
            var e = Assert.Single(new TimeExpressionTagger(ConfigLoader.Defaults).TagText(sentence, Reference));
            Assert.Equal(expression, e.Text);
            Assert.Equal(value, e.Value);
            Assert.Equal(TimexType.Set, e.Type);
        }

        [Theory]
        [InlineData("Profit was $5 million a year earlier.")]
        [InlineData("Sales were $2 million a year ago.")]
        [InlineData("He waited a year for the verdict.")]
        [InlineData("The talks ended after four rounds a week later.")]
        [InlineData("In 2005 this was a year of growth.")]
        [InlineData("The 20 empty rooms a year ago were full.")]
        [InlineData("About 300 people in London waited a year.")]
        public void ADatedOrCountedYearIsNoRate(string sentence)
        {
            Assert.Null(ParserHarness.Parse(new SetParser(), sentence, "a").Text);
        }

        [Theory]
        [InlineData("The paper is published daily.", "daily", "P1D")]
        [InlineData("The council meets weekly in the old town hall.", "weekly", "P1W")]
        [InlineData("Payments are made monthly and audited once a year.", "monthly", "P1M")]
        [InlineData("Sales are expected to rise 8% annually through 2030.", "annually", "P1Y")]
        [InlineData("The dividend adds C$17.9 million annually.", "annually", "P1Y")]
        [InlineData("Take one tablet twice daily, with food.", "daily", "P1D")]
        public void FrequencyAdverbsAreSets(string sentence, string expression, string value)
        {
            var e = Assert.Single(new TimeExpressionTagger(ConfigLoader.Defaults).TagText(sentence, Reference), x => x.Text == expression);
            Assert.Equal(value, e.Value);
            Assert.Equal(TimexType.Set, e.Type);
        }

        [Theory]
        [InlineData("Average daily volume was 133 million shares.")]
        [InlineData("The weekly report showed a rise in claims.")]
        [InlineData("The agency gives the daily tally of inspections.")]
        [InlineData("She writes for a weekly in Leeds.")]
        [InlineData("The Daily Mail ran the story.")]
        [InlineData("The official was quoted in China Daily on the ban.")]
        [InlineData("Critics wrote in Entertainment Weekly.")]
        [InlineData("Users may choose monthly or yearly subscriptions.")]
        public void FrequencyAdjectivesAndNounsAreLeftOut(string sentence)
        {
            Assert.Empty(new TimeExpressionTagger(ConfigLoader.Defaults).TagText(sentence, Reference));
        }

        [Theory]
        [InlineData("Two new ferries will sail on Monday and Tuesday nights.", "XXXX-WXX-1TNI", "XXXX-WXX-2TNI")]
        [InlineData("The shop stays open late on Friday or Saturday evenings.", "XXXX-WXX-5TEV", "XXXX-WXX-6TEV")]
        public void AWeekdayCoordinatedWithAPluralPartOfTheDaySharesIt(string sentence, string first, string second)
        {
            var found = new TimeExpressionTagger(ConfigLoader.Defaults).TagText(sentence, Reference);
            Assert.Equal(2, found.Count);
            Assert.Equal(TimexType.Set, found[0].Type);
            Assert.Equal(first, found[0].Value);
            Assert.Equal(TimexType.Set, found[1].Type);
            Assert.Equal(second, found[1].Value);
        }

        [Fact]
        public void AWeekdayBeforeASingleNightIsADay()
        {
            var found = new TimeExpressionTagger(ConfigLoader.Defaults).TagText("The talks ran on Monday and Tuesday night.", Reference);
            Assert.Equal(TimexType.Date, found[0].Type);
            Assert.Equal("2018-01-22", found[0].Value);
        }
    }
}
