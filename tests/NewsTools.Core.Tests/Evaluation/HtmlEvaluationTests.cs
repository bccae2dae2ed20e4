using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using NewsTools.Articles;
using NewsTools.Cli;
using NewsTools.Config;
using NewsTools.Evaluation;
using Xunit;

namespace NewsTools.Tests.Evaluation
{
    public sealed class HtmlEvaluationTests
    {
        [Fact]
        public void WordsAreLowerCasedRunsAndEachCjkCharacterIsOne()
        {
            Assert.Equal(new[] { "the", "river", "rose", "2", "metres", "河", "水", "上", "涨", "don", "t" }, HtmlExtractionScorer.Words("The river rose 2 metres: 河水上涨, don't"));
        }

        [Fact]
        public void ExpectedMarkupDoesNotRunWordsTogetherAcrossBlocks()
        {
            Assert.Equal(new[] { "one", "two", "three" }, HtmlExtractionScorer.Words(HtmlExtractionScorer.ExpectedText("<div><p>one</p><p>two</p><ul><li>thr<b>ee</b></li></ul></div>")));
        }

        [Fact]
        public void PrecisionRecallAndMetadataAgreementOfOnePage()
        {
            var article = new ArticleReader(ConfigLoader.Defaults).Parse(
                "<html><head><title>River floods the eastern valley | Valley Times</title><meta property='article:published_time' content='2017-02-23T17:18:13-08:00'></head><body><article><p class='byline'>By Ana Varga</p>"
                + "<p>The river rose by two metres overnight, and officials ordered evacuations in the valley.</p></article></body></html>",
                new ArticleOptions { Id = "p" });
            var scorer = new HtmlExtractionScorer();
            var score = scorer.Add(
                new ExpectedPage { Name = "p", ContentHtml = "<p>The river rose by two metres overnight, and officials ordered evacuations in the valley. Extra words here.</p>", Title = "River floods the eastern valley", Byline = "By Ana Varga", PublishedTime = "2017-02-24T01:18:13Z" },
                article);
            Assert.Equal(1.0, score.Precision, 3);
            Assert.Equal(14.0 / 17.0, score.Recall, 3);
            Assert.True(score.TitleAgrees);
            Assert.True(score.BylineAgrees);
            Assert.True(score.PublishedAgrees);
            Assert.Null(score.SiteNameAgrees);
        }

        [SkippableFact]
        public void TheSharedHtmlSetScoresAtLeastItsLastMeasuredLevel()
        {
            var pages = TestData.RequireShared("eval/html/pages");
            using var output = new StringWriter();
            using var error = new StringWriter();
            var code = Program.Run(new[] { "eval", "html", "--format", "json", pages }, output, error);
            Assert.Equal(0, code);
            using var json = JsonDocument.Parse(output.ToString());
            var root = json.RootElement;
            // 2026-12-05: all 0.958, news 0.959, title 0.921, byline 0.803 (0.771 / 0.830 / 0.598 / 0.355 before the rewrite).
            Assert.True(root.GetProperty("All").GetProperty("F1").GetDouble() >= 0.95, output.ToString());
            Assert.True(root.GetProperty("News").GetProperty("F1").GetDouble() >= 0.95, output.ToString());
            Assert.True(root.GetProperty("News").GetProperty("Empty").GetInt32() == 0, output.ToString());
            Assert.True(root.GetProperty("TitleAgreement").GetDouble() >= 0.9, output.ToString());
            Assert.True(root.GetProperty("BylineAgreement").GetDouble() >= 0.78, output.ToString());
        }
    }
}
