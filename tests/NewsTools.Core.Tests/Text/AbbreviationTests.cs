using System;
using System.IO;
using System.Linq;
using NewsTools.Config;
using NewsTools.Coverage;
using NewsTools.Text;
using NewsTools.Time.Events;
using Xunit;

namespace NewsTools.Tests.Text
{
    /// <summary>The abbreviations (Text/text.defaults.yaml): words whose period does not end a sentence, read by every splitter.</summary>
    public class AbbreviationTests
    {
        [Fact]
        public void TheSentenceSplitterKeepsATitlesPeriodButNotAFirmsSuffix()
        {
            const string text = "Supt. Jones met Mr. Smith of Acme Inc. Then they left.";
            var sentences = SentenceSplitter.Split(text, 0, text.Length).Select(s => text.Substring(s.Start, s.End - s.Start));

            // "Inc." often closes a sentence, so its period ends one when a capital follows.
            Assert.Equal(new[] { "Supt. Jones met Mr. Smith of Acme Inc.", "Then they left." }, sentences);
        }

        [Fact]
        public void CoveragesWordScannerStartsNoSentenceAfterATitle()
        {
            const string text = "He met Mr. Wang. Talks went on.";
            var words = WordScanner.Scan(text);
            Assert.False(words.Single(w => w.Key == "wang").SentenceStart);
            Assert.True(words.Single(w => w.Key == "talks").SentenceStart);
        }

        [Fact]
        public void AUserFileAddsAnEventAbbreviation()
        {
            Assert.False(EventVocabulary.For(ConfigLoader.Defaults).Abbreviations.Contains("supt"));
            Assert.True(EventVocabulary.For(ConfigLoader.Defaults).Abbreviations.Contains("Dept"));

            var path = Path.Combine(Path.GetTempPath(), "newstools-abbreviations-" + Guid.NewGuid().ToString("N") + ".yaml");
            File.WriteAllText(path, "wordLists:\n  eventAbbreviations: [supt]\n");
            try
            {
                var config = ConfigLoader.Load(new[] { path });
                Assert.True(EventVocabulary.For(config).Abbreviations.Contains("Supt"));
                Assert.True(EventVocabulary.For(config).Abbreviations.Contains("Dept"));
            }
            finally
            {
                File.Delete(path);
            }
        }
    }
}
