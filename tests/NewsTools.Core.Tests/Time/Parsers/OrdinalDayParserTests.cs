using System;
using NewsTools.Config;
using NewsTools.Time;
using Xunit;

namespace NewsTools.Tests.Time.Parsers
{
    /// <summary>"It's the second day of the strike": a counted day said to be today by a present "is".</summary>
    public class OrdinalDayParserTests
    {
        private static readonly DateTime Reference = new DateTime(2024, 3, 12);

        [Theory]
        [InlineData("It's the second day of the strike at the port.", "the second day")]
        [InlineData("Today is the eighth day of the blockade.", "the eighth day")]
        [InlineData("The city is counting: this is the third day of the siege.", "the third day")]
        public void ACountedDayThatIsTodayHasTodaysDate(string sentence, string expression)
        {
            var e = Assert.Single(new TimeExpressionTagger(ConfigLoader.Defaults).TagText(sentence, Reference), x => x.Text == expression);
            Assert.Equal((TimexType.Date, "2024-03-12"), (e.Type, e.Value));
        }

        [Theory]
        [InlineData("Monday was the third day of protests.")]
        [InlineData("On the first day of the trial, the judge spoke.")]
        [InlineData("It is the second day running that shares fell.")]
        [InlineData("It is the first days of spring that matter.")]
        public void ACountedDayWithoutAPresentIsIsLeftOut(string sentence)
        {
            var found = new TimeExpressionTagger(ConfigLoader.Defaults).TagText(sentence, Reference);
            Assert.DoesNotContain(found, x => x.Value == "2024-03-12");
        }
    }
}
