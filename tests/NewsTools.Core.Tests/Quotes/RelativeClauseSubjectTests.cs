using System.Linq;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// A relative clause in the subject, read by one mechanism of the subject reader: the cue's subject is the noun "who" stands
    /// for when the clause's own subject is another phrase, and the phrase after "who" when "who" is the clause's object (#12).
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
    }
}
