using System;
using Xunit;

namespace NewsTools.Tests.Time.Parsers
{
    /// <summary>
    /// "this time last year", "the same time next year", "this time last week": the same point of the year or the week,
    /// one away, as one expression; a year away is the month, a week away the day, never the whole year or week.
    /// </summary>
    public class SameTimeOneAwayTests
    {
        // Wednesday 1 June 2005.
        private static readonly DateTime Reference = new DateTime(2005, 6, 1);

        private static string Tag(string sentence) => ParserHarness.Listed(sentence, Reference);

        [Theory]
        [InlineData("Sales rose 5% compared with this time last year.", "this time last year=2004-06")]
        [InlineData("At the same time last year, prices were falling.", "the same time last year=2004-06")]
        [InlineData("By this time next year the plant will be open.", "this time next year=2006-06")]
        [InlineData("This time last week he was in Paris.", "This time last week=2005-05-25")]
        public void TheSameTimeOneUnitAwayIsOneExpression(string sentence, string expected)
        {
            Assert.Equal(expected, Tag(sentence));
        }

        [Fact]
        public void ACommaAfterThisTimeLeavesTheYearAlone()
        {
            Assert.Equal("last year=2004", Tag("This time, last year was different."));
        }
    }
}
