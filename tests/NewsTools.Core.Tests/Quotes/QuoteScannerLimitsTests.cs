using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>Hostile inputs come back fast with a sensible answer: scanning is linear, whatever the marks.</summary>
    [Collection(GrowthRatioCollection.Name)]
    public class QuoteScannerLimitsTests
    {
        // Generous: the point is "not quadratic" (which would take minutes), not a benchmark.
        private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

        private static (Quote[] Quotes, TimeSpan Elapsed) Time(string text)
        {
            var article = new ArticleReader(ConfigLoader.Defaults).Parse(text, new ArticleOptions { Id = "adversarial" });
            var extractor = new QuoteExtractor(ConfigLoader.Defaults);
            var watch = Stopwatch.StartNew();
            var quotes = extractor.Extract(article).ToArray();
            return (quotes, watch.Elapsed);
        }

        [Fact]
        public void TenMegabytesOfNothingButQuoteMarksHasNoQuote()
        {
            var text = new string('"', 10 * 1024 * 1024 - 1) + "”";
            var (quotes, elapsed) = Time(text);
            Assert.Empty(quotes);
            Assert.True(elapsed < Bound, $"took {elapsed}");
        }

        [Fact]
        public void ManySingleMarkOpenersWithoutACloserHaveNoQuote()
        {
            // Every word opens with an English single mark and none closes: the scan gives up after the first opener.
            var text = string.Concat(Enumerable.Repeat("'a ", 1_000_000)) + ".";
            var (quotes, elapsed) = Time(text);
            Assert.Empty(quotes);
            Assert.True(elapsed < Bound, $"took {elapsed}");
        }

        [Fact]
        public void AlternatingCurlyMarksHaveNoQuoteWithText()
        {
            var text = string.Concat(Enumerable.Repeat("“”", 2 * 1024 * 1024));
            var (quotes, elapsed) = Time(text);
            Assert.Empty(quotes);
            Assert.True(elapsed < Bound, $"took {elapsed}");
        }

        [Fact]
        public void AMegabyteLineWithoutPunctuationHasNoQuote()
        {
            var words = new[] { "the", "minister", "said", "Wang", "also", "told", "Kono", "that", "he", "says" };
            var sb = new StringBuilder();
            for (var i = 0; sb.Length < 1024 * 1024; i++)
            {
                sb.Append(words[i % words.Length]).Append(' ');
            }

            var (quotes, elapsed) = Time(sb.ToString());
            Assert.DoesNotContain(quotes, q => q.Kind == QuoteKind.Direct || q.Kind == QuoteKind.Partial || q.Kind == QuoteKind.Term);
            Assert.True(elapsed < Bound, $"took {elapsed}");
        }

        [Fact]
        public void AHundredThousandUnbalancedOpeningQuotesGiveAtMostTheLastOne()
        {
            var text = string.Concat(Enumerable.Repeat("“Wang said ", 100_000));
            var (quotes, elapsed) = Time(text);
            var spans = quotes.Where(q => q.Kind != QuoteKind.Indirect).ToList();
            Assert.True(spans.Count <= 1, $"{spans.Count} quotes");
            Assert.All(spans, q => Assert.Equal("Wang said", q.Text));
            Assert.True(elapsed < Bound, $"took {elapsed}");
        }

        [Fact]
        public void ManyBalancedQuotesInOneSentenceStayLinear()
        {
            var text = "Wang said " + string.Concat(Enumerable.Repeat("\"yes\" and ", 50_000)) + "\"no\".";
            var (quotes, elapsed) = Time(text);
            Assert.Equal(50_001, quotes.Count(q => q.Kind != QuoteKind.Indirect));
            Assert.True(elapsed < Bound, $"took {elapsed}");
        }

        [Theory]
        [InlineData("Mr.")]
        [InlineData("President Minister Secretary")]
        public void AChainOfTitlesBeforeANameGrowsLinearly(string titles)
        {
            // 1x and 8x the chain in one run: a linear cost grows about 8 times, a quadratic one 64 (it was 44-66 s at 100k words);
            // the bound sits between the two.
            string Sentence(int repeats) => string.Join(" ", Enumerable.Repeat(titles, repeats)) + " Smith said the plan works.";
            var (quotes, _) = Time(Sentence(32_000));
            GrowthRatio.AssertLinear(Sentence, sentence => Time(sentence), 4_000);

            var statement = Assert.Single(quotes, q => q.Kind == QuoteKind.Indirect);
            Assert.Equal("Smith", statement.Speaker);
            Assert.EndsWith(titles.Split(' ').Last(), statement.SpeakerTitle, StringComparison.Ordinal);
        }
    }
}
