using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// An irregular past participle of a reporting verb ("written") is a cue in the perfect ("had written, ...") and none where
    /// it is passive or modifies a noun ("was written by", "a song written for") (#12).
    /// </summary>
    public class PerfectParticipleCueTests
    {
        [Theory]
        [InlineData("Mara Quist had written, \u201cThe harbour cannot wait another year.\u201d", "Mara Quist")]
        [InlineData("The council has written to the ferry operators to challenge \u201cthe unfair fares\u201d they charge.", "council")]
        public void APerfectParticipleIsACue(string text, string speaker)
        {
            var q = QuoteRulesTests.Extract(text).Single();
            Assert.NotEqual(QuoteKind.Term, q.Kind);
            Assert.Equal(speaker, q.Speaker);
            Assert.Equal("written", q.Cue);
        }

        [Theory]
        [InlineData("The anthem was written by Mara Quist, \u201ca gift to the city,\u201d the mayor said.")]
        [InlineData("A song written for the festival, \u201cSail Away Tonight,\u201d opened the show.")]
        public void APassiveOrModifyingParticipleIsNone(string text)
        {
            var q = QuoteRulesTests.Extract(text).Single();
            Assert.NotEqual("written", q.Cue);
        }
    }
}
