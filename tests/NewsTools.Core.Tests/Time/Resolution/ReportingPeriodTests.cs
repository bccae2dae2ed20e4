using System;
using System.Linq;
using NewsTools.Config;
using NewsTools.Time;
using Xunit;

namespace NewsTools.Tests.Time.Resolution
{
    /// <summary>The periods of an earnings report: which quarter or year a comparison with "a year ago" or "the year-ago period" means.</summary>
    public class ReportingPeriodTests
    {
        private static readonly DateTime Reference = new DateTime(1989, 10, 26);

        private static TimeExpression Find(string text, string expression) =>
            new TimeExpressionTagger(ConfigLoader.Defaults).TagText(text, Reference).Single(e => e.Text == expression);

        [Theory]
        [InlineData("Acme lost $3 million in the third quarter. For the quarter a year ago, Acme reported earnings of $16 million.", "the quarter a year ago")]
        [InlineData("Acme lost $3 million in the third quarter. This compares with net income of $1.8 million for the corresponding period last year.", "the corresponding period last year")]
        [InlineData("Acme lost $3 million in the third quarter. Sales for last year's quarter were about $3 million.", "last year's quarter")]
        [InlineData("Acme lost $3 million in the third quarter, against a profit in the comparable year-ago quarter.", "the comparable year-ago quarter")]
        public void ThePeriodUnderDiscussionAYearBeforeIsOneExpression(string text, string expression)
        {
            var found = Find(text, expression);
            Assert.Equal("1988-Q3", found.Value);
        }

        [Fact]
        public void TheThirdQuarterLastYearIsThatQuarterOfTheYearBefore()
        {
            Assert.Equal("1988-Q3", Find("Sales were flat in the third quarter last year.", "the third quarter last year").Value);
        }

        [Fact]
        public void AYearEarlierCountedSpanIsADuration()
        {
            var found = Find("Acme posted lower third-quarter profit. Net for the year-earlier nine months included a gain of $9 million.", "the year-earlier nine months");
            Assert.Equal(TimexType.Duration, found.Type);
            Assert.Equal("P9M", found.Value);
        }

        [Fact]
        public void AfterASpanOfMonthsTheComparisonIsWithTheYearBefore()
        {
            // The quarter was the topic; "For the nine months" moves the report to the year to date, and "a year earlier" follows it.
            const string text = "Acme posted lower third-quarter profit, down from a year earlier. For the nine months, net was $5 million, compared "
                + "with $4 million a year earlier. In the first nine months, sales rose from the 1988 period.";
            var found = new TimeExpressionTagger(ConfigLoader.Defaults).TagText(text, Reference);
            var earlier = found.Where(e => e.Text == "a year earlier").Select(e => e.Value).ToList();
            Assert.Equal(new[] { "1988-Q3", "1988" }, earlier);
            Assert.Equal("1988", found.Single(e => e.Text == "the 1988 period").Value);
        }

        [Theory]
        [InlineData("Output grew 4% in the year to March 1990.")]
        [InlineData("Sales rose 9% in the year to 31 July, the firm said.")]
        public void TheYearToAMonthIsATwelveMonthSpanAsTheYearEndedIs(string text)
        {
            var found = Find(text, "the year");
            Assert.Equal(TimexType.Duration, found.Type);
            Assert.Equal("P1Y", found.Value);
        }

        [Fact]
        public void TheYearToDateIsNoSpanEndingAtAMonth()
        {
            Assert.Equal("1989", Find("Sales are up 3% for the year to date.", "the year").Value);
        }

        [Fact]
        public void AnEarlierQuarterNamedAfterTheReportedOneIsAComparisonNotANewReport()
        {
            // The second quarter is background to the third-quarter report; the comparisons after it still count from the third.
            const string text = "Acme posted higher third-quarter profit. After a weak second quarter, Acme credited its shoe business. "
                + "Charges taken in the year-earlier period also helped. In the 1989 period, costs were lower than a year ago.";
            Assert.Equal("1988-Q3", Find(text, "the year-earlier period").Value);
            Assert.Equal("1988-Q3", Find(text, "a year ago").Value);
            Assert.Equal("1989-Q3", Find(text, "the 1989 period").Value);
        }

        [Fact]
        public void AFiscalQuarterNamedLaterIsANewReportWhateverItsNumber()
        {
            // A fiscal quarter counts from the company's own year start: "fiscal second-quarter" after a calendar third quarter is
            // another company's report, and "the year-ago period" then counts from it.
            const string text = "Acme posted higher third-quarter profit. Separately, Zenith reported a loss for its fiscal second-quarter. "
                + "In the year-ago period, Zenith earned $2 million.";
            Assert.Equal("1988-Q2", Find(text, "the year-ago period").Value);
        }

        [Fact]
        public void ABackwardComparisonCountsFromTheReportedQuarterNotAForecastOne()
        {
            const string text = "Acme posted lower third-quarter profit. Analysts expect the slump to continue into the fourth quarter. "
                + "In the year-ago period, Acme earned $5 million.";
            Assert.Equal("1988-Q3", Find(text, "the year-ago period").Value);
        }

        [Fact]
        public void TheLatestPeriodIsTheQuarterTheReportIsAbout()
        {
            // A fiscal fourth quarter ended in September is the latest period of the report, not the last calendar quarter.
            Assert.Equal("1989-Q4", Find("Acme reported a drop in fiscal fourth-quarter earnings. Sales in the latest period rose 13%.", "the latest period").Value);
        }

        [Fact]
        public void AQuarterUnderWayNamedOutsideAPastReportIsNotTheLatestPeriod()
        {
            // In late October the fourth quarter has begun, but a present-tense clause about its prospects reports nothing on it.
            const string text = "Acme posted lower third-quarter profit. The company has no estimate of the storm's effect on "
                + "fourth-quarter results. In the latest quarter, Acme lost $2 million on its home line.";
            Assert.Equal("1989-Q3", Find(text, "the latest quarter").Value);
        }

        [Fact]
        public void ANamedQuarterTakesTheYearOfTheDayItEnded()
        {
            // Told on Oct. 26, 1989, "ended Oct. 31" is 1988's, and so are that second quarter and "that quarter" after it.
            const string text = "Acme changed its fiscal year last winter. In the second quarter ended Oct. 31, Acme lost $4 million. "
                + "Results for that quarter included a $3 million charge.";
            var found = new TimeExpressionTagger(ConfigLoader.Defaults).TagText(text, Reference);
            Assert.Equal("1988-10-31", found.Single(e => e.Text == "Oct. 31").Value);
            Assert.Equal("1988-Q2", found.Single(e => e.Text == "the second quarter").Value);
            Assert.Equal("1988-Q2", found.Single(e => e.Text == "that quarter").Value);
        }

        [Fact]
        public void AQuarterNamedByItsEndIsTheCalendarQuarterHoldingMostOfIt()
        {
            // May, June and July: the second calendar quarter, not the third that July 31 falls in.
            Assert.Equal("1989-Q2", Find("In the quarter ended July 31, Acme sold 40,000 lamps.", "the quarter").Value);
        }

        [Fact]
        public void AQuarterThatEndedOnADayIsPlacedByThatDay()
        {
            // Told in late October 1989, "Dec. 31" is last December's: the quarter is 1988's fourth, not this year's.
            Assert.Equal("1988-Q4", Find("Acme reported revenue of $11 billion for the quarter that ended Dec. 31.", "the quarter").Value);
        }

        [Fact]
        public void AQuarterUnderDiscussionStaysTheQuarterWhateverDayItEnded()
        {
            const string text = "Acme earned $5 million in its fiscal first quarter. Sales for the quarter ended Sept. 29 rose 39%.";
            Assert.Equal("1989-Q1", Find(text, "the quarter").Value);
        }

        [Theory]
        [InlineData("Output will be cut in the first two quarters of 1990, the mill said.", "the first two quarters of 1990", "1990-H1")]
        [InlineData("Sales rose in the last two quarters of 1988 as prices fell.", "the last two quarters of 1988", "1988-H2")]
        public void TwoQuartersOfAYearAreItsHalf(string text, string expression, string value)
        {
            Assert.Equal(value, Find(text, expression).Value);
        }

        [Fact]
        public void TheLastTwoQuartersWithoutAYearStayASpan()
        {
            var found = Find("Sales rose in the last two quarters, the firm said.", "the last two quarters");
            Assert.Equal(TimexType.Duration, found.Type);
            Assert.Equal("P2Q", found.Value);
        }
    }
}
