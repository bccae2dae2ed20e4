using System;
using System.Linq;
using Xunit;

namespace NewsTools.Tests.Time.Parsers
{
    /// <summary>
    /// "quarter" names three months of the calendar only on its own: before a noun of measure, spaced or hyphenated ("a
    /// quarter point", "quarter-finals", list timeFractionNouns), it is a fraction of that.
    /// A quarter of a time unit is that much of the next smaller unit: "a quarter-hour" and "a quarter of an hour" are
    /// PT15M, "a quarter-century" P25Y.
    /// </summary>
    public class QuarterOfMeasureTests
    {
        // A Sunday.
        private static readonly DateTime Reference = new DateTime(2019, 3, 3);

        private static string[] Found(string sentence) => ParserHarness.Found(sentence, Reference);

        [Theory]
        [InlineData("Economists expect three quarter-point cuts this year.", "this year = Date 2019")]
        [InlineData("The bank raised rates by a quarter point.")]
        [InlineData("Rates rose a quarter percentage point.")]
        [InlineData("Chelsea reached the quarter-finals.")]
        [InlineData("He ran the quarter-mile in 50 seconds.", "50 seconds = Duration PT50S")]
        [InlineData("The fund took a quarter stake in the firm.")]
        public void AQuarterOfSomethingElseIsNoPeriod(string sentence, params string[] expected)
        {
            Assert.Equal(expected, Found(sentence));
        }

        [Theory]
        [InlineData("Profits rose in the third quarter.", "the third quarter = Date 2018-Q3")]
        [InlineData("Sales fell in the quarter.", "the quarter = Date 2018-Q4")]
        [InlineData("The quarter ended with a loss.", "The quarter = Date 2018-Q4")]
        public void AQuarterOnItsOwnIsThreeMonths(string sentence, string expected)
        {
            Assert.Equal(new[] { expected }, Found(sentence));
        }

        [Theory]
        [InlineData("He spoke for a quarter-hour.", "a quarter-hour = Duration PT15M")]
        [InlineData("He spoke for a quarter of an hour.", "a quarter of an hour = Duration PT15M")]
        [InlineData("She waited three quarters of an hour.", "three quarters of an hour = Duration PT45M")]
        [InlineData("The party ruled for a quarter-century.", "a quarter-century = Duration P25Y")]
        [InlineData("It lasted a quarter of a century.", "a quarter of a century = Duration P25Y")]
        public void AQuarterOfATimeUnitIsALength(string sentence, string expected)
        {
            Assert.Equal(new[] { expected }, Found(sentence));
        }

        [Fact]
        public void TheUserExtendsTheNounsOfMeasure()
        {
            var config = UserConfig.DefaultsWith("wordLists:\n  timeFractionNouns: [tonne]\n");
            var found = new NewsTools.Time.TimeExpressionTagger(config).TagText("The mill sold a quarter tonne of flour.", Reference).Select(e => e.Text);
            Assert.Empty(found);
            Assert.Equal(new[] { "a quarter = Duration P1Q" }, Found("The mill sold a quarter tonne of flour."));
        }
    }
}
