using System;
using Xunit;

namespace NewsTools.Tests.Time.Parsers
{
    /// <summary>
    /// Results write a fiscal year short: "FY2024", "FY 2024" and "FY24" are the year as "fiscal 2024" is, and a quarter of
    /// one is that quarter ("Q3 FY24" 2024-Q3). "FY" is the fiscal modifier of the time vocabulary (timeModifiers).
    /// </summary>
    public class FiscalYearAbbreviationTests
    {
        private static readonly DateTime Reference = new DateTime(2023, 3, 10);

        private static string[] Found(string sentence) => ParserHarness.Found(sentence, Reference);

        [Theory]
        [InlineData("Revenue in FY2024 should beat the forecast.", "FY2024 = Date 2024")]
        [InlineData("Revenue in FY 2024 should beat the forecast.", "FY 2024 = Date 2024")]
        [InlineData("Revenue in FY24 should beat the forecast.", "FY24 = Date 2024")]
        [InlineData("Revenue in FY99 fell.", "FY99 = Date 1999")]
        [InlineData("Revenue in fiscal 2024 should beat the forecast.", "fiscal 2024 = Date 2024")]
        public void AFiscalYearWrittenShortIsTheYear(string sentence, string expected)
        {
            Assert.Equal(new[] { expected }, Found(sentence));
        }

        [Theory]
        [InlineData("Sales in Q3 FY24 rose.", "Q3 FY24 = Date 2024-Q3")]
        [InlineData("Sales in H1 fiscal 2019 rose.", "H1 fiscal 2019 = Date 2019-H1")]
        public void APeriodOfAFiscalYearIsThatPeriod(string sentence, string expected)
        {
            Assert.Equal(new[] { expected }, Found(sentence));
        }

        [Theory]
        [InlineData("The fiscal 24 plan was dropped.")]
        [InlineData("FYI the meeting moved.")]
        public void OtherWordsAndNumbersStayOut(string sentence)
        {
            Assert.Empty(Found(sentence));
        }
    }

    /// <summary>
    /// A season or British fiscal year written with a slash is its two years, as with a hyphen ("2018-19"): "the 2019/20
    /// season", "in 2005/06". Only consecutive years are: "2019/12" is no range.
    /// </summary>
    public class TwoYearSeasonTests
    {
        private static readonly DateTime Reference = new DateTime(2023, 3, 10);

        private static string[] Found(string sentence) => ParserHarness.Found(sentence, Reference);

        [Theory]
        [InlineData("The club won the 2019/20 cup.", "2019 = Date 2019", "20 = Date 2020")]
        [InlineData("Borrowing in 1999/00 fell.", "1999 = Date 1999", "00 = Date 2000")]
        [InlineData("The club won the 2018-19 title.", "2018 = Date 2018", "19 = Date 2019")]
        public void ASeasonWrittenWithASlashIsItsTwoYears(string sentence, params string[] expected)
        {
            Assert.Equal(expected, Found(sentence));
        }

        [Theory]
        [InlineData("Case 2019/21 was closed.")]
        [InlineData("Form 2019/12 was filed.")]
        public void NumbersThatAreNotConsecutiveYearsStayOut(string sentence)
        {
            Assert.Empty(Found(sentence));
        }

        [Theory]
        [InlineData("/20 was a season.")]
        [InlineData("Results for 2024/")]
        public void ASlashAtEitherEndOfTheTextIsNoSeason(string text)
        {
            // The fuzz test found the first: "/20" opening the text asked for the year two tokens before the first, and threw.
            Assert.DoesNotContain(Found(text), f => f.Contains("/", StringComparison.Ordinal));
        }
    }
}
