using System.Linq;
using NewsTools.Quotes;
using NewsTools.Quotes.AttributionRules;
using NewsTools.Tests.Quotes.AttributionRules;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// The name after a dateline ("RIVERSIDE, Calif. (AP) - Mayor Daniel Ortiz conceded") opens the sentence and is its
    /// subject, whom a later "he" reaches before a capitalised headline word; a heading in capitals before a dash
    /// ("CONGRESS HAS INVESTIGATED HIM -") is no dateline.
    /// </summary>
    public class DatelineSubjectTests
    {
        [Fact]
        public void TheNameAfterADatelineIsTheSubjectAPronounReaches()
        {
            var quotes = QuoteRulesTests.Extract("Incumbent mayor concedes after narrow defeat\n\nRIVERSIDE, Calif. (AP) - Mayor Daniel Ortiz conceded Wednesday night.\n\n" +
                "\"The voters have spoken,\" Ortiz told supporters. He said he had called Whitaker to congratulate her.").ToArray();
            Assert.Equal(new[] { "Daniel Ortiz", "Daniel Ortiz" }, quotes.Select(q => q.Speaker).ToArray());
        }

        [Theory]
        [InlineData("RIVERSIDE, Calif. (AP) - Mayor Daniel Ortiz conceded.", "Mayor")]
        [InlineData("SALT LAKE CITY - Mayor Daniel Ortiz conceded.", "Mayor")]
        [InlineData("BEIJING (Sputnik) - Mayor Daniel Ortiz conceded.", "Mayor")]
        [InlineData("CONGRESS HAS INVESTIGATED HIM - Senators said his advice was dubious.", "CONGRESS")]
        public void ADatelineIsAPlaceOfThreeWordsOrOneSetOffByACommaOrACredit(string paragraph, string firstAfter)
        {
            var p = new RuleKit(paragraph).Paragraph;
            var t = ReportedSentence.AfterDateline(p, 0, p.Tokens.Count);
            Assert.Equal(firstAfter, p.Word(t));
        }
    }
}
