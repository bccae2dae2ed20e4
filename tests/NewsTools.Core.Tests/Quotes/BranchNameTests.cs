using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// A name of several words that ends in a country is a body or its branch there ("Cancer Research UK", "Real Madrid"), not
    /// a person a "he" could stand for; a given name ("Michael Jordan") or a direction ("North London") says otherwise, and
    /// before a plain noun the words only modify it ("Big US firms").
    /// </summary>
    public class BranchNameTests
    {
        private static Quote[] Quotes(string paragraphs) => QuoteRulesTests.Extract("Health row\n\n" + paragraphs).ToArray();

        [Fact]
        public void ACharityNamedForItsCountryIsABodyThatItStandsFor()
        {
            var quotes = Quotes("Cancer Research UK said the study was welcome. It warned that the results showed only an association.");
            Assert.Equal(new[] { "Cancer Research UK", "Cancer Research UK" }, quotes.Select(q => q.Speaker).ToArray());
            Assert.Equal(SpeakerType.Organization, quotes[0].SpeakerType);
        }

        [Fact]
        public void AClubBeforeATitleIsNoPersonAPronounStandsFor()
        {
            var quotes = Quotes("Real Madrid striker Michael Owen scored twice on Sunday. \"I'm pleased with the start I've made here,\" he said.");
            Assert.Equal("Michael Owen", Assert.Single(quotes).Speaker);
        }

        [Fact]
        public void ABroadcasterSpokenToIsNoPersonAPronounStandsFor()
        {
            var quotes = Quotes("Its head of flood risk, Jeremy Parr, told BBC Radio Wales the ground was already saturated. \"Even a modest amount of rain could cause problems,\" he warned.");
            Assert.Equal(new[] { "Jeremy Parr", "Jeremy Parr" }, quotes.Select(q => q.Speaker).ToArray());
        }

        [Theory]
        [InlineData("Michael Jordan said the team had played well.", "Michael Jordan")]
        [InlineData("Jack London said the team had played well.", "Jack London")]
        public void APersonWhoseSurnameIsACountryIsStillAPerson(string sentence, string speaker)
        {
            var quote = Assert.Single(Quotes(sentence));
            Assert.Equal(speaker, quote.Speaker);
            Assert.Equal(SpeakerType.Person, quote.SpeakerType);
        }
    }
}
