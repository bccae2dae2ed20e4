using System;
using System.Collections.Generic;
using System.Linq;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Coverage;
using NewsTools.Quotes;
using Xunit;
using Xunit.Abstractions;

namespace NewsTools.Tests.Coverage
{
    /// <summary>
    /// One remark reported by two outlets in other words ("many hurdles remained" / "many snags and sticking points") is one
    /// fact when both attribute it to the same speaker; another remark of that speaker is not, even when it names her the same way.
    /// </summary>
    public sealed class ReportedRemarkTests
    {
        private const string GazetteText =
            "Port workers stayed off the job for a third day on Tuesday as the harbour strike spread to the ferry terminals.\n\n" +
            "Mayor Ana Ruiz invited the dockers' union to talks at city hall to look for a way out of the dispute.\n\n" +
            "The mayor added that while the talks had made headway, many hurdles remained before the cranes could move again.\n\n" +
            "Ruiz said the city would not raise port fees this year.\n\n" +
            "Shipping firms complained that cargo was piling up at the container quay.";

        private const string WireText =
            "The dock strike entered its third day on Tuesday, with ferries also halted.\n\n" +
            "The port is at a \"turning point\", Mayor Ana Ruiz told union leaders, adding that fair pay is in everyone's interest.\n\n" +
            "However, Ruiz said that while the talks had made real headway, there were still many \"snags and sticking points\".\n\n" +
            "Ruiz said the council would publish its harbour budget in May.\n\n" +
            "Union officials declined to comment on the state of the talks.";

        private readonly ITestOutputHelper output;

        public ReportedRemarkTests(ITestOutputHelper output) => this.output = output;

        private static Article Gazette() => CoverageTestData.Make("gazette", "Harbour Gazette", "Strike enters third day", GazetteText);

        private static Article Wire() => CoverageTestData.Make("wire", "Coastal Wire", "Mayor sees headway in dock talks", WireText);

        /// <summary>A quote of Ana Ruiz as the quote extractor gives it: the quoted or reported words, and where her mention is.</summary>
        private static Quote Ruiz(Article article, QuoteKind kind, string words, string mention, string cue, bool mentionAfter = false)
        {
            var start = article.Text.IndexOf(words, StringComparison.Ordinal);
            var at = mentionAfter ? article.Text.IndexOf(mention, start, StringComparison.Ordinal) : article.Text.LastIndexOf(mention, start, StringComparison.Ordinal);
            Assert.True(start >= 0 && at >= 0, "test text: " + words);
            return new Quote
            {
                Text = words,
                Kind = kind,
                Speaker = "Ana Ruiz",
                SpeakerType = SpeakerType.Person,
                SpeakerMention = mention,
                Cue = cue,
                ArticleId = article.Id,
                Outlet = article.Outlet,
                Start = start,
                End = start + words.Length,
                SpeakerStart = at,
                SpeakerEnd = at + mention.Length,
            };
        }

        private static IReadOnlyList<Quote> Quotes(Article article) => article.Id == "gazette"
            ? new[]
            {
                Ruiz(article, QuoteKind.Indirect, "while the talks had made headway, many hurdles remained before the cranes could move again.", "The mayor", "added"),
                Ruiz(article, QuoteKind.Indirect, "the city would not raise port fees this year", "Ruiz", "said"),
            }
            : new[]
            {
                Ruiz(article, QuoteKind.Partial, "turning point", "Mayor Ana Ruiz", "told", mentionAfter: true),
                Ruiz(article, QuoteKind.Partial, "snags and sticking points", "Ruiz", "said"),
                Ruiz(article, QuoteKind.Indirect, "the council would publish its harbour budget in May", "Ruiz", "said"),
            };

        private CoverageComparison Compare(Func<Article, IReadOnlyList<Quote>> quotes)
        {
            var result = new CoverageComparer(ConfigLoader.Defaults) { BuildTimeline = false }.Compare(new[] { Gazette(), Wire() }, "harbour", quotes, default);
            foreach (var i in result.Items.Where(i => i.Kind == CoverageKind.Fact))
            {
                output.WriteLine($"{string.Join(", ", i.Sources)} {i.Similarity:0.000}: {string.Join(" | ", i.Texts.Select(t => t.Text))}");
            }

            return result;
        }

        private static CoverageItem? Row(CoverageComparison result, string gazette, string wire) => result.Items.SingleOrDefault(i =>
            i.Kind == CoverageKind.Fact && i.Texts.Count == 2 && i.Texts[0].Text.StartsWith(gazette, StringComparison.Ordinal) && i.Texts[1].Text.StartsWith(wire, StringComparison.Ordinal));

        [Fact]
        public void TheSameRemarkInOtherWordsIsOneFactAnotherRemarkOfTheSpeakerIsNot()
        {
            var result = Compare(Quotes);
            var remark = Row(result, "The mayor added that while the talks", "However, Ruiz said that while the talks");
            Assert.NotNull(remark);
            Assert.Empty(remark!.MissingFrom);

            // "Mayor Ana Ruiz told union leaders" names her as the gazette's sentence does; the remark is another one.
            Assert.Null(Row(result, "The mayor added", "The port is at"));
            Assert.Contains(result.Items, i => i.Kind == CoverageKind.Fact && i.Sources.SequenceEqual(new[] { "Coastal Wire" }) && i.Texts[0].Text.StartsWith("The port is at", StringComparison.Ordinal));

            // Two other remarks of hers, port fees and the harbour budget, stay apart: each is only in one outlet.
            Assert.Contains(result.Items, i => i.Kind == CoverageKind.Fact && i.Sources.SequenceEqual(new[] { "Harbour Gazette" }) && i.Texts[0].Text.StartsWith("Ruiz said the city", StringComparison.Ordinal));
            Assert.Contains(result.Items, i => i.Kind == CoverageKind.Fact && i.Sources.SequenceEqual(new[] { "Coastal Wire" }) && i.Texts[0].Text.StartsWith("Ruiz said the council", StringComparison.Ordinal));
        }

        [Fact]
        public void WithoutTheSpeakerTheWordsAloneDoNotAlignTheRemark()
        {
            // The rule, not the words, makes the pair: with no quotes known, the two renderings share too little.
            var result = Compare(_ => Array.Empty<Quote>());
            Assert.Null(Row(result, "The mayor added that while the talks", "However, Ruiz said that while the talks"));
        }

        [Fact]
        public void AGenericSpeakerIsNoOneVoice()
        {
            // "Analysts said ..." in both: the quote extractor cannot type such a speaker, and many analysts are not one voice.
            var result = Compare(article => Quotes(article).Select(q => q.Text.StartsWith("while the talks", StringComparison.Ordinal) || q.Text == "snags and sticking points" ? Retold(q, "analysts", SpeakerType.Unknown) : q).ToList());
            Assert.Null(Row(result, "The mayor added that while the talks", "However, Ruiz said that while the talks"));
        }

        [Fact]
        public void AnotherSpeakerWithTheSameWordsIsNotTheSameRemark()
        {
            // The wire gives the remark to a union official instead: the same words, but not her remark.
            var result = Compare(article => article.Id == "gazette"
                ? Quotes(article)
                : Quotes(article).Select(q => q.Text == "snags and sticking points" ? Retold(q, "Jon Bell") : q).ToList());
            Assert.Null(Row(result, "The mayor added that while the talks", "However, Ruiz said that while the talks"));
        }

        [Fact]
        public void RemarksSharingOnlyANameAreNotOneRemark()
        {
            // Both remarks are about the Harbourside scheme; what she said about it differs.
            var gazette = CoverageTestData.Make("gazette", "Harbour Gazette", null,
                "Mayor Ana Ruiz opened the new ferry pier on Friday.\n\n" +
                "Ruiz said the Harbourside development would bring four hundred jobs to the waterfront.\n\n" +
                "Ruiz also thanked the volunteers who cleaned the beach.");
            var wire = CoverageTestData.Make("wire", "Coastal Wire", null,
                "The mayor cut the ribbon at the ferry pier on Friday.\n\n" +
                "Ruiz said Harbourside had been delayed again by a planning appeal lodged in March.\n\n" +
                "Ruiz praised the lifeboat crews for their rescue work.");
            IReadOnlyList<Quote> Quotes(Article a) => a.Id == "gazette"
                ? new[] { Ruiz(a, QuoteKind.Indirect, "the Harbourside development would bring four hundred jobs to the waterfront", "Ruiz", "said") }
                : new[] { Ruiz(a, QuoteKind.Indirect, "Harbourside had been delayed again by a planning appeal lodged in March", "Ruiz", "said") };
            var result = new CoverageComparer(ConfigLoader.Defaults) { BuildTimeline = false }.Compare(new[] { gazette, wire }, "pier", Quotes, default);
            Assert.DoesNotContain(result.Items, i => i.Kind == CoverageKind.Fact && i.Texts.Count == 2 && i.Texts[0].Text.Contains("Harbourside", StringComparison.Ordinal));
            Assert.Contains(result.Items, i => i.Kind == CoverageKind.Fact && i.Texts.Count == 2 && i.Texts[0].Text.Contains("ferry pier", StringComparison.Ordinal));
        }

        [Fact]
        public void ReportedWordsLeaveOutTheMentionTheCueAndTheSetting()
        {
            var article = CoverageTestData.Make("a", "Gazette", null,
                "The port is at a \"turning point\", Mayor Ana Ruiz told union leaders.\n\n" +
                "In an interview with the Gazette on Tuesday, Ruiz said she welcomed the union's offer.");
            var keys = new ContentKeys(ConfigLoader.Defaults);
            var units = keys.Units(article, 0);
            var quotes = new[]
            {
                Ruiz(article, QuoteKind.Partial, "turning point", "Mayor Ana Ruiz", "told", mentionAfter: true),

                // Reported speech read backwards (the setting before "Ruiz said" taken for what she said): the clause after the
                // cue is what she said.
                Ruiz(article, QuoteKind.Indirect, "In an interview with the Gazette on Tuesday", "Ruiz", "said", mentionAfter: true),
            };
            ReportedSpeech.Attribute(units, quotes, keys);
            Assert.Equal(new[] { "Ana Ruiz" }, units[0].Speakers.Select(x => x.Name));
            Assert.Equal(new[] { "point", "port", "turn" }, units[0].Reported.OrderBy(k => k, StringComparer.Ordinal));
            Assert.Equal(new[] { "offer", "union", "welcom" }, units[1].Reported.OrderBy(k => k, StringComparer.Ordinal));
        }

        [Fact]
        public void AQuotedSentenceWithItsSpeakersTitleAndCueIsAStatementNotAFact()
        {
            // "union leader" is the speaker's title and "told" the cue: the sentence reports the quote, which both outlets carry,
            // so it is no fact that only the Gazette has.
            var gazette = CoverageTestData.Make("gazette", "Harbour Gazette", null,
                "Dock workers in Kestrel Bay returned to work on Wednesday after a three-day strike.\n\n" +
                "\"This is a fair deal and our members deserve it,\" union leader Tom Brack told reporters at the gates.");
            var coast = CoverageTestData.Make("coast", "Coast Times", null,
                "Dockers at Kestrel Bay went back to work on Wednesday, ending a three-day strike.\n\n" +
                "\"Our members deserve this deal,\" said union leader Tom Brack.");
            var extractor = new QuoteExtractor(ConfigLoader.Defaults);
            var result = new CoverageComparer(ConfigLoader.Defaults) { BuildTimeline = false }.Compare(new[] { gazette, coast }, "strike", a => extractor.Extract(a), default);
            Assert.Contains(result.Items, i => i.Kind == CoverageKind.Statement && i.Texts.Count == 2);
            Assert.DoesNotContain(result.Items, i => i.Kind == CoverageKind.Fact && i.Texts.Any(t => t.Text.Contains("fair deal", StringComparison.Ordinal)));
        }

        [Fact]
        public void AQuotationGivenWordForWordIsOneStatementHoweverEachOutletNamesItsSource()
        {
            // "the Fed" and "the central bank" are one speaker named two ways: the verbatim quotation is one statement of both outlets.
            var wire = CoverageTestData.Make("wire", "Wire", null,
                "The Federal Reserve held interest rates steady on Wednesday.\n\n" +
                "\"Uncertainty around the economic outlook has increased,\" the central bank said in its policy statement.");
            var daily = CoverageTestData.Make("daily", "Daily", null,
                "The Federal Reserve left its benchmark rate unchanged on Wednesday.\n\n" +
                "\"Uncertainty around the economic outlook has increased,\" the Fed said in a statement.");
            var result = Compared(wire, daily);
            var statement = Assert.Single(result.Items, i => i.Kind == CoverageKind.Statement);
            Assert.Equal((2, "Fed"), (statement.Texts.Count, statement.Speaker));
            Assert.DoesNotContain(result.Items, i => i.Kind == CoverageKind.Discrepancy);
        }

        [Fact]
        public void AQuotationGivenWordForWordToTwoPeopleIsADiscrepancy()
        {
            var wire = CoverageTestData.Make("wire", "Wire", null,
                "Dock workers in Kestrel Bay returned to work on Wednesday after a three-day strike.\n\n" +
                "\"This is a fair deal and our members deserve every penny of it,\" union leader Tom Brack said.");
            var daily = CoverageTestData.Make("daily", "Daily", null,
                "Dockers at Kestrel Bay went back to work on Wednesday, ending a three-day strike.\n\n" +
                "\"This is a fair deal and our members deserve every penny of it,\" port manager Ann Cole said.");
            var result = Compared(wire, daily);
            Assert.Single(result.Items, i => i.Kind == CoverageKind.Statement && i.Texts.Count == 2);
            var d = Assert.Single(result.Items, i => i.Kind == CoverageKind.Discrepancy && i.Detail!.StartsWith("speakers", StringComparison.Ordinal));
            Assert.Equal("speakers: Tom Brack / Ann Cole", d.Detail);
        }

        private static CoverageComparison Compared(params Article[] articles)
        {
            var extractor = new QuoteExtractor(ConfigLoader.Defaults);
            return new CoverageComparer(ConfigLoader.Defaults) { BuildTimeline = false }.Compare(articles, "g", a => extractor.Extract(a), default);
        }

        private static Quote Retold(Quote q, string speaker, SpeakerType type = SpeakerType.Person) => new Quote
        {
            Text = q.Text,
            Kind = q.Kind,
            Speaker = speaker,
            SpeakerType = type,
            SpeakerMention = q.SpeakerMention,
            Cue = q.Cue,
            ArticleId = q.ArticleId,
            Outlet = q.Outlet,
            Start = q.Start,
            End = q.End,
            SpeakerStart = q.SpeakerStart,
            SpeakerEnd = q.SpeakerEnd,
        };
    }
}
