using System.Linq;
using NewsTools.Quotes;
using NewsTools.Quotes.AttributionRules;
using NewsTools.Tests.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes.AttributionRules
{
    /// <summary>A quote that is the content of a speech act a person owns ("her pledge to be "...", "Reyes's "..." remark") is theirs.</summary>
    public class OwnedSpeechRuleTests
    {
        [Fact]
        public void AQuoteBetweenAPossessiveNameAndASpeechNounIsTheOwnersWords()
        {
            var kit = new RuleKit("Governor Alma Reyes spoke in May.", "Few forgot Alma Reyes's \"tax the ferries\" remark at the fair.");
            var found = new OwnedSpeechRule(kit.Cues).Find(kit.Quote());
            Assert.Equal("remark", found!.Value.Cue.Text);
            Assert.Equal("Alma Reyes's", found.Value.Cue.Speaker!.Text);
            Assert.True(found.Value.Names);
        }

        [Fact]
        public void AQuoteAfterAnOwnedSpeechNounAndItsLinkIsTheOwnersWords()
        {
            var pledge = new RuleKit("Victor Hale spoke. The unions recalled his earlier pledge to be \"neutral\" in the strike.");
            var found = new OwnedSpeechRule(pledge.Cues).Find(pledge.Quote());
            Assert.Equal("pledge", found!.Value.Cue.Text);
            Assert.Equal("his", found.Value.Cue.Speaker!.Text);
            Assert.True(found.Value.Cue.Speaker.IsPronoun);

            var call = new RuleKit("Victor Hale's bold call for a \"clean sweep\" of the board surprised no one.");
            Assert.Equal("call", new OwnedSpeechRule(call.Cues).Find(call.Quote())!.Value.Cue.Text);
        }

        [Theory]
        [InlineData("Victor Hale's message was simple: \"Keep believing.\"", "message")]
        [InlineData("Victor Hale's succinct reply: \"Never.\"", "reply")]
        [InlineData("Victor Hale was more restrained in his assessment: \"I have to improve my serve.\"", "assessment")]
        [InlineData("His advice to young players: \"Never give up.\"", "advice")]
        [InlineData("Victor Hale's message for the fans: \"Keep believing.\"", "message")]
        public void ASpeechNounBeforeAColonIntroducesTheOwnersWordsWhole(string sentence, string noun)
        {
            // After the colon the quotation is what was said, a direct quotation, not a phrase the noun names.
            var kit = new RuleKit("Victor Hale lost on Sunday.", sentence);
            var found = new OwnedSpeechRule(kit.Cues).Find(kit.Quote());
            Assert.Equal(noun, found!.Value.Cue.Text);
            Assert.False(found.Value.Names);
            var quotes = QuoteRulesTests.Extract("Final\n\nVictor Hale lost on Sunday. " + sentence);
            var quote = quotes[quotes.Count - 1];
            Assert.Equal((QuoteKind.Direct, "Victor Hale"), (quote.Kind, quote.Speaker));
        }

        [Fact]
        public void TheirChantsAreTheirWords()
        {
            // A chant is a speech act like a cry: what a crowd's chants repeat is the crowd's words, short or in capitals.
            var kit = new RuleKit("The dockers filled the hall. Their chants of \"Save Our Port\" drowned out the mayor.");
            var found = new OwnedSpeechRule(kit.Cues).Find(kit.Quote());
            Assert.Equal("chants", found!.Value.Cue.Text);
            Assert.Equal("Their", found.Value.Cue.Speaker!.Text);

            var q = QuoteRulesTests.Extract("Harbour vote\n\nThe dockers filled the hall. Their chants of \"Save Our Port\" drowned out the mayor.").Single();
            Assert.Equal(QuoteKind.Partial, q.Kind);
            Assert.Equal("chants", q.Cue);
        }

        [Fact]
        public void ANounThatIsNoSpeechActOrNoOwnerGivesNothing()
        {
            // A pageant is no speech act; a promise with no owner is nobody's.
            var pageant = new RuleKit("Victor Hale's \"Miss Harbour\" pageant was dropped.");
            Assert.Null(new OwnedSpeechRule(pageant.Cues).Find(pageant.Quote()));

            var nobody = new RuleKit("The \"jobs first\" promise was dropped.");
            Assert.Null(new OwnedSpeechRule(nobody.Cues).Find(nobody.Quote()));
        }

        [Fact]
        public void AShortOrCapitalisedQuoteOwnedAsASpeechActIsAPartialQuote()
        {
            var text = "Victor Hale ran the port for a decade. Hale's \"Ships Before Shops\" promise still divides the town.";
            var q = QuoteRulesTests.Extract(text).Single();
            Assert.Equal(QuoteKind.Partial, q.Kind);
            Assert.Equal("Victor Hale", q.Speaker);
            Assert.Equal("promise", q.Cue);
        }
    }
}
