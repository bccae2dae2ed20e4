using System.Linq;
using System.Text;
using NewsTools.Config;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// The speaker resolver registers a paragraph's names when it is next asked something, not when the paragraph is read:
    /// a name from far back still resolves a later surname, however many paragraphs without speech come between (more than the
    /// resolver holds waiting), and nothing of one article's waiting paragraphs reaches the next article read on the thread.
    /// </summary>
    public class DeferredRegistrationTests
    {
        [Theory]
        [InlineData(3)]
        [InlineData(150)]
        public void ASurnameAfterManyParagraphsWithoutSpeechIsTheFullNameGivenFirst(int quietParagraphs)
        {
            var text = new StringBuilder("Marisol Okonjo runs the fishing cooperative of Brannock Bay.\n\n");
            for (var i = 0; i < quietParagraphs; i++)
            {
                text.Append("On day ").Append(i + 1).Append(" the boats came back with ").Append(i + 3).Append(" crates of cod and mackerel.\n\n");
            }

            text.Append("\"We will not give up the quay,\" Okonjo said.\n");
            var quote = QuoteRulesTests.Extract(text.ToString()).Single(q => q.Kind == NewsTools.Quotes.QuoteKind.Direct);
            Assert.Equal("Marisol Okonjo", quote.Speaker);
        }

        [Fact]
        public void TheNextArticleDoesNotInheritTheNamesOfParagraphsLeftWaiting()
        {
            var config = ConfigLoader.Defaults;
            var extractor = new NewsTools.Quotes.QuoteExtractor(config);
            var reader = new NewsTools.Articles.ArticleReader(config);
            var first = reader.Parse("\"The nets are mended,\" Okonjo said.\n\nLater Marisol Okonjo walked home along the harbour wall.\n", new NewsTools.Articles.ArticleOptions { Id = "one" });
            var second = reader.Parse("\"The quay is closed,\" Okonjo said.\n", new NewsTools.Articles.ArticleOptions { Id = "two" });
            extractor.Extract(first);
            var quote = Assert.Single(extractor.Extract(second));
            Assert.Equal("Okonjo", quote.Speaker);
        }
    }
}
