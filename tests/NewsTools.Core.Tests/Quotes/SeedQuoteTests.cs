using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>The two seed articles against ../shared/acceptance/seeds-gold.json: every quote, its speaker and nothing else.</summary>
    public class SeedQuoteTests
    {
        public static IEnumerable<object[]> Seeds => new[]
        {
            new object[] { "sputnik-2018-01-28-china-japan.txt" },
            new object[] { "straitstimes-2018-01-28-japan-china.txt" },
        };

        [SkippableTheory]
        [MemberData(nameof(Seeds))]
        public void EveryGoldQuoteIsFoundWithItsSpeakerKindAndAttribution(string seed)
        {
            var (article, quotes, gold) = Load(seed);
            foreach (var g in gold.GetProperty("quotes").EnumerateArray())
            {
                var text = g.GetProperty("text").GetString()!;
                var q = quotes.SingleOrDefault(x => Same(x.Text, text));
                Assert.True(q != null, $"{seed}: quote not found: {text}");
                var speakers = new List<string> { g.GetProperty("speaker").GetString()! };
                if (g.TryGetProperty("speaker_alternatives", out var alts))
                {
                    speakers.AddRange(alts.EnumerateArray().Select(a => a.GetString()!));
                }

                Assert.Contains(q!.Speaker, speakers);
                Assert.Equal(g.GetProperty("kind").GetString(), q.Kind.ToString());
                Assert.Equal(g.GetProperty("attribution").GetString(), q.Attribution.ToString());
                Assert.Equal(Optional(g, "mention"), q.SpeakerMention);
                Assert.Equal(Optional(g, "cue"), q.Cue);
                Assert.Equal(Optional(g, "addressee"), q.Addressee);
                Assert.Equal(article.Id, q.ArticleId);
            }
        }

        [SkippableTheory]
        [MemberData(nameof(Seeds))]
        public void NothingElseIsReportedAsADirectOrPartialQuote(string seed)
        {
            var (_, quotes, gold) = Load(seed);
            var expected = gold.GetProperty("quotes").EnumerateArray().Select(g => g.GetProperty("text").GetString()!).ToList();
            var extra = quotes.Where(q => (q.Kind == QuoteKind.Direct || q.Kind == QuoteKind.Partial) && !expected.Any(e => Same(e, q.Text))).ToList();
            Assert.True(extra.Count == 0, "Reported but not in the gold: " + string.Join(" | ", extra.Select(q => q.Text)));
        }

        [SkippableTheory]
        [MemberData(nameof(Seeds))]
        public void NamesAndScareQuotesNeverGetASpeaker(string seed)
        {
            var (_, quotes, gold) = Load(seed);
            foreach (var term in gold.GetProperty("not_quotes").EnumerateArray().Select(t => t.GetString()!))
            {
                foreach (var q in quotes.Where(x => Same(x.Text, term)))
                {
                    Assert.Equal(QuoteKind.Term, q.Kind);
                    Assert.Null(q.Speaker);
                    Assert.Equal(Attribution.None, q.Attribution);
                }
            }
        }

        [SkippableTheory]
        [MemberData(nameof(Seeds))]
        public void ReportedSpeechIsIndirectWithItsSpeaker(string seed)
        {
            var (_, quotes, gold) = Load(seed);
            foreach (var g in gold.GetProperty("indirect_quotes_optional").EnumerateArray())
            {
                var starts = g.GetProperty("starts").GetString()!;
                var q = quotes.SingleOrDefault(x => x.Kind == QuoteKind.Indirect && Normalise(x.Text).StartsWith(starts, StringComparison.Ordinal));
                Assert.True(q != null, $"{seed}: indirect speech not found: {starts}");
                Assert.Equal(g.GetProperty("speaker").GetString(), q!.Speaker);
                Assert.Equal(g.GetProperty("mention").GetString(), q.SpeakerMention);
                Assert.Equal(g.GetProperty("cue").GetString(), q.Cue);
            }
        }

        [SkippableTheory]
        [MemberData(nameof(Seeds))]
        public void OffsetsIndexTheArticleTextAsGiven(string seed)
        {
            var (article, quotes, _) = Load(seed);
            Assert.NotEmpty(quotes);
            foreach (var q in quotes)
            {
                Assert.Equal(q.Text, article.Text.Substring(q.Start, q.End - q.Start));
                Assert.Contains(q.Text, article.Paragraphs[q.Paragraph].Text, StringComparison.Ordinal);
                Assert.Contains(Normalise(q.Text), Normalise(q.Sentence), StringComparison.Ordinal);
                if (q.SpeakerMention != null)
                {
                    Assert.Equal(q.SpeakerMention, article.Text.Substring(q.SpeakerStart, q.SpeakerEnd - q.SpeakerStart));
                }
            }
        }

        [SkippableFact]
        public void TheQuoteMarksAndTheTrailingCommaAreNotPartOfTheText()
        {
            var (_, quotes, _) = Load("straitstimes-2018-01-28-japan-china.txt");
            var crucial = quotes.Single(q => q.Text == "crucial stage");
            var boat = quotes.Single(q => q.Text.StartsWith("China-Japan relations", StringComparison.Ordinal));
            Assert.EndsWith("forge ahead", boat.Text, StringComparison.Ordinal);
            Assert.Contains("Chinese foreign minister Wang told Kono", crucial.Sentence, StringComparison.Ordinal);
            Assert.Equal("Chinese foreign minister Wang", crucial.SpeakerMention);
            Assert.Equal(SpeakerType.Person, crucial.SpeakerType);
            Assert.EndsWith("international society.", quotes.Single(q => q.Attribution == Attribution.Continuation && q.Speaker == "Taro Kono").Text, StringComparison.Ordinal);
        }

        internal static (Article Article, IReadOnlyList<Quote> Quotes, JsonElement Gold) Load(string seed)
        {
            TestData.RequireShared("acceptance/seeds-gold.json");
            var article = TestData.ReadSeed(seed);
            var quotes = new QuoteExtractor(ConfigLoader.Defaults).Extract(article);
            using var doc = JsonDocument.Parse(File.ReadAllText(TestData.SeedsGold));
            var gold = doc.RootElement.GetProperty("articles").GetProperty(seed).Clone();
            return (article, quotes, gold);
        }

        private static string? Optional(JsonElement e, string name) =>
            e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        /// <summary>The article keeps non-breaking spaces; the gold file writes plain ones.</summary>
        private static string Normalise(string s) => s.Replace('\u00A0', ' ').Trim();

        private static bool Same(string a, string b) => string.Equals(Normalise(a), Normalise(b), StringComparison.Ordinal);
    }
}
