using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// A month that is also a surname (list monthsAlsoNames: "Theresa May", "Brian May") is part of the name after a given
    /// name, as the shared name finder already reads it, not a time word or the modal "may"; and a reported clause may open
    /// with a title and a name written without a period ("said Mr Brown was ...").
    /// </summary>
    public class MonthSurnameTests
    {
        private static Quote[] Quotes(string paragraphs) => QuoteRulesTests.Extract("Policy row\n\n" + paragraphs).ToArray();

        [Theory]
        [InlineData("Theresa May said the plan was wrong.", "Theresa May", "Theresa May")]
        [InlineData("Labour MSP Christine May had said the inquiry was unfair.", "Christine May", "Labour MSP Christine May")]
        public void AMonthAfterAGivenNameIsTheSurname(string sentence, string speaker, string mention)
        {
            var quote = Assert.Single(Quotes(sentence));
            Assert.Equal(speaker, quote.Speaker);
            Assert.Equal(mention, quote.SpeakerMention);
        }

        [Fact]
        public void TheSurnameBeforeTheCueAndTheMonthInTheClauseAreEachRead()
        {
            // "the band would tour in May": the month in the clause is a month; the name before "said" keeps its surname.
            var quote = Assert.Single(Quotes("Brian May said the band would tour in May."));
            Assert.Equal("Brian May", quote.Speaker);
            Assert.Equal("the band would tour in May", quote.Text);
        }

        [Theory]
        [InlineData("Tony Blair said Mr Brown was clever.", "Mr Brown was clever")]
        [InlineData("Defence lawyers said Dr Scrushy had been deceived by other executives.", "Dr Scrushy had been deceived by other executives")]
        public void AClauseMayOpenWithATitleAndAName(string sentence, string text)
        {
            Assert.Equal(text, Assert.Single(Quotes(sentence)).Text);
        }
    }
}
