using System;
using System.Linq;
using NewsTools.Articles;
using NewsTools.Config;
using Xunit;

namespace NewsTools.Tests.Articles
{
    /// <summary>Import of the repository's own sample articles: a plain-text story and an HTML page on the same event.</summary>
    public class SampleImportTests
    {
        [Fact]
        public void HtmlPageGivesMetadataAndStoryWithoutPageFurniture()
        {
            var article = TestData.ReadSample("coastal-wire-2024-03-12-bridge.html");

            Assert.Equal("Html", article.Format);
            Assert.Equal("Coastal Wire", article.Outlet);
            Assert.Equal("Port Alder reopens Strait bridge, but costs keep rising", article.Title);
            Assert.Equal("Sam Okafor", article.Author);
            Assert.Equal("https://coastalwire.example/news/2024/03/12/port-alder-bridge", article.Url);
            Assert.Equal(new DateTime(2024, 3, 12), article.ReferenceDate);
            Assert.Equal(ReferenceDateSource.Metadata, article.ReferenceDateSource);
            Assert.Equal("PORT ALDER", article.Dateline);

            Assert.Single(article.Paragraphs, p => p.Kind == ParagraphKind.Caption);
            foreach (var furniture in new[] { "Home", "Share this article", "Great news for commuters", "All rights reserved", "window.analytics", "news from the whole coast", "Ferry operators brace" })
            {
                Assert.DoesNotContain(furniture, article.Text, StringComparison.Ordinal);
            }

            Assert.Contains(article.Paragraphs, p => p.Kind == ParagraphKind.Body && p.Text.StartsWith("\"Nobody has told taxpayers", StringComparison.Ordinal));
            Assert.All(article.Paragraphs, p => Assert.Equal(p.Text, article.Text.Substring(p.Start, p.Text.Length)));
        }

        [Fact]
        public void PlainTextStoryDropsClutterAndKeepsCaptionsAndHeadings()
        {
            var article = TestData.ReadSample("harbour-gazette-2024-03-12-bridge.txt");

            Assert.Equal("The Harbour Gazette", article.Outlet);
            Assert.Equal("Alder Strait bridge reopens after two-year repair, city promises lower tolls", article.Title);
            Assert.Equal(new DateTime(2024, 3, 12), article.ReferenceDate);
            Assert.Equal(ReferenceDateSource.ExplicitDate, article.ReferenceDateSource);
            Assert.Equal(2, article.Paragraphs.Count(p => p.Kind == ParagraphKind.Caption));
            Assert.Contains(article.Paragraphs, p => p.Kind == ParagraphKind.Heading && p.Text == "Residents Celebrate With Fireworks");
            foreach (var clutter in new[] { "The Harbour Gazette", "Local News", "Sign up for our morning newsletter", "READ MORE: Ferry operators brace for quieter spring as bridge returns", "Comments", "0", "Log in to join the discussion" })
            {
                Assert.Contains(clutter, article.Removed.Select(r => r.Text));
            }
        }

        [Fact]
        public void WithoutTheUserConfigTheDatelineCreditStillNamesTheOutlet()
        {
            var article = new ArticleReader(ConfigLoader.Defaults).ReadFile(TestData.Samples("valley-times-2024-03-14-orchard.txt"));

            Assert.Equal("Valley Times", article.Outlet);
            Assert.Equal("KESSEL", article.Dateline);
        }

        [Fact]
        public void AnArticleWithNoDateCluesHasNoReferenceDateAndSaysSo()
        {
            var article = TestData.ReadSample("valley-times-2024-03-14-orchard.txt");

            Assert.Null(article.ReferenceDate);
            Assert.Equal(ReferenceDateSource.None, article.ReferenceDateSource);
        }

        [Fact]
        public void OverridesWinOverWhatTheArticleSays()
        {
            var options = new ArticleOptions { Outlet = "Other Paper", Title = "My title", ReferenceDate = new DateTime(2020, 5, 1), Id = "x1" };
            var article = new ArticleReader(TestData.SamplesConfig).ReadFile(TestData.Samples("harbour-gazette-2024-03-12-bridge.txt"), options);

            Assert.Equal("x1", article.Id);
            Assert.Equal("Other Paper", article.Outlet);
            Assert.Equal("My title", article.Title);
            Assert.Equal(new DateTime(2020, 5, 1), article.ReferenceDate);
            Assert.Equal(ReferenceDateSource.User, article.ReferenceDateSource);
        }

        [Theory]
        [InlineData("LISBON (Reuters) - Ferry fares will rise in June, the port said.\n\nThe rise is the first since 2019.")]
        [InlineData("Ferry fares will rise in June, the port said.")]
        public void AFirstLineThatIsTheStoryIsNotTakenForAHeadline(string text)
        {
            var article = new ArticleReader(ConfigLoader.Defaults).Parse(text);

            Assert.Null(article.Title);
            Assert.Equal(ParagraphKind.Body, article.Paragraphs[0].Kind);
        }
    }
}
