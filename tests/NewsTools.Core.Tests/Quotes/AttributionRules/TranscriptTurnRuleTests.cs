using System.Linq;
using NewsTools.Quotes;
using NewsTools.Quotes.AttributionRules;
using Xunit;

namespace NewsTools.Tests.Quotes.AttributionRules
{
    public class TranscriptTurnRuleTests
    {
        private static Quote[] Turns(string text) => QuoteRulesTests.Extract(text).Where(q => q.Kind == QuoteKind.Direct).ToArray();

        [Fact]
        public void ALabelledLineIsADirectQuoteByTheFullNameTheLabelOrTheTextGave()
        {
            var turns = Turns(
                "Wallace presses senator on border bill\n\n" +
                "Fox News host Chris Wallace questioned Sen. John Smith on Sunday about the border bill.\n\n" +
                "CHRIS WALLACE, FOX NEWS ANCHOR: We're back with the senator from Texas.\n\n" +
                "SEN. JOHN SMITH (R-TX): Thank you for having me, Chris.\n\n" +
                "WALLACE: Will the bill pass this week?\n\n" +
                "MR SMITH: I think it will, and the votes are there.");

            Assert.Equal(new[] { "Chris Wallace", "John Smith", "Chris Wallace", "John Smith" }, turns.Select(q => q.Speaker));
            Assert.Equal("We're back with the senator from Texas.", turns[0].Text);
            Assert.Equal("Will the bill pass this week?", turns[2].Text);
            Assert.All(turns, q => Assert.Equal(Attribution.Explicit, q.Attribution));
            Assert.Equal("Sen.", turns[1].SpeakerTitle);
            Assert.Equal("WALLACE", turns[2].SpeakerMention);
        }

        [Fact]
        public void AShortLabelTakesTheNameOfThePersonTheStoryIntroduced()
        {
            var turns = Turns("Ferry chief answers riders\n\nHarbourline chief executive Anna McCain took questions at the pier on Friday.\n\nMCCAIN: The new boats arrive in June.");
            Assert.Equal("Anna McCain", Assert.Single(turns).Speaker);
            Assert.Equal("McCain", TranscriptTurnRule.TitleCase("MCCAIN"));
            Assert.Equal("O'Rourke", TranscriptTurnRule.TitleCase("O'ROURKE"));
        }

        [Fact]
        public void NotesCreditsKickersDatelinesAndAudiencesAreNoSpeakers()
        {
            var text = "Bridge opens\n\nThe bridge opened on Monday after two years of work.\n\n" +
                "Note: This story has been updated with the mayor's comments.\n\n" +
                "Update: The ribbon was cut at noon on the east side.\n\n" +
                "Photo: Crowds on the new deck at dawn.\n\n" +
                "Analysis: the city will pay for it for decades.\n\n" +
                "EXCLUSIVE: the builder was paid twice for the same steel.\n\n" +
                "BUSTED: Emails Reveal Builder Paid Twice For Steel\n\n" +
                "WASHINGTON: the transport department sent an inspector.\n\n" +
                "LEDGER READERS: what do you think of the new bridge?\n\n" +
                "In the end, 10: the number of lanes the city wanted.";
            Assert.Empty(Turns(text));
        }

        [Fact]
        public void ACapitalisedPlaceBeforeAColonOpeningTheStoryIsItsDateline()
        {
            // Indian papers write "CITY: ..."; the place is no speaker, and the clause after it is the officials' report.
            var quotes = QuoteRulesTests.Extract("Floods kill 23 in Kerala\n\nTHIRUVANANTHAPURAM: At least 23 people have died after heavy rain lashed Kerala, officials said on Sunday.");
            var q = Assert.Single(quotes);
            Assert.Equal((QuoteKind.Indirect, "officials", "At least 23 people have died after heavy rain lashed Kerala"), (q.Kind, q.Speaker, q.Text));
        }

        [Fact]
        public void QuestionsAreTheInterviewersAndAnswersTheIntervieweesAsTheIntroductionNamesThem()
        {
            var told = Turns(
                "A talk with the mayor\n\nMayor Ruth Okafor told Jane Doe in an interview last week that the bridge would open in May.\n\n" +
                "Q: When will the bridge open?\n\nA: In May, if the weather holds.\n\nQ. And the tolls?\n\nA. They stay where they are.");
            Assert.Equal(new[] { "Jane Doe", "Ruth Okafor", "Jane Doe", "Ruth Okafor" }, told.Select(q => q.Speaker));
            Assert.Equal("And the tolls?", told[2].Text);

            // A verb of conversation makes the newsmaker its subject: he answers, the writer he spoke with asks.
            var spoke = Turns(
                "On the plane\n\nGovernor Tom Reyes flew home on Thursday, where he spoke with Ledger senior writer Ann Marsh.\n\n" +
                "Q: Are you running again?\n\nA: Not this time.");
            Assert.Equal(new[] { "Ann Marsh", "Tom Reyes" }, spoke.Select(q => q.Speaker));

            var passive = Turns("Budget talk\n\nPaul Ng, the city treasurer, was interviewed by Ledger reporter Ann Marsh on Tuesday.\n\nQ: Is the budget balanced?\n\nA: It will be.");
            Assert.Equal(new[] { "Ann Marsh", "Paul Ng" }, passive.Select(q => q.Speaker));
        }

        [Fact]
        public void AnInterviewWithAPersonMakesThatPersonTheOneWhoAnswers()
        {
            // A headline's "an interview with Mayor Ana Ruiz" names who answers; nobody is named as asking.
            var turns = Turns(
                "'I never planned this': an interview with Mayor Ana Ruiz\n\nAna Ruiz was elected mayor last November.\n\n" +
                "Q: What made you run?\n\nA: Honestly, the potholes.");
            Assert.Equal(new string?[] { null, "Ana Ruiz" }, turns.Select(q => q.Speaker));

            // "said in an interview with Ledger reporter Ann Marsh": she asked; she answers nothing.
            var asked = Turns(
                "Budget\n\nThe treasurer, Paul Ng, said in an interview with Ledger reporter Ann Marsh that cuts were coming.\n\n" +
                "Q: Is the budget balanced?\n\nA: It will be.");
            Assert.NotEqual("Ann Marsh", asked.Last().Speaker);
        }

        [Fact]
        public void WithNoInterviewNamedQuestionsAndAnswersHaveNoSpeakerAndALoneAIsNoAnswer()
        {
            var turns = Turns("Ten questions\n\nQ: When will the bridge open?\n\nA: In May.");
            Assert.Equal(2, turns.Length);
            Assert.All(turns, q => Assert.Null(q.Speaker));

            // "A." opens a name's initial before any question was asked.
            Assert.Empty(Turns("Union history\n\nA. Philip Randolph led the union for decades."));
        }

        [Fact]
        public void ALabelBeforeAQuoteMarkIsTheLabelColonRulesAsBefore()
        {
            var quote = Assert.Single(Turns("Round-up\n\nOkafor: \"We are not done yet.\""));
            Assert.Equal("We are not done yet.", quote.Text);
            Assert.Equal("Okafor", quote.Speaker);
        }
    }
}
