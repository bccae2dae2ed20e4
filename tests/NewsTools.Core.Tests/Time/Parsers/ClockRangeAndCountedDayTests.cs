using System;
using Xunit;

namespace NewsTools.Tests.Time.Parsers
{
    /// <summary>
    /// Both ends of a range of clock times are times ("from 10:00 to 11:30 GMT", "9:00-17:00"), where a bare "10:00" alone
    /// needs a word that puts it on the clock; a span counted forward from now is one date ("two years from now", as "two
    /// years ago" is); "the day after tomorrow" and "the day before yesterday" are one day each.
    /// </summary>
    public class ClockRangeAndCountedDayTests
    {
        // A Sunday.
        private static readonly DateTime Reference = new DateTime(2018, 1, 28);

        private static string[] Found(string sentence) => ParserHarness.Found(sentence, Reference);

        [Theory]
        [InlineData("The talks ran from 10:00 to 11:30 GMT.", "10:00 = Time 2018-01-28T10:00", "11:30 GMT = Time 2018-01-28T11:30Z")]
        [InlineData("The talks ran from 10:00 to 11:30.", "10:00 = Time 2018-01-28T10:00", "11:30 = Time 2018-01-28T11:30")]
        [InlineData("The talks ran 10:00 to 11:30 GMT.", "10:00 = Time 2018-01-28T10:00", "11:30 GMT = Time 2018-01-28T11:30Z")]
        [InlineData("The museum opens 9:00-17:00.", "9:00 = Time 2018-01-28T09:00", "17:00 = Time 2018-01-28T17:00")]
        [InlineData("Voting is open between 08:00 and 20:00.", "08:00 = Time 2018-01-28T08:00", "20:00 = Time 2018-01-28T20:00")]
        [InlineData("The talks ran from 10 a.m. to 11:30.", "10 a.m. = Time 2018-01-28T10:00", "11:30 = Time 2018-01-28T11:30")]
        public void BothEndsOfAClockRangeAreTimes(string sentence, string first, string second)
        {
            Assert.Equal(new[] { first, second }, Found(sentence));
        }

        [Theory]
        [InlineData("City won the final 3:1 after extra time.")]
        [InlineData("The sermon was on John 3:16 and its meaning.")]
        [InlineData("She won the marathon in 2:21 last year.", "last year = Date 2017")]
        [InlineData("The odds were 10:1 against.")]
        [InlineData("The score stood at 21-15 to 18:12 in the last set.")]
        public void ScoresVersesAndRaceTimesStayOut(string sentence, params string[] expected)
        {
            Assert.Equal(expected, Found(sentence));
        }

        [Theory]
        [InlineData("The plan ends two years from now.", "two years from now = Date 2020")]
        [InlineData("The ruling is due a week from today.", "a week from today = Date 2018-W05")]
        [InlineData("Ten days from now the ferry sails.", "Ten days from now = Date 2018-02-07")]
        public void ASpanCountedFromNowIsOneDate(string sentence, string expected)
        {
            Assert.Equal(new[] { expected }, Found(sentence));
        }

        [Theory]
        [InlineData("The minister will return the day after tomorrow.", "the day after tomorrow = Date 2018-01-30")]
        [InlineData("The minister arrived the day before yesterday.", "the day before yesterday = Date 2018-01-26")]
        public void TheDayAfterTomorrowIsOneDay(string sentence, string expected)
        {
            Assert.Equal(new[] { expected }, Found(sentence));
        }

        [Fact]
        public void TheDayAfterAnotherWordIsNotCounted()
        {
            // "the day after the vote" names no day word: only what the other rules find there.
            Assert.DoesNotContain(Found("Ministers met the day after the vote."), f => f.StartsWith("the day after", StringComparison.Ordinal));
        }
    }
}
