using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// Who reports and what: a reported clause may open with an amount or a compound noun ("said about half of services would
    /// run", "said asylum applications were down 40%"); a speaker may be an organisation named with "for" ("the Office for
    /// National Statistics"), a role modified by a place ("a spokeswoman for Downing Street"), a plural headed by a capitalised
    /// modifier ("Rail workers"), or a name stressed by a reflexive ("Osbourne himself").
    /// </summary>
    public class ReportedClauseSubjectTests
    {
        private static Quote[] Quotes(string paragraphs) => QuoteRulesTests.Extract("Rail strike\n\n" + paragraphs).ToArray();

        private static Quote[] Indirect(string paragraphs) => Quotes(paragraphs).Where(q => q.Kind == QuoteKind.Indirect).ToArray();

        [Theory]
        [InlineData("Harbour Rail said about half of services would run.", "about half of services would run")]
        [InlineData("The company said more than 300 jobs could go.", "more than 300 jobs could go")]
        [InlineData("Police said at least 50 people died in the crash.", "at least 50 people died in the crash")]
        [InlineData("The union said 80% of members voted to strike.", "80% of members voted to strike")]
        [InlineData("The firm said up to 300 jobs could go.", "up to 300 jobs could go")]
        [InlineData("Commission chairman Tom Vale said asylum applications were down 40%.", "asylum applications were down 40%")]
        [InlineData("The minister said oil prices would rise.", "oil prices would rise")]
        [InlineData("He said at least two shelters had lost power.", "at least two shelters had lost power")]
        [InlineData("The mayor said nearly twenty-five homes were flooded.", "nearly twenty-five homes were flooded")]
        [InlineData("Dr Titanji said funding for testing had already been cut.", "funding for testing had already been cut")]
        [InlineData("The minister said compensation of Rs 4 lakh would be given to the families.", "compensation of Rs 4 lakh would be given to the families")]
        [InlineData("Panke predicted demand for such vehicles would soar in Europe.", "demand for such vehicles would soar in Europe")]
        public void AClauseMayOpenWithAnAmountOrACompoundNoun(string sentence, string text)
        {
            Assert.Equal(text, Assert.Single(Indirect(sentence)).Text);
        }

        [Theory]
        [InlineData("Jones added four conversions as Wales maintained their start.")]
        [InlineData("The Archbishop of Canterbury wrote to all three parties urging them not to fight the election.")]
        [InlineData("She told BBC News 24 she had not thought the film would win.")]
        [InlineData("He said in November 2003 he would stand down.")]
        [InlineData("Microsoft's system is a favourite of people who write computer viruses because it is so common.")]
        public void ANumberOrNounThatIsNoSubjectOpensNoClause(string sentence)
        {
            // A score, an object before "as" or "because", the number of a name ("BBC News 24") or of a date: no clause opens there.
            Assert.DoesNotContain(Indirect(sentence), q => char.IsDigit(q.Text[0]) || q.Text.StartsWith("to all", System.StringComparison.Ordinal) ||
                q.Text.StartsWith("four", System.StringComparison.Ordinal) || q.Text.StartsWith("computer", System.StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("The Institute for Fiscal Studies said taxes would rise.", "Institute for Fiscal Studies")]
        [InlineData("According to the Office for National Statistics, consumer prices rose 4.2% in the year to January.", "Office for National Statistics")]
        [InlineData("A spokeswoman for Downing Street said the prime minister was being kept informed.", "spokeswoman for Downing Street")]
        [InlineData("A Department for Transport spokeswoman said the trains would run.", "Department for Transport spokeswoman")]
        [InlineData("Rail workers will strike next week, warning that the deal falls far short of inflation.", "Rail workers")]
        public void TheSpeakerIsTheWholeNameOrTheNounItModifies(string sentence, string speaker)
        {
            Assert.Equal(speaker, Assert.Single(Indirect(sentence)).Speaker);
        }

        [Theory]
        [InlineData("Investors pointed out, however, that declines would be industry specific.", "Investors", "declines would be industry specific")]
        [InlineData("The DJ admitted, though, that his success had a downside.", "DJ", "his success had a downside")]
        [InlineData("Sources told reporters, however, that she did chime in.", "Sources", "she did chime in")]
        public void AnAsideBetweenCommasMayStandBeforeThat(string sentence, string speaker, string clause)
        {
            var q = Assert.Single(Indirect(sentence));
            Assert.Equal(clause, q.Text);
            Assert.Equal(speaker, q.Speaker);
        }

        [Theory]
        [InlineData("According to the study, published in the Lancet, side effects were mild in most cases.", "side effects were mild in most cases")]
        [InlineData("According to the report, released on Monday, prices rose 5%.", "prices rose 5%")]
        [InlineData("According to police, injured protesters were taken to hospital, where they were treated.", "injured protesters were taken to hospital, where they were treated")]
        public void AParticiplesPhraseAfterTheSourceDescribesIt(string sentence, string clause)
        {
            // "published in the Lancet" tells of the study; an adjective in -ed with no preposition after it opens the clause.
            Assert.Equal(clause, Assert.Single(Indirect(sentence)).Text);
        }

        [Fact]
        public void AnOrganisationNamedWithForIsNoPerson()
        {
            // "It" goes to the office; a name that ends on "Statistics" is still the office's, not a person's.
            var quotes = Indirect("The Office for National Statistics said retail sales rose 0.6% in December. It said food sales were strong.");
            Assert.Equal(2, quotes.Length);
            Assert.All(quotes, q => Assert.Equal("Office for National Statistics", q.Speaker));
        }

        [Fact]
        public void AReflexiveAfterANameIsNoPartOfIt()
        {
            var q = Assert.Single(Quotes("Osbourne himself was at a loss to explain its popularity: \"I suppose Americans like watching a crazy family.\""));
            Assert.Equal("Osbourne", q.Speaker);
        }

        [Fact]
        public void ARoleAfterItsOwnQuoteIsTheOneWhoGoesOn()
        {
            var quotes = Quotes("A spokeswoman for Downing Street said the prime minister was being kept informed. Asked whether ministers would meet the union, she said: \"The door is always open.\"");
            Assert.Equal("spokeswoman for Downing Street", Assert.Single(quotes, q => q.Kind == QuoteKind.Direct).Speaker);
        }
    }
}
