using System.Linq;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Coverage;
using NewsTools.Quotes;
using NewsTools.Text;
using NewsTools.Time.Scanning;
using Xunit;

namespace NewsTools.Tests.Text
{
    /// <summary>
    /// Where each of the four tokenizers cuts the cases they disagree on (a.m./p.m., '90s, 1,200, 3.5, hyphenated compounds,
    /// possessives with ' and ’, U.S., Mr., dashes, curly quotes), pinned on one sentence: the answers a shared token stream
    /// must let each view give (see ArticleText).
    /// </summary>
    public class TokenBoundaryTests
    {
        private const string Sentence =
            "Mr. O’Neill’s U.S. team met at 9:30 a.m. \u2014 not 3.5 p.m. \u2014 in the ’90s and '90s, paid 1,200 yen for a well-known \u201Cstate-of-the-art\u201D deal; Japan's envoy agreed.";

        /// <summary>Numbers keep inner separators ("1,200", "3.5"); a leading apostrophe is a mark of its own.</summary>
        [Fact]
        public void TextTokenizer()
        {
            Assert.Equal(
                "Mr|.|O’Neill’s|U.S.|team|met|at|9|:|30|a.m.|—|not|3.5|p.m.|—|in|the|’|90s|and|'|90s|,|paid|1,200|yen|for|a|well-known|“|state-of-the-art|”|deal|;|Japan's|envoy|agreed|.",
                string.Join("|", Tokenizer.Tokenize(Sentence).Select(t => t.Text)));
        }

        /// <summary>Joins on ' ’ - . &amp; only (so "1,200" is three tokens) and keeps the period of an abbreviation or initial.</summary>
        [Fact]
        public void QuoteTokenizer()
        {
            var lexicon = new CueLexicon(ConfigLoader.Defaults);
            var p = ParagraphText.Build(Sentence, 0, ParagraphKind.Body, 0, Sentence.Length, lexicon.Classes);
            Assert.Equal(
                "Mr.|O’Neill’s|U.S.|team|met|at|9|:|30|a.m.|—|not|3.5|p.m.|—|in|the|’|90s|and|'|90s|,|paid|1|,|200|yen|for|a|well-known|“|state-of-the-art|”|deal|;|Japan's|envoy|agreed|.",
                string.Join("|", p.Tokens.Select(t => Sentence.Substring(t.Start, t.End - t.Start))));
        }

        /// <summary>Keys: dots of abbreviations and the thousands comma dropped, possessives folded, curly apostrophes made straight.</summary>
        [Fact]
        public void CoverageWordScanner()
        {
            Assert.Equal(
                "mr|o'neill|us|team|met|at|9|30|am|not|3.5|pm|in|the|90s|and|90s|paid|1200|yen|for|a|well-known|state-of-the-art|deal|japan|envoy|agreed",
                string.Join("|", WordScanner.Scan(Sentence).Select(w => w.Key)));
        }

        [Fact]
        public void TimeTokenizerCutsLettersDigitsAndMarksApart()
        {
            var tokens = new TokenList(64);
            TimeTokenizer.Tokenize(Sentence, 0, Sentence.Length, tokens, Lexicon.For(ConfigLoader.Defaults));
            Assert.Equal(
                "Mr|.|O|’|Neill|’|s|U|.|S|.|team|met|at|9|:|30|a.m.|—|not|3|.|5|p.m.|—|in|the|’|90|s|and|'|90|s|,|paid|1|,|200|yen|for|a|well|-|known|“|state|-|of|-|the|-|art|”|deal|;|Japan|'|s|envoy|agreed|.",
                string.Join("|", Enumerable.Range(0, tokens.Count).Select(i => Sentence.Substring(tokens[i].Start, tokens[i].Length))));
        }
    }
}
