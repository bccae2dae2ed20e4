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
    }
}
