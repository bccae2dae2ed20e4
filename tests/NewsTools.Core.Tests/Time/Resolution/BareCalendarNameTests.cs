using System;
using NewsTools.Config;
using NewsTools.Time;
using Xunit;

namespace NewsTools.Tests.Time.Resolution
{
    /// <summary>Months, seasons and weekdays named without a year or week: the verb decides which one is meant.</summary>
    public class BareCalendarNameTests
    {
        // The value of the one expression in the sentence, read on the given day.
        private static string? ValueRead(string sentence, DateTime on) =>
            Assert.Single(new TimeExpressionTagger(ConfigLoader.Defaults).TagText(sentence, on)).Value;

        // Tuesday 12 March 2024.
        private static readonly DateTime Reference = new DateTime(2024, 3, 12);

        [Theory]
        [InlineData("The mayor, who faces re-election in November, has a plan.", "2024-11")]
        [InlineData("The ferry will return in May.", "2024-05")]
        [InlineData("The ferry stopped in May.", "2023-05")]
        [InlineData("Councillors agreed to meet in June.", "2024-06")]
        [InlineData("The fund has lost money since September.", "2023-09")]
        [InlineData("We kept our promise to finish before the summer.", "2024-SU")]
        [InlineData("Floods hit the valley last summer.", "2023-SU")]
        [InlineData("He will leave Thursday for Paris.", "2024-03-14")]
        [InlineData("On Friday, when the council set aside its plan, the mayor left.", "2024-03-08")]
        [InlineData("The chairman will succeed her on Monday.", "2024-03-18")]
        [InlineData("The strike will last until Friday.", "2024-03-15")]
        [InlineData("The new rules will cut fares on Saturday.", "2024-03-16")]
        [InlineData("The strike lasted until Friday.", "2024-03-08")]
        [InlineData("The offer had been due to expire on Friday.", "2024-03-08")]
        [InlineData("The offer is due to expire on Friday.", "2024-03-15")]
        [InlineData("The bridge will be opened in May.", "2024-05")]
        [InlineData("The report is due to be published in May.", "2024-05")]
        [InlineData("The bridge was opened in May.", "2023-05")]
        [InlineData("The two leaders meet separately Monday in Geneva.", "2024-03-18")]
        [InlineData("The talks resume Thursday.", "2024-03-14")]
        [InlineData("He faces a vote on Friday.", "2024-03-15")]
        [InlineData("The company expects to have the plant running by Friday.", "2024-03-15")]
        [InlineData("The airline will almost double its flights between the two cities by August in a search for markets untouched by the slump.", "2024-08")]
        [InlineData("Voting takes place on Saturday.", "2024-03-16")]
        [InlineData("The album is released on Thursday.", "2024-03-14")]
        [InlineData("The ban is set for February.", "2025-02")]
        [InlineData("The plant is closed until April.", "2024-04")]
        [InlineData("The album was released on Thursday.", "2024-03-07")]
        [InlineData("The man is accused of attacking her on Monday.", "2024-03-11")]
        public void TheVerbGivesTheDirection(string sentence, string value)
        {
            Assert.Equal(value, ValueRead(sentence, Reference));
        }

        [Theory]
        [InlineData("The strike ended March 31.", "2023-03-31")]
        [InlineData("The two leaders last met on April 6.", "2023-04-06")]
        [InlineData("The company said the offer expires April 6.", "2024-04-06")]
        [InlineData("The board has set April 6 as the deadline.", "2024-04-06")]
        [InlineData("The offer had been set to expire April 6.", "2024-04-06")]
        public void AWrittenDayAfterItsOwnPastVerbLiesInThePast(string sentence, string value)
        {
            // A date up to three months ahead may follow a past reporting verb ("said the offer expires April 6"); the one
            // a simple past verb governs ("ended", "met on") is the time of that past event.
            Assert.Equal(value, ValueRead(sentence, Reference));
        }

        [Theory]
        [InlineData("The new mayor takes office on Jan. 6.", "2025-01-06")]
        [InlineData("The summit begins on 16 December.", "2024-12-16")]
        [InlineData("The consultation closes on 7 February.", "2025-02-07")]
        [InlineData("The summit began on 16 December.", "2023-12-16")]
        public void AWrittenDayAfterATimetablesPresentIsTheComingOne(string sentence, string value)
        {
            // As a month or weekday after a timetable's present is the coming one ("the show opens in May"), so is a written
            // day; in June, "takes office on Jan. 6" is next January's, not the nearer one behind.
            var june = new DateTime(2024, 6, 18);
            Assert.Equal(value, ValueRead(sentence, june));
        }

        [Theory]
        [InlineData("Radcliffe must make a decision by Tuesday.", "2025-11-11")]
        [InlineData("The standoff may end by Friday.", "2025-11-07")]
        [InlineData("Mr Hain should make a statement on Monday.", "2025-11-10")]
        [InlineData("The standoff ended on Monday.", "2025-11-03")]
        public void AModalThatLooksAheadDatesADayAhead(string sentence, string value)
        {
            // Read on Thursday 6 November: "must", "may", "should" put the day ahead, as "will" does; a past verb keeps it behind.
            var november = new DateTime(2025, 11, 6);
            Assert.Equal(value, ValueRead(sentence, november));
        }

        [Theory]
        [InlineData("Economists at the bank expect a cut in February.", "2026-02")]
        [InlineData("Rob Wood said he expected the next cut in February.", "2026-02")]
        [InlineData("The board made a cut in February.", "2025-02")]
        public void AnIrregularPastFormAfterAnArticleIsANoun(string sentence, string value)
        {
            // "a cut" is no past tense: the verb of the clause ("expect", "made") dates the month. Read in November.
            var november = new DateTime(2025, 11, 6);
            Assert.Equal(value, ValueRead(sentence, november));
        }

        [Theory]
        [InlineData("The storm was expected to weaken to a tropical storm by Friday afternoon as it moved inland.", "2025-11-07TAF")]
        [InlineData("Yukos is due in a US court on Monday as it continues to fight for its survival.", "2025-11-10")]
        [InlineData("Hewitt begins his quest for a fourth title on Tuesday when he plays Karol Beck.", "2025-11-11")]
        [InlineData("The storm weakened by Friday afternoon as it moved inland.", "2025-10-31TAF")]
        [InlineData("The team lacked the energy to close the game out after playing in Europe on Wednesday.", "2025-11-05")]
        [InlineData("He is ready to return to the game after leaving Liverpool in May.", "2025-05")]
        [InlineData("The team will be tired after playing in Europe on Wednesday.", "2025-11-12")]
        public void AClauseThatAConjunctionOpensAfterTheExpressionDoesNotDateIt(string sentence, string value)
        {
            // Read on Thursday 6 November: the verb before the expression dates it, not the verb of the clause after "as" or "when";
            // in a phrase of "after" and a gerund, the clause's finite verb does, not its infinitive ("to close", "to return").
            var november = new DateTime(2025, 11, 6);
            Assert.Equal(value, ValueRead(sentence, november));
        }

        [Theory]
        [InlineData("A merger would be the fifth telecoms deal since October.", "2024-10")]
        [InlineData("Prices will stay above $50 for the first time since November.", "2024-11")]
        [InlineData("Many had expected sales to fall slightly in November.", "2024-11")]
        [InlineData("Many expect sales to fall slightly in November.", "2025-11")]
        [InlineData("He was sentenced to life in prison on Tuesday.", "2025-05-27")]
        [InlineData("The boy was stabbed to death in Leicester in February.", "2025-02")]
        [InlineData("They agreed to meet on Tuesday.", "2025-06-03")]
        public void SinceAndAPastPerfectExpectationLookBack(string sentence, string value)
        {
            // Read on Sunday 1 June 2025: "since" opens a period that started behind; what "had expected" looked ahead to is
            // behind too; "to life", "to death" are no infinitives, which would look ahead as "to meet" does.
            var june = new DateTime(2025, 6, 1);
            Assert.Equal(value, ValueRead(sentence, june));
        }

        [Theory]
        [InlineData("Thousands of people marched through the centre of Dunmore on Saturday to protest.", "2024-03-09")]
        [InlineData("The ministers met in Luxembourg on Monday to consider the proposals.", "2024-03-11")]
        [InlineData("Crowds gathered outside the old town hall on Saturday with plans for a march.", "2024-03-09")]
        [InlineData("The ministers agreed to meet on Monday to consider the proposals.", "2024-03-18")]
        public void APastVerbDatesTheDayBeforeAnInfinitiveOrAFutureNoun(string sentence, string value)
        {
            // "to protest" looks ahead from Saturday, not from today; "with plans" is a noun after a preposition, not "plans to".
            Assert.Equal(value, ValueRead(sentence, Reference));
        }

        [Theory]
        [InlineData("The storm is the third to be named this season, after Storm Kell in late February.", "2024-02")]
        [InlineData("We were the first to open a shop there, back in February.", "2024-02")]
        public void AnInfinitiveAfterAnOrdinalLooksNowhereAhead(string sentence, string value)
        {
            // "the third to be named" is a relative clause ("the third that was named"), not a plan: the month is the nearer one.
            var found = new TimeExpressionTagger(ConfigLoader.Defaults).TagText(sentence, Reference);
            Assert.Equal(value, found[found.Count - 1].Value);
        }

        [Fact]
        public void AnInsertionAfterTheAuxiliaryKeepsTheFuture()
        {
            // The insertion holds a span of its own ("weeks" of talks); the weekday after it is still the coming one.
            var found = new TimeExpressionTagger(ConfigLoader.Defaults).TagText("The ministers will, after weeks of talks in several capitals, decide on Thursday.", Reference);
            Assert.Collection(
                found,
                e => Assert.Equal(("weeks", "PXW"), (e.Text, e.Value)),
                e => Assert.Equal(("Thursday", "2024-03-14"), (e.Text, e.Value)));
        }
    }
}
