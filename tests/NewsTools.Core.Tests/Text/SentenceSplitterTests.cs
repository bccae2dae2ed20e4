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
            Assert.Equal(new[] { "Brig. Okafor inspected the bridge.", "The work ends in June." }, Split(UserConfig.DefaultsWith("wordLists:\n  abbreviations: [Brig]\n")));
        }

        [Fact]
        public void CoverageUnitsAreTheSentencesOfTheArticlesConfiguration()
        {
            var article = Read(Story);
            string[] Units(NewsToolsConfig config) => new ContentKeys(config).Units(article, 0).Select(u => u.Text).ToArray();

            Assert.Equal(new[] { "Brig.", "Okafor inspected the bridge.", "The work ends in June.", "It will cost 4 million dollars." }, Units(ConfigLoader.Defaults));
            Assert.Equal(new[] { "Brig. Okafor inspected the bridge.", "The work ends in June.", "It will cost 4 million dollars." }, Units(UserConfig.DefaultsWith("wordLists:\n  abbreviations: [Brig]\n")));
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

        /// <summary>
        /// The sentences kept for a paragraph are an array of just its sentences (a list per paragraph cost its object and room
        /// for four or more), the same sentences Split gives, whether the caller handed its quotations over or not.
        /// </summary>
        [Fact]
        public void AParagraphsKeptSentencesAreAnArrayOfJustItsSentences()
        {
            const string Text = "\"We will rebuild. It takes time,\" Okafor said. The work ends in June. Then what?\n\nNothing.\n\n\"Unclosed. Still going";
            var splitter = SentenceSplitter.For(ConfigLoader.Defaults);
            var scanned = ArticleText.Of(Read(Text));
            var fresh = ArticleText.Of(Read(Text));
            Assert.True(scanned.Spans.Count >= 2);
            for (var span = 0; span < scanned.Spans.Count; span++)
            {
                var (start, end) = (scanned.Spans[span].Start, scanned.Spans[span].End);
                var expected = splitter.Split(scanned.Text, start, end).Select(s => (s.Start, s.End)).ToArray();
                var quotes = new System.Collections.Generic.List<NewsTools.Text.QuoteSpan>();
                QuoteScanner.Scan(scanned.Text, start, end, quotes);

                var kept = splitter.Sentences(scanned, span, quotes);
                var keptFresh = splitter.Sentences(fresh, span);
                Assert.Equal(expected, kept.Select(s => (s.Start, s.End)).ToArray());
                Assert.Equal(expected, keptFresh.Select(s => (s.Start, s.End)).ToArray());
                Assert.Equal(expected.Length, Assert.IsType<TextSpan[]>(kept).Length);
                Assert.Equal(expected.Length, Assert.IsType<TextSpan[]>(keptFresh).Length);
            }
        }

        /// <summary>A paragraph of thousands of quoted sentences is split whole, and the thread keeps no room for thousands after it.</summary>
        [Fact]
        public void AFloodOfSentencesLeavesNoLargeListWithTheThread()
        {
            var text = string.Join(" ", Enumerable.Repeat("\"Go.\"", 5000));
            var shared = ArticleText.Of(Read(text));
            var sentences = SentenceSplitter.For(ConfigLoader.Defaults).Sentences(shared, 0);
            Assert.Equal(5000, sentences.Count);

            object? Kept(string field) =>
                typeof(SentenceSplitter).GetField(field, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null);
            Assert.True(!(Kept("scratchSentences") is System.Collections.Generic.List<TextSpan> kept) || kept.Capacity <= 4096, "the sentences' list kept its room");
            Assert.True(!(Kept("scratchQuotes") is System.Collections.Generic.List<QuoteSpan> quotes) || (quotes.Capacity <= 4096 && quotes.Count == 0), "the quotations' list kept its room");
        }

        [Theory]
        [InlineData("Fox first found fame in the 1960s. One of his roles came in 1973.", "the 1960s", "Fox first found fame in the 1960s.")] // events took "s." for an initial
        [InlineData("It was fined $16m. Gen Pinochet was never tried for his 1973-90 rule.", "1973", "Gen Pinochet was never tried for his 1973-90 rule.")] // and "m." too
        [InlineData("He chose plan b. Talks ended on 3 May.", "3 May", "Talks ended on 3 May.")] // only a capital is an initial
        [InlineData("Mr. Wang met U.S. officials on Jan. 28 in Geneva. They left.", "Jan. 28", "Mr. Wang met U.S. officials on Jan. 28 in Geneva.")]
        [InlineData("Brig. Okafor opened the bridge on 3 May.", "3 May", "Okafor opened the bridge on 3 May.")] // 'Brig' is no built-in abbreviation
        public void EventsReadTheSentencesOfTheOneSplitter(string text, string expression, string sentence)
        {
            // Events used to split on their own, taking any one letter before a period for an initial ("the 1960s.",
            // "$16m.", "plan b."); now they read the article's sentences, so a stop after a number ends the sentence.
            var article = Read(text);
            var at = text.IndexOf(expression, StringComparison.Ordinal);
            var (start, end) = new NewsTools.Time.Events.EventExtractor(ConfigLoader.Defaults).SentenceOf(article, text, 0, text.Length, at, at + expression.Length);
            Assert.Equal(sentence, text.Substring(start, end - start));
        }

        [Fact]
        public void EventsKeepAnAbbreviationTheUserAdds()
        {
            const string text = "Brig. Okafor opened the bridge on 3 May.";
            var article = Read(text);
            var at = text.IndexOf("3 May", StringComparison.Ordinal);
            var (start, end) = new NewsTools.Time.Events.EventExtractor(UserConfig.DefaultsWith("wordLists:\n  abbreviations: [Brig]\n")).SentenceOf(article, text, 0, text.Length, at, at + 5);
            Assert.Equal(text, text.Substring(start, end - start));
        }

        [Fact]
        public void ALineBreakEndsASentence()
        {
            // Headlines and captions carry no final period (events always cut there; coverage's splitter only at blank lines).
            const string text = "Bridge opens in Port Alder\nThe mayor cut the ribbon.\r\nCrowds cheered";
            Assert.Equal(new[] { "Bridge opens in Port Alder", "The mayor cut the ribbon.", "Crowds cheered" },
                SentenceSplitter.For(ConfigLoader.Defaults).Split(text, 0, text.Length).Select(s => s.Of(text)));
        }

        [Fact]
        public void ALongSentenceIsCutToAWindowAroundItsExpression()
        {
            // A flood of dates without a stop: the event's sentence stays within reach of its expression, whole words only.
            var text = "Talks were held on " + string.Join(", ", Enumerable.Range(1, 200).Select(i => "3 May " + (1800 + i))) + ".";
            var article = Read(text);
            var at = text.IndexOf("3 May 1900", StringComparison.Ordinal);
            var (start, end) = new NewsTools.Time.Events.EventExtractor(ConfigLoader.Defaults).SentenceOf(article, text, 0, text.Length, at, at + 10);
            Assert.True(start > 0 && end < text.Length && end - start <= 810, $"{start}..{end}");
            Assert.Equal(' ', text[start - 1]);
            Assert.Equal(' ', text[end]);
        }

        [Theory]
        [InlineData("\"We will rebuild. It takes time,\" the mayor said. Crowds cheered.", "\"We will rebuild. It takes time,\" the mayor said.|Crowds cheered.")]
        [InlineData("The mayor said: \"We will rebuild.\" Crowds cheered.", "The mayor said: \"We will rebuild.\"|Crowds cheered.")] // the quotation ends with the stop
        [InlineData("\"Is it safe?\" Okafor asked. \"Yes.\"", "\"Is it safe?\"|Okafor asked.|\"Yes.\"")]
        [InlineData("The mayor said: \"We will rebuild. It takes time.", "The mayor said: \"We will rebuild. It takes time.")] // unclosed: the quotation runs on past the paragraph
        [InlineData("Rain fell. \u201CWe wait. We hope,\u201D she said.", "Rain fell.|\u201CWe wait. We hope,\u201D she said.")]
        public void AStopInsideAQuotationEndsNoSentenceUnlessTheQuotationEndsWithIt(string text, string sentences)
        {
            // Quote attribution needs the speaker's verb in the sentence of the whole quotation, however many stops it holds.
            Assert.Equal(sentences.Split('|'), SentenceSplitter.For(ConfigLoader.Defaults).Split(text, 0, text.Length).Select(s => s.Of(text)));
        }

        [Theory]
        [InlineData("He chose plan b. Talks ended.", "He chose plan b.|Talks ended.")] // only a capital is an initial
        [InlineData("\"Stop. Now,\" he said. Talks ended.", "\"Stop. Now,\" he said.|Talks ended.")] // quote-aware
        [InlineData("It ended\u2026 Talks resumed.", "It ended\u2026|Talks resumed.")] // an ellipsis is a stop
        [InlineData("Shares of Acme Inc. Then they rose.", "Shares of Acme Inc.|Then they rose.")] // "Inc." may end a sentence
        [InlineData("(He left.) Talks resumed.", "(He left.)|Talks resumed.")] // a bracket closing on a stop ends one
        [InlineData("Mr. Wang met U.S. officials. They left.", "Mr. Wang met U.S. officials.|They left.")]
        // An opening bracket after a stop opens no sentence: "(One notable exception was a ... paper that found \"significant\"
        // harm.)" keeps the sentence before it, where quotes find the speaker (splitting there lost a quote of the dev set).
        [InlineData("It rained. (Reporting by Okafor.)", "It rained. (Reporting by Okafor.)")]
        public void QuotesReadTheSentencesOfTheOneSplitter(string text, string sentences)
        {
            // Quotes map the one splitter's spans to their tokens, so quotes, events and coverage cut sentences the same way.
            var p = NewsTools.Quotes.ParagraphText.Build(text, 0, ParagraphKind.Body, 0, text.Length, new NewsTools.Quotes.CueLexicon(ConfigLoader.Defaults).Classes, SentenceSplitter.For(ConfigLoader.Defaults));
            var fromQuotes = p.Sentences.Select(r => text.Substring(p.Tokens[r.First].Start, p.Tokens[r.End - 1].End - p.Tokens[r.First].Start));
            Assert.Equal(sentences.Split('|'), fromQuotes);
            Assert.Equal(sentences.Split('|'), SentenceSplitter.For(ConfigLoader.Defaults).Split(text, 0, text.Length).Select(s => s.Of(text)));
        }

        [Fact]
        public void QuotesKeepAnAbbreviationTheUserAdds()
        {
            const string text = "Brig. Okafor said the bridge opens in June.";
            var config = UserConfig.DefaultsWith("wordLists:\n  abbreviations: [Brig]\n");
            var p = NewsTools.Quotes.ParagraphText.Build(text, 0, ParagraphKind.Body, 0, text.Length, new NewsTools.Quotes.CueLexicon(config).Classes, SentenceSplitter.For(config));
            Assert.Single(p.Sentences);
            var defaults = NewsTools.Quotes.ParagraphText.Build(text, 0, ParagraphKind.Body, 0, text.Length, new NewsTools.Quotes.CueLexicon(ConfigLoader.Defaults).Classes, SentenceSplitter.For(ConfigLoader.Defaults));
            Assert.Equal(2, defaults.Sentences.Count);
        }

        [Theory]
        [InlineData("Sales rose 2.5 percent in October.", "October", NewsTools.Time.Tense.Past)]
        [InlineData("Its new store launches in June. Officials declined to say more.", "June", NewsTools.Time.Tense.Unknown)]
        public void TheTenseOfAnExpressionIsReadWithinItsSentence(string text, string expression, NewsTools.Time.Tense tense)
        {
            // A decimal point ends no sentence, a short capitalised word before a stop ("June.") is no abbreviation.
            var tagger = new NewsTools.Time.TimeExpressionTagger(ConfigLoader.Defaults);
            Assert.Equal(tense, Assert.Single(tagger.TagText(text, new DateTime(2018, 1, 28)), e => e.Text == expression).Tense);
            Assert.Equal(tense, Assert.Single(tagger.Tag(Read(text)), e => e.Text == expression).Tense);
        }

        [Fact]
        public void TimeReadsTheAbbreviationsTheUserAdds()
        {
            // "Intl." before a capital ends the sentence unless the user lists it; then "rose" dates Monday.
            const string text = "On Monday the shares of Baxter Intl. Co rose.";
            NewsTools.Time.Tense TenseOfMonday(NewsToolsConfig config) =>
                Assert.Single(new NewsTools.Time.TimeExpressionTagger(config).Tag(Read(text)), e => e.Text == "Monday").Tense;

            Assert.Equal(NewsTools.Time.Tense.Unknown, TenseOfMonday(ConfigLoader.Defaults));
            Assert.Equal(NewsTools.Time.Tense.Past, TenseOfMonday(UserConfig.DefaultsWith("wordLists:\n  abbreviations: [Intl]\n")));
        }

        [Theory]
        [InlineData("The plan was drawn up with Dr. Noon and her team.", false)]
        [InlineData("The vote ended in a tie. Noon came and went without a deal.", true)]
        [InlineData("The vote ended in a tie. \"Noon came and went,\" he said.", true)]
        public void ACapitalisedTimeWordIsATimeOnlyWhereItsSentenceStarts(string text, bool time)
        {
            // After an abbreviation's period no sentence starts, so "Noon" is a name there.
            var found = new NewsTools.Time.TimeExpressionTagger(ConfigLoader.Defaults).TagText(text, new DateTime(2018, 1, 28));
            Assert.Equal(time, found.Any(e => e.Text == "Noon"));
        }

        [Fact]
        public void QuotesLeaveTheSentencesTheySplitOnTheArticleForTimeAndEvents()
        {
            // One article read by quotes and then by the time tagger (a run asking for everything): each paragraph is split
            // into sentences once, by whichever analysis reads it first, and the others read the same spans.
            var article = Read("Bridge to reopen\n\n\"We will open it in June,\" Mayor Okafor said. Work began on Monday.\n\nCritics said the cost was too high.");
            var splitter = SentenceSplitter.For(ConfigLoader.Defaults);
            var shared = ArticleText.Of(article);
            Assert.Equal(3, shared.Spans.Count);
            Assert.False(splitter.HasSentences(shared, 1));

            new NewsTools.Quotes.QuoteExtractor(ConfigLoader.Defaults).Extract(article);
            for (var span = 0; span < shared.Spans.Count; span++)
            {
                Assert.True(splitter.HasSentences(shared, span), $"paragraph {span} was split by quotes but not kept");
                Assert.Equal(splitter.Split(article.Text, shared.Spans[span].Start, shared.Spans[span].End), splitter.Sentences(shared, span));
            }

            Assert.Equal(new[] { "\"We will open it in June,\" Mayor Okafor said.", "Work began on Monday." }, splitter.Sentences(shared, 1).Select(s => s.Of(article.Text)));
        }

        private static Article Read(string text) =>
            new ArticleReader(ConfigLoader.Defaults).Parse(text, new ArticleOptions { Id = "t", ReferenceDate = new DateTime(2018, 1, 28) });
    }
}
