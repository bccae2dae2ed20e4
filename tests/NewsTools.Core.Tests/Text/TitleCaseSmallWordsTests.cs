using System;
using System.Linq;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Text
{
    /// <summary>
    /// titleCaseSmallWords (Text/text.defaults.yaml): the words a title-cased line leaves in lower case, one list read by the
    /// article's block classifier (teaser headlines) and the quote classifier (names of works), extended by the user's file.
    /// </summary>
    public class TitleCaseSmallWordsTests
    {
        private static readonly DateTime Reference = new DateTime(2024, 3, 12);

        [Fact]
        public void AUserSmallWordMakesATeaserHeadlineOfATitleCasedLine()
        {
            // A related article's headline dropped between sentences is removed; "zum" is no small word until the user says so.
            const string teaser = "Ferry Services Resume zum Harbour zum Kessel after Storm";
            var text = "Bridge opens in Port Alder\n\nThe mayor cut the ribbon on Monday, and crowds cheered the new bridge.\n\n" + teaser
                + "\n\nThe bridge took three years to build and cost four million dollars.\n\nTraffic will cross it from Tuesday, officials said.";

            string[] Paragraphs(NewsToolsConfig config) => Read(config, text).Paragraphs.Select(p => p.Text).ToArray();

            Assert.Contains(teaser, Paragraphs(ConfigLoader.Defaults));
            Assert.DoesNotContain(teaser, Paragraphs(UserConfig.DefaultsWith("wordLists:\n  titleCaseSmallWords: [zum]\n")));
            Assert.Equal(4, Paragraphs(UserConfig.DefaultsWith("wordLists:\n  titleCaseSmallWords: [zum]\n")).Length);
        }

        [Fact]
        public void AUserSmallWordMakesANameOfAWorkInQuotes()
        {
            const string text = "The band played \"Songs zum Harbour\" at the festival, Okafor said.";
            QuoteKind Kind(NewsToolsConfig config) => new QuoteExtractor(config).Extract(Read(config, text)).Single().Kind;

            Assert.NotEqual(QuoteKind.Term, Kind(ConfigLoader.Defaults));
            Assert.Equal(QuoteKind.Term, Kind(UserConfig.DefaultsWith("wordLists:\n  titleCaseSmallWords: [zum]\n")));
        }

        private static Article Read(NewsToolsConfig config, string text) =>
            new ArticleReader(config).Parse(text, new ArticleOptions { Id = "t", ReferenceDate = Reference });
    }
}
