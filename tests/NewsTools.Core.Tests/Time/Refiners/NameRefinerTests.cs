using System;
using NewsTools.Config;
using NewsTools.Time;
using Xunit;

namespace NewsTools.Tests.Time.Refiners
{
    public class NameRefinerTests
    {
        private static readonly DateTime Reference = new DateTime(2018, 1, 28);

        [Theory]
        [InlineData("He told 60 Minutes that he would run.")]
        [InlineData("The film High Noon was shown again.")]
        [InlineData("She appeared on Good Morning America to defend the plan.")]
        [InlineData("Thousands joined the March for Life in Washington.")]
        [InlineData("Prime Minister Theresa May said the talks would go on.")]
        [InlineData("The story ran in USA Today and was read on VOA Today.")]
        [InlineData("Activists of Peace Now marched to the square.")]
        public void NamesThatContainTimeWordsAreNotTimes(string sentence)
        {
            Assert.Empty(new TimeExpressionTagger(ConfigLoader.Defaults).TagText(sentence, Reference));
        }

        [Theory]
        [InlineData("Noon came and went without a vote.", "Noon")]
        [InlineData("In May the council voted.", "May")]
        [InlineData("The council voted in May for the plan.", "May")]
        [InlineData("SIXTY MINUTES AFTER NOON THE VOTE BEGAN ON MONDAY", "MONDAY")]
        [InlineData("Today the council voted.", "Today")]
        [InlineData("\"Now we see that the edge has eroded,\" she said.", "Now")]
        public void TimesAtTheStartOfASentenceOrInCapitalsStay(string sentence, string expression)
        {
            Assert.Contains(new TimeExpressionTagger(ConfigLoader.Defaults).TagText(sentence, Reference), e => e.Text == expression);
        }

        [Theory]
        [InlineData("The two men founded a drone maker called Kestrel 1994, based in Leeds.")]
        [InlineData("Fans spent heavily during the Copa 2016 tournament.")]
        [InlineData("The suspects were held under the Public Order Act 1986 for questioning.")]
        [InlineData("The patch reaches office machines that still run Keystone 2008.")]
        public void AYearThatEndsANameIsNoTime(string sentence)
        {
            Assert.Empty(new TimeExpressionTagger(ConfigLoader.Defaults).TagText(sentence, Reference));
        }

        [Theory]
        [InlineData("Sales were weak in Spring 2016, the firm said.", "2016")]
        [InlineData("Shops had their worst Christmas 2015 in a decade.", "Christmas 2015")]
        [InlineData("That 1986 law was repealed.", "1986")]
        [InlineData("The council, Since 2010, has met monthly.", "2010")]
        [InlineData("The vote was held in March 2014 after a long delay.", "March 2014")]
        public void AYearAfterATimeWordOrASentenceOpenerStays(string sentence, string expression)
        {
            Assert.Contains(new TimeExpressionTagger(ConfigLoader.Defaults).TagText(sentence, Reference), e => e.Text == expression);
        }

        [Fact]
        public void AZoneKeepsItsOffsetInTheValue()
        {
            var tagger = new TimeExpressionTagger(ConfigLoader.Defaults);
            Assert.Equal("2018-01-28T18:00Z", Assert.Single(tagger.TagText("The polls close at 18:00 UTC.", Reference)).Value);
            Assert.Equal("2018-01-28T12:00Z", Assert.Single(tagger.TagText("Trading resumed at noon GMT.", Reference)).Value);
            Assert.Equal("2018-01-26T09:00-05:00", Assert.Single(tagger.TagText("The market opened at 9 a.m. EST Friday.", Reference)).Value);
        }

        [Fact]
        public void NowForOpeningASentenceTurnsToTheNextItem()
        {
            Assert.Empty(new TimeExpressionTagger(ConfigLoader.Defaults).TagText("That is the news. Now for the weather in the capital.", Reference));
        }

        [Theory]
        [InlineData("Now officials are investigating the fire.", "Now")]
        [InlineData("The company now holds 5% of the shares.", "now")]
        [InlineData("But now, after the vote, the plan is dead.", "now")]
        [InlineData("Sales fell for years. Now, with the new network, they are rising.", "Now")]
        [InlineData("\"The United Nations recognised this. Now we see it can disappear,\" he said.", "Now")]
        [InlineData("\"We have asked them to move it.\" Now the mayor is calling for a vote.", "Now")]
        [InlineData("It was number one in the Top 40. Now it is forgotten.", "Now")]
        [InlineData("\"We waited long in Wales. Now we need results,\" she said.", "Now")]
        [InlineData("\"The offer goes far enough ...Now the talks begin,\" he said.", "Now")]
        public void NowOfTheClauseStaysThePresent(string sentence, string expression)
        {
            var found = Assert.Single(new TimeExpressionTagger(ConfigLoader.Defaults).TagText(sentence, Reference), e => e.Text == expression);
            Assert.Equal("PRESENT_REF", found.Value);
        }
    }
}
