using System.Linq;
using NewsTools.Quotes;
using NewsTools.Quotes.AttributionRules;
using NewsTools.Tests.Quotes.AttributionRules;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// A name whose last word is a place word ("Park", "Hall") is a place unless it is a person's: after a person's title
    /// ("Chief executive John Park", "Sgt Ann Hall"), as the surname of a person named before, or after a given name when the
    /// word is also a common surname ("Stuart Hall"); "in Victoria Park" stays a place.
    /// </summary>
    public class PlaceWordSurnameTests
    {
        private static Quote[] Quotes(string paragraphs) => QuoteRulesTests.Extract("Phone launch delayed\n\n" + paragraphs).ToArray();

        [Theory]
        [InlineData("Chief executive John Park")]
        [InlineData("Prime minister John Park")]
        [InlineData("Mr Park")]
        public void APlaceWordAfterAPersonsTitleIsASurname(string speaker)
        {
            var quotes = Quotes(speaker + " said the delay was painful. He added: \"We will not ship a product.\"");
            Assert.Equal(2, quotes.Length);
            Assert.All(quotes, q => Assert.Equal(SpeakerType.Person, q.SpeakerType));
            Assert.Equal(quotes[0].Speaker, quotes[1].Speaker);
        }

        [Fact]
        public void TheSurnameAloneLaterIsTheSamePerson()
        {
            var quotes = Quotes("Chief executive John Park said the delay was painful.\n\nPark said pre-orders would be honoured.");
            Assert.Equal(new[] { "John Park", "John Park" }, quotes.Select(q => q.Speaker).ToArray());
        }

        [Fact]
        public void AGivenNameBeforeASurnameLikePlaceWordNamesAPerson()
        {
            var quotes = Quotes("The chief executive, John Park, said the delay was painful. He added: \"We will not ship a product.\"");
            Assert.Equal(new[] { "John Park", "John Park" }, quotes.Select(q => q.Speaker).ToArray());
            Assert.Equal(SpeakerType.Person, quotes[0].SpeakerType);
        }

        [Fact]
        public void AGivenNameAndAPlaceWordAfterAPrepositionOfPlaceStayAPlace()
        {
            var kit = new RuleKit("Crowds gathered in Victoria Park as Stuart Hall spoke.");
            var rule = new BodyOrPlaceNameRule(kit.Cues.Lexicon, kit.Entities);
            Assert.Equal(SpeakerType.Place, kit.Link(rule, "Victoria Park")!.Type);
            Assert.Null(kit.Link(rule, "Stuart Hall"));
        }

        [Theory]
        [InlineData("Sgt Ann Hall", "Sgt", "Ann Hall")]
        [InlineData("Det Insp Jo Reed", "Det Insp", "Jo Reed")]
        [InlineData("Lt Col Ann Hall", "Lt Col", "Ann Hall")]
        public void RanksWithoutAPeriodAreTitles(string phrase, string title, string speaker)
        {
            var quotes = Quotes(phrase + " said the road had been closed. She added: \"We need dashcam footage.\"");
            Assert.Equal(new[] { speaker, speaker }, quotes.Select(q => q.Speaker).ToArray());
            Assert.Equal(title, quotes[0].SpeakerTitle);
        }
    }
}
