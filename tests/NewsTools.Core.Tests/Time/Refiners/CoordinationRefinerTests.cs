using System;
using NewsTools.Config;
using NewsTools.Time;
using Xunit;

namespace NewsTools.Tests.Time.Refiners
{
    public class CoordinationRefinerTests
    {
        private static readonly DateTime Reference = new DateTime(1989, 10, 27);

        [Theory]
        [InlineData("The review could go on for weeks or months, he said.", "weeks or months")]
        [InlineData("Many funds in recent weeks and months have sold bonds.", "recent weeks and months")]
        [InlineData("He expects to retire in a year or two, he said.", "a year or two")]
        [InlineData("The plant will not open until 1994 or later.", "1994 or later")]
        [InlineData("The budget covers 1990 and beyond.", "1990 and beyond")]
        public void CoordinatedAlternativesAreOneExpression(string sentence, string expression)
        {
            var found = new TimeExpressionTagger(ConfigLoader.Defaults).TagText(sentence, Reference);
            Assert.Equal(expression, Assert.Single(found).Text);
        }

        [Fact]
        public void TwoDatesJoinedByAndStayTwo()
        {
            var found = new TimeExpressionTagger(ConfigLoader.Defaults).TagText("Sales rose in 1988 and fell in 1989.", Reference);
            Assert.Equal(2, found.Count);
        }
    }
}
