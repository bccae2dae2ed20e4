using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Engine;
using NewsTools.Tests.Engine;
using Xunit;

namespace NewsTools.Tests.Articles
{
    /// <summary>Web pages of the shapes news sites really have, written here, imported through the public reader.</summary>
    [Collection(GrowthRatioCollection.Name)]
    public sealed class HtmlImportTests
    {
        private readonly ArticleReader reader = new ArticleReader(ConfigLoader.Defaults);

        private const string Story1 = "The river rose by two metres overnight, and officials in the valley ordered the first evacuations since 1998, closing three schools.";
        private const string Story2 = "Farmers along the eastern bank said the water reached their fields before dawn, although the warning sirens sounded only at six.";
        private const string Story3 = "The regional governor, speaking in the town hall, promised emergency funds, temporary housing and a review of the flood barriers.";
        private const string Story4 = "Engineers expect the level to fall by Thursday, provided the rain upstream stops, but they warned that the ground remains saturated.";

        private static string Paragraphs => string.Join("\n", new[] { Story1, Story2, Story3, Story4 }.Select(s => "<p>" + s + "</p>"));

        private static string Page(string body, string head = "<title>River floods the valley | The Valley Times</title>") =>
            "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";

        private static string Nav => "<nav><ul>" + string.Concat(Enumerable.Range(1, 12).Select(i => $"<li><a href='/s{i}'>Section number {i} of the site</a></li>")) + "</ul></nav>";

        private Article Read(string html) => reader.Parse(html, new ArticleOptions { Id = "page" });

        private static string Body(Article article) => string.Join("\n", article.Paragraphs.Where(p => p.Kind == ParagraphKind.Body).Select(p => p.Text));

        [Fact]
        public void AWrapperNamedLikeFurnitureKeepsTheStoryItHolds()
        {
            // Vox wraps the whole page in "l-sidebar-fixed", The Independent in a share container: their names must not cost the story.
            var html = Page(Nav + "<div class='l-sidebar-fixed share-container'><div class='ad-portal'><article>" + Paragraphs + "</article></div></div>");
            var article = Read(html);
            foreach (var s in new[] { Story1, Story2, Story3, Story4 })
            {
                Assert.Contains(s, article.Text, StringComparison.Ordinal);
            }

            Assert.DoesNotContain("Section number 3", article.Text, StringComparison.Ordinal);
        }

        [Fact]
        public void ACommentThreadLongerThanTheStoryIsLeftOut()
        {
            // Readers' comments can hold more text and commas than the story above them.
            var comments = new StringBuilder("<div id='epoch-wrap' class='comments-area'>");
            for (var i = 0; i < 12; i++)
            {
                comments.Append($"<div id='c{i}'><p>Reader {i} wrote that the council, the mayor and the water board knew, in truth, for years, and that the barriers, the pumps and the drains were never fixed, never checked and never paid for.</p>"
                    + "<p>Another reader replied that, frankly, nobody, not the council, not the board, not the press, had asked, and that the town, its schools and its farms paid for it now.</p></div>");
            }

            comments.Append("</div>");
            var html = Page("<main><div><div>" + Paragraphs + "</div></div>" + comments + "</main>");
            var article = Read(html);
            Assert.Contains(Story3, article.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Reader 5 wrote", article.Text, StringComparison.Ordinal);
        }

        [Fact]
        public void AStoryWhoseClassNamesItsAuthorIsNotTakenForTheByline()
        {
            // WordPress classes the whole article "author-sarah"; the writer's name inside it makes it no byline.
            var html = Page("<article class='entry author-sarah'><h1>River floods</h1><span class='entry-author' itemprop='author'><span itemprop='name'>Sarah Gooding</span></span>" + Paragraphs + "</article>");
            var article = Read(html);
            Assert.Equal("Sarah Gooding", article.Author);
            Assert.Contains(Story2, article.Text, StringComparison.Ordinal);
        }

        [Fact]
        public void AStorySplitIntoSectionsOfOneKindIsReadWholeHoweverDeepTheirParagraphs()
        {
            // Magazine layouts put each section of the story in its own wrapper, figures between them; a section's
            // paragraphs may sit deeper than paragraph scores travel up.
            var first = "<div class='acf-content'><div class='wrap'>" + Paragraphs + "<p>" + Story1.Replace("river", "canal") + "</p><p>" + Story2.Replace("water", "mud") + "</p></div></div>";
            var deep = "<div class='acf-content'><div><div><div><div><div><div><p>The second section opens with the mayor, who said the town had learned, at great cost, what the old maps had shown.</p>"
                + "<p>Insurers, meanwhile, sent assessors to every street, and the first payments, the mayor said, would arrive within a month.</p></div></div></div></div></div></div></div>";
            var html = Page("<div id='postBody'>" + first + "<figure><img src='a.jpg'><figcaption>The flooded square</figcaption></figure>" + deep + "</div>");
            var article = Read(html);
            Assert.Contains(Story4, article.Text, StringComparison.Ordinal);
            Assert.Contains("Insurers, meanwhile, sent assessors", article.Text, StringComparison.Ordinal);
        }

        [Fact]
        public void AnArticleBodyMetaTagInTheHeadIsNotTheStory()
        {
            var html = Page("<div class='story'>" + Paragraphs + "</div>", "<title>River floods</title><meta itemprop='articleBody' content='Short teaser.'>");
            var article = Read(html);
            Assert.Contains(Story3, article.Text, StringComparison.Ordinal);
        }

        [Fact]
        public void TableCellsBrSeparatedLinesAndBareTextInDivsAreKept()
        {
            var html = Page("<div class='content'>" + Paragraphs
                + "<table><tr><td>Rainfall in Kessel, in millimetres</td><td>212</td></tr><tr><td>Rainfall in Orlo, in millimetres</td><td>187</td></tr></table>"
                + "<div>Residents were told to boil water, and the ferry was suspended.<br>Shelters opened in the sports hall and the library.<br>Volunteers handed out blankets, food and dry clothes.</div>"
                + "<div>Bare text set straight into a container, as older sites write it, with no paragraph around it at all.<div>nested</div></div>"
                + "</div>");
            var text = Read(html).Text;
            Assert.Contains("Rainfall in Kessel, in millimetres | 212", text, StringComparison.Ordinal);
            Assert.Contains("Shelters opened in the sports hall and the library.", text, StringComparison.Ordinal);
            Assert.Contains("Bare text set straight into a container", text, StringComparison.Ordinal);
            Assert.Contains("Residents were told to boil water, and the ferry was suspended.\n\nShelters opened", text, StringComparison.Ordinal);
        }

        [Fact]
        public void HiddenNodesAreDropped()
        {
            var html = Page("<div class='content'>" + Paragraphs
                + "<p style='display: none'>Hidden by style, never shown to a reader.</p><p hidden>Hidden by attribute, never shown.</p>"
                + "<p aria-hidden='true'>Hidden from assistive readers, a duplicate.</p><div style='visibility:hidden'>Invisible box text here.</div></div>");
            var text = Read(html).Text;
            Assert.Contains(Story2, text, StringComparison.Ordinal);
            Assert.DoesNotContain("Hidden", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Invisible", text, StringComparison.Ordinal);
        }

        [Fact]
        public void ACommentListOrTeaserListIsNotChosenOverTheStory()
        {
            var comments = "<ol class='commentlist'>" + string.Concat(Enumerable.Range(1, 10).Select(i =>
                $"<li><div class='c'><p>Reader {i} wrote: I live by the river, and this happens every spring, yet nobody listens to us, not the council, not the ministry, not anyone.</p></div></li>")) + "</ol>";
            var teasers = "<ul class='more'>" + string.Concat(Enumerable.Range(1, 10).Select(i =>
                $"<li><h3>Other story {i}</h3><p>A summary of another story, long enough to look like prose, with commas, clauses, and a full stop.</p></li>")) + "</ul>";
            var html = Page("<div id='main'><article><div class='body'>" + Paragraphs + "</div></article><section>" + comments + "</section><section>" + teasers + "</section></div>");
            var body = Body(Read(html));
            Assert.Contains(Story1, body, StringComparison.Ordinal);
            Assert.Contains(Story4, body, StringComparison.Ordinal);
            Assert.DoesNotContain("Reader 5 wrote", body, StringComparison.Ordinal);
            Assert.DoesNotContain("A summary of another story", body, StringComparison.Ordinal);
        }

        [Fact]
        public void TheVisibleBylineIsTheAuthorAndAProfileUrlIsNot()
        {
            var html = Page("<article><p class='byline'>By Jeffrey Gettleman</p>" + Paragraphs + "</article>",
                "<title>River floods</title><meta property='article:author' content='https://www.example.com/people/jeffrey-gettleman'>");
            var article = Read(html);
            Assert.Equal("Jeffrey Gettleman", article.Author);
            Assert.DoesNotContain("By Jeffrey", article.Text, StringComparison.Ordinal);
        }

        [Fact]
        public void PublishedTimeKeepsItsOffsetAndTheReferenceDateIsTheDateThere()
        {
            var html = Page("<article>" + Paragraphs + "</article>", "<title>River floods</title><meta property='article:published_time' content='2017-02-23T17:18:13-08:00'>");
            var article = Read(html);
            Assert.Equal(new DateTimeOffset(2017, 2, 23, 17, 18, 13, TimeSpan.FromHours(-8)), article.PublishedTime);
            Assert.Equal(TimeSpan.FromHours(-8), article.PublishedTime!.Value.Offset);
            Assert.Equal(new DateTime(2017, 2, 23), article.ReferenceDate);
            Assert.Equal(ReferenceDateSource.Metadata, article.ReferenceDateSource);
        }

        [Fact]
        public void JsonLdNewsArticleIsReadFirstAndItsArticleBodyStandsInForMarkupThatHidesTheStory()
        {
            var body = string.Join("\n", Story1, Story2, Story3, Story4, Story1.Replace("river", "canal"), Story2.Replace("water", "mud"));
            var jsonLd = "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"The river rose overnight\",\"datePublished\":\"2024-03-12T08:00:00+01:00\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"Ana Varga\"},\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Valley Times\"},\"articleBody\":" + Json(body) + "}";
            var html = Page("<div id='app'><p>Loading the story, please wait a moment.</p></div>",
                "<title>Something else entirely | The Valley Times</title><meta property='og:title' content='Open Graph title'><script type='application/ld+json'>" + jsonLd + "</script>");
            var article = Read(html);
            Assert.Equal("The river rose overnight", article.Title);
            Assert.Equal("Ana Varga", article.Author);
            Assert.Equal("The Valley Times", article.SiteName);
            Assert.Equal(TimeSpan.FromHours(1), article.PublishedTime!.Value.Offset);
            Assert.Contains(Story3, article.Text, StringComparison.Ordinal);
        }

        [Fact]
        public void JsonLdWrappedInCdataIsRead()
        {
            // XHTML-minded templates wrap the script's JSON in a CDATA section; the data inside is the same.
            var jsonLd = "<![CDATA[ {\"@context\":{\"@vocab\":\"http://schema.org/\"},\"@type\":\"NewsArticle\",\"headline\":\"The river rose overnight\","
                + "\"datePublished\":\"2024-03-12T08:00:00+01:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Varga\"},{\"@type\":\"Person\",\"name\":\"Ben Ole\"}]} ]]>";
            var article = Read(Page("<article>" + Paragraphs + "</article>", "<title>Home | Site</title><script type='application/ld+json'>" + jsonLd + "</script>"));
            Assert.Equal("The river rose overnight", article.Title);
            Assert.Equal("Ana Varga, Ben Ole", article.Author);
            Assert.Equal(TimeSpan.FromHours(1), article.PublishedTime!.Value.Offset);
        }

        [Theory]
        [InlineData("New Zealand - Wikipedia", "New Zealand")]
        [InlineData("Constitutional monarchy in Oceania | Atlas", "constitutional monarchy in Oceania")]
        public void AJsonLdHeadlineAndNameThatDifferAreChosenByThePageTitle(string pageTitle, string expected)
        {
            var jsonLd = "{\"@context\":\"https://schema.org\",\"@type\":\"Article\",\"name\":\"New Zealand\",\"headline\":\"constitutional monarchy in Oceania\"}";
            var article = Read(Page("<article>" + Paragraphs + "</article>", "<title>" + pageTitle + "</title><script type='application/ld+json'>" + jsonLd + "</script>"));
            Assert.Equal(expected, article.Title);

            // A name that is the publisher's own is no title, however often the page title repeats it.
            var siteNamed = "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"name\":\"Valley.cz\",\"headline\":\"River floods the valley\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Valley.cz\"}}";
            var fromSite = Read(Page("<article>" + Paragraphs + "</article>", "<title>Valley.cz</title><script type='application/ld+json'>" + siteNamed + "</script>"));
            Assert.Equal("River floods the valley", fromSite.Title);
        }

        [Fact]
        public void MetaPropertiesComeBeforeNamesAndSeveralAuthorTagsAreSeveralAuthors()
        {
            var byProperty = Read(Page("<article>" + Paragraphs + "</article>",
                "<title>Home</title><meta name='DC.title' content='Name title'><meta property='dc:title' content='Property title'>"
                + "<meta name='DC.creator' content='Name Author'><meta property='dc:creator' content='Property Author'>"));
            Assert.Equal("Property title", byProperty.Title);
            Assert.Equal("Property Author", byProperty.Author);

            var twoCreators = Read(Page("<article>" + Paragraphs + "</article>", "<title>River floods</title><meta name='DC.Creator' content='Kooman, F.'><meta name='DC.Creator' content='Jong, Michiel de'>"));
            Assert.Equal("Kooman, F., Jong, Michiel de", twoCreators.Author);

            var openGraph = Read(Page("<article>" + Paragraphs + "</article>", "<title>River floods</title><meta property='og:article:author' content='Valley News Desk'>"));
            Assert.Equal("Valley News Desk", openGraph.Author);
        }

        [Fact]
        public void AnAddressBesideANameLeavesTheBylineAndADateIsNoByline()
        {
            var withAddress = Read(Page("<article>" + Paragraphs + "</article>", "<title>River floods</title><meta name='author' content='Bradley M. Kuhn (http://ebb.org/bkuhn/)'>"));
            Assert.Equal("Bradley M. Kuhn", withAddress.Author);

            var dateFirst = Read(Page("<article><div class='dateline'>Sunday, Feb 1, 2015 11:57 AM UTC</div><span class='byline'><a href='/writer/ana'>Ana Varga</a></span>" + Paragraphs + "</article>"));
            Assert.Equal("Ana Varga", dateFirst.Author);
        }

        [Theory]
        [InlineData("<div class='FeatureByline'> By <b>Nathan Willis</b><br/>March 25, 2015 </div>", "Nathan Willis")]
        [InlineData("<cite class='byline vcard'><span>By </span><span class='fn'>GILLIAN MOHNEY</span> <abbr>March 11, 2015 3:46 PM</abbr></cite>", "GILLIAN MOHNEY")]
        [InlineData("<span class='author'>Par<span class='authorname'> Sébastien Farcis</span></span>", "Sébastien Farcis")]
        [InlineData("<p class='byline'>By Ana Varga, Tuesday 12 March</p>", "Ana Varga")]
        public void AVisibleBylineLosesItsByWordAndTheDateAfterIt(string byline, string expected)
        {
            var article = Read(Page("<article><h1>River floods</h1>" + byline + Paragraphs + "</article>"));
            Assert.Equal(expected, article.Author);
        }

        [Fact]
        public void AnAccountMenuInTheMastheadIsNoByline()
        {
            // "authorization" holds the word "author"; in a masthead without the headline it is the site's menu.
            var html = Page("<header id='masthead'><div id='authorization'><a href='/in'>Sign In</a>| <a href='/up'>Sign Up</a>| Subscribe</div></header>"
                + "<article><h1>River floods</h1><div class='author_fmt'>By <a rel='author' href='/brenda'>Brenda Goodman, MA</a></div>" + Paragraphs + "</article>");
            Assert.Equal("Brenda Goodman, MA", Read(html).Author);
        }

        [Fact]
        public void OpenGraphComesBeforeThePageTitle()
        {
            var html = Page("<article>" + Paragraphs + "</article>", "<title>Home | Site</title><meta property='og:title' content='River floods the valley'><meta property='og:site_name' content='The Valley Times'>");
            var article = Read(html);
            Assert.Equal("River floods the valley", article.Title);
            Assert.Equal("The Valley Times", article.SiteName);
        }

        [Fact]
        public void ThePageTitleLosesItsSiteSuffix()
        {
            var article = Read(Page("<article>" + Paragraphs + "</article>", "<title>River floods the eastern valley - The Valley Times</title>"));
            Assert.Equal("River floods the eastern valley", article.Title);
        }

        [Fact]
        public void RightToLeftAndCjkPagesAreRead()
        {
            const string arabic = "قال المسؤولون إن مستوى النهر ارتفع مترين خلال الليل، وأمروا بإجلاء السكان من القرى القريبة من الضفة الشرقية.";
            var rtl = Read("<html dir='rtl' lang='ar'><head><title>فيضان</title></head><body><article>"
                + string.Concat(Enumerable.Repeat("<p>" + arabic + "</p>", 4)) + "</article></body></html>");
            Assert.Contains(arabic, rtl.Text, StringComparison.Ordinal);

            const string chinese = "河水在一夜之间上涨了两米，官员下令疏散东岸的村庄，并关闭了三所学校，以确保居民的安全。";
            var cjk = Read("<html lang='zh'><head><title>洪水</title></head><body><div class='article'>"
                + string.Concat(Enumerable.Repeat("<p>" + chinese + "</p>", 4)) + "</div></body></html>");
            Assert.Contains(chinese, cjk.Text, StringComparison.Ordinal);
        }

        [Fact]
        public void APageWithoutBodyTagsIsRead()
        {
            var article = Read("<title>River floods</title>" + Paragraphs);
            Assert.Contains(Story4, article.Text, StringComparison.Ordinal);
        }

        [Fact]
        public void CaptionsAndHeadingsKeepTheirKinds()
        {
            var html = Page("<article><h1>River floods the valley</h1>" + Paragraphs
                + "<figure><img src='a.jpg'><figcaption>The flooded square in Kessel on Tuesday.</figcaption></figure>"
                + "<h2>What happens next</h2><p>" + Story4.Replace("Engineers", "Hydrologists") + "</p></article>");
            var article = Read(html);
            Assert.Contains(article.Paragraphs, p => p.Kind == ParagraphKind.Caption && p.Text == "The flooded square in Kessel on Tuesday.");
            Assert.Contains(article.Paragraphs, p => p.Kind == ParagraphKind.Heading && p.Text == "What happens next");
        }

        [Theory]
        [InlineData("<html lang='fr-fr'><head></head>", "fr-FR")]
        [InlineData("<html><head><meta property='og:locale' content='en_GB'></head>", "en-GB")]
        [InlineData("<html lang='en'><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Dam\",\"inLanguage\":\"de-AT\"}</script></head>", "de-AT")]
        [InlineData("<html lang='zh-hant-tw'><head></head>", "zh-Hant-TW")]
        [InlineData("<html lang='English'><head><meta http-equiv='Content-Language' content='nl'></head>", "nl")]
        [InlineData("<html lang=''><head></head>", null)]
        public void ThePagesDeclaredLanguageIsKeptAsALanguageTag(string head, string? expected)
        {
            var article = Read(head + "<body><article><h1>River floods the valley</h1>" + Paragraphs + "</article></body></html>");

            Assert.Equal(expected, article.Language);
        }

        [Fact]
        public void PlainTextDeclaresNoLanguage()
        {
            Assert.Null(reader.Parse("Flood warning\n\nThe river rose overnight in Kessel, officials said on Tuesday.", new ArticleOptions { Id = "plain" }).Language);
        }

        [Fact]
        public void APageWhoseWholeStoryIsOneShortTextKeepsItWithAWarning()
        {
            // The line rules take a lone short line for a label; on a page, the extractor already chose it as the content.
            var warnings = new WarningRecorder();
            var reading = new ArticleReader(ConfigLoader.Defaults) { Reporter = warnings };

            var article = reading.Parse("<!DOCTYPE html><html><head></head><body>\n    Test\n</body></html>", new ArticleOptions { Id = "bare" }, "bare.html");

            Assert.Equal("Test", Assert.Single(article.Paragraphs).Text.Trim());
            Assert.Contains(warnings.Warnings.Zip(warnings.Inputs, (message, input) => (message, input)), w => w.input == "bare.html" && w.message.Contains("boilerplate", StringComparison.Ordinal));
            Assert.Throws<NewsToolsException>(() => reading.Parse("<html><body><nav><a href='/'>Home</a></nav></body></html>", new ArticleOptions { Id = "nav" }, "nav.html"));
        }

        [Fact]
        public void APageWithNoTextIsAClearErrorNamingTheInput()
        {
            var error = Assert.Throws<NewsToolsException>(() => reader.Parse("<html><body><div><img src='a.jpg'></div></body></html>", new ArticleOptions { Id = "empty" }, "empty.html"));
            Assert.Equal("NoArticleText", error.ErrorId);
            Assert.Equal("empty.html", error.Input);
        }

        // Bad pages: each is built at 1x and 8x its size; linear work takes about 8 times as long, quadratic 64 times.
        [Theory]
        [InlineData("nested divs")]
        [InlineData("nested inline")]
        [InlineData("entity flood")]
        [InlineData("megabyte attributes")]
        [InlineData("unclosed tags")]
        [InlineData("unterminated attribute")]
        [InlineData("one list item")]
        public void BadPagesTakeLinearTime(string kind) => GrowthRatio.AssertLinear(n => BadPage(kind, n), ParseOrRefuse, 12_500);

        private static string BadPage(string kind, int n)
        {
            var sb = new StringBuilder("<html><head><title>Bad page</title></head><body><p>" + Story1 + "</p>");
            switch (kind)
            {
                case "nested divs":
                    sb.Insert(sb.Length, "<div>", n).Append("deep text, still a sentence.").Insert(sb.Length, "</div>", n);
                    break;
                case "nested inline":
                    sb.Insert(sb.Length, "<b><i>", n / 2).Append("deep text.");
                    break;
                case "entity flood":
                    sb.Append("<p>").Insert(sb.Length, "&amp;&#x1F62D;&lt;&nbsp;&bogus;", n).Append("</p>");
                    break;
                case "megabyte attributes":
                    sb.Append("<div class='").Append('x', n * 10).Append("' data-a=\"").Append('y', n * 10).Append("\"><p>" + Story2 + "</p></div>");
                    break;
                case "unclosed tags":
                    sb.Insert(sb.Length, "<p>text, <span>more <table><td>cell", n / 4);
                    break;
                case "one list item":
                    // Every paragraph of a page set inside a single list item asks what that item holds.
                    sb.Append("<ul><li>").Insert(sb.Length, "<p>" + Story4 + "</p>", n / 25).Append("</li></ul>");
                    break;
                case "unterminated attribute":
                    sb.Append("<p>" + Story3 + "</p>").Insert(sb.Length, "<a href=\"x>link ", n / 4);
                    break;
            }

            return sb.Append("</body></html>").ToString();
        }

        private void ParseOrRefuse(string html)
        {
            try
            {
                reader.Parse(html, new ArticleOptions { Id = "bad" }, "bad.html");
            }
            catch (NewsToolsException)
            {
                // A clear error is as good an answer as a best effort.
            }
        }

        private static string Json(string text)
        {
            var sb = new StringBuilder("\"");
            foreach (var c in text)
            {
                sb.Append(c switch { '"' => "\\\"", '\\' => "\\\\", '\n' => "\\n", _ => c.ToString() });
            }

            return sb.Append('"').ToString();
        }
    }
}
