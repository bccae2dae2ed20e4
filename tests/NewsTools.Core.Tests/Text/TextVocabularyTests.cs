using System.IO;
using System.Linq;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Text
{
    /// <summary>The text layer's word lists (Text/text.defaults.yaml), which a user file extends.</summary>
    public class TextVocabularyTests
    {
        private const string Paragraph = "Brig. Jones of the county police met Mr. Smith on Jan. 28. No one else came.";

        [Fact]
        public void AbbreviationsComeFromTheDefaultsAndKeepTheirPeriod()
        {
            var lexicon = new CueLexicon(ConfigLoader.Defaults);
            Assert.Contains("Mr", lexicon.Abbreviations);
            Assert.Contains("U.S", lexicon.Abbreviations);
            Assert.Contains("mr", lexicon.Abbreviations); // as written, capitalised or in lower case
            Assert.DoesNotContain("MR", lexicon.Abbreviations); // never in capitals, which spell acronyms
            Assert.Contains("No", lexicon.Abbreviations);
            Assert.DoesNotContain("no", lexicon.Abbreviations); // matched only as written

            // "Mr." and "Jan." do not end the sentence; "28." before "No" does; "Brig." is not a listed abbreviation.
            Assert.Equal(new[] { "Brig.", "Jones of the county police met Mr. Smith on Jan. 28.", "No one else came." }, Sentences(lexicon));
        }

        [Fact]
        public void AUserFileAddsAnAbbreviation()
        {
            var path = Path.Combine(Path.GetTempPath(), "newstools-abbreviations-" + System.Guid.NewGuid().ToString("N") + ".yaml");
            File.WriteAllText(path, "wordLists:\n  abbreviations: [Brig]\n");
            try
            {
                var lexicon = new CueLexicon(ConfigLoader.Load(new[] { path }));
                Assert.Contains("Brig", lexicon.Abbreviations);
                Assert.Contains("Mr", lexicon.Abbreviations);
                Assert.Equal(new[] { "Brig. Jones of the county police met Mr. Smith on Jan. 28.", "No one else came." }, Sentences(lexicon));
            }
            finally
            {
                File.Delete(path);
            }
        }

        private static string[] Sentences(CueLexicon lexicon)
        {
            var p = ParagraphText.Build(Paragraph, 0, ParagraphKind.Body, 0, Paragraph.Length, lexicon.Classes, lexicon.Sentences);
            return p.Sentences.Select(s => Paragraph.Substring(p.Tokens[s.First].Start, p.Tokens[s.End - 1].End - p.Tokens[s.First].Start)).ToArray();
        }
    }
}
