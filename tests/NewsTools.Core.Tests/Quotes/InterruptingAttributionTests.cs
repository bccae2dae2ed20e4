using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// "Many of the closures, he said, have involved public courses": an attribution set off by commas inside the reported
    /// sentence, between its subject (or an opening phrase) and its verb. The sentence is reported whole.
    /// </summary>
    public class InterruptingAttributionTests
    {
        private static Quote[] Indirect(string paragraphs) =>
            QuoteRulesTests.Extract("Golf\n\n" + paragraphs).Where(q => q.Kind == QuoteKind.Indirect).ToArray();

        [Theory]
        [InlineData("Many of the closures, he said, have involved public courses.", "Many of the closures, he said, have involved public courses")]
        [InlineData("In any case, he said, the industry was vastly over-supplied.", "In any case, he said, the industry was vastly over-supplied")]
        [InlineData("The allure of simplicity, Mr Hedge argued, is largely a chimera.", "The allure of simplicity, Mr Hedge argued, is largely a chimera")]
        public void TheSentenceAroundTheAttributionIsReported(string sentence, string text)
        {
            var quotes = Indirect("Oliver Hedge runs a course near Tampa. " + sentence);
            var q = Assert.Single(quotes, x => x.Text == text);
            Assert.Equal("Oliver Hedge", q.Speaker);
        }

        [Theory]
        [InlineData("In Paris, it said, prices rose sharply.")]
        [InlineData("The club sold its ground, he said, and the members left.")]
        public void NoReportWithoutAPersonOrWithAClauseBeforeTheAttribution(string sentence)
        {
            // "it" reaches documents and places as readily as speakers; a verb before the comma makes the words before it a
            // clause of their own, which this rule does not read.
            var quotes = Indirect("Oliver Hedge runs a course near Tampa. " + sentence);
            Assert.DoesNotContain(quotes, q => q.Text.StartsWith("In Paris") || q.Text.StartsWith("The club sold its ground, he said, and"));
        }
    }
}
