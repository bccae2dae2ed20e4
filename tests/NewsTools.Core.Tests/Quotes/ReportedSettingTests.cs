using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// Between a saying verb and what was said, news writing names where, when or how it was said: "said in a statement that",
    /// "told reporters at the airport that", "wrote on Twitter the deal was dead". The reported clause is what follows those
    /// phrases; a phrase that ends the sentence ("wrote on Facebook.") reports nothing, and a "that" that opens a relative
    /// clause after a phrase's noun is no reported clause. Without "that", a clause opened by a noun phrase needs a verb after
    /// it: "wrote a letter to the council" reports nothing.
    /// </summary>
    public class ReportedSettingTests
    {
        private static Quote[] Indirect(string sentence) =>
            QuoteRulesTests.Extract("Harbour talks\n\n" + sentence).Where(q => q.Kind == QuoteKind.Indirect).ToArray();

        /// <summary>The sentence reports one clause, <paramref name="text"/>, by <paramref name="speaker"/>.</summary>
        private static void AssertReports(string sentence, string speaker, string text)
        {
            var q = Assert.Single(Indirect(sentence));
            Assert.Equal((speaker, text), (q.Speaker, q.Text));
        }

        [Theory]
        [InlineData("The port authority said in a statement that the ferries would sail again.", "port authority", "the ferries would sail again")]
        [InlineData("Mira Holt told reporters at the quay on Sunday that the strike was over.", "Mira Holt", "the strike was over")]
        [InlineData("Leo Marsh wrote on Twitter that the deal was dead.", "Leo Marsh", "the deal was dead")]
        [InlineData("The union said in an interview with Harbour Radio that talks had failed.", "union", "talks had failed")]
        [InlineData("Lena Vogt said in a letter to the council that the tolls were unfair.", "Lena Vogt", "the tolls were unfair")]
        [InlineData("The port authority said in a statement the ferries would sail again.", "port authority", "the ferries would sail again")]
        [InlineData("Mira Holt said on Monday the strike was over.", "Mira Holt", "the strike was over")]
        [InlineData("Mira Holt said in her weekly address that the strike was over.", "Mira Holt", "the strike was over")]
        [InlineData("The mayor told a daily briefing that the ferries would sail again.", "mayor", "the ferries would sail again")]
        [InlineData("Leo Marsh told a rally audience that the deal was dead.", "Leo Marsh", "the deal was dead")]
        [InlineData("Hollis told reporters last week that he would not run again.", "Hollis", "he would not run again")]
        [InlineData("Mira Holt said Friday that the strike was over.", "Mira Holt", "the strike was over")]
        [InlineData("Clinton said Wednesday that she called Sanders after the primaries.", "Clinton", "she called Sanders after the primaries")]
        [InlineData("Ruth Ellis said after the hearing that the county had changed its procedures.", "Ruth Ellis", "the county had changed its procedures")]
        [InlineData("The union said before the vote the offer was too low.", "union", "the offer was too low")]
        [InlineData("A senior official, who asked not to be named, said by email that talks would resume next week.", "senior official", "talks would resume next week")]
        [InlineData("The spokesman told reporters by phone the deal was off.", "spokesman", "the deal was off")]
        [InlineData("A Labour Party spokesman told the BBC News website the party avoided those on the lists.", "Labour Party spokesman", "the party avoided those on the lists")]
        [InlineData("Ellen Simonetti told the BBC website she had received no warning.", "Ellen Simonetti", "she had received no warning")]
        public void TheClauseAfterThePhrasesOfSettingIsWhatWasSaid(string sentence, string speaker, string text)
        {
            AssertReports(sentence, speaker, text);
        }

        [Theory]
        [InlineData("Aguas Argentinas told the Argentine newspaper Clarin it would not accept any change.", "Clarin")]
        [InlineData("Deutsche Boerse told news agency Reuters such a move would have to wait.", "a move")]
        public void ANameOrAQuantifierAfterTheOneToldIsNoStartOfTheClause(string sentence, string notStart)
        {
            // The newspaper's name is the one told, and "such" opens the clause's subject: no clause starts after them.
            Assert.DoesNotContain(Indirect(sentence), q => q.Text.StartsWith(notStart, System.StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("It was announced last July that three Welsh quangos would be abolished.")]
        [InlineData("It was predicted that the song would sell 300,000 copies.")]
        [InlineData("It's predicted that by 2006 two billion people will own a mobile phone.")]
        [InlineData("That\u2019s expected to happen when the talks resume next week.")]
        [InlineData("The State Department was told that military forces were ready to come to its aid.")]
        [InlineData("Brown, the governor, hinted at that in a news conference Monday.")]
        public void APassiveWithoutItsAgentOrAThatAfterAPrepositionReportsNoOnesClause(string sentence)
        {
            // "It" and the one told are no speakers; "at that" is a pronoun after a preposition, no clause's "that".
            Assert.Empty(Indirect(sentence));
        }

        [Theory]
        [InlineData("Ministers were worried that the concerts would lead to problems.", "Ministers", "the concerts would lead to problems")]
        [InlineData("Spamhaus is worried that the technique will help junk mailers.", "Spamhaus", "the technique will help junk mailers")]
        public void AParticipleOfFeelingAfterBeIsTheSubjectsView(string sentence, string speaker, string text)
        {
            AssertReports(sentence, speaker, text);
        }

        [Theory]
        [InlineData("The chancellor, speaking during a tour of Africa, said it was time to talk about values.", "chancellor", "it was time to talk about values")]
        [InlineData("The lawsuit, filed in Los Angeles on Friday, says the champagne was spiked.", "lawsuit", "the champagne was spiked")]
        public void AParticiplesPhraseBetweenCommasDescribesTheSubject(string sentence, string speaker, string text)
        {
            AssertReports(sentence, speaker, text);
        }

        [Fact]
        public void ANumbersSeparatorIsNoCommaOfAnAppositive()
        {
            // "5,000" holds a comma; the relative clause runs to the comma after "people", and the company speaks.
            AssertReports("The company, which employs 5,000 people, said profits had doubled.", "company", "profits had doubled");
        }

        [Fact]
        public void APlacesCountryInsideTheAppositiveIsNoSubject()
        {
            // "Espoo, Finland" is one place; the relative clause runs to the comma after "Finland", and the company speaks.
            AssertReports("The company, which is based in Espoo, Finland, said profits had doubled.", "company", "profits had doubled");
        }

        [Fact]
        public void ASubjectBeforeAParticiplesPhraseSpeaksTheQuotedWordsInItsClause()
        {
            // "said Washington had ..." after the phrase is no inverted attribution: the official speaks.
            var q = QuoteRulesTests.Extract("Harbour talks\n\nOne official, speaking on condition of anonymity, said Washington had \"moved the goalposts\" twice.").Single(x => x.Kind == QuoteKind.Partial);
            Assert.Equal("official", q.Speaker);
        }

        [Fact]
        public void AnAdverbBeforeANumberIsNoAdjectiveOfThePhrase()
        {
            // "nearly" qualifies the number, so the phrase does not end before "22" and leave "22 years ..." as the clause.
            Assert.DoesNotContain(Indirect("Mira Holt said during her nearly 22 years at the port she had seen many strikes."), q => q.Text.StartsWith("22", System.StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("The harbour paper wrote in a commentary on Monday.")]
        [InlineData("Mira Holt wrote on Facebook.")]
        [InlineData("The operator offers good deals on ferry tickets at rates that will have to be matched by rivals.")]
        [InlineData("The union has agreed to a new contract that cuts pay by nearly 10%.")]
        [InlineData("Leo Marsh will ask the council to repay a loan that the port had secured.")]
        [InlineData("The latest win adds to the three titles won earlier in the year.")]
        public void APhraseWithoutAReportedClauseReportsNothing(string sentence)
        {
            Assert.Empty(Indirect(sentence));
        }

        [Theory]
        [InlineData("Leo Marsh wrote a letter to the council.")]
        [InlineData("Mira Holt claimed the 200m title in Lagos.")]
        [InlineData("The port authority predicted a sharp drop in traffic.")]
        public void AnObjectAfterTheVerbIsNoReportedClause(string sentence)
        {
            // A noun phrase with no verb after it is what the verb acts on, not what was said.
            Assert.Empty(Indirect(sentence));
        }

        [Theory]
        [InlineData("The union said the toll amounts to a tax on workers.", "the toll amounts to a tax on workers")]
        [InlineData("Mira Holt said the strike became a protest.", "the strike became a protest")]
        [InlineData("The council says the new timetable sends the wrong message.", "the new timetable sends the wrong message")]
        public void AClauseOpenedByANounPhraseHasItsVerb(string sentence, string text)
        {
            Assert.Equal(text, Assert.Single(Indirect(sentence)).Text);
        }
    }
}
