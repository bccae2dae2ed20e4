using System;
using System.IO;
using System.Linq;
using NewsTools.Config;
using NewsTools.Coverage;
using NewsTools.Text;
using Xunit;

namespace NewsTools.Tests.Text
{
    /// <summary>
    /// The abbreviations (Text/text.defaults.yaml): one list of words whose period does not end a sentence, read by every
    /// splitter, with two distinctions kept as data: words matched only as written, and words that may end a sentence.
    /// </summary>
    public class AbbreviationTests
    {
        [Theory]
        [InlineData("Supt. Jones met Mr. Smith of Acme Inc. Then they left.", "Supt. Jones met Mr. Smith of Acme Inc.|Then they left.")]
        [InlineData("He lives at No. 10 Downing Street.", "He lives at No. 10 Downing Street.")]
        [InlineData("She said no. Then she left.", "She said no.|Then she left.")] // "No" is matched only as written
        [InlineData("It treats patients with MS. Final approval is near.", "It treats patients with MS.|Final approval is near.")] // capitals spell an acronym
        [InlineData("The firm is based in Austin, Tex. Its owner said so.", "The firm is based in Austin, Tex. Its owner said so.")]
        public void TheSentenceSplitterReadsTheOneList(string text, string expected)
        {
            var sentences = SentenceSplitter.For(ConfigLoader.Defaults).Split(text, 0, text.Length).Select(s => text.Substring(s.Start, s.End - s.Start));
            Assert.Equal(expected.Split('|'), sentences);
        }

        [Fact]
        public void CoveragesWordScannerStartsNoSentenceAfterATitleButDoesAfterAnOrdinaryWord()
        {
            var words = WordScanner.BuiltIn.Scan("He met Mr. Wang. Talks went on.");
            Assert.False(words.Single(w => w.Key == "wang").SentenceStart);
            Assert.True(words.Single(w => w.Key == "talks").SentenceStart);

            words = WordScanner.BuiltIn.Scan("She said no. Talks went on.");
            Assert.True(words.Single(w => w.Key == "talks").SentenceStart);
        }

        [Fact]
        public void CoveragesWordScannerReadsTheUsersAbbreviations()
        {
            const string Text = "They met Brig. Reyes at noon.";
            var builtIn = WordScanner.For(ConfigLoader.Defaults).Scan(Text);
            Assert.True(builtIn.Single(w => w.Key == "reyes").SentenceStart);
            Assert.Contains("reye", new ContentKeys(ConfigLoader.Defaults).Keys(builtIn)); // a sentence's first word is stemmed

            var path = Path.Combine(Path.GetTempPath(), "newstools-abbreviations-" + Guid.NewGuid().ToString("N") + ".yaml");
            File.WriteAllText(path, "wordLists:\n  abbreviations: [Brig]\n");
            try
            {
                var config = ConfigLoader.Load(new[] { path });
                var keys = new ContentKeys(config);
                var words = keys.Scanner.Scan(Text);
                Assert.False(words.Single(w => w.Key == "reyes").SentenceStart);
                Assert.Contains("reyes", keys.Keys(words)); // a name inside a sentence keeps its ending
                Assert.DoesNotContain("reye", keys.Keys(words));
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void TheGroupingFingerprintReadsTheUsersAbbreviations()
        {
            // The fingerprint the grouper and the archive compare reads words as the configuration does: after the user's
            // "Brig." no sentence starts, so "Reyes" is a name inside a sentence and keeps its ending.
            const string Text = "Storm damage in the port\n\nThey met Brig. Reyes at the harbour on Monday.";
            var article = new NewsTools.Articles.ArticleReader(ConfigLoader.Defaults).Parse(Text, new NewsTools.Articles.ArticleOptions { Id = "t" });
            var builtIn = ArticleFingerprint.Build(article, ConfigLoader.Defaults).Counts;
            Assert.Contains("reye", builtIn.Keys);
            Assert.DoesNotContain("reyes", builtIn.Keys);

            var path = Path.Combine(Path.GetTempPath(), "newstools-abbreviations-" + Guid.NewGuid().ToString("N") + ".yaml");
            File.WriteAllText(path, "wordLists:\n  abbreviations: [Brig]\n");
            try
            {
                var counts = ArticleFingerprint.Build(article, ConfigLoader.Load(new[] { path })).Counts;
                Assert.Contains("reyes", counts.Keys);
                Assert.DoesNotContain("reye", counts.Keys);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void EveryReaderGetsTheSameWords()
        {
            var listed = Abbreviations.For(ConfigLoader.Defaults);
            Assert.True(listed.KeepsSentence("Calif", 0, 5));
            Assert.True(listed.KeepsSentence("calif", 0, 5));
            Assert.False(listed.KeepsSentence("CALIF", 0, 5));
            Assert.True(listed.KeepsSentence("No", 0, 2));
            Assert.False(listed.KeepsSentence("no", 0, 2));
            Assert.False(listed.KeepsSentence("Inc", 0, 3)); // may end a sentence
            Assert.True(listed.KeepsSentence("Jun", 0, 3)); // short months come from the time vocabulary

            // Quotes keep "Inc." on the word: an organisation's name ends with it.
            Assert.Contains("Inc", new NewsTools.Quotes.CueLexicon(ConfigLoader.Defaults).Abbreviations);
        }

        [Fact]
        public void AUserFileAddsAnAbbreviationAndOneThatMayEndASentence()
        {
            var listed = Abbreviations.For(ConfigLoader.Defaults);
            Assert.False(listed.KeepsSentence("Brig", 0, 4));
            Assert.True(listed.KeepsSentence("Dept", 0, 4));

            var path = Path.Combine(Path.GetTempPath(), "newstools-abbreviations-" + Guid.NewGuid().ToString("N") + ".yaml");
            File.WriteAllText(path, "wordLists:\n  abbreviations: [Brig]\n  abbreviationsEndingSentences: [Dept]\n");
            try
            {
                var config = ConfigLoader.Load(new[] { path });
                Assert.True(Abbreviations.For(config).KeepsSentence("Brig", 0, 4));
                Assert.False(Abbreviations.For(config).KeepsSentence("Dept", 0, 4));
                Assert.Contains("Dept", new NewsTools.Quotes.CueLexicon(config).Abbreviations);
            }
            finally
            {
                File.Delete(path);
            }
        }
    }
}
