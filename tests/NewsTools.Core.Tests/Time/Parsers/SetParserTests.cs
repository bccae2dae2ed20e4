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
        public void ADatedOrCountedYearIsNoRate(string sentence)
        {
            Assert.Null(ParserHarness.Parse(new SetParser(), sentence, "a").Text);
        }
    }
}
