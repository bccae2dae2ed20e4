using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// "the Gazette's editorial telling him to ...": a participle cue right after an owned document modifies the document, which
    /// says the words; the subject of the clause (who visited, who read it out) only handles it.
    /// </summary>
    public class OwnedDocumentParticipleTests
    {
        [Fact]
        public void AParticipleAfterAnOwnedDocumentIsTheDocuments()
        {
            var text = "Harbour news.\n\nHale did visit the harbour, but not until the week after the Gazette's editorial telling him to leave " +
                "his \"office in the clouds\" and visit \"the saddest quay in the county.\"\n\n" +
                "Okafor later read out the council's statement saying the ferries were \"safe for now.\"";
            var quotes = QuoteRulesTests.Extract(text).Where(x => x.Kind == QuoteKind.Partial).ToList();
            Assert.Equal(3, quotes.Count);
            Assert.Equal("Gazette's editorial", quotes[0].Speaker);
            Assert.Equal("Gazette's editorial", quotes[1].Speaker);
            Assert.Equal("council's statement", quotes[2].Speaker);
        }

        [Fact]
        public void AParticipleAfterAnUnownedDocumentKeepsTheClausesSubject()
        {
            // "The town released a statement saying": with no owner before the document, the town that released it speaks.
            var q = QuoteRulesTests.Extract("The town released a statement saying the ferries were \"safe for now.\"").Single();
            Assert.Equal("town", q.Speaker);
        }
    }
}
