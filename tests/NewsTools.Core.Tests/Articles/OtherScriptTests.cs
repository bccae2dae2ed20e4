using System.Linq;
using NewsTools.Articles;
using NewsTools.Config;
using Xunit;

namespace NewsTools.Tests.Articles
{
    /// <summary>
    /// A line mostly in another script than the article's (a navigation bar, a summary in another language) is removed; the
    /// punctuation news is typeset with (curly quotes, dashes, ellipses) is no script, and an article in another script keeps
    /// its lines, the Latin ones included.
    /// </summary>
    public sealed class OtherScriptTests
    {
        private readonly ArticleReader reader = new ArticleReader(ConfigLoader.Defaults);

        [Fact]
        public void ALineInAnotherScriptIsRemovedFromALatinArticleAndTypesetPunctuationIsNot()
        {
            var article = reader.Parse(string.Join("\n", new[]
            {
                "Talks resume in Beijing", "",
                "\u201CWe are ready,\u201D the minister said \u2014 and left\u2026",
                "\u4E2D\u65E5\u5173\u7CFB\u7684\u672A\u6765 \u2014 \u65B0\u95FB",
                "\u0420\u043E\u0441\u0441\u0438\u044F \u0438 \u041A\u0438\u0442\u0430\u0439 \u2018\u0441\u0435\u0433\u043E\u0434\u043D\u044F\u2019",
                "Officials met for two hours \u2013 longer than planned.",
            }));

            Assert.Equal(2, article.Removed.Count(r => r.Reason == "Other script"));
            Assert.Equal(
                new[] { "Talks resume in Beijing", "\u201CWe are ready,\u201D the minister said \u2014 and left\u2026", "Officials met for two hours \u2013 longer than planned." },
                article.Paragraphs.Select(p => p.Text));
        }

        [Fact]
        public void AnArticleInAnotherScriptKeepsItsLines()
        {
            var article = reader.Parse(string.Join("\n", new[]
            {
                "\u4E2D\u65E5\u5916\u957F\u4F1A\u8C08", "",
                "\u738B\u6BC5\u4E0E\u6CB3\u91CE\u592A\u90CE\u5728\u5317\u4EAC\u4F1A\u8C08\u3002\u201C\u6211\u4EEC\u613F\u610F\u5408\u4F5C\u3002\u201D",
                "Reuters \u2014 Beijing",
                "\u53CC\u65B9\u8BA8\u8BBA\u4E86\u671D\u9C9C\u534A\u5C9B\u95EE\u9898\u3002",
            }));

            Assert.DoesNotContain(article.Removed, r => r.Reason == "Other script");
            Assert.Contains(article.Paragraphs, p => p.Text == "Reuters \u2014 Beijing");
        }
    }
}
