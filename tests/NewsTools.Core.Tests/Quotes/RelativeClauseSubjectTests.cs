using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// A relative clause in the subject, read by one mechanism of the subject reader: the cue's subject is the noun "who" stands
    /// for when the clause's own subject is another phrase, and the phrase after "who" when "who" is the clause's object (#12).
    /// What "who said" reports in a relative clause set off by commas ends at the clause's closing comma.
    /// </summary>
    public class RelativeClauseSubjectTests
    {
        [Theory]
        [InlineData("The voters who Okafor calls \u201cthe quiet majority\u201d stayed home on Tuesday.", "Okafor")]
        [InlineData("The rivals who Lena Park describes as \u201ccareer politicians\u201d answered her on Friday.", "Lena Park")]
        public void TheSubjectRightAfterWhoSpeaksInAnObjectRelative(string text, string speaker)
        {
            var q = QuoteRulesTests.Extract(text).Single();
            Assert.Equal(speaker, q.Speaker);
        }

        [Theory]
        [InlineData("A neighbour who saw the crash said \u201cit was over in seconds.\u201d", "neighbour")]
        [InlineData("An education professor at Radford who previously worked for Sen. Mara Quist called it \u201ca turning point.\u201d", "education professor at Radford")]
        [InlineData("Victor Hale, who runs the ferry company at the quay, Dover, called it \u201ca disgrace.\u201d", "Victor Hale")]
        public void TheAntecedentOfWhoSpeaksInASubjectRelative(string text, string speaker)
        {
            var q = QuoteRulesTests.Extract(text).Single();
            Assert.Equal(speaker, q.Speaker);
        }

        [Theory]
        [InlineData("Lord Condon, head of the council's anti-corruption unit, who first called for longer sentences, said the penalty was \u201cderisory\u201d.", "Condon", "Lord Condon")]
        [InlineData("Nick Davies, spokesman for the ruling body the IAAF, which handed out the bans, said: \u201cWe cannot comment.\u201d", "Nick Davies", "Nick Davies")]
        [InlineData("Tony Lloyd, the Manchester Central MP, whose constituency includes the ground, has pledged to take the matter \u201cto the top\u201d.", "Tony Lloyd", "Tony Lloyd")]
        [InlineData("Rita Okafor, the port authority's chief executive, who has run the port since 2010, said: \u201cThe quay is safe.\u201d", "Rita Okafor", "Rita Okafor")]
        public void ANameBeforeItsRoleAndARelativeClauseSpeaks(string text, string speaker, string mention)
        {
            // The relative clause describes the person (or the body the role names); the role is an appositive of the name too.
            var q = QuoteRulesTests.Extract("Penalty row\n\n" + text).Single(x => x.Kind != QuoteKind.Indirect);
            Assert.Equal(speaker, q.Speaker);
            Assert.Equal(mention, q.SpeakerMention);
        }

        [Fact]
        public void ARoleWithNoNameBeforeItStillSpeaksPastItsRelativeClause()
        {
            // "In London, the harbour master, who ..., said": the word before the role's comma is a place, no name, and the
            // role stays the subject.
            var q = QuoteRulesTests.Extract("Port news\n\nIn Dover, the harbour master, who has run the port since 2010, said: \u201cThe quay is safe.\u201d").Single();
            Assert.Equal("harbour master", q.Speaker);
        }

        [Theory]
        [InlineData("Mira Holt, who said the plan was flawed, voted against it.", "the plan was flawed")]
        [InlineData("Leo Marsh, who says he is innocent, could lose his licence.", "he is innocent")]
        [InlineData("The board chair, Mira Holt, who said that the port would close, resigned on Friday.", "the port would close")]
        public void ARelativeClauseSetOffByCommasEndsAtItsComma(string sentence, string text)
        {
            // What "who said" reports ends where the relative clause does; the main clause's verb is not part of it.
            var q = Assert.Single(QuoteRulesTests.Extract("Harbour talks\n\n" + sentence), x => x.Kind == QuoteKind.Indirect);
            Assert.Equal(text, q.Text);
        }

        [Theory]
        [InlineData("It is also a debut nomination for Imelda Staunton, 49, who told reporters she had not expected it.", "Imelda Staunton")]
        [InlineData("\"Listeners get both our tastes,\" says Jason King, 30, who describes the outgoing host as \"a competent broadcaster\".", "Jason King")]
        public void WhoAfterANameAndItsAgeStandsForTheName(string sentence, string speaker)
        {
            // The age between commas belongs to the name; "who" goes past it to the name.
            var q = QuoteRulesTests.Extract("Oscars\n\n" + sentence).Single(x => x.SpeakerMention == "who");
            Assert.Equal("who", q.SpeakerMention);
            Assert.Equal(speaker, q.Speaker);
        }
    }
}
