using System;
using System.Linq;
using NewsTools.Config;
using NewsTools.Time;
using NewsTools.Time.Resolution;
using NewsTools.Tests.Time.Parsers;
using Xunit;

namespace NewsTools.Tests.Time.Resolution
{
    /// <summary>
    /// The verb that dates an expression is the one of its own clause: a later clause opened by "that", "and" or "but" does
    /// not lend it its tense; "would" looks ahead unless it is "would have" done; an adjective in -ed after "will stay" is no
    /// past tense.
    /// </summary>
    public class ClauseOfTheExpressionTests
    {
        // A Wednesday.
        private static readonly DateTime Reference = new DateTime(2023, 5, 17);

        private static string ValueOf(string text, string expression) =>
            new TimeExpressionTagger(ConfigLoader.Defaults).TagText(text, Reference).Single(e => e.Text == expression).Value!;

        [Theory]
        [InlineData("Mr Straw told activists in Blackburn on Thursday that voters would have to decide.", "Thursday", Tense.Past)]
        [InlineData("Oracle said it began notifying staff on Friday and the process would continue for ten days.", "Friday", Tense.Past)]
        [InlineData("He will undergo an operation on Monday and is expected to be out for six weeks.", "Monday", Tense.Future)]
        [InlineData("The full-back will undergo an operation on Friday but England have yet to name a replacement.", "Friday", Tense.Future)]
        public void AClauseAfterTheExpressionDoesNotDateIt(string sentence, string word, Tense tense)
        {
            var s = ParserHarness.Scan(sentence);
            var i = ParserHarness.TokenAt(s, word);
            Assert.Equal(tense, TenseDetector.Detect(s, i, i + 1, out var before));
            Assert.True(before);
        }

        [Theory]
        [InlineData("The mayor said the bridge would reopen on Friday.", "Friday", "2023-05-19")]
        [InlineData("Organisers said they would not reschedule the race before the autumn.", "the autumn", "2023-FA")]
        [InlineData("Schools will stay closed until at least Monday.", "Monday", "2023-05-22")]
        [InlineData("The museum will remain closed until Thursday.", "Thursday", "2023-05-18")]
        [InlineData("Forecasters expect more rain over the weekend.", "the weekend", "2023-W20-WE")]
        public void WhatWillOrWouldHappenLiesAhead(string text, string expression, string value)
        {
            Assert.Equal(value, ValueOf(text, expression));
        }

        [Theory]
        [InlineData("He tore a muscle on Monday, an injury that would have kept him out for weeks.", "Monday", "2023-05-15")]
        [InlineData("The firm would have preferred a deal on Friday.", "Friday", "2023-05-12")]
        [InlineData("Vodafone had pinned its hopes on the launch of its phones in November but demand has been slow.", "November", "2022-11")]
        public void WhatWouldHaveHappenedAndAPossessedHopeLieBehind(string text, string expression, string value)
        {
            Assert.Equal(value, ValueOf(text, expression));
        }

        [Theory]
        [InlineData("The talks that began on Monday will resume after the holiday.", "Monday", "2023-05-15")]
        [InlineData("What happened on Friday is still unclear.", "Friday", "2023-05-12")]
        [InlineData("The states which joined the union in March will see faster growth.", "March", "2023-03")]
        [InlineData("A buyer who had invested in June would see no return.", "June", "2022-06")]
        public void TheVerbOfARelativeClauseInTheSubjectDatesItsExpression(string text, string expression, string value)
        {
            // The auxiliary right after the expression opens the main clause's predicate; the relative clause's verb, with
            // its own tense, is the one the expression belongs to.
            Assert.Equal(value, ValueOf(text, expression));
        }

        [Theory]
        [InlineData("Harbour shares closed up 64 pence, or 6%, at 1130p on Monday.", "Monday", Tense.Past)]
        [InlineData("The firm will cut about 4,000 jobs, or 8% of its staff, on Monday.", "Monday", Tense.Future)]
        public void ARestatementOpenedByOrBetweenCommasIsStepped(string sentence, string word, Tense tense)
        {
            // The words of ", or 6%," do not count towards the tense window: the verb before them dates the day.
            var s = ParserHarness.Scan(sentence);
            var i = ParserHarness.TokenAt(s, word);
            Assert.Equal(tense, TenseDetector.Detect(s, i, i + 1, out _));
        }

        [Theory]
        [InlineData("The talks on Monday will decide the matter.", "Monday", "2023-05-22")]
        [InlineData("Officials said sales for the year to March will fall.", "March", "2024-03")]
        [InlineData("Prices fell in March and in June will rise again.", "June", "2023-06")]
        public void WithoutARelativeClauseTheAuxiliaryAfterTheExpressionStillDatesIt(string text, string expression, string value)
        {
            Assert.Equal(value, ValueOf(text, expression));
        }

        [Fact]
        public void AVerbInTheQuotedSentenceDatesItsDayRatherThanTheReportingVerb()
        {
            // "comes" opens nothing of the sentence before the quotation mark: it is the present of a timetable.
            Assert.Equal("2023-05-23", ValueOf("Ferguson said: \"Ruud comes back on Tuesday and we need to assess how far on he is.\"", "Tuesday"));
        }

        [Fact]
        public void APeriodWithARelativeClauseIsNoDistanceAhead()
        {
            var found = new TimeExpressionTagger(ConfigLoader.Defaults)
                .TagText("Tax payments normally would be minimal in a quarter that produced such a big loss.", Reference)
                .Single(e => e.Text == "a quarter");
            Assert.Equal(TimexType.Duration, found.Type);
            Assert.Equal("P1Q", found.Value);
        }

        [Theory]
        [InlineData("Read said all the funds raised by the record would go to the DEC.")]
        [InlineData("The MAR. report was late.")]
        public void AShortMonthInCapitalsAloneIsAnAcronym(string text)
        {
            Assert.DoesNotContain(new TimeExpressionTagger(ConfigLoader.Defaults).TagText(text, Reference), e => e.Text.StartsWith("DEC", StringComparison.Ordinal) || e.Text.StartsWith("MAR", StringComparison.Ordinal));
        }

        [Fact]
        public void InCopyAllInCapitalsAShortMonthAloneIsStillAMonth()
        {
            Assert.Equal("2023-12", ValueOf("OFFICIALS SAID THE VOTE WOULD BE HELD IN DEC. AFTER MONTHS OF TALKS.", "DEC."));
        }

        [Fact]
        public void AShortMonthInCapitalsWithItsDayIsADate()
        {
            Assert.Equal("2023-12-05", ValueOf("The vote will be held on DEC. 5.", "DEC. 5"));
        }
    }
}
