using System;
using NewsTools.Config;
using NewsTools.Time;
using Xunit;

namespace NewsTools.Tests.Time.Parsers
{
    /// <summary>A part of the day placed within it ("mid-afternoon", "late afternoon yesterday") is a TIME on that day.</summary>
    public class PartOfDayParserTests
    {
        // Thursday 2 November 1989.
        private static readonly DateTime Reference = new DateTime(1989, 11, 2);

        [Theory]
        [InlineData("Shares slid in mid-afternoon.", "mid-afternoon", "1989-11-02TAF")]
        [InlineData("By mid afternoon the index had recovered.", "mid afternoon", "1989-11-02TAF")]
        [InlineData("Stocks fell in late afternoon yesterday.", "late afternoon yesterday", "1989-11-01TAF")]
        [InlineData("Early morning fog closed the airport.", "Early morning", "1989-11-02TMO")]
        [InlineData("The vote comes in late evening tomorrow.", "late evening tomorrow", "1989-11-03TEV")]
        public void APlacedPartOfTheDayIsATimeOnThatDay(string sentence, string expression, string value)
        {
            var e = Assert.Single(new TimeExpressionTagger(ConfigLoader.Defaults).TagText(sentence, Reference));
            Assert.Equal(expression, e.Text);
            Assert.Equal(value, e.Value);
            Assert.Equal(TimexType.Time, e.Type);
        }

        [Theory]
        [InlineData("Shares fell on overnight losses in New York.")]
        [InlineData("Heavy rain fell overnight.")]
        public void OvernightIsTheNightBefore(string sentence)
        {
            var e = Assert.Single(new TimeExpressionTagger(ConfigLoader.Defaults).TagText(sentence, Reference));
            Assert.Equal("overnight", e.Text, ignoreCase: true);
            Assert.Equal("1989-11-01TNI", e.Value);
            Assert.Equal(TimexType.Time, e.Type);
        }

        [Fact]
        public void OvernightFollowsTheDayTheStoryIsOn()
        {
            var found = new TimeExpressionTagger(ConfigLoader.Defaults).TagText("Shares closed lower on Friday after overnight losses in New York.", Reference);
            Assert.Equal(new[] { "1989-10-27", "1989-10-26TNI" }, new[] { found[0].Value, found[1].Value });
        }

        [Theory]
        [InlineData("She hosts a morning talk show.")]
        [InlineData("The afternoon session was cancelled.")]
        public void ABarePartOfTheDayIsLeftAlone(string sentence)
        {
            Assert.Empty(new TimeExpressionTagger(ConfigLoader.Defaults).TagText(sentence, Reference));
        }
    }
}
