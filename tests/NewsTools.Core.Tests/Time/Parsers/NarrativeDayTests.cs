using System;
using NewsTools.Config;
using NewsTools.Time;
using Xunit;

namespace NewsTools.Tests.Time.Parsers
{
    /// <summary>
    /// Days named from the narrative, not from the article's date (DemonstrativeParser, RelativePeriodParser): "that same
    /// day", "the next morning", "the day before" are counted from the date the story is on.
    /// </summary>
    public class NarrativeDayTests
    {
        // Wednesday 20 March 2024; the story is on Sunday 3 March.
        private static readonly DateTime Reference = new DateTime(2024, 3, 20);

        private static string? ValueAfterStoryDate(string sentence, string expression)
        {
            var text = "The bridge collapsed on March 3. " + sentence;
            var found = new TimeExpressionTagger(ConfigLoader.Defaults).TagText(text, Reference);
            Assert.Equal(2, found.Count);
            Assert.Equal("2024-03-03", found[0].Value);
            Assert.Equal(expression, found[1].Text);
            return found[1].Value;
        }

        [Theory]
        [InlineData("That same day, divers searched the river.", "That same day", "2024-03-03")]
        [InlineData("Divers searched the river the same day.", "the same day", "2024-03-03")]
        [InlineData("Divers searched the river that night.", "that night", "2024-03-03TNI")]
        [InlineData("The next day, divers searched the river.", "The next day", "2024-03-04")]
        [InlineData("The next morning, divers searched the river.", "The next morning", "2024-03-04TMO")]
        [InlineData("The following evening, divers searched the river.", "The following evening", "2024-03-04TEV")]
        [InlineData("Engineers had inspected it the day before.", "the day before", "2024-03-02")]
        [InlineData("Engineers had inspected it the night before.", "the night before", "2024-03-02TNI")]
        [InlineData("The day after, divers searched the river.", "The day after", "2024-03-04")]
        [InlineData("At 9 a.m. divers searched the river.", "9 a.m.", "2024-03-03T09:00")]
        [InlineData("Engineers had inspected it the previous Friday.", "the previous Friday", "2024-03-01")]
        [InlineData("The following Monday, divers searched the river.", "The following Monday", "2024-03-04")]
        public void NarrativeDaysCountFromTheDateTheStoryIsOn(string sentence, string expression, string value)
        {
            Assert.Equal(value, ValueAfterStoryDate(sentence, expression));
        }

        [Fact]
        public void APartOfTheNarrativeDayIsATime()
        {
            var found = new TimeExpressionTagger(ConfigLoader.Defaults).TagText("The bridge collapsed on March 3. The next morning divers came.", Reference);
            Assert.Equal(TimexType.Time, found[1].Type);
        }

        [Fact]
        public void BeforeWithAnObjectIsAPreposition()
        {
            // "the day before the vote" is "the day" and a prepositional phrase, not the eve of the story's date.
            var found = new TimeExpressionTagger(ConfigLoader.Defaults).TagText("The bridge collapsed on March 3. Engineers met the day before the vote.", Reference);
            Assert.Equal("the day", found[1].Text);
        }

        [Fact]
        public void NextWithoutTheArticleCountsFromNow()
        {
            // "next week" is deictic: the week after the article's, whatever the story's date.
            var found = new TimeExpressionTagger(ConfigLoader.Defaults).TagText("The bridge collapsed on March 3. Divers will return next week.", Reference);
            Assert.Equal("2024-W13", found[1].Value);
        }

        [Fact]
        public void WithoutAStoryDateTheArticlesDateIsTheAnchor()
        {
            var e = Assert.Single(new TimeExpressionTagger(ConfigLoader.Defaults).TagText("The next day, divers searched the river.", Reference));
            Assert.Equal("2024-03-21", e.Value);
        }

        [Fact]
        public void WithoutAStoryDayAClockTimeIsOnTheArticlesDay()
        {
            // A month is no day to put a clock time on: "In March" leaves 9 a.m. on the article's own day.
            var found = new TimeExpressionTagger(ConfigLoader.Defaults).TagText("The bridge reopened in March. At 9 a.m. divers came.", Reference);
            Assert.Equal("2024-03-20T09:00", found[1].Value);
        }

        [Theory]
        [InlineData("Prices fell after March 8, the day before the vote.", "the day", "2024-03-08")]
        [InlineData("Talks began in January, the month before the strike.", "the month", "2024-01")]
        public void AUnitInAppositionToAWrittenDateRenamesThatDate(string text, string expression, string value)
        {
            var found = new TimeExpressionTagger(ConfigLoader.Defaults).TagText(text, Reference);
            Assert.Equal(value, Assert.Single(found, e => e.Text == expression).Value);
        }

        [Fact]
        public void AUnitOfAnotherPrecisionAfterADateIsNotItsAppositive()
        {
            // "the week" after a day names the week of the report, as it would alone.
            var found = new TimeExpressionTagger(ConfigLoader.Defaults).TagText("Prices fell on March 8, the week the vote was held.", Reference);
            Assert.Equal("2024-W12", Assert.Single(found, e => e.Text == "the week").Value);
        }
    }
}
