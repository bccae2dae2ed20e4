using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>Quotation marks of other print traditions, as translated and non-US English pieces keep them.</summary>
    public class QuoteTypographyTests
    {
        [Theory]
        [InlineData("„We will appeal the ruling“, said harbour director Anne Roy.")]              // German: low opening, high closing
        [InlineData("« We will appeal the ruling », said harbour director Anne Roy.")]            // French guillemets, spaced
        [InlineData("「We will appeal the ruling」, said harbour director Anne Roy.")]             // corner brackets
        [InlineData("『We will appeal the ruling』, said harbour director Anne Roy.")]             // white corner brackets
        [InlineData("„We will appeal the ruling”, said harbour director Anne Roy.")]              // Polish, Hungarian, Romanian: low opening, right closing
        [InlineData("»We will appeal the ruling«, said harbour director Anne Roy.")]              // Danish and German books: reversed guillemets
        [InlineData("‚We will appeal the ruling‘, said harbour director Anne Roy.")]              // German and Czech single: low opening, high closing
        [InlineData("‹We will appeal the ruling›, said harbour director Anne Roy.")]              // Swiss and French single guillemets
        [InlineData("›We will appeal the ruling‹, said harbour director Anne Roy.")]              // Danish single, reversed
        [InlineData("“We will appeal the ruling”, said harbour director Anne Roy.")]              // English, for comparison
        public void EachTraditionsMarksEncloseOneDirectQuoteWithItsSpeaker(string paragraph)
        {
            var q = QuoteRulesTests.Extract("Harbour vote\n\n" + paragraph).Single(x => x.Kind != QuoteKind.Indirect);
            Assert.Equal(QuoteKind.Direct, q.Kind);
            Assert.Equal("We will appeal the ruling", q.Text.Trim());
            Assert.Equal("Anne Roy", q.Speaker);
        }

        [Theory]
        [InlineData("The minister said: ‚We will not back down‘.")]
        [InlineData("The minister said: ‹We will not back down›.")]
        [InlineData("The minister said: ›We will not back down‹.")]
        [InlineData("The minister said: »We will not back down«.")]
        [InlineData("The minister said: „We will not back down”.")]
        [InlineData("The minister said: „We will not back down“.")]
        public void AColonCueBeforeEachTraditionsMarksGivesADirectQuote(string paragraph)
        {
            var q = QuoteRulesTests.Extract("Harbour vote\n\n" + paragraph).Single(x => x.Kind != QuoteKind.Indirect);
            Assert.Equal(QuoteKind.Direct, q.Kind);
            Assert.Equal("We will not back down", q.Text);
            Assert.Equal("minister", q.Speaker);
        }

        [Theory]
        [InlineData("The so-called ‚blue card‘ scheme ends in May.")]
        [InlineData("The so-called ‹blue card› scheme ends in May.")]
        [InlineData("The so-called ›blue card‹ scheme ends in May.")]
        [InlineData("The so-called »blue card« scheme ends in May.")]
        [InlineData("The so-called „blue card” scheme ends in May.")]
        [InlineData("The so-called “blue card” scheme ends in May.")]                              // English, for comparison
        public void ANameInEachTraditionsMarksIsATerm(string paragraph)
        {
            var q = QuoteRulesTests.Extract("Port rules\n\n" + paragraph).Single();
            Assert.Equal(QuoteKind.Term, q.Kind);
            Assert.Equal("blue card", q.Text);
        }

        [Theory]
        [InlineData("Roy called it a ‚reckless gamble‘ and left.")]
        [InlineData("Roy called it a “reckless gamble” and left.")]                               // English, for comparison
        public void AFragmentInGermanSingleMarksIsAPartialQuoteAsInEnglishDoubleOnes(string paragraph)
        {
            var q = QuoteRulesTests.Extract("Harbour vote\n\n" + paragraph).Single();
            Assert.Equal(QuoteKind.Partial, q.Kind);
            Assert.Equal("reckless gamble", q.Text);
            Assert.Equal("Roy", q.Speaker);
        }

        [Fact]
        public void EnglishSingleMarksAndApostrophesStayUnread()
        {
            // ‘ opens an English quote and ’ is also the apostrophe: only a quote that ‚ opened is closed by ‘.
            var quotes = QuoteRulesTests.Extract("Port rules\n\nRoy’s deputy said the ‘old port’ plan was dead, and the ministers’ ‚new deal‘ too.");
            Assert.Equal(new[] { "new deal" }, quotes.Where(x => x.Kind != QuoteKind.Indirect).Select(x => x.Text).ToArray());
        }

        [Fact]
        public void SingleMarksInsideADoubleQuoteAreItsWords()
        {
            // A single pair nests inside a double one („… ‚…‘ …“, « … ‹ … › … »): one quote, with the inner marks in its text.
            var german = QuoteRulesTests.Extract("Harbour vote\n\n„We said ‚no‘ to the plan“, said harbour director Anne Roy.").Single(x => x.Kind != QuoteKind.Indirect);
            Assert.Equal("We said ‚no‘ to the plan", german.Text);
            Assert.Equal("Anne Roy", german.Speaker);
            var french = QuoteRulesTests.Extract("Harbour vote\n\n« We said ‹ no › to the plan », said harbour director Anne Roy.").Single(x => x.Kind != QuoteKind.Indirect);
            Assert.Equal("We said ‹ no › to the plan", french.Text.Trim());
        }

        [Fact]
        public void AStrayLowSingleMarkQuotesNothing()
        {
            // An unclosed single quote is dropped at the paragraph's end (the continuation convention is the double marks').
            Assert.DoesNotContain(QuoteRulesTests.Extract("Port rules\n\nThe port ‚closed on Monday and reopened on Tuesday."), x => x.Kind != QuoteKind.Indirect);
        }

        [Fact]
        public void DanishGuillemetsCloseAndReopenAroundTheCue()
        {
            var quotes = QuoteRulesTests.Extract("Harbour vote\n\n»We will appeal«, said harbour director Anne Roy, »and we will win.«").Where(x => x.Kind != QuoteKind.Indirect).ToList();
            Assert.Equal(new[] { "We will appeal", "and we will win." }, quotes.Select(x => x.Text).ToArray());
            Assert.All(quotes, x => Assert.Equal("Anne Roy", x.Speaker));
        }

        [Fact]
        public void AHighLowMarkAfterAWordClosesAnEnglishQuote()
        {
            // “ typed as the closer (as a German keyboard gives it) after a word or a stop closes the open “, not restarts it.
            var quotes = QuoteRulesTests.Extract("Harbour vote\n\n“We will appeal the ruling,“ said harbour director Anne Roy. “And we will win.”").Where(x => x.Kind != QuoteKind.Indirect).ToList();
            Assert.Equal(new[] { "We will appeal the ruling", "And we will win." }, quotes.Select(x => x.Text).ToArray());
            Assert.All(quotes, x => Assert.Equal("Anne Roy", x.Speaker));
        }

        [Fact]
        public void AGermanQuoteInsideAnEnglishOneDoesNotRestartIt()
        {
            // After „ the high mark “ closes; an English “ still opens a quote of its own.
            var quotes = QuoteRulesTests.Extract("Harbour vote\n\nRoy called the plan „fair“ and said: “It will pass.”").Where(x => x.Kind != QuoteKind.Indirect).ToList();
            Assert.Equal(new[] { "fair", "It will pass." }, quotes.Select(x => x.Text).ToArray());
        }
    }
}
