using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>Titles credited with "by" ('"Why the bridge vote matters," by Tom Hale'): a work's name, not someone's words (#12, item 9).</summary>
    public class CreditedWorkTests
    {
        [Theory]
        [InlineData("What we are reading:\n\n—“Why the bridge vote matters,” by Tom Hale, Harbour Times")]
        [InlineData("What we are reading:\n\n—“Sam Mendes leaves the Donmar for Hollywood”, by Jane Doe")]
        public void AQuotationCreditedToAnAuthorIsATitle(string text)
        {
            var q = QuoteRulesTests.Extract(text).Single();
            Assert.Equal(QuoteKind.Term, q.Kind);
            Assert.Null(q.Speaker);
        }

        [Theory]
        [InlineData("“We will have the money by Monday,” by Friday the mayor had said it twice.", "mayor")]
        [InlineData("“The port will close,” said Victor Hale, by all accounts the harbour master.", "Victor Hale")]
        [InlineData("The pastor has declared Hale “anointed” by God.", "pastor")]
        public void ByInsideASentenceOrBeforeACalendarWordCreditsNoOne(string text, string speaker)
        {
            var q = QuoteRulesTests.Extract(text)[0];
            Assert.NotEqual(QuoteKind.Term, q.Kind);
            Assert.Equal(speaker, q.Speaker);
        }
    }
}
