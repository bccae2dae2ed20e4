using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// "he" or "she" after an unnamed person who spoke ("A spokesman for the union said ... "...," he added."), or a singular
    /// "they" after one of no stated gender in the same paragraph ("A spokesperson ... they added"), stands for that
    /// person, not for someone named earlier; a person named after the speaker, in a later paragraph, is who "he" means there.
    /// </summary>
    public class RoleSpeakerPronounTests
    {
        private static Quote QuoteOf(string text, string start) =>
            QuoteRulesTests.Extract(text).Single(q => q.Text.StartsWith(start, System.StringComparison.Ordinal));

        [Fact]
        public void HeAfterAnUnnamedSpeakerIsThatSpeaker()
        {
            var q = QuoteOf("Ferry strike\n\n\"Sales were strong,\" said Leo Marsh, chief executive of Harbour Lines.\n\n" +
                "A spokesman for the union said members would strike. \"The offer is an insult,\" he added.", "The offer");
            Assert.Equal("spokesman for the union", q.Speaker);
        }

        [Theory]
        [InlineData("The Trafford Centre spokeswoman said the car parks were full.", "she", "Trafford Centre spokeswoman")]
        [InlineData("The prime minister's official spokesman said the Cabinet still met.", "he", "prime minister's official spokesman")]
        [InlineData("The spokesman stressed the port would stay open.", "he", "spokesman")]
        public void HeOrSheAfterTheSpokespersonIsThatSpokesperson(string sentence, string pronoun, string speaker)
        {
            // A spokesperson after "the" is still no one the article named: the pronoun stays with them, not with the person
            // named before.
            var q = QuoteOf("Ferry strike\n\n\"Sales were strong,\" said Leo Marsh, chief executive of Harbour Lines. Ann Reid agreed.\n\n" +
                sentence + " \"The offer is an insult,\" " + pronoun + " added.", "The offer");
            Assert.Equal(speaker, q.Speaker);
        }

        [Fact]
        public void SingularTheyAfterAnUnnamedSpokespersonIsTheSpokesperson()
        {
            var q = QuoteOf("Housing plan\n\nThe plan went to Hadley District Council last week.\n\n" +
                "A spokesperson for Greenfield Estates said the firm had listened. \"We believe this is a good scheme,\" they added.", "We believe");
            Assert.Equal("spokesperson for Greenfield Estates", q.Speaker);
        }

        [Fact]
        public void TheyAfterAPluralSpeakerWhoSpokeAfterTheSpokespersonIsThatGroup()
        {
            var q = QuoteOf("Housing plan\n\n" +
                "A spokesperson for Greenfield Estates said the firm had listened. Residents said the roads could not cope. \"It would be a disaster,\" they added.", "It would");
            Assert.Equal("Residents", q.Speaker);
        }

        [Fact]
        public void SheAfterAnUnnamedSpokeswomanIsTheSpokeswoman()
        {
            var q = QuoteOf("Ferry strike\n\n\"Fares will rise,\" said Mira Holt, the port's director.\n\n" +
                "A council spokeswoman said the tolls were fair. \"Nobody likes them,\" she said.", "Nobody");
            Assert.Equal("council spokeswoman", q.Speaker);
        }

        [Fact]
        public void APersonNamedLaterInANewParagraphIsWhoHeMeans()
        {
            var q = QuoteOf("Ferry strike\n\nA spokesman for the union said members would strike.\n\n" +
                "However Mr Leo Marsh was not convinced. \"The union will settle,\" he said.", "The union will");
            Assert.Equal("Leo Marsh", q.Speaker);
        }

        [Fact]
        public void TheRoleOfSomeoneNamedEarlierLeavesHeWithThem()
        {
            // "the prime minister" with no name found for it is still most often the person named before: "he" keeps to him.
            var q = QuoteOf("Budget row\n\n\"We will win,\" said Tony Marsh.\n\nThe prime minister said the budget was fair. \"It is a good plan,\" he said.", "It is a good");
            Assert.Equal("Tony Marsh", q.Speaker);
        }
    }
}
