using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// "The town released a statement saying ...": after a noun an article opens, a past form that takes an object is the clause's
    /// verb, so the noun alone is the subject a participle cue reports for (the object may be a titled name: "granted Mr. Doyle
    /// a delay"); a participle without an object still modifies the
    /// noun ("the report released Friday") (#12).
    /// </summary>
    public class ClauseVerbAfterNounTests
    {
        [Theory]
        [InlineData("The town released a statement Wednesday saying the remarks \u201care based on opinion, not facts.\u201d", "town")]
        [InlineData("The firm closed the book on Friday, saying \u201cinsider information\u201d could have played a part.", "firm")]
        [InlineData("In May, several farm unions granted Mr. Doyle a delay on the order, saying his \u201cmoney was short.\u201d", "farm unions")]
        public void APastFormWithAnObjectEndsTheSubject(string text, string speaker)
        {
            var q = QuoteRulesTests.Extract(text).Single();
            Assert.NotEqual(QuoteKind.Term, q.Kind);
            Assert.Equal(speaker, q.Speaker);
        }

        [Fact]
        public void AParticipleWithoutAnObjectStaysInThePhrase()
        {
            var q = QuoteRulesTests.Extract("According to the report released Friday, the harbour is \u201cin steep decline.\u201d").Single();
            Assert.StartsWith("report released", q.Speaker);
        }
    }
}
