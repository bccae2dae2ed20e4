using System;
using System.Linq;
using NewsTools.Config;
using NewsTools.Evaluation;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>The engine's quote scorer: spans, unattributed spans, and when a predicted speaker names the gold source.</summary>
    public class QuoteEvaluatorTests
    {
        private static readonly NewsToolsConfig Config = ConfigLoader.Load();

        [Fact]
        public void APredictionOnAnUnattributedSpanLowersPrecisionAndAWrongSpeakerLowersEndToEnd()
        {
            const string text = "Ann Lee spoke. \"Yes,\" Lee said of the \"plan\" again.";
            int Find(string w) => text.IndexOf(w, StringComparison.Ordinal);
            var gold = new GoldQuoteDocument("t2", text);
            gold.Quotes.Add(new GoldQuote(Find("Yes"), Find("Yes") + 4, "Bob Day", false));
            gold.Unattributed.Add((Find("plan"), Find("plan") + 4));
            var evaluator = new QuoteEvaluator(Config);
            var errors = evaluator.Add(gold, new[] { TestQuotes.Make(text, "Yes", "Ann Lee", "Lee"), TestQuotes.Make(text, "plan", "Ann Lee", "Lee") });
            var r = evaluator.Result();

            Assert.Equal(0.5, r.OverlapPrecision);
            Assert.Equal(1.0, r.OverlapRecall);
            Assert.Equal(1, r.FalsePositivesOnUnattributed);
            Assert.Equal(0.0, r.NamedSpeakerAccuracy);
            Assert.Equal(0.0, r.EndToEndF1);
            Assert.Contains(errors, e => e.Kind == QuoteErrorKind.FalsePositiveOnUnattributed && e.Line.StartsWith("fp-unattributed", StringComparison.Ordinal));
            Assert.Contains(errors, e => e.Kind == QuoteErrorKind.WrongNamed);
            Assert.Equal(1, r.ErrorCounts[QuoteErrorKind.WrongNamed]);
        }

        [Fact]
        public void ATranscriptTurnWithoutQuoteMarksIsCountedApartAndQuotedTextIsScoredAsBefore()
        {
            // The gold holds only quoted text, so the unmarked turn is neither a hit nor a false positive; the quoted one still is.
            const string text = "Ledger host Ann Marsh interviewed Mayor Ruth Okafor.\n\nMARSH: Will the bridge open in May?\n\n\"It will,\" Okafor said.";
            var gold = new GoldQuoteDocument("t9", text);
            var start = text.IndexOf("It will", StringComparison.Ordinal);
            gold.Quotes.Add(new GoldQuote(start, start + 7, "Okafor", false));
            var article = new NewsTools.Articles.ArticleReader(Config).Parse(text, new NewsTools.Articles.ArticleOptions { Id = "t9" });
            var extractor = new NewsTools.Quotes.QuoteExtractor(Config);
            Assert.Contains(extractor.Extract(article), q => q.Kind == NewsTools.Quotes.QuoteKind.Direct && q.Speaker == "Ann Marsh");

            var evaluator = new QuoteEvaluator(Config);
            var errors = evaluator.Add(gold, article, extractor);
            var r = evaluator.Result();

            Assert.Empty(errors);
            Assert.Equal(1, r.UnmarkedPredictions);
            Assert.Equal(1, r.Predicted);
            Assert.Equal(1.0, r.OverlapPrecision);
            Assert.Equal(1.0, r.EndToEndF1);
        }

        [Fact]
        public void ExactSpansIgnoreTheCommaOrFullStopInsideTheClosingMarkOnBothSides()
        {
            const string text = "\"We are done.\" Lee said. \"We go on,\" she said.";
            var gold = new GoldQuoteDocument("t3", text);
            gold.Quotes.Add(new GoldQuote(1, 13, "Lee", false));                     // "We are done." with its stop
            gold.Quotes.Add(new GoldQuote(text.IndexOf("We go", StringComparison.Ordinal), text.IndexOf("We go", StringComparison.Ordinal) + 8, "she", true)); // "We go on" without its comma
            var evaluator = new QuoteEvaluator(Config);
            evaluator.Add(gold, new[] { TestQuotes.Make(text, "We are done", "Lee", "Lee"), TestQuotes.Make(text, "We go on,", "Lee", "she") });

            Assert.Equal(2, evaluator.Result().ExactMatches);
            Assert.Equal(1.0, evaluator.Result().EndToEndF1);
        }

        [Theory]
        [InlineData("Evan Tracey, a Republican media consultant", "Evan Tracey", "Tracey", true)]
        [InlineData("Morris", "Haley Morris", "Morris", true)]
        [InlineData("Spokeswoman Haley Morris", "Haley Morris", "Haley Morris", true)]
        [InlineData("Donald J. Trump", "Donald Trump", "Trump", true)]
        [InlineData("Mr. Trump", "Donald Trump", "Trump", true)]
        [InlineData("Trump, who has been feuding with the party", "Donald Trump", "Trump", true)]
        [InlineData("her senior policy adviser, Jake Sullivan,", "Jake Sullivan", "Jake Sullivan", true)]
        [InlineData("Chris Low at FTN Financial", "Chris Low", "Low", true)]
        [InlineData("a spokesman for Bernie Sanders", "Bernie Sanders", "a spokesman for Bernie Sanders", true)]
        [InlineData("the ministry", "Chinese Foreign Ministry", "the ministry", true)]
        [InlineData("O’Donnell", "Rosie O'Donnell", "O'Donnell", true)]
        [InlineData("Felipe Calderon", "Felipe Calderón", "Calderón", true)]
        [InlineData("Secretary of State John Kerry", "John Kerry", "Kerry", true)]
        [InlineData("the Bank of England", "Bank of England", "the Bank of England", true)]
        [InlineData("one Republican involved in the planning", "Republican", "one Republican", true)]
        [InlineData("one well-connected Democrat familiar with the campaign's organization", "Democrat", "one well-connected Democrat", true)]
        [InlineData("Source familiar with the ad", "ad", "the ad", false)]
        [InlineData("a job posting on the website", "job posting", "a job posting", true)]
        [InlineData("one Republican involved in the planning", "planning", "the planning", false)]
        [InlineData("Trump", "Trump Train", "Trump Train", false)]
        [InlineData("Trump", "Trump National Doral", "Trump National Doral", false)]
        [InlineData("Trump", "Hillary Clinton Goes After Donald Trump As", "Hillary Clinton Goes After Donald Trump As", false)]
        [InlineData("Clinton campaign manager Robby Mook", "Hillary Clinton", "Clinton", false)]
        [InlineData("The Florida senator", "Florida", "The Florida", false)]
        [InlineData("Larry Noble, an attorney with the Campaign Legal Center", "Campaign Legal Center", "the Campaign Legal Center", false)]
        [InlineData("Geoff Garin, a Democratic pollster who is working with Priorities USA", "Priorities USA", "Priorities USA", false)]
        [InlineData("Clinton", "Donald Trump", "Trump", false)]
        [InlineData("Sen. Marco Rubio", "Senate", "the Senate", false)]
        [InlineData("Ivanka Trump", "Donald Trump", "Donald Trump", false)]
        public void ASpeakerIsRightWhenItNamesTheHeadOfTheGoldSource(string gold, string speaker, string mention, bool expected)
        {
            Assert.Equal(expected, new SpeakerMatcher(Config).Names(gold, speaker, mention));
        }

        [Fact]
        public void APronounMentionNeverNamesANamedSource()
        {
            Assert.False(new SpeakerMatcher(Config).Names("Haley Morris", null, "she"));
        }
    }
}
