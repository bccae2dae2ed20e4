using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// "X was quoted (by a medium) as saying ...": the speaker is the subject of the passive; in the active ("a report quoted
    /// an executive as saying") it is the object.
    /// </summary>
    public class QuotedAsSayingTests
    {
        private static Quote Single(string sentence) => Assert.Single(QuoteRulesTests.Extract("Deal\n\n" + sentence));

        [Theory]
        [InlineData("Tom Hardy was quoted by Reuters as saying the deal was off.", "Tom Hardy", "the deal was off")]
        [InlineData("The minister was quoted by the Reuters news agency as saying that prices would rise.", "minister", "prices would rise")]
        [InlineData("A weekend report had quoted an unnamed executive at Euronext as saying the group would make a cash bid.", "unnamed executive at Euronext", "the group would make a cash bid")]
        public void TheOneQuotedSpeaks(string sentence, string speaker, string text)
        {
            var quote = Single(sentence);
            Assert.Equal((speaker, "saying", text), (quote.Speaker, quote.Cue, quote.Text));
        }
    }
}
