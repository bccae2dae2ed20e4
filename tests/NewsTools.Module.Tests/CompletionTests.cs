using System.Linq;
using NewsTools.Config;
using NewsTools.PowerShell.Completion;
using Xunit;

namespace NewsTools.Module.Tests
{
    public class CompletionTests
    {
        [Fact]
        public void OutletNamesFromTheBuiltInConfigComplete()
        {
            var names = ConfigLoader.Defaults.Outlets.Select(o => o.Name);
            Assert.Equal(new[] { "The New York Times", "The Straits Times", "The Washington Post" }, CompletionCandidates.Match(names, "the"));
            Assert.Equal(new[] { "Sputnik" }, CompletionCandidates.Match(names, "'sput"));
            Assert.Empty(CompletionCandidates.Match(names, "zzz"));
        }

        [Fact]
        public void AnEmptyWordOffersEveryNameOnce()
        {
            var names = new[] { "Wang Yi", "Taro Kono", "wang yi", null, " " };
            Assert.Equal(new[] { "Taro Kono", "Wang Yi" }, CompletionCandidates.Match(names, ""));
            Assert.Equal(new[] { "Wang Yi" }, CompletionCandidates.Match(names, "Wang*"));
        }

        [Fact]
        public void AnyWordOfANameMatchesAndNamesStartingWithTheWordComeFirst()
        {
            var names = new[] { "Elena Varga", "Tomas Reyes", "Varga & Sons", "The Straits Times", "Strand Post", "Mr. O'Varga" };
            Assert.Equal(new[] { "Varga & Sons", "Elena Varga", "Mr. O'Varga" }, CompletionCandidates.Match(names, "Var"));
            Assert.Equal(new[] { "Strand Post", "The Straits Times" }, CompletionCandidates.Match(names, "'str"));
            Assert.Empty(CompletionCandidates.Match(names, "arga"));
        }

        [Fact]
        public void NamesThatPowerShellWouldSplitAreQuoted()
        {
            Assert.Equal("'The Straits Times'", CompletionCandidates.ToCompletionText("The Straits Times"));
            Assert.Equal("'Xi''an Daily'", CompletionCandidates.ToCompletionText("Xi'an Daily"));
            Assert.Equal("Sputnik", CompletionCandidates.ToCompletionText("Sputnik"));
            Assert.Equal("'(AFP)'", CompletionCandidates.ToCompletionText("(AFP)"));
        }
    }
}
