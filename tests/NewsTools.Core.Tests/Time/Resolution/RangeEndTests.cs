using System;
using System.Linq;
using NewsTools.Config;
using NewsTools.Time;
using NewsTools.Tests.Time.Parsers;
using Xunit;

namespace NewsTools.Tests.Time.Resolution
{
    /// <summary>The end of a range is counted from its start: both ends lie the same way.</summary>
    public class RangeEndTests
    {
        // Tuesday 12 March 2024.
        private static readonly DateTime Reference = new DateTime(2024, 3, 12);

        private static string[] Values(string sentence) =>
            ParserHarness.Values(sentence, Reference);

        [Theory]
        [InlineData("The strike ran from Saturday to Wednesday.", "Saturday=2024-03-09", "Wednesday=2024-03-13")]
        [InlineData("The fair will run from Sunday to Tuesday.", "Sunday=2024-03-17", "Tuesday=2024-03-19")]
        [InlineData("Roads were shut between Saturday and Wednesday.", "Saturday=2024-03-09", "Wednesday=2024-03-13")]
        [InlineData("Shops were shut Friday-Monday.", "Friday=2024-03-08", "Monday=2024-03-11")]
        [InlineData("The pass was closed from October to April.", "October=2023-10", "April=2024-04")]
        [InlineData("The festival will run from Nov. 28 to Jan. 3.", "Nov. 28=2024-11-28", "Jan. 3=2025-01-03")]
        public void TheEndFollowsTheStart(string sentence, string start, string end)
        {
            Assert.Equal(new[] { start, end }, Values(sentence));
        }

        [Theory]
        [InlineData("Shares were bought from Feb. 20 to Thursday.", "Thursday=2024-03-07")]
        [InlineData("The agency made a revision Friday to December's figures.", "December=2023-12")]
        public void EndsOfAnotherKindAreNamedFromTheReferenceDate(string sentence, string end)
        {
            // A weekday after a written date, a month after a weekday: not a range of like ends.
            Assert.Equal(end, Values(sentence).Last());
        }

        [Theory]
        [InlineData("He faces between 12 and 18 months in jail.", "12 and 18 months=PXM")]
        [InlineData("He faces 12 to 18 months in jail.", "12 to 18 months=PXM")]
        public void ARangeOfAmountsIsOneDurationWithoutItsBetween(string sentence, string expected)
        {
            Assert.Equal(new[] { expected }, Values(sentence));
        }

        [Fact]
        public void AndWithoutBetweenIsNotARange()
        {
            Assert.Equal(new[] { "18 months=P18M" }, Values("He served 12 and then 18 months."));
        }
    }
}
