using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>A quote inside a quote: how the marks of the outer one pair around it.</summary>
    public class NestedQuoteMarkTests
    {
        private static string[] Quoted(string paragraph, out string?[] speakers)
        {
            var quotes = QuoteRulesTests.Extract("Harbour vote\n\n" + paragraph).Where(q => q.Kind != QuoteKind.Indirect).ToList();
            speakers = quotes.Select(q => q.Speaker).ToArray();
            return quotes.Select(q => q.Text.Trim()).ToArray();
        }

        [Fact]
        public void AStraightPairInsideAStraightQuoteLeavesTheOuterSpeakerTheWordsAroundIt()
        {
            // The nested pair is what the fishermen said, not the mayor: the mayor's words are the two pieces around it.
            var texts = Quoted("Mayor Anne Roy wrote, \"The fishermen told me \"enough is enough\" and I agree with them.\"", out var speakers);
            Assert.Equal(new[] { "The fishermen told me", "and I agree with them." }, texts);
            Assert.All(speakers, s => Assert.Equal("Anne Roy", s));
        }

        [Theory]
        [InlineData("\"When a reporter asks “Will you sell the port?” my answer is no,\" said harbour director Anne Roy.")]
        [InlineData("“When a reporter asks \"Will you sell the port?\" my answer is no,” said harbour director Anne Roy.")]
        public void APairOfTheOtherKindOfMarkIsTheOuterQuotesWords(string paragraph)
        {
            var texts = Quoted(paragraph, out var speakers);
            var text = Assert.Single(texts);
            Assert.StartsWith("When a reporter asks", text);
            Assert.EndsWith("my answer is no", text);
            Assert.Equal("Anne Roy", Assert.Single(speakers));
        }

        [Theory]
        [InlineData("\"The harbour was sold in 1961. Signed “in a time of great need,” the deed names no buyer.")]
        [InlineData("“The harbour was sold in 1961. Signed \"in a time of great need,\" the deed names no buyer.")]
        public void AParagraphOpenedByAQuoteThatIsNotClosedHoldsANestedPairOfTheOtherKind(string paragraph)
        {
            // The long quotation goes on into the next paragraph; the pair inside it is part of its words, not the quote.
            var texts = Quoted("The port museum's website says:\n\n" + paragraph + "\n\n\"The deed is kept in the town hall.\"", out var speakers);
            Assert.Equal(2, texts.Length);
            Assert.StartsWith("The harbour was sold in 1961.", texts[0]);
            Assert.EndsWith("the deed names no buyer.", texts[0]);
            Assert.All(speakers, s => Assert.Equal("port museum's website", s));
        }

        [Fact]
        public void AStrayOpenerInsideTheParagraphBeforeAPairOfTheOtherKindStaysUnbalanced()
        {
            var texts = Quoted("The agenda read \"harbour sale. “We will appeal the ruling,” said harbour director Anne Roy.", out var speakers);
            Assert.Equal(new[] { "We will appeal the ruling" }, texts);
            Assert.Equal("Anne Roy", Assert.Single(speakers));
        }

        [Theory]
        [InlineData("The spokesperson said: \"Snoop will prove that she is deceitful. \"We are confident that her claims will fail.\"")]
        [InlineData("The spokesperson said: “Snoop will prove that she is deceitful. “We are confident that her claims will fail.”")]
        public void AnOpenerAfterAStopInsideAStatementOpensTheNextParagraphsQuotation(string paragraph)
        {
            // Text that lost its paragraph breaks keeps the news convention of a long quotation: no closer ends the first
            // paragraph, and the second opens again. Both are the spokesperson's statements, not one nested in the other.
            var texts = Quoted(paragraph, out var speakers);
            Assert.Equal(new[] { "Snoop will prove that she is deceitful.", "We are confident that her claims will fail." }, texts);
            Assert.All(speakers, s => Assert.Equal("spokesperson", s));
        }

        [Fact]
        public void AnOpenerWithNoCloserAfterTheNestedPairWasAStrayMark()
        {
            // No mark closes the first one after the pair: it was unbalanced, and the pair is the quote.
            var texts = Quoted("The agenda read \"harbour sale. \"We will appeal the ruling,\" said harbour director Anne Roy.", out var speakers);
            Assert.Equal(new[] { "We will appeal the ruling" }, texts);
            Assert.Equal("Anne Roy", Assert.Single(speakers));
        }
    }
}
