using System.Collections.Generic;
using System.Linq;
using NewsTools.Config;
using NewsTools.Coverage;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Coverage
{
    public sealed class StatementAlignerTests
    {
        private static Quote Q(string speaker, string text, QuoteKind kind = QuoteKind.Direct) => new Quote { Speaker = speaker, Text = text, Kind = kind };

        private static List<List<StatementAligner.Entry>> Align(params IReadOnlyList<Quote>[] perArticle) =>
            new StatementAligner(new ContentKeys(ConfigLoader.Defaults)).Align(perArticle);

        [Fact]
        public void TwoTranslationsOfOneStatementAlign()
        {
            var a = new[]
            {
                Q("Wang Yi", "We hope that the Japanese side will not give up its efforts… and will join efforts with China to bring relations back on track of normal and healthy development"),
                Q("Chinese Foreign Ministry", "The sides exchanged views on the current situation on the Korean Peninsula"),
            };
            var b = new[]
            {
                Q("Wang Yi", "China-Japan relations have always been like a boat going against a current, drifting backwards unless you forge ahead"),
                Q("Wang", "We hope that the Japanese side will neither relax in its efforts nor fall back, and turn the spoken statements into concrete actions."),
            };

            var clusters = Align(a, b);
            var pair = Assert.Single(clusters, c => c.Count == 2);
            Assert.StartsWith("We hope that the Japanese side will not", pair[0].Quote.Text);
            Assert.StartsWith("We hope that the Japanese side will neither", pair[1].Quote.Text);
            Assert.Equal(3, clusters.Count);
        }

        [Fact]
        public void SameWordsFromDifferentSpeakersDoNotAlign()
        {
            var clusters = Align(new[] { Q("Taro Kono", "We need to work together on North Korea") }, new[] { Q("Wang Yi", "We need to work together on North Korea") });
            Assert.All(clusters, c => Assert.Single(c));
        }

        [Fact]
        public void UnknownSpeakersAlignOnlyOnNearIdenticalWords()
        {
            var close = Align(new[] { Q(null!, "The issue of North Korea is a matter for the international community as a whole") }, new[] { Q("Kono", "the issue of North Korea is the matter for the international society as a whole") });
            Assert.Contains(close, c => c.Count == 2);
            var far = Align(new[] { Q(null!, "The issue of North Korea is urgent") }, new[] { Q("Kono", "We desire to extend mutual cooperation between our two countries") });
            Assert.All(far, c => Assert.Single(c));
        }

        [Fact]
        public void ScareQuotesAndIndirectSpeechAreNotStatements()
        {
            var clusters = Align(new[] { Q(null!, "Senkaku", QuoteKind.Term), Q("Wang", "the visit showed a strong wish", QuoteKind.Indirect) }, new[] { Q("Wang Yi", "crucial stage", QuoteKind.Partial) });
            var only = Assert.Single(clusters);
            Assert.Equal("crucial stage", only[0].Quote.Text);
        }

        [Fact]
        public void OneArticleNeverContributesTwoQuotesToOneStatement()
        {
            var clusters = Align(new[] { Q("Kono", "Not only do we need to manage our bilateral relations"), Q("Kono", "Not only do we need to manage our bilateral relations well") }, new[] { Q("Taro Kono", "Not only do we need to manage our bilateral relations") });
            Assert.All(clusters, c => Assert.Equal(c.Count, c.Select(e => e.Article).Distinct().Count()));
            Assert.Contains(clusters, c => c.Count == 2);
        }

        [Fact]
        public void AFragmentAlignsOnlyWithAQuoteThatContainsIt()
        {
            var contained = Align(new[] { Q("Trump", "lie", QuoteKind.Partial) }, new[] { Q("Donald Trump", "to prove the dossier was a lie.") });
            Assert.Contains(contained, c => c.Count == 2);
            var other = Align(new[] { Q("Trump", "show clearly", QuoteKind.Partial) }, new[] { Q("Donald Trump", "NO COLLUSION and NO OBSTRUCTION.") });
            Assert.All(other, c => Assert.Single(c));
        }

        [Fact]
        public void ThreeOutletsJoinOnlyWhenEveryPairMatches()
        {
            // B is close to A and to C, but A and C share too little: no row may hold A and C together.
            var a = new[] { Q("Trump", "NO COLLUSION and NO OBSTRUCTION, the memos show it clearly to everyone") };
            var b = new[] { Q("Trump", "James Comey Memos just out show clearly that there was NO COLLUSION and NO OBSTRUCTION. Also, he leaked classified information. WOW!") };
            var c = new[] { Q("Trump", "Also, he leaked classified information. WOW! Will the Witch Hunt continue?") };
            var clusters = Align(a, b, c);
            Assert.DoesNotContain(clusters, x => x.Any(e => e.Article == 0) && x.Any(e => e.Article == 2));
        }

        [Theory]
        [InlineData("Wang Yi", "Wang", true)]
        [InlineData("Taro Kono", "kono", true)]
        [InlineData("Taro Kono", "Wang Yi", false)]
        [InlineData("Chinese Foreign Ministry", "China", false)]
        public void SpeakerNamesMatchByFullNameOrSurname(string a, string b, bool same)
        {
            Assert.Equal(same, StatementAligner.SpeakersMatch(a, b) == StatementAligner.SpeakerMatch.Same);
        }
    }
}
