using System.Linq;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// "Stone went after Doyle ..., when he called": a name after the verb or preposition of a clause whose subject is a person's
    /// name is that clause's object, and a later "he" goes back to the subject, not to the object (#12 item 10).
    /// </summary>
    public class ObjectNamePronounTests
    {
        [Theory]
        [InlineData("Stone went after Doyle at the debate, refusing to take back earlier remarks, when he called the banker \u201cunhinged.\u201d")]
        [InlineData("Stone had visited Doyle at his farm in the spring. He said later that the visit was \u201ca waste of a day.\u201d")]
        public void HeGoesBackToTheSubjectNotToTheObject(string sentence)
        {
            var text = "Harbour vote\n\nJack Stone and Tom Doyle met on Monday at the hall in Leeds.\n\n" + sentence;
            Assert.Equal("Jack Stone", QuoteRulesTests.Extract(text).Single(q => q.SpeakerMention is "he" or "He").Speaker);
        }

        [Fact]
        public void ANameThatOnlyModifiesTheSubjectLeavesTheLaterNameASubject()
        {
            // "Stone backers" are the subject; Stone is no clause subject, and Doyle, after "looked to", stays the one "he" means.
            var text = "Harbour vote\n\nJack Stone and Tom Doyle met on Monday at the hall in Leeds.\n\n" +
                "Stone backers on campus looked to Doyle, who had revived the fishing club, to take a stand. He declined.\n\n" +
                "\u201cWe were a new club and we did not want to take sides,\u201d he said.";
            Assert.Equal("Tom Doyle", QuoteRulesTests.Extract(text).Single(q => q.SpeakerMention == "he").Speaker);
        }

        [Fact]
        public void ANameAfterATitleOrAnOwnerStillOpensTheClause()
        {
            // "Doyle's daughter Ann said": after an owner and a role noun the name is the subject, and "she" goes to her.
            var text = "Harbour vote\n\nJack Stone and Tom Doyle met on Monday at the hall in Leeds.\n\n" +
                "Doyle's daughter Ann Doyle said her father was tired. \u201cHe works too hard,\u201d she said.";
            Assert.Equal("Ann Doyle", QuoteRulesTests.Extract(text).Single(q => q.SpeakerMention == "she").Speaker);
        }
    }
}
