using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// Words in capitals right after a speech verb ('shouted, "Cruz"', 'wrote "Vote Okafor 2026" on the wall'): the object of the
    /// verb is what the subject said or wrote, not the name of a work (#12).
    /// </summary>
    public class SpokenObjectTests
    {
        [Theory]
        [InlineData("A handful of students wrote \u201cVote Okafor 2026\u201d on the library steps overnight.", "Vote Okafor 2026", "handful of students")]
        [InlineData("On the picket line the nurses chanted \u201cFair Pay Now\u201d until the minister left.", "Fair Pay Now", "nurses")]
        [InlineData("When the results came in, Marta Lind yelled, \u201cLisbon,\u201d and hugged her aide.", "Lisbon", "Marta Lind")]
        public void CapitalisedWordsRightAfterASpeechVerbAreTheSubjects(string text, string quote, string speaker)
        {
            var q = QuoteRulesTests.Extract(text).Single(x => x.Text.Trim().TrimEnd(',') == quote);
            Assert.NotEqual(QuoteKind.Term, q.Kind);
            Assert.Equal(speaker, q.Speaker);
        }

        [Theory]
        [InlineData("Senator Okafor told \u201cMorning Edition\u201d he would run again.")]
        [InlineData("The gala was a show described as \u201cA Night of Hope\u201d by its producers.")]
        [InlineData("Okafor warned the \u201cStay Home Party\u201d was the real rival in the county.")]
        public void ATitleAfterAVerbOfAnotherObjectStaysATerm(string text)
        {
            var q = QuoteRulesTests.Extract(text).Single();
            Assert.Equal(QuoteKind.Term, q.Kind);
        }

        [Theory]
        [InlineData("Harbour vote\n\nAccording to the Harbour Ledger, the dockers wore shirts that read \"Save Our Port.\"", "the Harbour Ledger")]
        [InlineData("Harbour vote\n\nOkafor said the crews had put up a banner that read, \"Dockers: The Best Union in Town.\"", "Okafor")]
        public void CapitalisedWordsAfterReadAreTheSentencesSourcesWhenItsCueIsAnotherVerb(string text, string mention)
        {
            // The sign "read" the words, and the cue before it (according to, said) tells whose report they are.
            var q = QuoteRulesTests.Extract(text).Single();
            Assert.NotEqual(QuoteKind.Term, q.Kind);
            Assert.Equal(mention, q.SpeakerMention);
        }

        [Theory]
        [InlineData("Harbour vote\n\nOkafor said on Channel 4's \"Morning Report\" that the crane was safe.")]
        [InlineData("Harbour vote\n\nOkafor said the crews had put up a banner on \"Harbour Day\" last week.")]
        public void ATitleAfterAnotherWordStaysATermWhateverTheCue(string text)
        {
            var q = QuoteRulesTests.Extract(text).Single();
            Assert.Equal(QuoteKind.Term, q.Kind);
        }
    }
}
