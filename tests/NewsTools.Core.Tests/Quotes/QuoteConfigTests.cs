using System;
using System.IO;
using System.Linq;
using NewsTools.Config;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>Speakers, aliases, titles and cues come from YAML, so a user file extends them without code.</summary>
    public class QuoteConfigTests
    {
        private const string Text = "The envoy met farmers in the north.\n\n\"The harvest is safe,\" the envoy said.\n\n\"Prices will hold,\" trade czar Mila Horvat averred.";

        [Fact]
        public void DefaultsKnowNeitherTheAliasNorTheCueNorTheTitle()
        {
            var quotes = QuoteRulesTests.Extract(Text);
            Assert.DoesNotContain(quotes, q => q.Speaker == "Arjun Mehta");
            Assert.DoesNotContain(quotes, q => q.Cue == "averred");
        }

        [Fact]
        public void AUserFileAddsASpeakerAliasATitleAndACueVerb()
        {
            var yaml = string.Join("\n",
                "speakers:",
                "  - name: Arjun Mehta",
                "    aliases: [the envoy]",
                "    title: special envoy",
                "    type: Person",
                "titles: [trade czar]",
                "cueVerbs: [aver, avers, averred]",
                "");
            // A fresh copy of the shipped quote word lists (the cached defaults must not be changed), then the user's file on top.
            var config = ConfigLoader.Parse(EmbeddedQuoteDefaults(), "quotes.defaults.yaml");
            ConfigLoader.MergeInto(config, ConfigLoader.Parse(yaml, "user.yaml"), "user.yaml");
            Assert.Contains(config.Sources, s => s.Source == "user.yaml" && s.Sections.Contains("speakers") && s.Sections.Contains("cueVerbs"));

            var quotes = QuoteRulesTests.Extract(Text, config);
            var envoy = quotes.Single(q => q.Text == "The harvest is safe");
            Assert.Equal("Arjun Mehta", envoy.Speaker);
            Assert.Equal("special envoy", envoy.SpeakerTitle);
            Assert.Equal(SpeakerType.Person, envoy.SpeakerType);
            var czar = quotes.Single(q => q.Text == "Prices will hold");
            Assert.Equal("Mila Horvat", czar.Speaker);
            Assert.Equal("averred", czar.Cue);
            Assert.Equal("trade czar", czar.SpeakerTitle);
        }

        [Fact]
        public void AUserFileAddsNounsThatCannotSpeak()
        {
            const string text = "The harbour festivities demand \"more patience.\"";
            Assert.Equal("harbour festivities", QuoteRulesTests.Extract(text).Single(q => q.Text == "more patience.").Speaker);

            var config = ConfigLoader.Parse(EmbeddedQuoteDefaults(), "quotes.defaults.yaml");
            ConfigLoader.MergeInto(config, ConfigLoader.Parse("wordLists:\n  nonSpeakerNouns: [festivities]\n", "user.yaml"), "user.yaml");
            Assert.Null(QuoteRulesTests.Extract(text, config).Single(q => q.Text == "more patience.").Speaker);
        }

        [Fact]
        public void AUserFileAddsParticiplesThatNameAThing()
        {
            // "a ferry called "..."" names the ferry; "baptised" does the same once the user lists it.
            const string called = "Ana Reyes said the port will launch a ferry called \"the pride of the whole strait\" next week.";
            const string baptised = "Ana Reyes said the port will launch a ferry baptised \"the pride of the whole strait\" next week.";
            Assert.Equal(QuoteKind.Term, QuoteRulesTests.Extract(called).Single().Kind);
            Assert.Equal(QuoteKind.Partial, QuoteRulesTests.Extract(baptised).Single().Kind);

            var config = ConfigLoader.Parse(EmbeddedQuoteDefaults(), "quotes.defaults.yaml");
            ConfigLoader.MergeInto(config, ConfigLoader.Parse("wordLists:\n  namingParticiples: [baptised]\n", "user.yaml"), "user.yaml");
            Assert.Equal(QuoteKind.Term, QuoteRulesTests.Extract(baptised, config).Single().Kind);
        }

        private static string EmbeddedQuoteDefaults()
        {
            using var stream = typeof(QuoteExtractor).Assembly.GetManifestResourceStream("NewsTools.Defaults.quotes.defaults.yaml")!;
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        [Fact]
        public void LoadReadsTheUserFileFromDisk()
        {
            var file = Path.Combine(Path.GetTempPath(), "newstools-quotes-" + Guid.NewGuid() + ".yaml");
            try
            {
                File.WriteAllText(file, "speakers:\n  - name: Arjun Mehta\n    aliases: [the envoy]\n");
                var quotes = QuoteRulesTests.Extract(Text, ConfigLoader.Load(new[] { file }));
                Assert.Equal("Arjun Mehta", quotes.Single(q => q.Text == "The harvest is safe").Speaker);
            }
            finally
            {
                File.Delete(file);
            }
        }
    }
}
