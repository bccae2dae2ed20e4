using System.Linq;
using NewsTools.Quotes;
using NewsTools.Tests.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes.AttributionRules
{
    /// <summary>A quotation that is a sentence of its own, named in the next sentence as someone's words.</summary>
    public class VerdictSentenceRuleTests
    {
        private static Quote Only(string paragraph) =>
            QuoteRulesTests.Extract("Coach\n\nThe team lost on Saturday.\n\n" + paragraph).Single(q => q.Kind != QuoteKind.Term);

        [Theory]
        [InlineData("\"We are not ready.\" That was the blunt verdict of coach Tim Lee after the game.", "Tim Lee", "verdict")]
        [InlineData("\"We will be back.\" Those were the words of captain Sam Ortiz.", "Sam Ortiz", "words")]
        [InlineData("\"It is over.\" That was the message from Sam Ortiz on Sunday.", "Sam Ortiz", "message")]
        [InlineData("\"Nobody is safe.\" So said the club owner, Maria Gomez.", "Maria Gomez", "said")]
        public void TheNextSentenceNamesTheQuotationAsSomeonesWords(string paragraph, string speaker, string cue)
        {
            var quote = Only(paragraph);
            Assert.Equal((QuoteKind.Direct, speaker, cue), (quote.Kind, quote.Speaker, quote.Cue));
        }

        [Theory]
        [InlineData("\"We are not ready.\" That was the view of the whole dressing room.")]
        [InlineData("\"We are not ready.\" That was the end of the matter.")]
        public void ANounThatSpeaksForNoOneOrNoSpeechNounNamesNoSpeaker(string paragraph)
        {
            Assert.Null(Only(paragraph).Speaker);
        }
    }
}
