using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// Nouns before a quotation make it a name or a term ("held a sign "No more tolls"", "the show "Brokers""); the same word
    /// as a verb after a modal, "not" or "to" takes the quotation as its object, which someone said.
    /// </summary>
    public class TermMarkerVerbTests
    {
        [Fact]
        public void AMarkerWordUsedAsAVerbLeavesTheQuotationSomeonesWords()
        {
            var text = "Border bill\n\nPress secretary Karoline Leavitt said the president would not sign \"any bill that weakens the border,\" and she blamed Democrats.";
            var q = QuoteRulesTests.Extract(text).Single();
            Assert.Equal(QuoteKind.Partial, q.Kind);
            Assert.Equal("Karoline Leavitt", q.Speaker);
        }

        [Theory]
        [InlineData("Protesters held a sign \"No more tolls\" outside the harbour office.")]
        [InlineData("California has so-called \"shield\" laws which protect journalists.")]
        public void AMarkerNounStillMakesATerm(string sentence)
        {
            var q = QuoteRulesTests.Extract("Harbour vote\n\n" + sentence).Single();
            Assert.Equal(QuoteKind.Term, q.Kind);
        }
    }
}
