using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>A period inside the attribution after a quote that ends its sentence, where the sentence goes on.</summary>
    public class AbbreviationInAppositionTests
    {
        [Theory]
        [InlineData("\"We stay!\" Ann Lee, R-Pa., said on Monday.")]                  // party and state, the state abbreviated
        [InlineData("\"We stay?\" Ann Lee, D-N.Y., asked on Monday.")]                // a dotted state
        [InlineData("\"We stay!\" Rep. Ann Lee, R-Pa., said of the fair.")]
        public void AQuoteEndingItsSentenceKeepsTheCueAfterAnAbbreviatedApposition(string paragraph)
        {
            var q = QuoteRulesTests.Extract("Fair vote\n\n" + paragraph).Single(x => x.Kind != QuoteKind.Indirect);
            Assert.Equal(QuoteKind.Direct, q.Kind);
            Assert.Equal("Ann Lee", q.Speaker);
        }

        [Fact]
        public void APeriodThatEndsTheSentenceStillEndsTheStretchAfterTheQuote()
        {
            // "Ann Lee left early." ends its sentence: "said" in the next one opens a statement of its own.
            var q = QuoteRulesTests.Extract("Fair vote\n\n\"We stay!\" Ann Lee left early. Her deputy said on Monday the fair was fun.")
                .Single(x => x.Kind != QuoteKind.Indirect);
            Assert.NotEqual("Ann Lee", q.Speaker);
        }
    }
}
