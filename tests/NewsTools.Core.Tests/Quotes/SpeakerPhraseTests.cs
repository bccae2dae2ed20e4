using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// The phrase that names a speaker ends on its head noun: a name before a role noun modifies it ("the Ohio senator"), and a
    /// verb after the head is the clause's, not the phrase's ("The spokesman refused").
    /// </summary>
    public class SpeakerPhraseTests
    {
        private static Quote Quoted(string text) => QuoteRulesTests.Extract(text).Single(q => q.Kind == QuoteKind.Direct || q.Kind == QuoteKind.Partial);

        [Fact]
        public void ANameBeforeARoleNounAndANameIsTheRolesModifier()
        {
            var q = QuoteRulesTests.Extract("Harbour vote\n\n\"We will appeal the ruling,\" said Liberal political consultant Ravi Shah. \"It is not over.\"").First(x => x.Kind == QuoteKind.Direct);
            Assert.Equal("Ravi Shah", q.Speaker);
            Assert.Equal("Liberal political consultant Ravi Shah", q.SpeakerMention);
        }

        [Theory]
        [InlineData("the Ohio senator", "senator")]
        [InlineData("a senior Harbour Board adviser", "adviser")]
        [InlineData("the Green strategist", "strategist")]
        public void ANameBeforeARoleNounWithoutANameLeavesTheRoleAsHead(string phrase, string head)
        {
            var q = Quoted("Harbour vote\n\n\"The second crane can wait,\" said " + phrase + ", who spoke after the vote.");
            Assert.Equal(phrase, q.SpeakerMention);
            Assert.EndsWith(head, q.Speaker);
        }

        [Theory]
        [InlineData("The spokesman refused to name the buyers, saying the sale would \"close by June.\"", "The spokesman")]
        [InlineData("The Dunne campaign declined to comment on Friday, saying the tolls were \"unfair to drivers.\"", "The Dunne campaign")]
        [InlineData("The Ohio senator sought to calm the crowd, saying the rally would \"go on as planned.\"", "The Ohio senator")]
        public void AVerbAfterTheHeadNounIsNotPartOfTheSpeaker(string sentence, string mention)
        {
            Assert.Equal(mention, Quoted("Harbour vote\n\n" + sentence).SpeakerMention);
        }

        [Fact]
        public void ANounCompoundAfterARoleNounStaysInThePhrase()
        {
            var q = Quoted("Harbour vote\n\n\"We were never told,\" said one former campaign staffer.");
            Assert.Equal("one former campaign staffer", q.SpeakerMention);
        }
    }
}
