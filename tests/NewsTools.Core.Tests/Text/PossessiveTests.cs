using System.Linq;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Coverage;
using NewsTools.Quotes;
using NewsTools.Text;
using NewsTools.Time.Events;
using Xunit;

namespace NewsTools.Tests.Text
{
    /// <summary>The possessive mark ('s, ’s, s' and s’), one rule (Text/Possessive) that every scanner reads.</summary>
    public class PossessiveTests
    {
        [Theory]
        [InlineData("Japan's", 2)]
        [InlineData("Japan’s", 2)]
        [InlineData("CHINA'S", 2)]
        [InlineData("ministers'", 1)]
        [InlineData("ministers’", 1)]
        [InlineData("Jones", 0)]
        [InlineData("don't", 0)]
        [InlineData("'s", 0)] // a mark with no word before it
        public void TheMarkIsAnApostropheAndSOrAPluralsApostrophe(string word, int length)
        {
            Assert.Equal(length, Possessive.Length(word, 0, word.Length));
            Assert.Equal(length > 0, Possessive.Is(word));
            Assert.Equal(word.Substring(0, word.Length - length), Possessive.Strip(word));
        }

        [Fact]
        public void AScannerStopsAtAnApostropheSThatEndsTheWord()
        {
            const string text = "Japan's envoy, Japan'sk";
            Assert.True(Possessive.StartsAt(text, 5, text.Length));
            Assert.False(Possessive.StartsAt(text, 20, text.Length)); // "'sk" goes on as a word
            Assert.False(Possessive.StartsAt(text, 4, text.Length)); // no apostrophe there
        }

        [Fact]
        public void EveryScannerDropsTheSameMark()
        {
            const string text = "Japan’s envoy met the ministers' aides and Shinzo Abe's staff.";

            Assert.Equal(new[] { "japan", "envoy", "met", "the", "ministers", "aides", "and", "shinzo", "abe", "staff" }, WordScanner.BuiltIn.Scan(text).Select(w => w.Key));
            Assert.Contains("Shinzo Abe", new NameFinder(ConfigLoader.Defaults).Find(text).Select(n => n.Text));
            Assert.Contains("Shinzo Abe", new ActorFinder(ConfigLoader.Defaults).Find(text, 0, text.Length, -1, -1) ?? new System.Collections.Generic.List<string>());

            var p = ParagraphText.Build(text, 0, ParagraphKind.Body, 0, text.Length, new CueLexicon(ConfigLoader.Defaults).Classes, SentenceSplitter.For(ConfigLoader.Defaults));
            var possessives = Enumerable.Range(0, p.Tokens.Count).Where(p.IsPossessive).Select(p.Word);
            Assert.Equal(new[] { "Japan’s", "Abe's" }, possessives);
        }
    }
}
