using System.Linq;
using NewsTools.Config;
using NewsTools.Coverage;
using NewsTools.Text;
using NewsTools.Time.Scanning;
using Xunit;

namespace NewsTools.Tests.Text
{
    /// <summary>One definition of a space (TextNormalizer.IsSpace), read the same way by every scanner.</summary>
    public class SpaceTests
    {
        // No-break, thin, narrow no-break, ideographic, figure, hair, en and em spaces, and a tab, between words.
        private const string OddlySpaced = "Prime\u00A0Minister\u2009Abe\u202Fsaid\u3000on\u2007Monday\u200Athat\u2002he\u2003would\tgo";

        [Fact]
        public void EveryOddSpaceIsASpace()
        {
            var odd = Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(TextNormalizer.IsOddSpace).ToList();
            Assert.Equal(9, odd.Count);
            Assert.All(odd, c => Assert.True(TextNormalizer.IsSpace(c), $"U+{(int)c:X4}"));
            Assert.True(TextNormalizer.IsSpace('\n'));
            Assert.False(TextNormalizer.IsSpace('\u200B')); // a zero-width space joins, it does not separate
        }

        [Fact]
        public void EveryScannerSplitsWordsAtEveryOddSpace()
        {
            var expected = new[] { "Prime", "Minister", "Abe", "said", "on", "Monday", "that", "he", "would", "go" };

            Assert.Equal(expected, Tokenizer.Tokenize(OddlySpaced).Select(t => t.Text));
            Assert.Equal(expected, WordScanner.BuiltIn.Scan(OddlySpaced).Select(w => OddlySpaced.Substring(w.Start, w.End - w.Start)));

            var tokens = new TokenList(16);
            TimeTokenizer.Tokenize(OddlySpaced, 0, OddlySpaced.Length, tokens, Lexicon.For(ConfigLoader.Defaults));
            var words = Enumerable.Range(0, tokens.Count).Select(i => tokens[i]).ToList();
            Assert.Equal(expected, words.Select(t => OddlySpaced.Substring(t.Start, t.Length)));
            Assert.All(words, t => Assert.True(t.SpaceBefore));
        }

        [Fact]
        public void ASentenceEndsBeforeAnOddSpace()
        {
            const string text = "He left.\u00A0Then it rained.\u2009It stopped.";
            Assert.Equal(new[] { "He left.", "Then it rained.", "It stopped." }, SentenceSplitter.For(ConfigLoader.Defaults).Split(text, 0, text.Length).Select(s => s.Of(text)));
        }
    }
}
