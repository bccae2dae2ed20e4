using System;
using System.Linq;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Coverage;
using NewsTools.Time.Events;
using Xunit;

namespace NewsTools.Tests.Text
{
    /// <summary>
    /// The conjunctions that open a clause after a comma (Text/text.defaults.yaml's clauseOpeners): one list, read by
    /// coverage, which compares a long sentence clause by clause, and by the timeline, which reads an expression's own
    /// clause. Coverage alone also cuts at a relative clause (coverageClauseOpeners), which the timeline keeps with its noun.
    /// </summary>
    public class ClauseOpenerTests
    {
        private const string Sentence = "The council kept the old harbour bridge open to heavy lorries for most of the winter months, " +
            "until the engineers found deep cracks in two of its supporting stone piers.";

        [Theory]
        [InlineData(Sentence)]
        [InlineData("The city council approved the new harbour bridge budget on Monday evening after a long debate, " +
            "which the opposition party had demanded for several months before the local elections.")]
        public void CoverageCutsAtEveryClauseOpener(string text)
        {
            // "until" was only the timeline's opener, and is coverage's too now; "which" is coverage's own.
            Assert.Equal(2, Clauses(ConfigLoader.Defaults, text));
        }

        [Theory]
        [InlineData("until", true)]
        [InlineData("however", true)]
        [InlineData("while", true)]
        [InlineData("which", false)]
        [InlineData("who", false)]
        public void TheTimelineReadsTheSharedListButKeepsARelativeClauseWithItsNoun(string word, bool opens)
        {
            Assert.Equal(opens, EventVocabulary.For(ConfigLoader.Defaults).ClauseOpeners.Contains(word, 0, word.Length));
        }

        [Fact]
        public void AUserOpenerCountsForBoth()
        {
            var config = UserConfig.DefaultsWith("wordLists:\n  clauseOpeners: [whilst]\n");
            var text = Sentence.Replace("until", "whilst");
            Assert.Equal(0, Clauses(ConfigLoader.Defaults, text)); // one clause: no list of clauses
            Assert.Equal(2, Clauses(config, text));
            Assert.True(EventVocabulary.For(config).ClauseOpeners.Contains("whilst", 0, 6));
        }

        private static int Clauses(NewsToolsConfig config, string text)
        {
            var article = new ArticleReader(ConfigLoader.Defaults).Parse(text, new ArticleOptions { Id = "t", ReferenceDate = new DateTime(2018, 1, 28) });
            return new ContentKeys(config).Units(article, 0).Single().Clauses.Count;
        }
    }
}
