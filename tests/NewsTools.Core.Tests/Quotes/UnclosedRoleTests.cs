using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// Copy often drops the comma that closes a name's role ('"...," Paul Goosens, head of Preventon told the BBC'): the name
    /// still speaks when it opens its clause, and the role alone speaks when no name stands there.
    /// </summary>
    public class UnclosedRoleTests
    {
        private static Quote Quoted(string text) => QuoteRulesTests.Extract("Market news\n\n" + text).Single(q => q.Kind != QuoteKind.Indirect);

        [Theory]
        [InlineData("\"Users have changed in ten years,\" Paul Goosens, head of Preventon told the BBC.", "Paul Goosens")]
        [InlineData("\"We are checking our options,\" Michael Lamberty, a Lufthansa spokesman told reporters.", "Michael Lamberty")]
        [InlineData("Marc Ostwald, a strategist at Monument Securities said the bank would be \"more hawkish\" on rates.", "Marc Ostwald")]
        [InlineData("\"The board has changed,\" Armando Falcon, OFHEO director said.", "Armando Falcon")]
        [InlineData("Scott Stanzel, a spokesman for the Bush-Cheney campaign said: \"The measure was taken for security reasons.\"", "Scott Stanzel")]
        [InlineData("Eva Lichtenberg, a Green member of the European Parliament said: \"Smaller firms cannot afford it.\"", "Eva Lichtenberg")]
        public void TheNameBeforeAnUnclosedRoleSpeaks(string text, string speaker)
        {
            var q = Quoted(text);
            Assert.Equal(speaker, q.Speaker);
            Assert.Equal(speaker, q.SpeakerMention);
        }

        [Theory]
        [InlineData("On Monday, the judge said the delay was \"not too regular an occurrence\".", "judge")]
        [InlineData("In Frankfurt, a Lufthansa spokesman said the airline was \"checking its options\".", "Lufthansa spokesman")]
        [InlineData("Frankfurt, a Lufthansa spokesman said, was \"checking its options\".", "Lufthansa spokesman")]
        public void APhraseBeforeTheRolesCommaThatIsNoNameLeavesTheRoleSpeaking(string text, string speaker)
        {
            // "On Monday" and "In Frankfurt" open the sentence as adverbials, and one capitalised word may be a place: the role
            // after their comma is the subject.
            Assert.Equal(speaker, Quoted(text).Speaker);
        }

        [Theory]
        [InlineData("Patricia Sanders, spokeswoman for the Disaster Emergency Committee said it was aware of the site.", "Patricia Sanders")]
        [InlineData("Mary Blewitt, founder of the Survivors Fund said it was a recognition that survivors mattered.", "Mary Blewitt")]
        public void TheNameBeforeAnUnclosedRoleReportsAClause(string text, string speaker)
        {
            // The role ends in a body's name: the phrase is a role all the same, and the person before it speaks.
            var q = QuoteRulesTests.Extract("Aid appeal\n\n" + text).Single();
            Assert.Equal(QuoteKind.Indirect, q.Kind);
            Assert.Equal(speaker, q.Speaker);
        }
    }
}
