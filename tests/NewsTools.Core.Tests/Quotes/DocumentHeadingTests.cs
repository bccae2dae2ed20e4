using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// "Partial transcript as follows:", "Full statement below:": a capitalised word that opens the sentence before a document noun
    /// modifies the noun; the phrase names the document whose text follows, not a person called "Partial" who "transcripts".
    /// </summary>
    public class DocumentHeadingTests
    {
        [Fact]
        public void ADocumentNounAfterTheOpeningCapitalHeadsTheColonsPhrase()
        {
            var text = "Bridge delay\n\nThe mayor spoke to reporters on Monday.\n\nPartial transcript as follows:\n\n" +
                "\"REPORTER: Will the bridge open this year?\n\n\"MAYOR: We will not stop the work on the bridge this year.\n\n" +
                "Full statement below:\n\n\"The council regrets the delay to the bridge and apologises to residents.\"";
            var quotes = QuoteRulesTests.Extract(text).Where(x => x.Kind == QuoteKind.Direct).ToList();
            Assert.Equal(3, quotes.Count);
            Assert.Equal("Partial transcript", quotes[0].Speaker);
            Assert.Equal("Partial transcript", quotes[1].Speaker);
            Assert.Equal("Full statement", quotes[2].Speaker);
        }

        [Fact]
        public void ExcerptsAndTextsAreDocumentsToo()
        {
            var text = "Bridge delay\n\nThe mayor wrote to the council on Monday.\n\nBrief excerpt below:\n\n" +
                "\"We will not stop the work on the bridge this year.\"\n\nFull text of the letter:\n\n" +
                "\"The council regrets the delay to the bridge and apologises to residents.\"";
            var quotes = QuoteRulesTests.Extract(text).Where(x => x.Kind == QuoteKind.Direct).ToList();
            Assert.Equal(2, quotes.Count);
            Assert.Equal("Brief excerpt", quotes[0].Speaker);
            Assert.Equal("Full text", quotes[1].Speaker);
        }

        [Fact]
        public void ANameBeforeAVerbAndAColonStaysTheSpeaker()
        {
            // The verb after a name is still the cue ("Okafor wrote:"), and a named subject keeps its verb.
            var text = "Bridge delay\n\nOkafor wrote:\n\n\"We will not stop the work on the bridge this year.\"";
            var q = QuoteRulesTests.Extract(text).Single(x => x.Kind == QuoteKind.Direct);
            Assert.Equal("Okafor", q.Speaker);
            Assert.Equal("wrote", q.Cue);
        }
    }
}
