using System.Collections.Generic;
using System.Linq;
using NewsTools.Config;
using NewsTools.Quotes;
using NewsTools.Tests.Quotes;
using NewsTools.Text;
using NewsTools.Time.Events;
using Xunit;

namespace NewsTools.Tests.Text
{
    /// <summary>
    /// A surname after a particle in lower case ("al-Ansari", "el-Sisi"; list nameParticles of Text/text.defaults.yaml) is a
    /// name to the name finder, the timeline's actor finder and the quote attribution alike; a word joined to a prefix that
    /// is no particle ("pre-Budget", "ex-King", "pay-TV") is not.
    /// </summary>
    public class NameParticleTests
    {
        [Theory]
        [InlineData("Talks with Majed al-Ansari ended on Monday.", "Majed al-Ansari")]
        [InlineData("Abdel Fattah el-Sisi met the envoy on Monday.", "Abdel Fattah el-Sisi")]
        public void EveryNameFinderKeepsTheSurnameAfterItsParticle(string text, string name)
        {
            Assert.Contains(name, new NameFinder(ConfigLoader.Defaults).Find(text).Select(n => n.Text));
            Assert.Contains(name, new ActorFinder(ConfigLoader.Defaults).Find(text, 0, text.Length, -1, -1) ?? new List<string>());
        }

        [Fact]
        public void TheSpokesmanNamedWithAParticleIsTheSpeakerAndHisPronounsToo()
        {
            var quotes = QuoteRulesTests.Extract(
                "Talks stall\n\nUS spokesman John Kirby said Washington would keep pressing. Qatar's foreign ministry spokesman Majed al-Ansari said the mediators would meet again. He added that the proposal remained the basis for a deal.");
            Assert.Equal(new[] { "John Kirby", "Majed al-Ansari", "Majed al-Ansari" }, quotes.Select(q => q.Speaker).ToArray());
        }

        [Theory]
        [InlineData("ex-King", false)]
        [InlineData("pre-Budget", false)]
        [InlineData("pay-TV", false)]
        [InlineData("al-Ansari", true)]
        [InlineData("d'Estaing", true)]
        [InlineData("al-", false)]
        public void OnlyAListedParticleBeforeACapitalOpensAName(string word, bool name)
        {
            Assert.Equal(name, new NameParticles(new[] { "al", "d" }).Open(word, 0, word.Length));
        }

        [Fact]
        public void AParticleTheUserAddsMayBeLongerThanTheDefaults()
        {
            Assert.True(new NameParticles(new[] { "al", "della" }).Open("della-Rovere", 0, "della-Rovere".Length));
        }
    }
}
