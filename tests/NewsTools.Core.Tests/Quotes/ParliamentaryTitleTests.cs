using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// Titles written in capitals, as British and European copy writes them: "Labour MP David Hurst" is David Hurst, a
    /// member's letters after a name ("Frank Field MP", "Ben Emmerson QC") are a title, a role in capitals ("an MEP for the
    /// East Midlands", "the Prime Minister") is no one a later "he" stands for, and a role for a place and its region sits
    /// between the name and the verb ("Mr Johnson, MP for Henley-on-Thames, Oxfordshire, said"), as an age and an apposition
    /// do ("Graham Pike, 72, who has lived here for 40 years, said").
    /// </summary>
    public class ParliamentaryTitleTests
    {
        private static Quote[] Quotes(string paragraphs) => QuoteRulesTests.Extract("Commons row\n\n" + paragraphs).ToArray();

        [Theory]
        [InlineData("Labour MP David Hurst said the minister was not listening.", "David Hurst", "Labour MP")]
        [InlineData("Green MEP Caroline Lucas said the treaty was flawed.", "Caroline Lucas", "Green MEP")]
        [InlineData("Tory MSP Jane Hill said the plan was good.", "Jane Hill", "Tory MSP")]
        public void AMemberTitleBeforeANameIsATitle(string sentence, string speaker, string title)
        {
            var quote = Assert.Single(Quotes(sentence));
            Assert.Equal(speaker, quote.Speaker);
            Assert.Equal(title, quote.SpeakerTitle);
        }

        [Theory]
        [InlineData("The Prime Minister, Anthony Albanese, said the plan would go ahead.", "Anthony Albanese")]
        [InlineData("The Opposition Leader, Peter Dutton, said the plan would go ahead.", "Peter Dutton")]
        [InlineData("The Chief Medical Officer, Chris Whitty, said the risk was low.", "Chris Whitty")]
        [InlineData("The head teacher, Mrs Patel, said the school would close early.", "Patel")]
        public void ANameSetOffAfterATitleInCapitalsIsTheSpeaker(string sentence, string speaker)
        {
            // As after a lowercase role ("The foreign minister, Penny Wong, said"), the name in commas is who speaks.
            Assert.Equal(speaker, Assert.Single(Quotes(sentence)).Speaker);
        }

        [Theory]
        [InlineData("Guitarist Brian May said the band would tour in April.", "Brian May", "Guitarist")]
        [InlineData("Broadcaster Chris Evans said the show would return.", "Chris Evans", "Broadcaster")]
        [InlineData("City Councilwoman Ana Martinez said the vote was close.", "Ana Martinez", "City Councilwoman")]
        [InlineData("Councillor Dave Ames said the bins would be collected.", "Dave Ames", "Councillor")]
        [InlineData("Sheriff Joe Lopez said the road was closed.", "Joe Lopez", "Sheriff")]
        [InlineData("WHO Director-General Tedros Adhanom said the risk was low.", "Tedros Adhanom", "WHO Director-General")]
        public void AnOccupationBeforeANameIsATitle(string sentence, string speaker, string title)
        {
            var quote = Assert.Single(Quotes(sentence));
            Assert.Equal(speaker, quote.Speaker);
            Assert.Equal(title, quote.SpeakerTitle);
        }

        [Theory]
        [InlineData("\"It is a disgrace,\" said Frank Field MP.", "Frank Field", "MP")]
        [InlineData("Ben Emmerson QC said the detainees had been given no idea when they would be released.", "Ben Emmerson", "QC")]
        public void LettersAfterANameAreItsTitle(string sentence, string speaker, string title)
        {
            var quote = Assert.Single(Quotes(sentence));
            Assert.Equal(speaker, quote.Speaker);
            Assert.Equal(title, quote.SpeakerTitle);
        }

        [Fact]
        public void LettersAfterAPlaceMakeARoleNotAName()
        {
            // "the Ealing North MP" is the member named before, not a person called "Ealing North".
            var quotes = Quotes("Labour MP Stephen Pound attacked the plans. The Ealing North MP said the scheme would fail.");
            Assert.Equal("Stephen Pound", Assert.Single(quotes).Speaker);
        }

        [Fact]
        public void ARoleInCapitalsIsNoOneAPronounStandsFor()
        {
            var quotes = Quotes(
                "Mr Kilroy-Silk, an MEP for the East Midlands, resigned the party whip in October. He said on Friday he hoped to lead a new party.");
            Assert.Equal("Kilroy-Silk", Assert.Single(quotes).Speaker);
        }

        [Fact]
        public void ASurnameThatIsATitleWordStillNamesItsBearer()
        {
            var quotes = Quotes("Larry King hosted the show for years. Mr. King said he had not watched the channel.");
            Assert.Equal("Larry King", Assert.Single(quotes).Speaker);
        }

        [Theory]
        [InlineData("\"We will win,\" said the committee chairman, MP Edward Leigh.", "Edward Leigh")]
        [InlineData("\"We will lose,\" said the committee chairman, Senator Mark Udall.", "Mark Udall")]
        public void ANameWithItsTitleAfterAnInvertedRoleIsTheSpeaker(string sentence, string speaker)
        {
            Assert.Equal(speaker, Assert.Single(Quotes(sentence)).Speaker);
        }

        [Theory]
        [InlineData("Graham Pike, 72, who has lived in the village for 40 years, told the Echo he feared the worst.", "Graham Pike")]
        [InlineData("Jimmy Ghazal, 39, a man visiting Nice with his family, told reporters that he had been watching the fireworks.", "Jimmy Ghazal")]
        [InlineData("Sen. Lisa Murkowski, R-Alaska, one of two Republicans who voted against the bill, told reporters she was frustrated.", "Lisa Murkowski")]
        [InlineData("Rep. Ann Cole, D-Ohio, a member of the harbour caucus, said the tolls were unfair.", "Ann Cole")]
        public void AnAgeAndAnAppositionStandBetweenTheNameAndTheVerb(string sentence, string speaker)
        {
            // An age, or a party and state ("R-Alaska"), set off by commas belongs to the name as the apposition after it does.
            Assert.Equal(speaker, Assert.Single(Quotes(sentence)).Speaker);
        }

        [Theory]
        [InlineData("Mr Johnson, MP for Henley-on-Thames, Oxfordshire, said he suspected Labour was trying to curry favour.", "Johnson")]
        [InlineData("Tom Fitton, the president of Judicial Watch, a conservative group, said the emails should be released.", "Tom Fitton")]
        public void ARoleForAPlaceAndItsRegionStandsBetweenTheNameAndTheVerb(string sentence, string speaker)
        {
            Assert.Equal(speaker, Assert.Single(Quotes(sentence)).Speaker);
        }
    }
}
