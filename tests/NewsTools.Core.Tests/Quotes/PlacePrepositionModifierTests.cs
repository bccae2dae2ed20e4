using System.Linq;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// "Residents near the plant said", "The engineers behind the bridge claim", "Protesters marching through the streets chanted":
    /// a phrase of place after the subject's noun modifies it; the noun before the preposition speaks (#12).
    /// </summary>
    public class PlacePrepositionModifierTests
    {
        [Theory]
        [InlineData("Protesters marching through the streets chanted \u201cWhat curfew?\u201d and kept going.", "Protesters")]
        [InlineData("The engineers behind the bridge claim it is \u201ca triumph of design.\u201d", "engineers")]
        [InlineData("Residents near the plant said the smell was \u201cunbearable.\u201d", "Residents")]
        public void TheNounBeforeAPlacePrepositionSpeaks(string text, string speaker)
        {
            var q = QuoteRulesTests.Extract(text).Single();
            Assert.Equal(speaker, q.Speaker);
        }
    }
}
