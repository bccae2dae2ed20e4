using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// A report inside another's reported clause: the sentence reports the outer clause whichever rule reads each cue, and the
    /// inner report is its own speaker's too; a clause before a later cue ("..., new data showed Friday") is not nested.
    /// </summary>
    public class NestedReportTests
    {
        private static Quote[] Quotes(string paragraphs) => QuoteRulesTests.Extract("Policy\n\n" + paragraphs).ToArray();

        [Fact]
        public void TheOuterReportStandsWhenALaterRuleReadsItsCue()
        {
            var quotes = Quotes("In an interview, Mr Ross said Mr Obama had told Jewish leaders that he would not continue the policy.");
            Assert.Equal(new[] { ("Ross", "Mr Obama had told Jewish leaders that he would not continue the policy"), ("Obama", "he would not continue the policy") },
                quotes.Select(q => (q.Speaker ?? "", q.Text)).ToArray());
        }

        [Fact]
        public void AClauseBeforeALaterCueIsNotNested()
        {
            var quote = Assert.Single(Quotes("Companies maintained their steady pace of hiring in September, new government data showed Friday."));
            Assert.Equal("showed", quote.Cue);
        }

        [Fact]
        public void AClauseBeforeAContrastingReportWithAQuotationIsItsCuesOwn()
        {
            // The quotation belongs to the second cue; the first reports the clause that ends at ", while".
            var quotes = Quotes("The union said it would keep up pressure on funding, while the heads' association said schools still faced \"impossible choices\".");
            Assert.Equal(new[] { ("union", "it would keep up pressure on funding"), ("association", "impossible choices") },
                quotes.Select(q => (q.Speaker ?? "", q.Text)).ToArray());
        }

        [Theory]
        [InlineData("The company also said it would open its satellite service to other apps next year, a move that Raman described as \"the biggest change to our platform.\"")]
        [InlineData("The company also said it would open its satellite service to other apps next year, a step that Raman called \"the biggest change to our platform.\"")]
        public void AClauseBeforeARelativeClauseWhoseCueGivesTheQuotationIsItsCuesOwn(string sentence)
        {
            var quotes = Quotes(sentence);
            Assert.Equal(new[] { ("company", QuoteKind.Indirect, "it would open its satellite service to other apps next year"), ("Raman", QuoteKind.Partial, "the biggest change to our platform.") },
                quotes.Select(q => (q.Speaker ?? "", q.Kind, q.Text)).ToArray());
        }

        [Fact]
        public void ARelativeClauseInsideTheReportedClauseDoesNotCutIt()
        {
            // The quotation does not end the sentence and the words before the comma hold no verb: no clause of "said".
            var quotes = Quotes("He said the company, which analysts called \"undervalued\", would grow.");
            Assert.DoesNotContain(quotes, q => q.Kind == QuoteKind.Indirect);
        }
    }
}
