using System;
using NewsTools.Time.Parsers;
using Xunit;

namespace NewsTools.Tests.Time.Parsers
{
    public class DurationParserTests
    {
        private static readonly DateTime Reference = new DateTime(1998, 2, 27);

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
        [InlineData("She was half a step behind.", "half")]
        public void RatesAgesFractionsAndOtherHalvesAreNotDurations(string sentence, string start)
        {
            Assert.Null(ParserHarness.Parse(new DurationParser(), sentence, start).Text);
        }
    }
}
