using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using NewsTools.Config;
using NewsTools.Time;
using Xunit;

namespace NewsTools.Tests.Time
{
    /// <summary>Hostile input comes back quickly with sensible results: the scanners are linear, never backtracking.</summary>
    [Collection(GrowthRatioCollection.Name)]
    public class TimeRobustnessTests
    {
        private static readonly DateTime Reference = new DateTime(2018, 1, 28);

        // Generous: a linear pass over a megabyte takes milliseconds; quadratic behaviour would take minutes.
        private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

        private static (System.Collections.Generic.IReadOnlyList<TimeExpression> Found, TimeSpan Elapsed) Run(string text)
        {
            var tagger = new TimeExpressionTagger(ConfigLoader.Defaults);
            var watch = Stopwatch.StartNew();
            var found = tagger.TagText(text, Reference);
            return (found, watch.Elapsed);
        }

        [Fact]
        public void AFloodOfOneMarkIsOneTokenAndShortRunsStayOnePerCharacter()
        {
            var tokens = new NewsTools.Time.Scanning.TokenList(16);
            var text = "On Sunday " + new string('"', 1_000_000) + " and 1990--1995...";
            NewsTools.Time.Scanning.TimeTokenizer.Tokenize(text, 0, text.Length, tokens, NewsTools.Time.Scanning.Lexicon.Default);

            // On, Sunday, the flood, and, 1990, -, -, 1995, ., ., .
            Assert.Equal(11, tokens.Count);
            Assert.Equal(1_000_000, tokens[2].End - tokens[2].Start);
            Assert.Equal(1, tokens[5].End - tokens[5].Start);

            var (found, elapsed) = Run("The vote was on Sunday. " + new string('"', 10 * 1024 * 1024));
            Assert.True(elapsed < Bound, $"took {elapsed}");
            Assert.Equal("2018-01-28", Assert.Single(found).Value);
        }

        [Fact]
        public void DigitFloodIsLinearAndYieldsNothingOdd()
        {
            var (found, elapsed) = Run(new string('7', 1_000_000));
            Assert.True(elapsed < Bound, $"took {elapsed}");
            Assert.Empty(found);

            var (spaced, elapsed2) = Run(string.Concat(Enumerable.Repeat("2018 12 31 ", 50_000)));
            Assert.True(elapsed2 < Bound, $"took {elapsed2}");
            Assert.All(spaced, e => Assert.Equal("2018", e.Value));
        }

        [Fact]
        public async Task DigitsOfOtherScriptsDoNotStallTheScan()
        {
            // Fullwidth and Arabic-Indic digits are digits to char.IsDigit but not to the number scanner.
            var task = Task.Run(() => Run("The talks on \uff13 March 2004 and \u0663 May 2005 failed."));
            var finished = await Task.WhenAny(task, Task.Delay(Bound));
            Assert.True(finished == task, "the tagger did not finish");
            var values = (await task).Found.Select(e => e.Value).ToList();
            Assert.Contains("2004-03", values);
            Assert.Contains("2005-05", values);
        }

        [Fact]
        public void ALineOfElidedDaysGrowsLinearly()
        {
            // Every "May 1 and 2" adds a day to the candidates; adding them must not shift the list each time.
            static string Line(int repeats) => string.Concat(Enumerable.Repeat("May 1 and 2, ", repeats));
            Assert.Equal(30_000, Run(Line(15_000)).Found.Count);
            Assert.Equal(240_000, Run(Line(120_000)).Found.Count);

            // Linear work is 8x; shifting the list for each added day would be 64x.
            GrowthRatio.AssertLinear(Line, line => Run(line), 15_000);
        }

        [Fact]
        public void AMegabyteLineOfMonthNamesIsLinear()
        {
            var sb = new StringBuilder();
            var months = new[] { "January ", "February ", "March ", "April ", "June ", "July ", "August ", "September ", "October ", "November ", "December " };
            while (sb.Length < 1_000_000)
            {
                sb.Append(months[sb.Length % months.Length]);
            }

            var (found, elapsed) = Run(sb.ToString());
            Assert.True(elapsed < Bound, $"took {elapsed}");
            Assert.NotEmpty(found);
            Assert.All(found, e => Assert.Matches(@"^\d{4}-\d{2}$", e.Value ?? ""));
        }

        [Fact]
        public void TimelineOverFloodsStaysLinear()
        {
            var sb = new StringBuilder();
            while (sb.Length < 300_000)
            {
                sb.Append("January 5, 2018 Sunday ... ");
            }

            var builder = new TimelineBuilder(ConfigLoader.Defaults);
            var watch = Stopwatch.StartNew();
            builder.Add(TimeTestArticles.Make(sb.ToString() + new string('.', 100_000), Reference));
            var events = builder.Build();
            Assert.True(watch.Elapsed < Bound, $"took {watch.Elapsed}");
            Assert.NotEmpty(events);
            Assert.All(events, e => Assert.True(e.Event.Length < 1000));
        }

        [Fact]
        public void ThousandsOfLastInARowEndInOneExpression()
        {
            var text = string.Concat(Enumerable.Repeat("last ", 20_000)) + "year";
            var (found, elapsed) = Run(text);
            Assert.True(elapsed < Bound, $"took {elapsed}");
            var e = Assert.Single(found);
            Assert.Equal("last year", e.Text);
            Assert.Equal("2017", e.Value);
        }

        [Fact]
        public void EventsSurviveOddCapitalisationAndPunctuation()
        {
            var text = "The In Of met on Sunday. ,,, On Sunday . THE AND OF Sunday! \"\" Sunday's 'Mr.' Jan. 5, 2018 ... Of The U.S. On Monday\n\nMonday";
            var builder = new TimelineBuilder(ConfigLoader.Defaults);
            builder.Add(TimeTestArticles.Make(text, Reference));

            var events = builder.Build();
            Assert.NotEmpty(events);
            Assert.All(events, e => Assert.False(string.IsNullOrWhiteSpace(e.Event)));
        }

        [Fact]
        public void RandomVocabularySoupNeverThrowsAndKeepsOffsets()
        {
            var pieces = new[]
            {
                "the", "a", "last", "next", "this", "past", "early", "late", "mid", "-", "year", "years", "quarter", "third", "first", "half",
                "of", "ago", "earlier", "later", "Sunday", "Friday", "(", ")", "Jan", ".", "28", ",", "2018", "1970s", "'", "90s", "May",
                "March", "every", "each", "day", "week", "weekend", "now", "recent", "current", "fiscal", "p.m.", "10", ":", "30", "noon",
                "nineteen", "ninety", "six", "twenty", "four", "hours", "the", "end", "beginning", "in", "or", "so", "that", "year-end",
                "February", "30", "99999", "\n", "\u00a0", "Mr.", "Kono", "met", "will", "said", "Christmas", "summer", "of", "1895",
            };
            var random = new Random(20180128);
            var tagger = new TimeExpressionTagger(ConfigLoader.Defaults);
            var builder = new TimelineBuilder(ConfigLoader.Defaults);
            for (var round = 0; round < 300; round++)
            {
                var sb = new StringBuilder();
                var length = random.Next(1, 80);
                for (var k = 0; k < length; k++)
                {
                    sb.Append(pieces[random.Next(pieces.Length)]);
                    sb.Append(random.Next(5) == 0 ? "" : " ");
                }

                var text = sb.ToString();
                var reference = random.Next(4) == 0 ? (DateTime?)null : new DateTime(random.Next(1, 10000), random.Next(1, 13), random.Next(1, 29));
                foreach (var e in tagger.TagText(text, reference))
                {
                    Assert.Equal(e.Text, text.Substring(e.Start, e.EndOffset - e.Start));
                    Assert.True(e.Value == null || e.Value.Length > 0);
                }

                builder.Add(TimeTestArticles.Make(text, reference, "r" + round, "Outlet " + (round % 3)));
            }

            Assert.NotEmpty(builder.Build());
        }

        [Fact]
        public void OutOfRangeArithmeticNeverThrows()
        {
            var tagger = new TimeExpressionTagger(ConfigLoader.Defaults);
            var found = tagger.TagText("Next year, 9999 years later, and 5000 years ago; December 9999 and the 99th century.", new DateTime(9999, 12, 31));
            Assert.NotEmpty(found);

            var early = tagger.TagText("Last year and two days ago.", new DateTime(1, 1, 1));
            Assert.All(early, e => Assert.True(e.Value == null || e.Value.Length > 0));
        }
    }
}
