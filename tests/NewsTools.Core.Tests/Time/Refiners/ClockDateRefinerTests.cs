using System;
using System.Linq;
using NewsTools.Config;
using NewsTools.Time;
using NewsTools.Tests.Time.Parsers;
using Xunit;

namespace NewsTools.Tests.Time.Refiners
{
    /// <summary>A clock time takes the date written after it, also past the same time given in another zone in brackets.</summary>
    public class ClockDateRefinerTests
    {
        // Thursday 14 November 2024.
        private static readonly DateTime Reference = new DateTime(2024, 11, 14);

        private static string Found(string sentence) =>
            ParserHarness.Listed(sentence, Reference);

        [Theory]
        [InlineData("The probe will reach orbit at 8 a.m. local time (0600 GMT) on Wednesday.",
            "8 a.m.=2024-11-20T08:00 | 0600 GMT=2024-11-20T06:00Z | Wednesday=2024-11-20")]
        [InlineData("The rocket will lift off at 10:30 a.m. EST (1530 GMT), Nov. 21.",
            "10:30 a.m. EST=2024-11-21T10:30-05:00 | 1530 GMT=2024-11-21T15:30Z | Nov. 21=2024-11-21")]
        public void BothTimesAroundABracketTakeTheDateAfterThem(string sentence, string expected)
        {
            Assert.Equal(expected, Found(sentence));
        }

        [Fact]
        public void WithoutADateAfterTheBracketTheTimesKeepTheArticlesDay()
        {
            Assert.Equal("8 a.m.=2024-11-14T08:00 | 0600 GMT=2024-11-14T06:00Z", Found("The probe reached orbit at 8 a.m. local time (0600 GMT)."));
        }
    }
}
