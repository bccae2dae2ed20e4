using System;
using System.Linq;
using System.Text.RegularExpressions;
using NewsTools.Articles;
using NewsTools.Config;
using Xunit;

namespace NewsTools.Tests.Articles
{
    /// <summary>
    /// Import reads each line where it stands in the article text (a LineView) instead of cutting it out: every question the
    /// line rules ask of a view must have the answer they had on the line's own string.
    /// </summary>
    public sealed class LineViewTests
    {
        private static LineView Embedded(string line, out string source)
        {
            // Word characters and spaces on both sides, so an anchor or a word boundary that looked past the line would show.
            source = "xx " + line + " yy";
            return new LineView(source, 3, line.Length);
        }

        [Theory]
        [InlineData("^follow us on ", "Follow us on Twitter")]
        [InlineData("^follow us on ", "Please follow us on Twitter")]
        [InlineData("^\\d{1,6}$", "12345")]
        [InlineData("^\\d{1,6}$", "1234567")]
        [InlineData("\\bcomments$", "12 comments")]
        [InlineData("^\\b", "word")]
        [InlineData("(?<=^)Pic", "Picture: AFP")]
        [InlineData("(?<!x)Pic", "Picture: AFP")]
        [InlineData("AFP(?= yy)", "Picture: AFP")]
        [InlineData("AFP$", "Picture: AFP")]
        public void APatternSeesOnlyTheLine(string pattern, string line)
        {
            var regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            var view = Embedded(line, out _);

            Assert.Equal(regex.IsMatch(line), view.IsMatchedBy(regex));
        }

        [Theory]
        [InlineData("  padded \t")]
        [InlineData("\u2028line separators\u2029")]
        [InlineData("\u000Bvertical tab\u000C")]
        [InlineData("   ")]
        [InlineData("")]
        [InlineData("plain")]
        public void TrimTakesOffWhatStringTrimDoes(string line)
        {
            var view = Embedded(line, out _);

            Assert.Equal(line.Trim(), view.Trim().ToString());
        }

        [Theory]
        [InlineData("READ MORE: the rest", "read more:", true)]
        [InlineData("READ MORE", "read more:", false)]
        [InlineData("Advertisement", "advertisement", true)]
        [InlineData("Advertisements", "advertisement", true)]
        [InlineData("Advert", "advertisement", false)]
        [InlineData("anything", "", true)]
        public void StartsWithAndEqualsIgnoringCaseAsStringsDo(string line, string text, bool startsWith)
        {
            var view = Embedded(line, out _);

            Assert.Equal(startsWith, view.StartsWith(text, StringComparison.OrdinalIgnoreCase));
            Assert.Equal(string.Equals(line, text, StringComparison.OrdinalIgnoreCase), view.EqualsText(text, StringComparison.OrdinalIgnoreCase));
        }

        [Fact]
        public void PlainReplacesOddSpacesOnlyWhenThereAreSome()
        {
            var source = "a NEW\u00A0YORK b";
            var odd = LineView.Plain(source, 2, 8);
            var clean = LineView.Plain("a LONDON b", 2, 6);

            Assert.Equal("NEW YORK", odd.ToString());
            Assert.Equal("LONDON", clean.ToString());
            Assert.Equal(2, clean.Start);
        }

        [Fact]
        public void ParagraphsCutTheirTextFromTheArticleText()
        {
            var reader = new ArticleReader(ConfigLoader.Defaults);
            var article = reader.Parse("Prices rise\r\n\r\n  LONDON\u00A0(AP) - The baker raised his prices.\t\r\nHe said: \"Flour costs more.\"\rThe shop stays open.");

            Assert.Equal("LONDON", article.Dateline);
            Assert.Equal(4, article.Paragraphs.Count);
            foreach (var paragraph in article.Paragraphs)
            {
                Assert.Equal(article.Text.Substring(paragraph.Start, paragraph.End - paragraph.Start), paragraph.Text);
            }
        }

        [Fact]
        public void ThreadsReadingAParagraphGetOneString()
        {
            var reader = new ArticleReader(ConfigLoader.Defaults);
            var article = reader.Parse("Prices rise\n\nThe baker raised his prices on Monday, and the shop stays open, he said.");
            var paragraph = article.Paragraphs[article.Paragraphs.Count - 1];

            var texts = Enumerable.Range(0, 8).AsParallel().Select(_ => paragraph.Text).ToList();

            Assert.All(texts, t => Assert.Same(texts[0], t));
            Assert.Equal("The baker raised his prices on Monday, and the shop stays open, he said.", texts[0]);
        }

        [Fact]
        public void AParagraphMadeByHandKeepsItsTextAndRefusesNone()
        {
            var paragraph = new Paragraph(0, ParagraphKind.Body, "He said so.", 12);

            Assert.Equal("He said so.", paragraph.Text);
            Assert.Equal(23, paragraph.End);
            Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => new Paragraph(0, ParagraphKind.Body, null!, 0)).ParamName);
        }
    }
}
