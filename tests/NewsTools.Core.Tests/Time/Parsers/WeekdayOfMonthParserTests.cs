using System;
using Xunit;

namespace NewsTools.Tests.Time.Parsers
{
    /// <summary>
    /// A weekday counted within a month is one day, placed in a year as a named day is: "the last Friday of April", "the
    /// first Monday in May 2019"; not "last Friday" and a month apart. A count the month does not hold names no day.
    /// </summary>
    public class WeekdayOfMonthParserTests
    {
        // A Tuesday.
        private static readonly DateTime Reference = new DateTime(2024, 2, 6);

        private static string[] Found(string sentence) => ParserHarness.Found(sentence, Reference);

        [Theory]
        [InlineData("The board will hold its annual meeting on the last Friday of April.", "the last Friday of April = Date 2024-04-26")]
        [InlineData("It will vote on the third Thursday of November 2025.", "the third Thursday of November 2025 = Date 2025-11-20")]
        [InlineData("The fair opens on the first Monday in June.", "the first Monday in June = Date 2024-06-03")]
        [InlineData("He spoke on the last Sunday of December.", "the last Sunday of December = Date 2023-12-31")]
        [InlineData("The final Friday in March is a holiday.", "The final Friday in March = Date 2024-03-29")]
        public void AWeekdayCountedInAMonthIsOneDay(string sentence, string expected)
        {
            Assert.Equal(new[] { expected }, Found(sentence));
        }

        [Fact]
        public void ACountTheMonthDoesNotHoldIsNoDay()
        {
            // February 2024 has four Fridays.
            Assert.Equal(new[] { "the fifth Friday of February 2024 = Date " }, Found("There is no meeting on the fifth Friday of February 2024."));
        }

        [Theory]
        [InlineData("Last Friday in London, officials met.", "Last Friday = Date 2024-02-02")]
        [InlineData("The first Mondays of each month are quiet.", "Mondays = Set XXXX-WXX-1", "each month = Set P1M")]
        public void AWeekdayWithoutAMonthOrInThePluralStaysAsItWas(string sentence, params string[] expected)
        {
            Assert.Equal(expected, Found(sentence));
        }
    }
}
