using System;
using System.Collections;
using System.IO;
using System.Linq;
using NewsTools.Articles;
using NewsTools.Cli.Commands;
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
            var p = ParagraphText.Build(Sentence, 0, ParagraphKind.Body, 0, Sentence.Length, lexicon.Classes, lexicon.Sentences);
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
                string.Join("|", WordScanner.BuiltIn.Scan(Sentence).Select(w => w.Key)));
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

        /// <summary>
        /// Over every paragraph of the BBC corpus, every token of the three other tokenizers starts and ends where a time token
        /// starts and ends: the time tokenizer's stream (letter runs, digit runs, marks) is the finest, and each other view is
        /// a join of its tokens, so one stream can serve them all (a flood of one mark, one time token, counts as single marks).
        /// </summary>
        [SkippableFact]
        public void CorpusTokensOfEveryTokenizerAreJoinsOfTimeTokens()
        {
            var corpus = TestData.RequireShared("corpus/bbc-news-2225");
            var config = ConfigLoader.Defaults;
            var reader = new ArticleReader(config);
            var lexicon = Lexicon.For(config);
            var classes = new CueLexicon(config).Classes;
            var tokens = new TokenList(1024);
            var files = BenchCommand.CorpusFiles(corpus);
            Assert.True(files.Count > 2000, $"{files.Count} files in {corpus}");
            long checkedTokens = 0;
            foreach (var file in files)
            {
                var article = reader.ReadFile(file);
                var text = article.Text;
                foreach (var span in ArticleText.Of(article).Spans)
                {
                    tokens.Clear();
                    TimeTokenizer.Tokenize(text, span.Start, span.End, tokens, lexicon);
                    var starts = new BitArray(text.Length + 1);
                    var ends = new BitArray(text.Length + 1);
                    for (var i = 0; i < tokens.Count; i++)
                    {
                        var t = tokens[i];
                        var mark = t.Kind == NewsTools.Time.Scanning.TokenKind.Punct;
                        for (var k = t.Start; k <= t.End; k++)
                        {
                            starts[k] |= k == t.Start || (mark && k < t.End);
                            ends[k] |= k == t.End || (mark && k > t.Start);
                        }
                    }

                    void Check(string tokenizer, int start, int end)
                    {
                        checkedTokens++;
                        Assert.True(
                            starts[start] && ends[end],
                            $"{tokenizer} token \"{text.Substring(start, end - start)}\" at {start} in {Path.GetFileName(file)} is not a join of time tokens: \"{text.Substring(Math.Max(span.Start, start - 20), Math.Min(span.End, end + 20) - Math.Max(span.Start, start - 20))}\"");
                    }

                    foreach (var t in Tokenizer.Tokenize(text, span.Start, span.End))
                    {
                        Check("Text/Tokenizer", t.Start, t.End);
                    }

                    foreach (var t in ParagraphText.Build(text, 0, ParagraphKind.Body, span.Start, span.End, classes, SentenceSplitter.For(ConfigLoader.Defaults)).Tokens)
                    {
                        Check("ParagraphText", t.Start, t.End);
                    }

                    foreach (var w in WordScanner.BuiltIn.Scan(text, span.Start, span.End))
                    {
                        Check("WordScanner", w.Start, w.End);
                    }
                }
            }

            Assert.True(checkedTokens > 1_000_000, checkedTokens.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
