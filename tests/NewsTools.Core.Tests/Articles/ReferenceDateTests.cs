using System;
using System.Collections.Generic;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Engine;
using Xunit;

namespace NewsTools.Tests.Articles
{
    public class ReferenceDateTests
    {
        [Fact]
        public void WeekdayDatesWithoutAnyYearAreAmbiguousAndWarned()
        {
            var reporter = new ListReporter();
            var reader = new ArticleReader(ConfigLoader.Defaults) { Reporter = reporter };

            var article = reader.Parse("Talks end\n\nThe talks ended on Sunday (Jan 28) without a deal, officials said.\n", new ArticleOptions { Id = "a1" });

            Assert.Null(article.ReferenceDate);
            Assert.Equal(ReferenceDateSource.Ambiguous, article.ReferenceDateSource);
            var warning = Assert.Single(reporter.Warnings);
            Assert.Contains("year", warning, StringComparison.Ordinal);
        }

        // A decade is history the story looks back on: "the 1930s" does not put "Saturday (Feb 12)" in 1938.
        [Fact]
        public void ADecadeIsNoYearToInferFrom()
        {
            var reporter = new ListReporter();
            var reader = new ArticleReader(ConfigLoader.Defaults) { Reporter = reporter };

            var article = reader.Parse("Bridge shut\n\nBuilt in the 1930s, the bridge was shut on Saturday (Feb 12), engineers said.\n", new ArticleOptions { Id = "a1" });

            Assert.Null(article.ReferenceDate);
            Assert.Equal(ReferenceDateSource.Ambiguous, article.ReferenceDateSource);
            Assert.Contains("year", Assert.Single(reporter.Warnings), StringComparison.Ordinal);
        }

        // The scan passes over stretches without a capital or a digit a vector at a time: a date must be found wherever it
        // starts against those stretches' edges, after capitals that begin no date and after characters past ASCII.
        [Fact]
        public void ADateIsFoundWhereverItStartsInTheScan()
        {
            var reader = new ArticleReader(ConfigLoader.Defaults);
            foreach (var lead in new[] { "", "Then ", "\u00C9t\u00E9 ", "The G8 met and " })
            {
                for (var pad = 0; pad <= 40; pad++)
                {
                    var sentence = lead + new string('x', pad) + " talks ended on Sunday (Jan 28) in Beijing, as in 2017.";
                    var article = reader.Parse("Talks\n\n" + sentence + "\n");

                    Assert.True(new DateTime(2018, 1, 28) == article.ReferenceDate, sentence);

                    var full = reader.Parse("Talks\n\n" + lead + new string('y', pad) + " 28 January 2018: talks ended.\n");
                    Assert.True(new DateTime(2018, 1, 28) == full.ReferenceDate, full.Paragraphs[0].Text);
                    Assert.Equal(ReferenceDateSource.ExplicitDate, full.ReferenceDateSource);
                }
            }
        }

        [Theory]
        [InlineData("The deal signed in 2016 held until Wednesday (March 7), when talks resumed.", "2018-03-07")]
        [InlineData("Since 2019 the rule applied; on Thursday (Feb 27) it was repealed.", "2020-02-27")]

        // A 24-hour clock time before a zone is no year: "2030 GMT" must not move the inference to 2030.
        [InlineData("Since 2016 the bridge stood; on Thursday (Feb 27) it was shut at 2030 GMT.", "2020-02-27")]
        [InlineData("Since 2016 the bridge stood; on Thursday (Feb 27) it was shut at 2045GMT.", "2020-02-27")]
        [InlineData("Since 2016 the bridge stood; on Thursday (Feb 27) it was shut by 2030 EST, after the 1900 crowd left.", "2020-02-27")]

        // Without a zone the same digits are still a year, and a longer capitalised word is no zone.
        [InlineData("Since 2016 the bridge stood; on Thursday (Feb 27) the 2030 plan was shut.", "2031-02-27")]
        [InlineData("Since 2016 the bridge stood; on Thursday (Feb 27) the 2030 GMTV show was shut.", "2031-02-27")]
        public void WeekdayInferenceTakesTheFirstMatchingYearFromTheLatestMentioned(string sentence, string expected)
        {
            var article = new ArticleReader(ConfigLoader.Defaults).Parse("Headline\n\n" + sentence + "\n");

            Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), article.ReferenceDate);
            Assert.Equal(ReferenceDateSource.WeekdayInference, article.ReferenceDateSource);
        }

        [Theory]
        [InlineData("SEOUL, SUNDAY (JAN 28) - The talks of 2016 ended without a deal.", "2018-01-28")]
        [InlineData("The ministry said on Thursday (FEBRUARY 27) that the rule of 2019 was repealed.", "2020-02-27")]
        public void MonthAndWeekdayNamesCountInAnyCase(string sentence, string expected)
        {
            var article = new ArticleReader(ConfigLoader.Defaults).Parse("Headline\n\n" + sentence + "\n");

            Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), article.ReferenceDate);
            Assert.Equal(ReferenceDateSource.WeekdayInference, article.ReferenceDateSource);
        }

        [Fact]
        public void OneReaderDatesEachArticleByItsOwnText()
        {
            // The reader keeps its scan's lists from one article to the next: what one article found must not date the next.
            var reader = new ArticleReader(ConfigLoader.Defaults);

            var dated = reader.Parse("Harbour reopens\n\nThe harbour reopened on Friday, 9 March 2012, after the storm.\n", new ArticleOptions { Id = "a1" });
            var undated = reader.Parse("Ferry resumes\n\nThe ferry ran again this morning, its crew said.\n", new ArticleOptions { Id = "a2" });
            var inferred = reader.Parse("Bridge shut\n\nSince 2019 the bridge stood; on Thursday (Feb 27) it was shut.\n", new ArticleOptions { Id = "a3" });

            Assert.Equal(new DateTime(2012, 3, 9), dated.ReferenceDate);
            Assert.Equal(ReferenceDateSource.ExplicitDate, dated.ReferenceDateSource);
            Assert.Null(undated.ReferenceDate);
            Assert.NotEqual(ReferenceDateSource.ExplicitDate, undated.ReferenceDateSource);
            Assert.Equal(new DateTime(2020, 2, 27), inferred.ReferenceDate);
            Assert.Equal(ReferenceDateSource.WeekdayInference, inferred.ReferenceDateSource);
        }

        [Fact]
        public void CandidatesThatAreNoDateCostNoAllocationEach()
        {
            // "May" and "March" open a date window but no date follows: every one is read, none is kept. The window's tokens
            // are read in place, so reading 20 times as many candidates allocates no more (it was about 400 bytes each).
            static string Text(int n) => string.Concat(System.Linq.Enumerable.Repeat("May I ask whether March goes on? ", n)) + "It ended on Wednesday, September 28th, 2016.";
            var resolver = new ReferenceDateResolver(ConfigLoader.Defaults);
            long Allocated(string text)
            {
                var paragraphs = new[] { new Paragraph(0, ParagraphKind.Body, text, 0) };
                resolver.Resolve(text, paragraphs);
                var before = GC.GetAllocatedBytesForCurrentThread();
                var result = resolver.Resolve(text, paragraphs);
                var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
                Assert.Equal(new DateTime(2016, 9, 28), result.Date);
                return bytes;
            }

            var few = Allocated(Text(100));
            var many = Allocated(Text(2000));

            Assert.True(many - few < 16 * 1024, $"100 candidate pairs: {few:N0} bytes; 2,000: {many:N0} bytes");
        }

        [Fact]
        public void ImpossibleDatesAreIgnoredNotThrown()
        {
            var article = new ArticleReader(ConfigLoader.Defaults).Parse("Headline\n\nThe vote on February 30, 2018 and on Jan 99, 99999 never happened.\n");

            Assert.Null(article.ReferenceDate);
        }

        [Fact]
        public void MonthAndWeekdayNamesComeFromTheTimeVocabularyAUserExtends()
        {
            const string text = "Talks end\n\nOKTOBER 28, 2018 - The talks ended on Sonntag (Oktober 21) without a deal.\n";
            var builtIn = new ArticleReader(ConfigLoader.Defaults).Parse(text);
            Assert.Null(builtIn.ReferenceDate);

            var config = UserConfig.DefaultsWith("wordLists:\n  timeMonths: [oktober 10]\n  timeWeekdays: [sonntag 7]\n");
            var extended = new ArticleReader(config).Parse(text);
            Assert.Equal(new DateTime(2018, 10, 28), extended.ReferenceDate);
            Assert.Equal(ReferenceDateSource.ExplicitDate, extended.ReferenceDateSource);

            // Without the full date, the weekday pair is read with the user's names and its year inferred.
            var pair = new ArticleReader(config).Parse("Talks end\n\nThe talks of 2018 ended on Sonntag (Oktober 21) without a deal.\n");
            Assert.Equal(new DateTime(2018, 10, 21), pair.ReferenceDate);
            Assert.Equal(ReferenceDateSource.WeekdayInference, pair.ReferenceDateSource);
        }

        [Fact]
        public void AMonthIsAlsoItsFirstThreeOrFourLetters()
        {
            var article = new ArticleReader(ConfigLoader.Defaults).Parse("Headline\n\nWASHINGTON, Sept 14, 2016 - Febr 2, 2016 and Octo 3, 2016 were earlier.\n");
            Assert.Equal(new DateTime(2016, 10, 3), article.ReferenceDate);
        }

        private sealed class ListReporter : IEngineReporter
        {
            public List<string> Warnings { get; } = new List<string>();

            public void Error(NewsToolsException error) => throw error;

            public void Warning(string message, string? input) => Warnings.Add(message);

            public void Progress(int done, int total, string current)
            {
            }
        }
    }
}
