using System;
using System.IO;
using System.Linq;
using NewsTools.Articles;
using NewsTools.Cli.Commands;
using NewsTools.Config;
using Xunit;

namespace NewsTools.Tests.Articles
{
    /// <summary>The BBC corpus is clean text (headline, blank line, paragraphs): import must take nothing from it.</summary>
    public class CorpusImportTests
    {
        [SkippableFact]
        public void EveryBbcArticleKeepsAllItsLinesAndItsHeadline()
        {
            var corpus = TestData.RequireShared("corpus/bbc-news-2225");
            var reader = new ArticleReader(ConfigLoader.Defaults);
            var files = BenchCommand.CorpusFiles(corpus);

            Assert.True(files.Count >= 2225, $"expected the 2,225 BBC articles, found {files.Count}");
            foreach (var file in files)
            {
                var article = reader.ReadFile(file);
                var headline = article.Text.Split('\n')[0].Trim();

                Assert.True(article.Removed.Count == 0, $"{file}: removed '{(article.Removed.Count > 0 ? article.Removed[0].Text : "")}'");
                Assert.Equal(headline, article.Title);
                Assert.Equal(ParagraphKind.Heading, article.Paragraphs[0].Kind);
            }
        }
    }
}
