using System;
using System.Linq;
using NewsTools.Config;
using NewsTools.Time;
using Xunit;

namespace NewsTools.Tests.Time.Resolution
{
    /// <summary>"in five years" in a clause about the future is the point that far ahead (a DATE), not a length.</summary>
    public class FutureOffsetTests
    {
        private static readonly DateTime Reference = new DateTime(1989, 11, 2);

        private static TimeExpression Find(string text, string expression, DateTime? reference) =>
            new TimeExpressionTagger(ConfigLoader.Defaults).TagText(text, reference).Single(e => e.Text == expression);

        [Theory]
        [InlineData("The notes will be redeemed in five years, the company said.", "five years", "1994")]
        [InlineData("The board will decide in two weeks whether to sell the unit.", "two weeks", "1989-W46")]
        [InlineData("Analysts expect prices will recover in a few years.", "a few years", "FUTURE_REF")]
        [InlineData("The deal will close in a year or two, the bank said.", "a year or two", "FUTURE_REF")]
        public void ASpanAfterInAboutTheFutureIsThePointThatFarAhead(string text, string expression, string value)
        {
            var found = Find(text, expression, Reference);
            Assert.Equal(TimexType.Date, found.Type);
            Assert.Equal(value, found.Value);
        }

        [Theory]
        [InlineData("The plant was built in three years by a local firm.", "three years", "P3Y")]
        [InlineData("If the forecast is right, it will be the first annual fall in nine years.", "nine years", "P9Y")]
        [InlineData("Sales will be the lowest in four years, the firm warned.", "four years", "P4Y")]
        [InlineData("The company will sell the bonds within five years.", "five years", "P5Y")]
        public void OtherSpansAfterInStayLengths(string text, string expression, string value)
        {
            var found = Find(text, expression, Reference);
            Assert.Equal(TimexType.Duration, found.Type);
            Assert.Equal(value, found.Value);
        }

        [Fact]
        public void WithoutAReferenceDateTheLengthIsKept()
        {
            var found = Find("The notes will be redeemed in five years, the company said.", "five years", null);
            Assert.Equal(TimexType.Duration, found.Type);
            Assert.Equal("P5Y", found.Value);
        }
    }
}
