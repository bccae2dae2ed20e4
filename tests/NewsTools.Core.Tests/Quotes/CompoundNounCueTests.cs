using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// A cue that is also a noun heads a compound after an article and a singular noun ("a conference call", "a recent
    /// report"): it is no verb with a subject of its own, and the phrase of setting it ends runs on to "that".
    /// </summary>
    public class CompoundNounCueTests
    {
        private static Quote[] Quotes(string paragraphs) => QuoteRulesTests.Extract("Results\n\n" + paragraphs).ToArray();

        [Fact]
        public void TheCallOfAConferenceCallIsNoCue()
        {
            var quote = Assert.Single(Quotes("John Smith told analysts on a conference call that the delay was \"painful but necessary\"."));
            Assert.Equal("John Smith", quote.Speaker);
            Assert.Equal("told", quote.Cue);
        }

        [Fact]
        public void ATellingVerbReachesThatPastAConferenceCall()
        {
            var quote = Assert.Single(Quotes("John Smith told analysts on an earnings call that the delay was painful."));
            Assert.Equal("John Smith", quote.Speaker);
            Assert.Equal("the delay was painful", quote.Text);
        }

        [Fact]
        public void TheSourceOfARecentReportIsItsOwner()
        {
            var quote = Assert.Single(Quotes("Phone sales passed 167 million in the third quarter, according to a recent report from Gartner."));
            Assert.Equal("Gartner", quote.Speaker);
        }

        [Fact]
        public void APastReadAfterItsSubjectIsStillTheVerb()
        {
            var quote = Assert.Single(Quotes("\"She should come to Louisiana,\" the editorial read."));
            Assert.Equal("editorial", quote.Speaker);
        }
    }
}
