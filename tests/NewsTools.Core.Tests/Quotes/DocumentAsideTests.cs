using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// "That letter, on company letterhead, demanded ...": a prepositional phrase between commas after a document noun says where
    /// the document came from; the document is still the subject of the cue after it and speaks (#12: a document is a speaker).
    /// </summary>
    public class DocumentAsideTests
    {
        [Theory]
        [InlineData("That memo, on Harbour Board paper, demanded that Doyle make \u201ca full apology\u201d or that the firm fire him.", "memo")]
        [InlineData("The report, from the port's own auditors, says the berths are \u201cbadly run down.\u201d", "report")]
        public void TheDocumentSpeaksPastTheAside(string text, string speaker)
        {
            var q = QuoteRulesTests.Extract(text).Single(x => x.Kind != QuoteKind.Indirect);
            Assert.NotEqual(QuoteKind.Term, q.Kind);
            Assert.Equal(speaker, q.Speaker);
        }
    }
}
