using System;
using System.Linq;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Coverage;
using NewsTools.Text;
using Xunit;

namespace NewsTools.Tests.Text
{
    /// <summary>
    /// The one sentence splitter: made per configuration, so the user's abbreviations count, and read by the analyses
    /// through a layer of the article's shared text, split once per article.
    /// </summary>
    public class SentenceSplitterTests
    {
        private const string Story = "Brig. Okafor inspected the bridge. The work ends in June.\n\nIt will cost 4 million dollars.";

        [Fact]
        public void AnAbbreviationTheUserAddsKeepsItsSentenceWhole()
        {
            const string text = "Brig. Okafor inspected the bridge. The work ends in June.";
            string[] Split(NewsToolsConfig config) => SentenceSplitter.For(config).Split(text, 0, text.Length).Select(s => s.Of(text)).ToArray();

            Assert.Equal(new[] { "Brig.", "Okafor inspected the bridge.", "The work ends in June." }, Split(ConfigLoader.Defaults));
            Assert.Equal(new[] { "Brig. Okafor inspected the bridge.", "The work ends in June." }, Split(WithUserYaml("wordLists:\n  abbreviations: [Brig]\n")));
        }

        [Fact]
        public void CoverageUnitsAreTheSentencesOfTheArticlesConfiguration()
        {
            var article = Read(Story);
            string[] Units(NewsToolsConfig config) => new ContentKeys(config).Units(article, 0).Select(u => u.Text).ToArray();

            Assert.Equal(new[] { "Brig.", "Okafor inspected the bridge.", "The work ends in June.", "It will cost 4 million dollars." }, Units(ConfigLoader.Defaults));
            Assert.Equal(new[] { "Brig. Okafor inspected the bridge.", "The work ends in June.", "It will cost 4 million dollars." }, Units(WithUserYaml("wordLists:\n  abbreviations: [Brig]\n")));
        }

        [Fact]
        public void AnArticlesSentencesAreSplitOncePerParagraphAndKept()
        {
            var article = Read(Story);
            var shared = ArticleText.Of(article);
            var splitter = SentenceSplitter.For(ConfigLoader.Defaults);

            Assert.Same(splitter, SentenceSplitter.For(ConfigLoader.Defaults));
            Assert.Equal(2, shared.Spans.Count);
            var first = splitter.Sentences(shared, 0);
            Assert.Same(first, splitter.Sentences(shared, 0));
            Assert.Equal(new[] { "Brig.", "Okafor inspected the bridge.", "The work ends in June." }, first.Select(s => s.Of(shared.Text)));
            Assert.Equal(new[] { "It will cost 4 million dollars." }, splitter.Sentences(shared, 1).Select(s => s.Of(shared.Text)));
        }

        [Fact]
        public void ALineBreakEndsASentence()
        {
            // Headlines and captions carry no final period (events always cut there; coverage's splitter only at blank lines).
            const string text = "Bridge opens in Port Alder\nThe mayor cut the ribbon.\r\nCrowds cheered";
            Assert.Equal(new[] { "Bridge opens in Port Alder", "The mayor cut the ribbon.", "Crowds cheered" },
                SentenceSplitter.For(ConfigLoader.Defaults).Split(text, 0, text.Length).Select(s => s.Of(text)));
        }

        private static Article Read(string text) =>
            new ArticleReader(ConfigLoader.Defaults).Parse(text, new ArticleOptions { Id = "t", ReferenceDate = new DateTime(2018, 1, 28) });

        private static NewsToolsConfig WithUserYaml(string yaml)
        {
            var config = new NewsToolsConfig();
            ConfigLoader.MergeInto(config, ConfigLoader.Defaults, ConfigLoader.BuiltInSource);
            ConfigLoader.MergeInto(config, ConfigLoader.Parse(yaml, "user.yaml"), "user.yaml");
            return config;
        }
    }
}
