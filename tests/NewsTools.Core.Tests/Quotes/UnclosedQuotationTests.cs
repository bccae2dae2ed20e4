using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// A quotation left open at its sentence's end goes on in the quotation that reopens right after it (the convention that
    /// reopens each sentence or paragraph of one statement), so a cue that comes only with a later piece is the earlier
    /// pieces' too; a closed quotation, or one that other words follow, keeps to its own attribution.
    /// </summary>
    public class UnclosedQuotationTests
    {
        [Theory]
        [InlineData("explains Mr Dean.")]
        [InlineData("said Mr Dean.")]
        [InlineData("Mr Dean told the BBC.")]
        public void TheCueOfALaterPieceIsTheOpenPiecesToo(string attribution)
        {
            var quotes = QuoteRulesTests.Extract("HD films\n\nMore clarity on screen means film makers must be careful. " +
                "\"When we did the first HD version, everybody was very sun-tanned, but that was make-up. " +
                "\"In the HD version, all these make-up lines showed up,\" " + attribution).ToArray();
            Assert.Equal(2, quotes.Length);
            Assert.All(quotes, q => Assert.Equal("Dean", q.Speaker));
            Assert.Equal(Attribution.Continuation, quotes[0].Attribution);
        }

        [Fact]
        public void AClosedQuotationBeforeAnotherKeepsToItself()
        {
            // The first question is closed: it is no piece of the answer that follows.
            var quotes = QuoteRulesTests.Extract("Interview\n\nThe first question put to them was: \"What happened in Newport?\" " +
                "\"We lost,\" said Mr Dean.").ToArray();
            Assert.NotEqual("Dean", quotes.Single(q => q.Text.StartsWith("What happened")).Speaker);
        }
    }
}
