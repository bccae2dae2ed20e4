using System;
using NewsTools.Config;
using NewsTools.Time;
using Xunit;

namespace NewsTools.Tests.Time.Refiners
{
    /// <summary>"the quarter-to-quarter comparison", "on a year-on-year basis": a unit compounded with itself names no period.</summary>
    public class ReduplicatedUnitRefinerTests
    {
        private static readonly DateTime Reference = new DateTime(2024, 3, 12);

        [Theory]
        [InlineData("The quarter-to-quarter comparison was helped by lower costs.")]
        [InlineData("Spending rose 3% on a year-on-year basis.")]
        [InlineData("Such figures can vary on a month-to-month basis.")]
        [InlineData("The day-to-day running of the club was left to him.")]
        public void AUnitCompoundedWithItselfIsNoTime(string sentence)
        {
            Assert.Empty(new TimeExpressionTagger(ConfigLoader.Defaults).TagText(sentence, Reference));
        }

        [Theory]
        [InlineData("Profit rose in the quarter to March.", "the quarter")]
        [InlineData("The year-end figures were strong.", "year-end")]
        [InlineData("Sales fell in the third quarter-to-date period.", "the third quarter")]
        public void OtherHyphensAndUnitsStay(string sentence, string expression)
        {
            Assert.Contains(new TimeExpressionTagger(ConfigLoader.Defaults).TagText(sentence, Reference), x => x.Text == expression);
        }
    }
}
