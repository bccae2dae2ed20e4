using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// News writing refers back to a person by a description: "the 30-year-old", "the Scot", "the 55-year-old Frenchman". Such
    /// a description names no one new; the speaker is the person it stands for, found as "he" or "she" would be, with what the
    /// description says (an age, a sex) and the habits of the form: not a name in its own sentence, not the object of a
    /// preposition, and the person who spoke last when no one was named since.
    /// </summary>
    public class DescribedSpeakerTests
    {
        private static Quote[] Quotes(string text) => QuoteRulesTests.Extract(text).ToArray();

        private static Quote Said(string text, string start) => Quotes(text).Single(q => q.Text.StartsWith(start));

        [Theory]
        [InlineData("the 30-year-old told the Sunday Times")]
        [InlineData("said the Briton")]
        [InlineData("said the 30-year-old Briton")]
        public void ADescriptionStandsForThePersonNamedBefore(string attribution)
        {
            var text = "Radcliffe eyes hard line\n\nPaula Radcliffe has called for drug cheats to be treated as criminals.\n\n" +
                "\"Doping in sport is a criminal offence,\" " + attribution + ".";
            var q = Said(text, "Doping in sport");
            Assert.Equal("Paula Radcliffe", q.Speaker);
            Assert.Equal(SpeakerType.Person, q.SpeakerType);
        }

        [Fact]
        public void AnAgeTheArticleGaveSomeoneElseKeepsThemAway()
        {
            // Reid is 30: "the 34-year-old manager" is the manager named before him.
            var text = "Late winner\n\nBristol Rovers boss Darrell Clarke praised his side after a winner from Jamie Reid.\n\n" +
                "Reid, 30, turned in a cross in added time.\n\n\"We never stopped believing,\" said the 34-year-old manager.";
            Assert.Equal("Darrell Clarke", Said(text, "We never stopped believing").Speaker);
        }

        [Fact]
        public void ADescriptionDoesNotStandForANameEarlierInItsOwnSentence()
        {
            var text = "United news\n\nAlex Ferguson said Milan would still be a formidable side.\n\n" +
                "United's talisman Ruud van Nistelrooy is fit again, but the Scot admitted he was unsure whether to start him.\n\n" +
                "\"Ruud is the best striker in Europe,\" he said.";
            var quotes = Quotes(text);
            Assert.Equal("Alex Ferguson", quotes.Single(q => q.Text.StartsWith("he was unsure")).Speaker);
            Assert.Equal("Alex Ferguson", quotes.Single(q => q.Text.StartsWith("Ruud is the best")).Speaker);
        }

        [Fact]
        public void AfterAStatementWithNoOneNamedSinceTheDescriptionIsItsSpeaker()
        {
            // Woodward, named after a preposition, is no candidate; Umaga spoke last.
            var text = "Umaga ready\n\nAll Blacks captain Tama Umaga backed his side to win the series.\n\n" +
                "O'Driscoll is among the players coached by Woodward. \"It'll be good for us,\" Umaga said. " +
                "The 31-year-old admitted interest in the tour was immense, calling it \"the biggest thing to hit New Zealand\".";
            Assert.Equal("Tama Umaga", Said(text, "the biggest thing").Speaker);
        }

        [Fact]
        public void ATitleTheArticleGaveDecidesBeforeTheDescription()
        {
            // "the 60-year-old actor" is the person given the title "actor", not the nearer co-star.
            var text = "Douglas to star\n\nActor Michael Douglas is to co-produce an adventure film set in India.\n\n" +
                "Aishwarya Rai, star of Bride and Prejudice, is the studio's preferred choice.\n\n" +
                "On a visit to India, the 60-year-old actor said he hoped to start shooting next year.";
            Assert.Equal("Michael Douglas", Said(text, "he hoped").Speaker);
        }

        [Theory]
        [InlineData("Emma Raducanu won her first title on Sunday.", "Emma Raducanu")]
        [InlineData("James McIlroy won the 800m in Erfurt. The Northern Ireland runner set a personal best.", "James McIlroy")]
        public void AnAgeThatEndsAnInvertedAttributionIsThePersonNamedBefore(string before, string speaker)
        {
            // '"...," said the 19-year-old.' had no speaker: the age alone after the article is the phrase's head. "Northern
            // Ireland" is a place, no person the description could stand for.
            var text = "Athletics\n\n" + before + "\n\n\"I'm qualified now and that's what matters most,\" said the 19-year-old.";
            Assert.Equal(speaker, Said(text, "I'm qualified now and that's what matters most").Speaker);
        }

        [Fact]
        public void ADescriptionWithNoOneNamedBeforeStaysAsWritten()
        {
            var text = "Transfer\n\n\"It was a very easy decision to make,\" the 34-year-old told the club's website.";
            Assert.Equal("34-year-old", Said(text, "It was a very easy").Speaker);
        }

        [Theory]
        [InlineData("\"It is just more bitter and personal,\" the defender told The Guardian.")]
        [InlineData("\"It is just more bitter and personal,\" the Arsenal defender told The Guardian.")]
        [InlineData("\"It is just more bitter and personal,\" said the England captain.")]
        public void AnOccupationStandsForThePersonNamedBefore(string sentence)
        {
            var text = "Feud\n\nArsenal's Sol Campbell has called the rivalry with Manchester United bitter.\n\n" +
                "The sides meet again at Highbury on Tuesday. " + sentence;
            Assert.Equal("Sol Campbell", Said(text, "It is just more bitter").Speaker);
        }

        [Fact]
        public void AnOccupationTheArticleUsedBeforeIsNoDescriptionOfSomeoneNamed()
        {
            // "The manager" is the unnamed former manager, not the company nor the analyst named before.
            var text = "Bribe fine\n\nMonsanto has agreed to pay a fine, said analyst Tom Reed.\n\n" +
                "A former senior manager at Monsanto directed a consulting firm to give a bribe to an official. " +
                "The manager told the company to disguise an invoice for the bribe as \"consulting fees\".";
            var q = Said(text, "consulting fees");
            Assert.NotEqual("Monsanto", q.Speaker);
            Assert.NotEqual("Tom Reed", q.Speaker);
        }

        [Theory]
        [InlineData("says the Waterford man")]
        [InlineData("the Kilkenny Athletic Club man told the BBC")]
        public void APersonsNounAfterAPlaceStandsForThePersonNamedBefore(string attribution)
        {
            var text = "Comeback\n\nJamie Costin should be paralysed. He says so himself as he recalls the crash.\n\n" +
                "\"I was in a lot of pain,\" " + attribution + ".";
            Assert.Equal("Jamie Costin", Said(text, "I was in a lot of pain").Speaker);
        }

        [Fact]
        public void APersonsNounAloneOrAfterAPlaceTheArticleUsedBeforeBringsInSomeoneNew()
        {
            // "the woman" names no one; "A Waterford man" was someone unnamed, and "the Waterford man" is he again.
            var text = "Comeback\n\nJamie Costin should be paralysed.\n\n\"I was in a lot of pain,\" the woman said.";
            Assert.NotEqual("Jamie Costin", Said(text, "I was in a lot of pain").Speaker);
            text = "Crash\n\nJamie Costin should be paralysed. A Waterford man was driving the lorry.\n\n\"I did not see him,\" said the Waterford man.";
            Assert.NotEqual("Jamie Costin", Said(text, "I did not see him").Speaker);
        }

        [Fact]
        public void ARoleNounOfAnUnnamedPersonIsNoDescription()
        {
            // "spokesman" is not among the occupations that describe someone named: it brings in someone new.
            var text = "Talks\n\nUnion leader Bob Crow said members were angry.\n\n\"Talks will go on,\" the spokesman said.";
            Assert.NotEqual("Bob Crow", Said(text, "Talks will go on").Speaker);
        }
    }
}
