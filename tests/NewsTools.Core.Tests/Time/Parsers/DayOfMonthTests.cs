using System;
using Xunit;

namespace NewsTools.Tests.Time.Parsers
{
    /// <summary>
    /// A day of a month written with "of", as British and Asian newspapers write it: "the 1st of March 2018", "the 3rd of
    /// May", "the first of June", "the twenty-first of April 1990" are days, where only the month was found; an ordinal
    /// written with its tens is one ordinal for a century too.
    /// </summary>
    public class DayOfMonthTests
    {
        // Late May 2018.
        private static readonly DateTime Reference = new DateTime(2018, 5, 28);

        [Theory]
        [InlineData("The vote is on the 1st of March 2018.", "1st of March 2018 = Date 2018-03-01")]
        [InlineData("Talks began on the 3rd of May.", "3rd of May = Date 2018-05-03")]
        [InlineData("The deadline is the first of June.", "first of June = Date 2018-06-01")]
        [InlineData("He was born on the twenty-first of April 1990.", "twenty-first of April 1990 = Date 1990-04-21")]
        [InlineData("It opens 1st March 2018.", "1st March 2018 = Date 2018-03-01")]
        public void AnOrdinalOfAMonthIsThatDay(string sentence, string expected)
        {
            Assert.Equal(new[] { expected }, ParserHarness.Found(sentence, Reference));
        }

        [Theory]
        [InlineData("She was the first of many to leave.")]
        [InlineData("It was the second of three votes.")]
        public void AnOrdinalWithoutAMonthIsNoDay(string sentence)
        {
            Assert.Empty(ParserHarness.Found(sentence, Reference));
        }

        [Fact]
        public void AnOrdinalWithItsTensIsOneOrdinalForACenturyToo()
        {
            // Read from "first" alone, "the twenty-first century" was the first century (value "00").
            Assert.Equal(new[] { "twenty-first century = Date 20" }, ParserHarness.Found("The twenty-first century began quietly.", Reference));
        }
    }
}
