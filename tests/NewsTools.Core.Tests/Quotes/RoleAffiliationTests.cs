using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// A role named with the side it belongs to ("the Chelsea manager", "the Republican nominee", "Grayson's spokeswoman") is
    /// the holder of that role the article tied to that side, not the latest holder of the role; the side is read where the
    /// article names the person ("Chelsea manager Jose Mourinho", "Republican presidential nominee Donald Trump", "Murphy's
    /// spokeswoman Galia Slayen"). A holder the article tied to no side may still be meant.
    /// </summary>
    public class RoleAffiliationTests
    {
        private static Quote Said(string text, string start) => QuoteRulesTests.Extract(text).Single(q => q.Text.StartsWith(start));

        [Fact]
        public void TheRoleOfOneSideIsItsHolderNotTheLatestHolder()
        {
            var text = "Derby day\n\nChelsea manager Jose Mourinho was happy with the draw.\n\n" +
                "Manchester United manager Alex Ferguson was less pleased.\n\n" +
                "\"We deserved more,\" the Chelsea manager said.\n\n\"We did not deserve anything,\" the United manager said.";
            Assert.Equal("Jose Mourinho", Said(text, "We deserved more").Speaker);
            Assert.Equal("Alex Ferguson", Said(text, "We did not deserve").Speaker);
        }

        [Fact]
        public void APartyAdjectiveAmongTheTitleWordsIsTheSide()
        {
            var text = "Tax returns\n\nThe paper released part of Republican presidential nominee Donald Trump's tax returns.\n\n" +
                "Critics are slamming Democratic vice presidential nominee Tim Kaine for his work.\n\n" +
                "The Republican nominee also vowed to punish \"those who violate classification rules.\"";
            Assert.Equal("Donald Trump", Said(text, "those who violate").Speaker);
        }

        [Fact]
        public void APersonsRoleIsNotTheRoleOfSomeoneElse()
        {
            // Slayen speaks for Murphy: Grayson's spokeswoman is someone the article does not name.
            var text = "Senate race\n\nMurphy's spokeswoman Galia Slayen said Murphy is \"proud\" to support the plan.\n\n" +
                "Grayson's spokeswoman said he \"maintains that she will be a very competent president.\"";
            var q = Said(text, "maintains that she");
            Assert.NotEqual("Galia Slayen", q.Speaker);
            Assert.Equal("Grayson's spokeswoman", q.SpeakerMention);
        }

        [Fact]
        public void TheRoleBeforeAnHonorificIsThePersonsToo()
        {
            // "Sir" is the title the name carries; "manager" before it is still his role.
            var text = "United held\n\nManchester United manager Sir Alex Ferguson praised his side.\n\n" +
                "\"We played some great football today,\" the United manager said.";
            Assert.Equal("Alex Ferguson", Said(text, "We played some great").Speaker);
        }

        [Fact]
        public void AHolderTiedToNoSideMayStillBeMeant()
        {
            var text = "Cup tie\n\nTheir manager Alex Ferguson praised his side.\n\n\"We were superb,\" the United manager said.";
            Assert.Equal("Alex Ferguson", Said(text, "We were superb").Speaker);
        }

        [Fact]
        public void AnHonorificBeforeASurnameThatIsATitleIsThatPersons()
        {
            // "King" is also a title: "Ms King" is the musician named before, not the latest "Ms" (Ms Love).
            var text = "Love sentenced\n\nThe charge stemmed from April 2004, when Ms Love found musician Kristin King in her " +
                "boyfriend's home. Ms King said the singer \"threw the bottle at the left side of my face\" in an attack.";
            Assert.Equal("Kristin King", Said(text, "threw the bottle").Speaker);
        }

        [Theory]
        [InlineData("Manchester United", "United", true)]
        [InlineData("Liberal Democrat", "Lib Dem", true)]
        [InlineData("Republican GOP", "Republican", true)]
        [InlineData("Democratic", "Democrat", true)]
        [InlineData("Manchester United", "Chelsea", false)]
        [InlineData("Democratic", "Republican", false)]
        [InlineData("Murphy", "Grayson", false)]
        [InlineData("United", "Un", false)]
        public void AnAffiliationHoldsWordByWordOrByTheirStarts(string known, string asked, bool holds) =>
            Assert.Equal(holds, MentionParser.AffiliationHolds(known, asked));
    }
}
