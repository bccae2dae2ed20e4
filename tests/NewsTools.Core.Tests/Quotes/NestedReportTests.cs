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
    }
}
