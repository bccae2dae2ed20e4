using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// A clause reported without "that" may open with a bare singular noun before an auxiliary ("said growth was strong")
    /// or with an amount written with separators ("said about 2,300 ballots remained").
    /// </summary>
    public class BareSubjectClauseTests
    {
        private static Quote[] Quotes(string paragraphs) => QuoteRulesTests.Extract("Economy\n\n" + paragraphs).ToArray();

        [Theory]
        [InlineData("George Osborne said growth was strong.", "growth was strong")]
        [InlineData("The bank said consumer demand had slowed.", "consumer demand had slowed")]
        [InlineData("AOL said regulation was still needed.", "regulation was still needed")]
        [InlineData("The operator said speed restrictions would be in place.", "speed restrictions would be in place")]
        [InlineData("The charity said greed had driven the sale.", "greed had driven the sale")]
        [InlineData("Data recovery experts say human behaviour still is to blame in many cases.", "human behaviour still is to blame in many cases")]
        [InlineData("The bank said demand also had slowed.", "demand also had slowed")]
        [InlineData("Prof Mark Lyons said people who walk more may be healthier in other ways.", "people who walk more may be healthier in other ways")]
        [InlineData("The couple claimed staff took photographs of them.", "staff took photographs of them")]
        [InlineData("Santos said filming would begin in Lisbon next March.", "filming would begin in Lisbon next March")]
        [InlineData("Speaking at the festival on Saturday, Santos said filming would begin in Lisbon next March.", "filming would begin in Lisbon next March")]
        [InlineData("In a speech in Edinburgh, the prime minister said Thursday's report reinforced stability.", "Thursday's report reinforced stability")]
        public void ABareNounBeforeAnAuxiliaryOpensTheClause(string sentence, string text)
        {
            Assert.Equal(text, Assert.Single(Quotes(sentence)).Text);
        }

        [Theory]
        [InlineData("Brenda Cho said about 2,300 provisional ballots remained.", "about 2,300 provisional ballots remained")]
        [InlineData("Mr Howard said nearly 160,000 people were settling in the UK every year.", "nearly 160,000 people were settling in the UK every year")]
        [InlineData("SBC said 5,125 positions would go.", "5,125 positions would go")]
        public void AnAmountWithSeparatorsOpensTheClause(string sentence, string text)
        {
            Assert.Equal(text, Assert.Single(Quotes(sentence)).Text);
        }

        [Theory]
        [InlineData("The TUC said cuts would deliver less than expected.", "cuts would deliver less than expected")]
        [InlineData("Officials said jobs were safe.", "jobs were safe")]
        [InlineData("People familiar with the matter said further cuts were possible.", "further cuts were possible")]
        [InlineData("Nokia said these findings had implications for operators.", "these findings had implications for operators")]
        [InlineData("Alan Milburn said no decision had been taken.", "no decision had been taken")]
        [InlineData("Businesses said more rises could damage competitiveness.", "more rises could damage competitiveness")]
        public void AShortPluralOrAQuantifiedNounBeforeItsVerbOpensTheClause(string sentence, string text)
        {
            // "cuts" is as often a verb: right before an auxiliary it is the subject. "further", "these", "no" open its phrase.
            Assert.Equal(text, Assert.Single(Quotes(sentence)).Text);
        }

        [Theory]
        [InlineData("Those surveyed said prices were too high.", "those surveyed")]
        [InlineData("Nearly half of those polled said they would vote.", "half of those polled")]
        [InlineData("Thirty-one percent of those questioned said they would be satisfied.", "Thirty-one percent of those questioned")]
        [InlineData("Half of Vermont Democrats said they want a more liberal president.", "Half of Vermont Democrats")]
        public void ThoseAndAParticipleNameThePeopleWhoSpeak(string sentence, string speaker)
        {
            // "those polled" are the people polled: a subject that reports, alone or counted. A capitalised quantity that opens
            // the sentence ("Half of ...") is no name the "of" phrase modifies.
            Assert.EndsWith(speaker, Assert.Single(Quotes(sentence)).Speaker, System.StringComparison.OrdinalIgnoreCase);
        }

        [Theory]
        [InlineData("The firm said more than it meant.")]
        [InlineData("The coach said cuts to the squad.")]
        public void AQuantifierOrAShortPluralWithNoVerbAfterOpensNone(string sentence)
        {
            Assert.Empty(Quotes(sentence));
        }

        [Theory]
        [InlineData("Chelsea chief executive Peter Kenyon has played down reports that Arjen Robben will return.", "Peter Kenyon")]
        [InlineData("The minister has shrugged off claims that the deal was rushed.", "minister")]
        public void ACueThatIsAlsoANounAfterAVerbsParticleIsItsObject(string sentence, string speaker)
        {
            // "played down reports that ...": "reports" is what was played down, not a cue whose subject is "played down".
            Assert.DoesNotContain(Quotes(sentence), q => q.Speaker == "played down" || q.Speaker == "shrugged off");
            Assert.All(Quotes(sentence), q => Assert.Equal(speaker, q.Speaker));
        }

        [Fact]
        public void ACueThatIsAlsoANounAfterAnArticleLeavesTheClosingAttributionToItsVerb()
        {
            // ", the report said": "report" is the subject, "said" the cue.
            var quote = Assert.Single(Quotes("Teenagers from well-off backgrounds are six times more likely to go to university, the report said."));
            Assert.Equal(("report", "said"), (quote.Speaker, quote.Cue));
            Assert.Empty(Quotes("He insisted on Monday, despite claims to the contrary in a new book."));
        }

        [Fact]
        public void ABareNounWithoutAnAuxiliaryAfterItOpensNone()
        {
            Assert.Empty(Quotes("The minister said goodbye to his staff on Friday."));
        }

        [Fact]
        public void APluralWhoseOnlyVerbIsARelativeClausesOpensNone()
        {
            // "expenses for trips that never took place": "took" is the relative clause's, and "expenses" is the object.
            Assert.Empty(Quotes("He claimed expenses for trips that never took place."));
            Assert.Equal("residents who live nearby were angry", Assert.Single(Quotes("The councillor said residents who live nearby were angry.")).Text);
        }

        [Theory]
        [InlineData("Mr Hardy told the court he had acted in self-defence.", "he had acted in self-defence")]
        [InlineData("Lakshmi Mittal has told investors the combined company will have to shed jobs.", "the combined company will have to shed jobs")]
        [InlineData("David Davis told BBC Radio Four's the World at One his primary concern was justice.", "his primary concern was justice")]
        public void TheAddresseeOfATellingVerbEndsWhereTheClauseOpens(string sentence, string text)
        {
            Assert.Equal(text, Assert.Single(Quotes(sentence)).Text);
        }
    }
}
