using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// News reports speech with a verb joined to an earlier one of the same subject: "The board kept fees unchanged but said
    /// ...", "A judge threw out the charges, saying ...", "Analysts said ... but argued that ...". The joined verb's speaker is
    /// the subject of the clause (not the words before the conjunction), and each verb reports its own clause.
    /// </summary>
    public class JoinedReportingVerbTests
    {
        private static Quote[] Indirect(string paragraphs) =>
            QuoteRulesTests.Extract("Harbour talks\n\n" + paragraphs).Where(q => q.Kind == QuoteKind.Indirect).ToArray();

        [Theory]
        [InlineData("The harbour board kept fees unchanged on Monday but said it was ready to cut them in June.", "harbour board", "it was ready to cut them in June")]
        [InlineData("The ferry company reported a loss and said it would cut 500 jobs.", "ferry company", "it would cut 500 jobs")]
        [InlineData("Mira Holt sympathised with the crews and said the storm had shown the need for new gates.", "Mira Holt", "the storm had shown the need for new gates")]
        [InlineData("The pair withdrew from the race but claimed they had been injured in a crash.", "pair", "they had been injured in a crash")]
        public void AVerbJoinedByAConjunctionReportsForTheClausesSubject(string sentence, string speaker, string text)
        {
            var q = Assert.Single(Indirect(sentence));
            Assert.Equal(speaker, q.Speaker);
            Assert.Equal(text, q.Text);
        }

        [Theory]
        [InlineData("Shares in Halden Foods fell 9% after the supermarket supplier reported a sharp drop in profits and warned that costs would keep rising.", "supermarket supplier", "costs would keep rising")]
        [InlineData("Harbour Rail shares slid because the operator had cut its timetable and said fares would rise.", "operator", "fares would rise")]
        [InlineData("Police investigating the murder dismissed its influence and said the game was not part of the case.", "Police", "the game was not part of the case")]
        public void AVerbJoinedInsideAnAdverbialClauseSharesThatClausesSubject(string sentence, string speaker, string text)
        {
            // The verb before the conjunction has its object between them; its own subject, inside "after" or "because", is
            // the speaker; a phrase after a verb or a participle is an object, not a subject.
            var q = Assert.Single(Indirect(sentence));
            Assert.Equal(speaker, q.Speaker);
            Assert.Equal(text, q.Text);
        }

        [Theory]
        [InlineData("The Tories criticised the stance, saying Mr Oaten had initially said he accepted the minister's word.", "Tories", "Oaten", "he accepted the minister's word")]
        [InlineData("The Tories say Labour is acting too late while the Lib Dems say the plans may not work.", "Tories", "Lib Dems", "the plans may not work")]
        public void AReportInsideAReportedClauseIsItsOwnSpeakersToo(string sentence, string outer, string inner, string text)
        {
            var quotes = Indirect(sentence);
            Assert.Equal(2, quotes.Length);
            Assert.Equal(outer, quotes[0].Speaker);
            Assert.Equal(inner, quotes[1].Speaker);
            Assert.Equal(text, quotes[1].Text);
        }

        [Theory]
        [InlineData("Wing Christophe Dominici says France can claim another Grand Slam this year.")]
        [InlineData("The survey also showed that it is not just voice calls that are going wireless.")]
        public void ANounCueOrAVerbAfterAModalReportsNothingInside(string sentence)
        {
            Assert.True(Indirect(sentence).Length <= 1);
        }

        [Fact]
        public void AnAdjectiveInEdAfterAPrepositionIsNoVerbToShareASubjectWith()
        {
            var quotes = QuoteRulesTests.Extract("Poster row\n\nThe poster shows the two men's faces superimposed on winged pigs and says \"the day the sums add up\".");
            Assert.DoesNotContain(quotes, q => q.Speaker != null && q.Speaker.Contains("faces"));
        }

        [Theory]
        [InlineData("A federal judge threw out the charges on Thursday, saying prosecutors had failed to prove fraud.", "federal judge", "saying", "prosecutors had failed to prove fraud")]
        [InlineData("The pair spent four days in a hospital, claiming they had been injured in a crash.", "pair", "claiming", "they had been injured in a crash")]
        [InlineData("Dutch firm Harbourline saw its profits drop and warned that earnings may slide.", "Harbourline", "warned", "earnings may slide")]
        public void AParticipleAfterACommaReportsForTheClausesSubject(string sentence, string speaker, string cue, string text)
        {
            // The subject ends before its verb ("spent", "saw"), and a nationality before a noun and a name describes the name.
            var q = Assert.Single(Indirect(sentence));
            Assert.Equal(speaker, q.Speaker);
            Assert.Equal(cue, q.Cue);
            Assert.Equal(text, q.Text);
        }

        [Fact]
        public void InThePassiveTheClausesSubjectIsNotWhoSpeaks()
        {
            // The firms back the plan and speak; the plan does not.
            Assert.Empty(Indirect("The toll plan was backed by several shipping firms, saying they needed lower costs."));
        }

        [Theory]
        [InlineData("Analysts said the figures were disappointing but argued that the port's profits were healthy.",
            "said", "the figures were disappointing", "argued", "the port's profits were healthy")]
        [InlineData("Harbourline said that it would merge two departments, adding that there may be job cuts.",
            "said", "it would merge two departments", "adding", "there may be job cuts")]
        [InlineData("Clark said the mayor had begun making calls - there are two from each ward - but said the outcome was open.",
            "said", "the mayor had begun making calls - there are two from each ward", "said", "the outcome was open")]
        [InlineData("The agency on Friday declared that the outbreak in Africa no longer constitutes an emergency, but warned that the virus remains a threat.",
            "declared", "the outbreak in Africa no longer constitutes an emergency", "warned", "the virus remains a threat")]
        public void EachJoinedVerbReportsItsOwnClause(string sentence, string firstCue, string firstText, string secondCue, string secondText)
        {
            var quotes = Indirect(sentence);
            Assert.Equal(2, quotes.Length);
            Assert.Equal((firstCue, firstText), (quotes[0].Cue, quotes[0].Text));
            Assert.Equal((secondCue, secondText), (quotes[1].Cue, quotes[1].Text));
            Assert.Equal(quotes[0].Speaker, quotes[1].Speaker);
        }

        [Theory]
        [InlineData("The harbour is losing money, said Ana Ruiz of the port union, adding that she expected job cuts in spring.", "Ana Ruiz")]
        [InlineData("Fees will rise in June, Harbourline said, adding that it was confident trade would recover.", "Harbourline")]
        public void AVerbJoinedAfterAClosingAttributionReportsForItsSpeaker(string sentence, string speaker)
        {
            // The clause before the attribution is what was said; the one after "adding" is the same speaker's, not a
            // statement of the subject that opens the sentence ("The harbour").
            var quotes = Indirect(sentence);
            Assert.Equal(2, quotes.Length);
            Assert.Equal(sentence.Substring(0, sentence.IndexOf(',')), quotes[0].Text);
            Assert.Equal("adding", quotes[1].Cue);
            Assert.Equal(new[] { speaker, speaker }, quotes.Select(q => q.Speaker).ToArray());
        }

        [Fact]
        public void AVerbJoinedInsideAClauseBeforeItsAttributionIsPartOfIt()
        {
            // "and explain" is what Lord Holme said should happen, not a report of its own.
            var sentence = "If Mr Blair did not take part, the broadcasters could go ahead or cancel the event and explain their reasons, Lord Holme said.";
            var q = Assert.Single(Indirect(sentence));
            Assert.Equal(("said", sentence.Substring(0, sentence.IndexOf(", Lord"))), (q.Cue, q.Text));
        }

        [Theory]
        [InlineData("Shares of Halden Foods fell 12% after the supplier forecast profits below estimates, saying costs had risen.", "supplier")]
        [InlineData("Mira Holt apologised for the columns after they came out, saying they were old.", "Mira Holt")]
        public void AParticipleAfterAnAdverbialClauseIsTheMainSubjectsUnlessThatCannotSpeak(string sentence, string speaker)
        {
            // Shares say nothing: "saying" is the supplier's, the subject of the clause "after" opens. Columns could, but a
            // participle belongs to the main clause's subject when that one can speak.
            var q = Assert.Single(Indirect(sentence));
            Assert.Equal(("saying", speaker), (q.Cue, q.Speaker));
        }

        [Fact]
        public void AnObjectBeforeTheJoinedVerbIsNoClause()
        {
            // "explained her injury problem" reports nothing of its own; what follows "saying" does.
            var q = Assert.Single(Indirect("Mira Holt explained her injury problem, saying it was the result of a fall on the quay."));
            Assert.Equal(("saying", "it was the result of a fall on the quay"), (q.Cue, q.Text));
        }

        [Theory]
        [InlineData("Port officials gave a briefing on Monday, explaining Harbourline's alleged involvement.")]
        [InlineData("Lena Vogt set a fast pace but could not maintain it and the race was lost.")]
        public void ANameOrPronounWithNoVerbAfterItIsAnObject(string sentence)
        {
            Assert.Empty(Indirect(sentence));
        }

        [Fact]
        public void ANameWithAPresentVerbAfterItOpensTheClause()
        {
            var q = Assert.Single(Indirect("Leo Marsh said Mira Holt deserves respect."));
            Assert.Equal("Mira Holt deserves respect", q.Text);
        }

        [Theory]
        [InlineData("Some said the toll would limit the options; others argued that growth would fill the gap.",
            "said", "the toll would limit the options", "argued", "growth would fill the gap")]
        [InlineData("Harbourline claims that the port must buy the ferries; the port says the contract is no longer valid.",
            "claims", "the port must buy the ferries", "says", "the contract is no longer valid")]
        public void ClausesJoinedByASemicolonEachReportTheirOwnStatement(string sentence, string firstCue, string firstText, string secondCue, string secondText)
        {
            var quotes = Indirect(sentence);
            Assert.Equal(2, quotes.Length);
            Assert.Equal((firstCue, firstText), (quotes[0].Cue, quotes[0].Text));
            Assert.Equal((secondCue, secondText), (quotes[1].Cue, quotes[1].Text));
        }

        [Theory]
        [InlineData("Mira Holt questioned the plan; blamed the board for the delays; and said she would vote against it.", "Mira Holt", "she would vote against it")]
        [InlineData("Savings like this are critical; if the ferries keep running as they are, costs will double, the agency said.", "agency",
            "Savings like this are critical; if the ferries keep running as they are, costs will double")]
        [InlineData("Repairs will cost 3m euros (£2.1m; $4.1m), the council said.", "council", "Repairs will cost 3m euros (£2.1m; $4.1m)")]
        public void ASemicolonBetweenVerbsOfOneSubjectOrBeforeTheCueSplitsNothing(string sentence, string speaker, string text)
        {
            var q = Assert.Single(Indirect(sentence));
            Assert.Equal((speaker, text), (q.Speaker, q.Text));
        }

        [Fact]
        public void AProgressiveAfterItsSubjectAttributesNothingBeforeIt()
        {
            // "is adding" acts on the jobs; the time phrase before the comma is no one's words.
            Assert.Empty(Indirect("So far this year, the port is adding roughly 80 new jobs a month; the jobless rate began the year at 4.9 percent."));
        }

        [Theory]
        [InlineData("Ben Okafor, a councillor, disagreed. He called the budget \"a missed opportunity\" and said the harbour walls were crumbling.",
            "Ben Okafor", "said", "the harbour walls were crumbling")]
        [InlineData("\"We want the port open,\" Mr Fox said, adding that the union was not afraid of scrutiny.", "Fox", "adding", "the union was not afraid of scrutiny")]
        public void AVerbJoinedToAQuotesCueReportsItsOwnClause(string paragraph, string speaker, string cue, string text)
        {
            // The quoted words stay the quote's; what the joined verb reports outside the marks is reported speech.
            var quotes = QuoteRulesTests.Extract("Harbour talks\n\n" + paragraph);
            Assert.Contains(quotes, q => q.Kind != QuoteKind.Indirect);
            var q = Assert.Single(quotes, x => x.Kind == QuoteKind.Indirect);
            Assert.Equal((speaker, cue, text), (q.Speaker, q.Cue, q.Text));
        }

        [Theory]
        [InlineData("\"One in five workers are mobile,\" Rene Obermann, the chief executive, told the trade show in Cannes.")]
        [InlineData("In an email to the Gazette on Wednesday, Conte said: \"I stand by everything I said.\"")]
        [InlineData("\"Rhetoric and delivery don't go hand in hand,\" Mr Kok said in a press conference alongside the report.")]
        public void TheQuotesOwnCueReportsNothingMore(string paragraph)
        {
            Assert.DoesNotContain(QuoteRulesTests.Extract("Harbour talks\n\n" + paragraph), q => q.Kind == QuoteKind.Indirect);
        }

        [Theory]
        [InlineData("FRANKFURT (Reuters) - The harbour board kept fees unchanged but said it was ready to cut them.", "harbour board")]
        [InlineData("PORTLAND, Maine, March 14, 2019 - A federal judge threw out the charges, saying the case was weak.", "federal judge")]
        public void TheDatelineIsNotTheSubject(string paragraph, string speaker)
        {
            var q = Assert.Single(QuoteRulesTests.Extract(paragraph), x => x.Kind == QuoteKind.Indirect);
            Assert.Equal(speaker, q.Speaker);
        }

        [Fact]
        public void ANameInCommasAfterTheRoleIsTheJoinedVerbsSubject()
        {
            // The role's nominal reading would reach the education secretary named before; the name in apposition speaks.
            var quotes = QuoteRulesTests.Extract("School meals\n\nEducation Secretary Rachel Dunn told the Commons the change would not go ahead.\n\n" +
                "Labour's shadow education secretary, Owen Price, called the climbdown \"humiliating\" and said the government should apologise.").ToArray();
            Assert.Equal("Owen Price", quotes.Single(q => q.Text == "the government should apologise").Speaker);
        }
    }
}
