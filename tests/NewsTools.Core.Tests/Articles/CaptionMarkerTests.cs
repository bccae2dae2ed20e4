using System;
using System.Linq;
using NewsTools.Articles;
using NewsTools.Config;
using Xunit;

namespace NewsTools.Tests.Articles
{
    /// <summary>
    /// captionMarkers (Config/articles.defaults.yaml): photo credits that make a line a picture caption wherever they stand
    /// in it, as written or in capitals, extended by the user's file.
    /// </summary>
    public class CaptionMarkerTests
    {
        private const string Story = "Bridge opens in Port Alder\n\nThe mayor cut the ribbon on Monday, and crowds cheered the new bridge.\n\n{0}"
            + "\n\nThe bridge took three years to build and cost four million dollars, officials said on Tuesday.";

        [Theory]
        [InlineData("Crowds on the new bridge in Port Alder. Photo: Jane Doe")]
        [InlineData("Crowds on the new bridge in Port Alder. PHOTO: JANE DOE")]
        [InlineData("The mayor at the opening (Photo by Jane Doe)")]
        [InlineData("Crowds on the bridge on Monday. AP Photo/Jane Doe")]
        [InlineData("The mayor at the opening. REUTERS/Jane Doe")]
        [InlineData("Crowds on the bridge on Monday. Getty Images")]
        [InlineData("Crowds on the bridge on Monday. PICTURE: JANE DOE")]
        public void ABuiltInCreditMakesTheLineACaption(string line)
        {
            Assert.Equal(ParagraphKind.Caption, KindOf(line, ConfigLoader.Defaults));
        }

        [Theory]
        [InlineData("The mayor showed the crowd a photo: the old ferry, moored where the bridge now stands.")]
        [InlineData("Reporters asked for the image: none was given, the council said on Monday.")]
        public void TheSameWordsInASentenceInLowerCaseAreNoCredit(string line)
        {
            Assert.Equal(ParagraphKind.Body, KindOf(line, ConfigLoader.Defaults));
        }

        [Fact]
        public void AUserCreditMakesItsLinesCaptionsAsWrittenAndInCapitals()
        {
            var config = UserConfig.DefaultsWith("wordLists:\n  captionMarkers: [\"Foto:\"]\n");
            const string credited = "Die neue Brücke in Port Alder am Montag. Foto: Max Muster";
            const string capitals = "Die neue Brücke in Port Alder am Montag. FOTO: MAX MUSTER";

            Assert.Equal(ParagraphKind.Body, KindOf(credited, ConfigLoader.Defaults));
            Assert.Equal(ParagraphKind.Caption, KindOf(credited, config));
            Assert.Equal(ParagraphKind.Caption, KindOf(capitals, config));
            // The built-in credits still count beside the user's.
            Assert.Equal(ParagraphKind.Caption, KindOf("Crowds on the bridge on Monday. Getty Images", config));
        }

        [Fact]
        public void FewAnchorsStandInEveryCredit()
        {
            // Up to five characters are searched for at once by vectorised code: the built-in credits need no more.
            var defaults = new CaptionMarkerSearch(ConfigLoader.Defaults.WordLists["captionMarkers"]);
            Assert.InRange(defaults.Anchors.Count, 1, 5);
            Assert.Contains("Photo:", defaults.Markers);
            Assert.Contains("PHOTO:", defaults.Markers);
            Assert.Contains("GETTY IMAGES", defaults.Markers);
            Assert.All(defaults.Markers, m => Assert.Contains(defaults.Anchors, m.Contains));

            // A credit in lower case only has no capital or sign to anchor on: one of its letters does.
            var lower = new CaptionMarkerSearch(new[] { "via getty", "Credit:" });
            Assert.All(lower.Markers, m => Assert.Contains(lower.Anchors, m.Contains));
            Assert.True(lower.IsIn(LineOf("Crowds at dawn, via getty")));
            Assert.False(lower.IsIn(LineOf("Crowds at dawn, via Getty")));
            Assert.False(new CaptionMarkerSearch(Array.Empty<string>()).IsIn(LineOf("Photo: Jane Doe")));
        }

        private static LineView LineOf(string text) => new LineView(text, 0, text.Length);

        private static ParagraphKind KindOf(string line, NewsToolsConfig config)
        {
            var article = new ArticleReader(config).Parse(string.Format(Story, line), new ArticleOptions { Id = "t", ReferenceDate = new DateTime(2024, 3, 12) });
            return article.Paragraphs.Single(p => p.Text == line).Kind;
        }
    }
}
