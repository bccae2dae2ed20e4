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
        private const string Paragraph = "Supt. Jones of the county police met Mr. Smith on Jan. 28. No one else came.";

        [Fact]
        public void AbbreviationsComeFromTheDefaultsAndKeepTheirPeriod()
        {
            var lexicon = new CueLexicon(ConfigLoader.Defaults);
            Assert.Contains("Mr", lexicon.Abbreviations);
            Assert.Contains("U.S", lexicon.Abbreviations);
            Assert.DoesNotContain("mr", lexicon.Abbreviations); // compared as written

            // "Mr." and "Jan." do not end the sentence; "28." before "No" does; "Supt." is not a listed abbreviation.
            Assert.Equal(new[] { "Supt.", "Jones of the county police met Mr. Smith on Jan. 28.", "No one else came." }, Sentences(lexicon));
        }

        [Fact]
        public void AUserFileAddsAnAbbreviation()
        {
            var path = Path.Combine(Path.GetTempPath(), "newstools-abbreviations-" + System.Guid.NewGuid().ToString("N") + ".yaml");
            File.WriteAllText(path, "wordLists:\n  abbreviations: [Supt]\n");
            try
            {
                var lexicon = new CueLexicon(ConfigLoader.Load(new[] { path }));
                Assert.Contains("Supt", lexicon.Abbreviations);
                Assert.Contains("Mr", lexicon.Abbreviations);
                Assert.Equal(new[] { "Supt. Jones of the county police met Mr. Smith on Jan. 28.", "No one else came." }, Sentences(lexicon));
            }
            finally
            {
                File.Delete(path);
            }
        }

        private static string[] Sentences(CueLexicon lexicon)
        {
            var p = ParagraphText.Build(Paragraph, 0, ParagraphKind.Body, 0, Paragraph.Length, lexicon.Classes);
            return p.Sentences.Select(s => Paragraph.Substring(p.Tokens[s.First].Start, p.Tokens[s.End - 1].End - p.Tokens[s.First].Start)).ToArray();
        }
    }
}
