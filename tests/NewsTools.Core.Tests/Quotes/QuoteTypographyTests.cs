using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>Quotation marks of other print traditions, as translated and non-US English pieces keep them.</summary>
    public class QuoteTypographyTests
    {
        [Theory]
        [InlineData("„We will appeal the ruling“, said harbour director Anne Roy.")]              // German: low opening, high closing
        [InlineData("« We will appeal the ruling », said harbour director Anne Roy.")]            // French guillemets, spaced
        [InlineData("「We will appeal the ruling」, said harbour director Anne Roy.")]             // corner brackets
        [InlineData("『We will appeal the ruling』, said harbour director Anne Roy.")]             // white corner brackets
        [InlineData("“We will appeal the ruling”, said harbour director Anne Roy.")]              // English, for comparison
        public void EachTraditionsMarksEncloseOneDirectQuoteWithItsSpeaker(string paragraph)
        {
            var q = QuoteRulesTests.Extract("Harbour vote\n\n" + paragraph).Single(x => x.Kind != QuoteKind.Indirect);
            Assert.Equal(QuoteKind.Direct, q.Kind);
            Assert.Equal("We will appeal the ruling", q.Text.Trim());
            Assert.Equal("Anne Roy", q.Speaker);
        }

        [Fact]
        public void AGermanQuoteInsideAnEnglishOneDoesNotRestartIt()
        {
            // After „ the high mark “ closes; an English “ still opens a quote of its own.
            var quotes = QuoteRulesTests.Extract("Harbour vote\n\nRoy called the plan „fair“ and said: “It will pass.”").Where(x => x.Kind != QuoteKind.Indirect).ToList();
            Assert.Equal(new[] { "fair", "It will pass." }, quotes.Select(x => x.Text).ToArray());
        }
    }
}
