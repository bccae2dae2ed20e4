using System;
using System.Linq;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Coverage;
using NewsTools.Quotes;
using NewsTools.Text;
using NewsTools.Time;
using Xunit;

namespace NewsTools.Tests.Config
{
    /// <summary>
    /// Every word list is YAML that a user file extends, and the code that reads the list honours the addition: for each
    /// list without a test of its own elsewhere, a word the user adds changes what the engine finds.
    /// </summary>
    public class UserVocabularyTests
    {
        private static readonly DateTime Reference = new DateTime(2024, 3, 12);

        [Fact]
        public void AUserPlaceIsNamedAPlace()
        {
            const string text = "Talks opened in Zarnovia on Monday.";
            Assert.NotEqual(NameType.Place, Name(ConfigLoader.Defaults, text, "Zarnovia").Type);
            Assert.Equal(NameType.Place, Name(UserConfig.DefaultsWith("places: [Zarnovia]\n"), text, "Zarnovia").Type);
        }

        [Fact]
        public void AUserOrganisationWordMakesAnOrganisation()
        {
            const string text = "Officials of the Okafor Syndicate met on Monday.";
            Assert.NotEqual(NameType.Organization, Name(ConfigLoader.Defaults, text, "Okafor Syndicate").Type);
            Assert.Equal(NameType.Organization, Name(UserConfig.DefaultsWith("organizationWords: [Syndicate]\n"), text, "Okafor Syndicate").Type);
        }

        [Fact]
        public void AUserNotNameIsLeftOutOfNames()
        {
            const string text = "Notwithstanding Okafor left the talks.";
            Assert.Contains("Notwithstanding Okafor", Names(ConfigLoader.Defaults, text));
            var names = Names(UserConfig.DefaultsWith("notNames: [Notwithstanding]\n"), text);
            Assert.DoesNotContain(names, n => n.Contains("Notwithstanding", StringComparison.Ordinal));
            Assert.Contains("Okafor", names);
        }

        [Fact]
        public void AUserDemonymTurnsTheAdjectiveIntoItsCountryForCoverage()
        {
            var article = Read("Zarnovian officials opened the bridge.");
            string[] Content(NewsToolsConfig config) => new ContentKeys(config).Units(article, 0).Single().Content.ToArray();

            Assert.DoesNotContain("zarnovia", Content(ConfigLoader.Defaults));
            Assert.Contains("zarnovia", Content(UserConfig.DefaultsWith("demonyms:\n  Zarnovian: Zarnovia\n")));
        }

        [Fact]
        public void AUserStopWordLeavesCoverageContent()
        {
            var article = Read("The bridge opened after repairs.");
            string[] Content(NewsToolsConfig config) => new ContentKeys(config).Units(article, 0).Single().Content.ToArray();

            Assert.Contains(Content(ConfigLoader.Defaults), k => k.StartsWith("bridg", StringComparison.Ordinal));
            Assert.DoesNotContain(Content(UserConfig.DefaultsWith("coverage:\n  stopWords: [bridge]\n")), k => k.StartsWith("bridg", StringComparison.Ordinal));
        }

        [Fact]
        public void AUserCuePhraseAttributesAQuote()
        {
            var article = Read("\"The bridge will open on time,\" Okafor waxed lyrical.");
            string?[] Speakers(NewsToolsConfig config) => new QuoteExtractor(config).Extract(article).Select(q => q.Speaker).ToArray();

            Assert.Equal(new string?[] { null }, Speakers(ConfigLoader.Defaults));
            Assert.Equal(new[] { "Okafor" }, Speakers(UserConfig.DefaultsWith("cuePhrases:\n  - waxed lyrical\n")));
        }

        [Fact]
        public void AUserNumberWordCountsInATimeExpression()
        {
            const string text = "The ferry was stranded for venti days.";
            Assert.DoesNotContain(Tag(ConfigLoader.Defaults, text), e => e.Contains("venti", StringComparison.Ordinal));
            Assert.Contains("venti days", Tag(UserConfig.DefaultsWith("wordLists:\n  timeNumbers: [venti 20]\n"), text));
        }

        [Fact]
        public void AUserModifierBeginsATimeExpression()
        {
            const string text = "The deal was signed bygone week.";
            Assert.DoesNotContain(Tag(ConfigLoader.Defaults, text), e => e.Contains("bygone", StringComparison.Ordinal));
            Assert.Contains("bygone week", Tag(UserConfig.DefaultsWith("wordLists:\n  timeModifiers: [bygone Last]\n"), text));
        }

        [Fact]
        public void AUserUnitCountsInATimeExpression()
        {
            const string text = "The bridge opened two lustrums ago.";
            Assert.DoesNotContain(Tag(ConfigLoader.Defaults, text), e => e.Contains("lustrums", StringComparison.Ordinal));
            Assert.Contains(Tag(UserConfig.DefaultsWith("wordLists:\n  timeUnits: [lustrums Decade plural]\n"), text), e => e.Contains("lustrums ago", StringComparison.Ordinal));
        }

        [Fact]
        public void AUserIrregularVerbIsTheEventsVerb()
        {
            var article = Read("Okafor swam across the bay on 3 March 2024.");
            string? Verb(NewsToolsConfig config)
            {
                var builder = new TimelineBuilder(config);
                builder.Add(article, Reference);
                return builder.Build().Single().Verb;
            }

            Assert.NotEqual("swam", Verb(ConfigLoader.Defaults));
            Assert.Equal("swam", Verb(UserConfig.DefaultsWith("wordLists:\n  eventIrregularVerbs: [swam]\n")));
        }

        [Fact]
        public void AUserNameConnectorJoinsAName()
        {
            const string text = "Talks with Ortega y Gasset ended on Monday.";
            Assert.DoesNotContain("Ortega y Gasset", Names(ConfigLoader.Defaults, text));
            Assert.Contains("Ortega y Gasset", Names(UserConfig.DefaultsWith("wordLists:\n  nameConnectors: [y]\n"), text));
        }

        [Fact]
        public void AUserClauseOpenerCutsALongSentenceIntoClausesForCoverage()
        {
            var article = Read("The city council approved the new harbour bridge budget on Monday evening after a long debate, " +
                "whilst the opposition party demanded an independent review of the rising construction costs.");
            int Clauses(NewsToolsConfig config) => new ContentKeys(config).Units(article, 0).Single().Clauses.Count;

            Assert.Equal(0, Clauses(ConfigLoader.Defaults)); // one clause: no list of clauses
            Assert.Equal(2, Clauses(UserConfig.DefaultsWith("wordLists:\n  coverageClauseOpeners: [whilst]\n")));
        }

        private static NameMention Name(NewsToolsConfig config, string text, string name) =>
            new NameFinder(config).Find(text).Single(n => n.Text == name);

        private static string[] Names(NewsToolsConfig config, string text) => new NameFinder(config).Find(text).Select(n => n.Text).ToArray();

        private static string[] Tag(NewsToolsConfig config, string text) =>
            new TimeExpressionTagger(config).TagText(text, Reference).Select(e => e.Text).ToArray();

        private static Article Read(string text) =>
            new ArticleReader(ConfigLoader.Defaults).Parse(text, new ArticleOptions { Id = "t", ReferenceDate = Reference });
    }
}
