using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// Companies named in the possessive ("Sainsbury's", "McDonald's", "Foster's") speak like any name: right before a cue
    /// verb the possessive owns nothing. Before a noun or an adjective it still owns it, and the owner is no subject ("Ms
    /// Villalba's claims", "Trump's repeated calls").
    /// </summary>
    public class PossessiveNameTests
    {
        private static Quote[] Quotes(string paragraphs) => QuoteRulesTests.Extract("Sales row\n\n" + paragraphs).ToArray();

        [Theory]
        [InlineData("Sainsbury's said sales fell in the last quarter.", QuoteKind.Indirect)]
        [InlineData("Sainsbury's said: \"Sales fell in the last quarter.\"", QuoteKind.Direct)]
        [InlineData("\"Sales fell in the last quarter,\" Sainsbury's said.", QuoteKind.Direct)]
        [InlineData("Sainsbury's warned that sales would fall.", QuoteKind.Indirect)]
        public void ANameInThePossessiveRightBeforeACueVerbSpeaks(string sentence, QuoteKind kind)
        {
            var quote = Assert.Single(Quotes(sentence));
            Assert.Equal(kind, quote.Kind);
            Assert.Equal("Sainsbury", quote.Speaker);
        }

        [Fact]
        public void ARoleForACompanyInThePossessiveSpeaks()
        {
            Assert.Equal("spokesman for Sainsbury's", Assert.Single(Quotes("A spokesman for Sainsbury's said sales fell.")).Speaker);
        }

        [Theory]
        [InlineData("The Alzheimer's Society said the findings were \"encouraging\".", "Alzheimer's Society")]
        [InlineData("The Children's Society said the plan was \"a step forward\".", "Children's Society")]
        [InlineData("Britain's Foreign Office said the visit was \"useful\".", "Foreign Office")]
        [InlineData("Iraq's Ministry of Communications said the bids were \"welcome\".", "Ministry of Communications")]
        public void OneOrganisationWordAfterAPossessiveThatIsNoPlacesIsTheRestOfTheName(string sentence, string speaker)
        {
            // "Society" alone names no body: the possessive is part of its name. A country's possessive owns the body after it.
            Assert.Equal(speaker, Assert.Single(Quotes(sentence)).Speaker);
        }

        [Theory]
        [InlineData("Alzheimer's Research UK said the findings were \"encouraging\".", "Alzheimer's Research UK")]
        [InlineData("Britain's Cancer Research UK said the findings were \"encouraging\".", "Cancer Research UK")]
        public void WordsEndingInACountryAfterAPossessiveThatIsNoPlacesAreOneBranchName(string sentence, string speaker)
        {
            // "Research UK" is no body of its own: the charity's name runs from the possessive to the country of its branch.
            Assert.Equal(speaker, Assert.Single(Quotes(sentence)).Speaker);
        }

        [Fact]
        public void APossessiveBeforeANounCueOwnsItAndIsNoSubject()
        {
            var quotes = Quotes("Merrill Lynch denied Ms Villalba's claims and said she was removed because of losses.");
            Assert.Equal("Merrill Lynch", Assert.Single(quotes).Speaker);
        }

        [Fact]
        public void APossessiveBeforeAnAdjectiveInEdOwnsTheNoun()
        {
            Assert.DoesNotContain(Quotes("Trump's repeated calls for a ban drew criticism."), q => q.Speaker == "Trump");
        }
    }
}
