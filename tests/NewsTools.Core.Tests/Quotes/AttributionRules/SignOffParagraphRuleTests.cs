using System.Linq;
using NewsTools.Quotes;
using NewsTools.Quotes.AttributionRules;
using Xunit;

namespace NewsTools.Tests.Quotes.AttributionRules
{
    public class SignOffParagraphRuleTests
    {
        [Theory]
        [InlineData("- Okafor.", "Okafor")]
        [InlineData("― Ruth Okafor (@ruthokafor)", "Ruth Okafor")]
        [InlineData("— Harbour Board chair Ruth Okafor", "Harbour Board chair Ruth Okafor")]
        public void ADashAndANameAloneOnALineSignIt(string line, string name)
        {
            var kit = new RuleKit("\"The tolls are a disgrace.\"", line);
            Assert.Equal(name, new SignOffParagraphRule(kit.Cues.Parser).SignOff(kit.Paragraph)!.Text);
        }

        [Theory]
        [InlineData("- And that was the end of it.")]
        [InlineData("- Okafor left the meeting early.")]
        [InlineData("Okafor.")]
        [InlineData("- Okafor: \"We are done.\"")]
        public void AClauseAQuoteOrNoDashIsNoSignOff(string line)
        {
            var kit = new RuleKit("\"The tolls are a disgrace.\"", line);
            Assert.Null(new SignOffParagraphRule(kit.Cues.Parser).SignOff(kit.Paragraph));
        }

        [Fact]
        public void TheSignerSpeaksTheQuotedParagraphAboveOnly()
        {
            var quotes = QuoteRulesTests.Extract("Fact check\n\nNot every claim could be checked.\n\n\"I went to the harbour before the storm. I was the one who warned the board.\"\n\n- Okafor.\n\nOkafor tends to overstate her warnings.\n\n\"The tolls are a disgrace.\"\n\n- And that was the end of it.");
            Assert.Equal("Okafor", quotes.Single(q => q.Text.StartsWith("I went")).Speaker);
            Assert.Null(quotes.Single(q => q.Text.StartsWith("The tolls")).Speaker);
        }

        [Fact]
        public void TheSignatureOverridesASpeakerReadFromAnEarlierParagraph()
        {
            // In a round-up each quote is signed: the one after Okafor's is Brandt's, not a continuation of hers.
            var quotes = QuoteRulesTests.Extract("What they said\n\nRuth Okafor said: \"The tolls stay. They pay for the dredging.\"\n\n\"I will look into it. I do not know the status of the tolls.\"\n\n- Ivo Brandt\n\n\"The tolls stay where they are.\"\n\n- Okafor.");
            Assert.Equal("Ruth Okafor", quotes.Single(q => q.Text.StartsWith("The tolls stay.")).Speaker);
            Assert.Equal("Ivo Brandt", quotes.Single(q => q.Text.StartsWith("I will")).Speaker);
            Assert.Equal("Ruth Okafor", quotes.Single(q => q.Text.StartsWith("The tolls stay where")).Speaker);
        }
    }
}
