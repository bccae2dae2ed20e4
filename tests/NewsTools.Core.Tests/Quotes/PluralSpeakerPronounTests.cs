using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>"They" stands for the plural people phrase that spoke last, not for a body or place named before it.</summary>
    public class PluralSpeakerPronounTests
    {
        [Fact]
        public void TheyGoesToThePluralPhraseThatJustSpokeNotToAnEarlierBody()
        {
            // A listed people noun, capitalised at the sentence's start.
            var text = "Harbour fees rise\n\nThe Northport Harbour Board raised its mooring fees on Monday. " +
                "Fishermen said the increase would push small boats out of the port. " +
                "They added that \"nobody asked the crews\" before the vote.";
            Assert.Equal("Fishermen", Extract(text).Speaker);

            // Any regular plural written lowercase.
            text = "Harbour fees rise\n\nThe Northport Harbour Board raised its mooring fees on Monday, and the dockers said the " +
                "increase would push small boats out of the port. They added that \"nobody asked the crews\" before the vote.";
            Assert.Equal("dockers", Extract(text).Speaker);
        }

        [Theory]
        [InlineData("Correspondents")]
        [InlineData("Pundits")]
        [InlineData("Negotiators")]
        public void TheyGoesToAPluralOfPeopleWhoReportTheNews(string group)
        {
            // Listed people nouns beyond officials and experts: those who write, advise or negotiate, capitalised at a sentence's start.
            var text = "Oracle cuts jobs\n\nThe Northport Harbour Board said it began notifying staff of redundancies on Friday. " +
                group + " say 6,000 job losses had been expected. They say the board may be trying to \"placate customers\".";
            Assert.Equal(group, Extract(text).Speaker);
        }

        [Fact]
        public void ABodyNamedInThePluralPhrasesOwnStatementDoesNotTakeThey()
        {
            // Johnson & Johnson is what the analysts spoke of, named inside their statement; "They" is still the analysts.
            var text = "Guidant deal\n\nJohnson & Johnson has agreed to buy Guidant. Analysts said that the deal is aimed at offsetting " +
                "Johnson & Johnson's reliance on drugs. They also pointed out that \"more mergers are likely\".";
            Assert.Equal("Analysts", Extract(text).Speaker);
        }

        [Fact]
        public void TheyKeepsToABodyNamedAfterThePluralPhrase()
        {
            // The body is named after the phrase that spoke, and is the nearer group.
            var text = "Harbour fees rise\n\nFishermen said the increase would push small boats out of the port. " +
                "The Northport Harbour Board raised its mooring fees on Monday. " +
                "They added that the money would \"pay for a new breakwater\" by 2027.";
            Assert.Equal("Northport Harbour Board", Extract(text).Speaker);
        }

        [Fact]
        public void APluralDocumentOrANameEndingInSIsNoGroupForThey()
        {
            // "figures" is a source, and "Harlands" a name, not people: "they" still goes to the body.
            foreach (var between in new[] { "Figures showed the port lost money last year.", "Harlands said the port lost money last year." })
            {
                var text = "Harbour fees rise\n\nThe Northport Harbour Board raised its mooring fees on Monday. " + between +
                    " They added that the money would \"pay for a new breakwater\" by 2027.";
                Assert.Equal("Northport Harbour Board", Extract(text).Speaker);
            }
        }

        private static Quote Extract(string text) =>
            QuoteRulesTests.Extract(text).Single(x => x.SpeakerMention == "They");

        [Theory]
        [InlineData("Fans chanted \"Sack the board\" throughout the game.")]
        [InlineData("Analysts said the deal was \"a good one\".")]
        public void HeOrSheNeverGoesBackToAPluralOfPeopleThatSpoke(string groupSentence)
        {
            var quotes = QuoteRulesTests.Extract("Row\n\n" + groupSentence + "\n\nHe described the plan as \"a disaster\".").ToArray();
            var q = quotes.Single(x => x.Text == "a disaster");
            Assert.NotEqual(groupSentence.Split(' ')[0], q.Speaker);
        }
    }
}
