using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// A direct quotation its attribution splits ('"The economy is strong," the minister said, "and it will grow."') is
    /// direct in both pieces: the second goes on the sentence the first began, though it opens in lower case.
    /// </summary>
    public class SplitQuotationTests
    {
        private static Quote[] Quoted(string paragraph) =>
            QuoteRulesTests.Extract("Harbour talks\n\n" + paragraph).Where(q => q.Kind != QuoteKind.Indirect).ToArray();

        [Theory]
        [InlineData("\"The harbour is busy,\" said Mira Holt, \"and it will get busier.\"", "and it will get busier.")]
        [InlineData("\"Also,\" she said, \"the ferries need new engines.\"", "the ferries need new engines.")]
        [InlineData("\u201cThe tolls are fair,\u201d Leo Marsh said, \u201cbut nobody likes them.\u201d", "but nobody likes them.")]
        public void TheSecondPieceOfASplitQuotationIsDirect(string paragraph, string second)
        {
            var quotes = Quoted(paragraph);
            Assert.Equal(2, quotes.Length);
            Assert.All(quotes, q => Assert.Equal(QuoteKind.Direct, q.Kind));
            Assert.Equal(second, quotes[1].Text);
            Assert.Equal(quotes[0].Speaker, quotes[1].Speaker);
        }

        [Theory]
        [InlineData("\"The harbour is busy,\" said Mira Holt, who called the tolls \"unfair\".")]
        [InlineData("\"The harbour is busy,\" said Mira Holt, \"mostly\", and left the quay.")]
        public void AFragmentAfterTheAttributionThatEndsNoSentenceStaysPartial(string paragraph)
        {
            var quotes = Quoted(paragraph);
            Assert.Equal(QuoteKind.Direct, quotes[0].Kind);
            Assert.Equal(QuoteKind.Partial, quotes[1].Kind);
        }
    }
}
