using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// A reported clause ends where a second report in the sentence begins, joined by "and" or "but" after a comma or a dash
    /// ("Critics say ..., but advocates say ..."): each speaker has their own clause.
    /// </summary>
    public class FollowingReportTests
    {
        private static Quote[] Reported(string sentence) =>
            QuoteRulesTests.Extract("EU vote\n\n" + sentence).Where(q => q.Kind == QuoteKind.Indirect).ToArray();

        [Theory]
        [InlineData("Critics say the constitution is a step towards a federal Europe, but advocates say it ensures effective government.",
            "Critics", "the constitution is a step towards a federal Europe", "advocates", "it ensures effective government")]
        [InlineData("Winn-Dixie said its 920 stores would remain open, but analysts said it would most likely sell a number of sites.",
            "Winn-Dixie", "its 920 stores would remain open", "analysts", "it would most likely sell a number of sites")]
        [InlineData("Ed Rendell said the party's rules should be modernized, but he said that discussion should wait until after the election.",
            "Ed Rendell", "the party's rules should be modernized", "Ed Rendell", "discussion should wait until after the election")]
        [InlineData("Human rights groups say the code is not legally binding - but Mr Straw said it would be given legal force.",
            "Human rights groups", "the code is not legally binding", "Straw", "it would be given legal force")]
        public void EachReportKeepsToItsOwnClause(string sentence, string firstSpeaker, string firstText, string secondSpeaker, string secondText)
        {
            var quotes = Reported(sentence);
            Assert.Equal(2, quotes.Length);
            Assert.Equal(firstText, quotes[0].Text);
            Assert.Equal(firstSpeaker, quotes[0].Speaker);
            Assert.Equal(secondText, quotes[1].Text);
            Assert.EndsWith(secondSpeaker, quotes[1].Speaker);
        }

        [Theory]
        [InlineData("A Democratic source said he could not answer because the request came late, and the answers weren't fully researched.",
            "he could not answer because the request came late, and the answers weren't fully researched")]
        [InlineData("The minister said prices would rise, and wages would follow them.", "prices would rise, and wages would follow them")]
        public void AClauseJoinedWithoutAReportStaysInTheReportedClause(string sentence, string text)
        {
            // "the answers" is a noun after its article, and "wages would follow" has no reporting verb: one report, read whole.
            Assert.Equal(text, Assert.Single(Reported(sentence)).Text);
        }
    }
}
