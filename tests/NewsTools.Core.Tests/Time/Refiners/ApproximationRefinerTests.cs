using System;
using System.Linq;
using NewsTools.Config;
using NewsTools.Time;
using Xunit;

namespace NewsTools.Tests.Time.Refiners
{
    public class ApproximationRefinerTests
    {
        private static readonly DateTime Reference = new DateTime(1989, 11, 1);

        [Theory]
        [InlineData("The company was sold about two years ago.", "about two years ago")]
        [InlineData("The rescue began around 7:15 p.m. on the pier.", "around 7:15 p.m.")]
        [InlineData("A decision is expected around Nov. 1 at the latest.", "around Nov. 1")]
        [InlineData("The plant has run for about a decade.", "about a decade")]
        [InlineData("Talks will last the next year or so.", "the next year or so")]
        [InlineData("Profits should recover around year end.", "around year end")]
        public void AHedgeBelongsToTheExpression(string sentence, string expression)
        {
            var found = new TimeExpressionTagger(ConfigLoader.Defaults).TagText(sentence, Reference);
            Assert.Equal(expression, Assert.Single(found).Text);
        }

        [Theory]
        [InlineData("Investors are worried about the future.", "the future")]
        [InlineData("They argued about last year for hours.", "last year")]
        public void AboutAsAPrepositionStaysOutside(string sentence, string expression)
        {
            var found = new TimeExpressionTagger(ConfigLoader.Defaults).TagText(sentence, Reference);
            Assert.Contains(found, e => e.Text == expression);
            Assert.DoesNotContain(found, e => e.Text.StartsWith("about", StringComparison.Ordinal));
        }
    }
}
