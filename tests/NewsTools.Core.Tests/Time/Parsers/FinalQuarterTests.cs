using System;
using Xunit;

namespace NewsTools.Tests.Time.Parsers
{
    /// <summary>
    /// "the final quarter of 2004", "the final quarter of last year": the fourth quarter of the year written after it; without
    /// a year ("the final quarter of the game", "in the final quarter") it is a match's quarter, no date.
    /// </summary>
    public class FinalQuarterTests
    {
        private static readonly DateTime Reference = new DateTime(2005, 6, 1);

        private static string Tag(string sentence) => ParserHarness.Listed(sentence, Reference);

        [Theory]
        [InlineData("Sales fell in the final quarter of 2004.", "the final quarter of 2004=2004-Q4")]
        [InlineData("Profits rose in the final quarter of last year.", "the final quarter of last year=2004-Q4")]
        [InlineData("He scored twice in the final quarter of the game.", "")]
        [InlineData("Costs fell in the final quarter.", "")]
        public void TheFinalQuarterOfAYearIsItsFourth(string sentence, string expected)
        {
            Assert.Equal(expected, Tag(sentence));
        }
    }
}
