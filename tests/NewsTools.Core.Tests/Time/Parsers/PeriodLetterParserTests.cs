using System;
using System.Linq;
using NewsTools.Config;
using NewsTools.Time;
using Xunit;

namespace NewsTools.Tests.Time.Parsers
{
    /// <summary>
    /// Quarters and halves written short, as results write them ("Q3 2018", "H1 2019", "in Q4"), are the periods "the third
    /// quarter of 2018" and "the first half of 2019" are; the same letters in names, models and visas are not.
    /// </summary>
    public class PeriodLetterParserTests
    {
        // Late May 2018: the second quarter is the current one.
        private static readonly DateTime Reference = new DateTime(2018, 5, 28);

        private static TimeExpressionTagger Tagger => new TimeExpressionTagger(ConfigLoader.Defaults);

        private static string[] Found(string sentence) => ParserHarness.Found(sentence, Reference);

        [Theory]
        [InlineData("Revenue in Q3 2017 rose 4%.", "Q3 2017 = Date 2017-Q3")]
        [InlineData("Profit for Q4 of last year was restated.", "Q4 of last year = Date 2017-Q4")]
        [InlineData("H1 2019 guidance was cut.", "H1 2019 = Date 2019-H1")]
        [InlineData("The firm sees growth in Q3.", "Q3 = Date 2018-Q3")]
        [InlineData("Margins fell sharply during Q1.", "Q1 = Date 2018-Q1")]
        [InlineData("The company said profit rose in Q3.", "Q3 = Date 2017-Q3")]
        public void AShortQuarterOrHalfIsThatPeriod(string sentence, string expected)
        {
            Assert.Equal(new[] { expected }, Found(sentence));
        }

        [Fact]
        public void AShortQuarterResolvesAsTheWrittenOneDoes()
        {
            // The same clause with the quarter written out: the same value, whichever way the tense points.
            foreach (var (shortForm, longForm) in new[] { ("The firm sees growth in Q3.", "The firm sees growth in the third quarter."), ("The company said profit rose in Q3.", "The company said profit rose in the third quarter.") })
            {
                Assert.Equal(Tagger.TagText(longForm, Reference).Single().Value, Tagger.TagText(shortForm, Reference).Single().Value);
            }
        }

        [Fact]
        public void QuartersCoordinatedWithOneAreQuartersToo()
        {
            Assert.Equal(new[] { "Q1 = Date 2018-Q1", "Q2 = Date 2018-Q2" }, Found("Sales in Q1 and Q2 fell."));
        }

        [Fact]
        public void AUserAddsALetter()
        {
            // The French "T3 2018" (troisi\u00e8me trimestre), given as the user's word list.
            var config = UserConfig.DefaultsWith("wordLists:\n  timePeriodLetters: [t Quarter]\n");
            var found = new TimeExpressionTagger(config).TagText("Revenue in T3 2018 rose, the firm said.", Reference).Single();
            Assert.Equal("T3 2018", found.Text);
            Assert.Equal("2018-Q3", found.Value);
            Assert.DoesNotContain(Found("Revenue in T3 2018 rose, the firm said."), f => f.StartsWith("T3", StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("The Audi Q3 sold well in Germany.")]
        [InlineData("The H1N1 virus spread quickly.")]
        [InlineData("She holds an H1 visa.")]
        [InlineData("Players Q1 and Q2 advanced.")]
        [InlineData("The q3 key was stuck.")]
        [InlineData("Seats Q5 and Q7 were empty.")]
        public void TheLettersInNamesAndModelsAreNoPeriods(string sentence)
        {
            Assert.Empty(Found(sentence));
        }
    }
}
