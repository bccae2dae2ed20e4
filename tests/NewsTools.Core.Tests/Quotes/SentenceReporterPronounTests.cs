using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// A "he said" after a quote re-reports the sentence's own reporting clause: "he" is that clause's subject, not the subject
    /// inside what it reports ('Hale told the board that the lawyer, Tom Reed, "...," he wrote' is Hale's note).
    /// </summary>
    public class SentenceReporterPronounTests
    {
        [Fact]
        public void APronounReportingAfterTheQuoteIsTheSentencesReporter()
        {
            var text = "Harbour row.\n\nHarbour chief Victor Hale told the board that the port's lawyer, Tom Reed, \"made a strong case for " +
                "the new contract,\" he wrote in a note to staff.";
            var q = QuoteRulesTests.Extract(text).Single(x => x.Kind == QuoteKind.Partial);
            Assert.Equal("he", q.SpeakerMention);
            Assert.Equal("Victor Hale", q.Speaker);
        }

        [Fact]
        public void APronounOfAnotherGenderIsLeftToTheLatestSubject()
        {
            // "she" cannot be Victor; the reporter is kept only when the pronoun fits, and the resolver decides as before.
            var text = "Harbour row.\n\nPort lawyer Ruth Okafor signed the deal.\n\nHarbour chief Brian Hale told the board that the deal " +
                "\"made a strong case for the new contract,\" she wrote in a note to staff.";
            var q = QuoteRulesTests.Extract(text).Single(x => x.Kind == QuoteKind.Partial);
            Assert.Equal("Ruth Okafor", q.Speaker);
        }
    }
}
