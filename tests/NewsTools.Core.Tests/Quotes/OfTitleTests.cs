using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// Offices before a name: a title with an "of" phrase in capitals ends where a given name opens the name ("Director of
    /// Public Prosecutions Max Hill"); offices and occupations of the titles list ("Nasa administrator", "County Registrar",
    /// "Pope"); and "the Cardinal" in capitals is the person last given that title, whom a later "he" reaches.
    /// </summary>
    public class OfTitleTests
    {
        private static Quote[] Quotes(string paragraphs) => QuoteRulesTests.Extract("Office holders\n\n" + paragraphs).ToArray();

        [Theory]
        [InlineData("Director of Public Prosecutions Max Hill", "Max Hill", "Director of Public Prosecutions")]
        [InlineData("Palm Beach County Supervisor of Elections Susan Bucher", "Susan Bucher", "Palm Beach County Supervisor of Elections")]
        [InlineData("Chancellor of the Exchequer George Osborne", "George Osborne", "Chancellor of the Exchequer")]
        public void AnOfTitleEndsAtTheGivenName(string phrase, string speaker, string title)
        {
            var quote = Assert.Single(Quotes(phrase + " said that the case would go ahead."));
            Assert.Equal(speaker, quote.Speaker);
            Assert.Equal(title, quote.SpeakerTitle);
            Assert.Equal(SpeakerType.Person, quote.SpeakerType);
        }

        [Theory]
        [InlineData("Nasa administrator Jared Isaacman congratulated the team, writing that the landing was \"a remarkable achievement\".", "Jared Isaacman")]
        [InlineData("County Registrar Brenda Cho said that the count was over.", "Brenda Cho")]
        [InlineData("Pope Francis said that the meeting was not political.", "Francis")]
        [InlineData("Maricopa County Recorder Helen Purcell said that the count was slow.", "Helen Purcell")]
        [InlineData("Post Editor-in-Chief Martin Baron said that the paper would cover the race.", "Martin Baron")]
        [InlineData("US Treasury Under-Secretary John Taylor said that the plan would not work.", "John Taylor")]
        [InlineData("BBC Political Correspondent James Hardy said that the reform had stalled.", "James Hardy")]
        public void OfficesAndOccupationsAreTitles(string sentence, string speaker)
        {
            Assert.Equal(speaker, Assert.Single(Quotes(sentence)).Speaker);
        }

        [Fact]
        public void TheRoleInCapitalsIsThePersonLastGivenIt()
        {
            var quotes = Quotes("Cardinal Cormac Murphy-O'Connor spoke on Sunday. Archbishop Rowan Williams agreed with him.\n\n" +
                "On Friday, the Cardinal will ask the congregation to search for peace. \"It is possible,\" he will say.");
            Assert.Equal("Cormac Murphy-O'Connor", quotes.Last().Speaker);
        }

        [Fact]
        public void OfBeforeATitleIsNoPartOfIt()
        {
            // "of" is a title's word inside one ("Secretary of State"), never its first: "The trial of Mr Lebedev".
            var quote = Assert.Single(Quotes("The trial of Mr Lebedev resumed on Monday.\n\n" +
                "He told the court that the running of a business had been \"presented as a work of criminal fiction\"."));
            Assert.Equal("Lebedev", quote.Speaker);
            Assert.Equal("Mr", quote.SpeakerTitle);
        }
    }
}
