using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>The cue verb list covers the less common speech verbs of news prose, and leaves out forms that are mostly nouns.</summary>
    public class CueVerbTests
    {
        private static Quote Quoted(string sentence) => QuoteRulesTests.Extract("Harbour vote\n\n" + sentence).Single(q => q.Kind == QuoteKind.Direct || q.Kind == QuoteKind.Partial);

        [Theory]
        [InlineData("At the meeting, a dock worker commented: \"The second crane can wait.\"", "a dock worker")]
        [InlineData("\"Sit down and let the vote finish,\" Okafor barked.", "Okafor")]
        [InlineData("\"It is about time the harbour had a new crane,\" exhorted the board's treasurer, Ruth Okafor.", "Ruth Okafor")]
        [InlineData("\"The tolls are too high,\" agrees Michelle Stevens, a ferry captain.", "Michelle Stevens")]
        [InlineData("\"We had no idea what we were doing,\" Okafor remembered.", "Okafor")]
        public void ALessCommonSpeechVerbIsACue(string sentence, string mention)
        {
            var q = Quoted(sentence);
            Assert.Equal(mention, q.SpeakerMention);
            Assert.Equal(QuoteKind.Direct, q.Kind);
        }

        [Theory]
        [InlineData("Okafor waved to the dockers and mouthed \"thank you\" as the count ended.", "Okafor", "mouthed")]
        [InlineData("The skippers could be heard grumbling that the \"new\" crane was older than the old one.", "The skippers", "grumbling")]
        [InlineData("Some councillors groused that the \"fair\" toll was twice last year's.", "Some councillors", "groused")]
        public void MouthingAndGrumblingReportWords(string sentence, string mention, string cue)
        {
            // Silent or muttered speech still reports the words: short quotes after these verbs are the subject's, not terms.
            var q = Quoted(sentence);
            Assert.Equal(QuoteKind.Partial, q.Kind);
            Assert.Equal(mention, q.SpeakerMention);
            Assert.Equal(cue, q.Cue);
        }

        [Theory]
        [InlineData("\"The cranes can wait,\" she went on.", "she")]
        [InlineData("Okafor went on: \"The second crane can wait.\"", "Okafor")]
        public void WentOnIsACueWhereItsClauseEnds(string sentence, string mention)
        {
            var q = Quoted(sentence);
            Assert.Equal("went on", q.Cue);
            Assert.Equal(mention, q.SpeakerMention);
        }

        [Theory]
        [InlineData("\"The cranes can wait,\" Okafor continued.", "Okafor")]
        [InlineData("Okafor continued: \"The second crane can wait.\"", "Okafor")]
        public void ContinuedIsACueWhereItsClauseEnds(string sentence, string mention)
        {
            var q = Quoted(sentence);
            Assert.Equal("continued", q.Cue);
            Assert.Equal(mention, q.SpeakerMention);
        }

        [Fact]
        public void ACueFormAfterAPrepositionOrAnArticleIsANoun()
        {
            // "across state lines": "state" is a noun there, and the words before it are no one.
            var q = QuoteRulesTests.Extract("Harbour vote\n\nMany studies, often done by comparing wages across state and county lines, have found \"little evidence\" of lost jobs.")
                .Single(x => x.Text == "little evidence");
            Assert.NotEqual("state", q.Cue);
            Assert.NotEqual("comparing wages across", q.SpeakerMention);

            // The verb of the sentence still reports: "a note" is a noun, "wrote" the cue.
            var note = Quoted("The ferry crews wrote in a note to the board that the old crane was \"a fire risk\" and should go.");
            Assert.Equal("wrote", note.Cue);
            Assert.Equal("The ferry crews", note.SpeakerMention);
        }

        [Fact]
        public void ContinueBeforeAWordIsNoCue()
        {
            // "will continue to be" goes on being, it does not speak: the partial quote is Okafor's, from "said".
            var q = Quoted("Okafor said she is certain Hale will continue to be \"a friend of the harbour.\"");
            Assert.Equal("Okafor", q.SpeakerMention);
            Assert.Equal("said", q.Cue);
        }

        [Fact]
        public void GoesOnBeforeAWordIsNoCue()
        {
            // "goes on recess" carries on; the quote is the senator's, from the cue of the clause that reports it.
            var q = Quoted("By contrast, Sen. Ruth Okafor said that once the Senate goes on recess, \"I intend to visit every harbour I can.\"");
            Assert.Equal("Ruth Okafor", q.Speaker);
            Assert.Equal("said", q.Cue);
        }

        [Fact]
        public void ANounFormIsNoCue()
        {
            // "in charge of": "charge" is a noun here, and the words after it are no speaker.
            var q = QuoteRulesTests.Extract("Harbour vote\n\nThe board put him in charge of the cranes because, in its words, \"he knows the port.\"").Single(x => x.Text.StartsWith("he knows"));
            Assert.NotEqual("put him", q.SpeakerMention);
            Assert.DoesNotContain("charge", q.Cue ?? "");
        }

        [Theory]
        [InlineData("\"The harbour board should resign,\" the editorial read.", "the editorial")]
        [InlineData("\"Welcome to Port Alder!\" a message on the harbour website reads.", "a message")]
        [InlineData("The letter states: \"We will not pay the toll.\"", "The letter")]
        public void ADocumentSpeaksThroughACueThatIsAlsoANoun(string sentence, string mention)
        {
            Assert.Equal(mention, Quoted(sentence).SpeakerMention);
        }

        [Fact]
        public void ACueThatIsAlsoANounStillNeedsADocumentOrAPersonBeforeIt()
        {
            // "the crane note": a common noun that is no document does not speak through "reads".
            var q = QuoteRulesTests.Extract("Harbour vote\n\nOn the quay, the old crane reads \"Port Alder 1952\" in faded paint.").Single();
            Assert.NotEqual("the old crane", q.SpeakerMention);
        }
        [Theory]
        [InlineData("Okafor accuses the board of \"selling the harbour to the highest bidder\" and Hale says the tolls are \"a tax on fishermen.\"", "selling the harbour", "Okafor", "accuses")]
        [InlineData("The lawsuit alleges that the new toll rules are \"particularly burdensome\" for small boat owners.", "particularly burdensome", "The lawsuit", "alleges")]
        [InlineData("Okafor touts the new crane as \"the finest on the coast\" in every interview.", "the finest on the coast", "Okafor", "touts")]
        [InlineData("Hale spoke for an hour, slamming the board for \"years of neglect at the quay.\"", "years of neglect", "Hale", "slamming")]
        public void PresentTenseAndParticipleFormsAreCues(string sentence, string quote, string mention, string cue)
        {
            // The present tense of news prose and round-ups and the participle of a clause that goes on report speech as
            // the past tense does: the quote is the subject's, not a term and not the next clause's speaker's.
            var q = QuoteRulesTests.Extract("Harbour vote\n\n" + sentence).Single(x => x.Text.StartsWith(quote));
            Assert.NotEqual(QuoteKind.Term, q.Kind);
            Assert.Equal(mention, q.SpeakerMention);
            Assert.Equal(cue, q.Cue);
        }
        [Fact]
        public void BeganBeforeAnotherWordIsNoCue()
        {
            // "as thousands began voting" begins something else: the thousands are not the ones who called the press dishonest.
            var quotes = QuoteRulesTests.Extract("Harbour vote\n\nOkafor, touring the coast as thousands began voting, attacked the \"dishonest\" press for its \"phony polls.\"");
            Assert.All(quotes, q => Assert.NotEqual("thousands", q.SpeakerMention));
            Assert.All(quotes, q => Assert.NotEqual("began", q.Cue));
        }

        [Theory]
        [InlineData("\"We will finish the quay by spring,\" Okafor began.")]
        [InlineData("Okafor began: \"We will finish the quay by spring.\"")]
        public void BeganIsACueWhereItsClauseEnds(string sentence)
        {
            var q = Quoted(sentence);
            Assert.Equal("began", q.Cue);
            Assert.Equal("Okafor", q.SpeakerMention);
        }
        [Theory]
        [InlineData("The letter makes a simple case: \"The tolls are too high and must fall before the summer season.\"", "The letter")]
        [InlineData("Hale's petition makes one point: \"The board has no right to raise the tolls without a vote.\"", "Hale's petition")]
        public void ADocumentBeforeAVerbAndAColonSpeaks(string sentence, string mention)
        {
            // A colon makes any verb a cue after a name or a pronoun; a document is a source too.
            Assert.Equal(mention, Quoted(sentence).SpeakerMention);
        }

        [Fact]
        public void AVerbGuessedPastTheDocumentIsNoCue()
        {
            // "a message from her policy adviser": "policy" is no verb of the message's.
            var q = QuoteRulesTests.Extract("Harbour vote\n\nRuth Okafor spoke at the quay.\n\nShe shared a message from her senior policy adviser, Ann Lee, that read: \"The tolls are not the place for politics.\"").Single(x => x.Kind == QuoteKind.Direct);
            Assert.NotEqual("policy", q.Cue);
        }

        [Theory]
        [InlineData("Having said that, Mark is looking in much better shape.")]
        [InlineData("Having said this, the club is in a strong position.")]
        [InlineData("That said, the club is in a strong position.")]
        public void HavingSaidThatIsAConnectiveNotAReport(string sentence)
        {
            Assert.Empty(QuoteRulesTests.Extract("Harbour vote\n\n" + sentence));
        }
    }
}
