using System.IO;
using System.Linq;
using NewsTools.Config;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    public class ViaTests
    {
        [Fact]
        public void AccordingToAfterTheSpeakersCueNamesTheOutletNotTheSpeaker()
        {
            var q = QuoteRulesTests.Extract("\"The evidence does not support the charge,\" the judge said, according to the Post.").Single(x => x.Kind == QuoteKind.Direct);
            Assert.Equal("judge", q.Speaker);
            Assert.Equal("Post", q.Via);
        }

        [Fact]
        public void AnInterviewWithAnOutletAfterANamedSpeakerIsTheVia()
        {
            var q = QuoteRulesTests.Extract("\"We will not close the clinic,\" Mayor Ana Okafor said in an interview with the Harbour Ledger.").Single(x => x.Kind == QuoteKind.Direct);
            Assert.Equal("Ana Okafor", q.Speaker);
            Assert.Equal("Harbour Ledger", q.Via);
        }

        [Fact]
        public void AccordingToWithNoOtherCueKeepsItsSourceAsTheSpeaker()
        {
            var q = QuoteRulesTests.Extract("According to the Harbour Ledger, the council will meet on Monday.").Single(x => x.Kind == QuoteKind.Indirect);
            Assert.Equal("Harbour Ledger", q.Speaker);
            Assert.Null(q.Via);
        }

        [Fact]
        public void AQuoteWithOnlyASpeakerHasNoVia()
        {
            var q = QuoteRulesTests.Extract("\"The ferry will run on time,\" said Ana Okafor.").Single(x => x.Kind == QuoteKind.Direct);
            Assert.Equal("Ana Okafor", q.Speaker);
            Assert.Null(q.Via);
        }

        [Fact]
        public void AccordingToInsideTheNextQuoteIsNotTheVia()
        {
            var quotes = QuoteRulesTests.Extract("\"We agreed,\" Ana Okafor said, \"and the pier was built according to the Harbour Board plans.\"").Where(x => x.Kind == QuoteKind.Direct || x.Kind == QuoteKind.Partial).ToList();
            Assert.Equal(2, quotes.Count);
            Assert.All(quotes, q => Assert.Equal("Ana Okafor", q.Speaker));
            Assert.All(quotes, q => Assert.Null(q.Via));
        }

        [Fact]
        public void AUserFileCanAddAViaPhrase()
        {
            const string text = "\"The ferry will run on time,\" Ana Okafor said, as quoted by the Harbour Ledger.";
            Assert.Null(QuoteRulesTests.Extract(text).Single(x => x.Kind == QuoteKind.Direct).Via);

            var config = ConfigLoader.Parse(EmbeddedQuoteDefaults(), "quotes.defaults.yaml");
            ConfigLoader.MergeInto(config, ConfigLoader.Parse("wordLists:\n  viaPhrases: [as quoted by]\n", "user.yaml"), "user.yaml");
            Assert.Equal("Harbour Ledger", QuoteRulesTests.Extract(text, config).Single(x => x.Kind == QuoteKind.Direct).Via);
        }

        private static string EmbeddedQuoteDefaults()
        {
            using var stream = typeof(QuoteExtractor).Assembly.GetManifestResourceStream("NewsTools.Defaults.quotes.defaults.yaml")!;
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
        [Fact]
        public void AccordingToAfterAPartialQuoteThatFollowsItsCueIsTheVia()
        {
            // The quote's own words stand between the cue and the via phrase; the search reads past them.
            var q = QuoteRulesTests.Extract("Okafor said the board would \"look at it very seriously,\" according to the Harbour Ledger.").Single(x => x.Kind == QuoteKind.Partial);
            Assert.Equal("Okafor", q.Speaker);
            Assert.Equal("Harbour Ledger", q.Via);
        }
    }
}
