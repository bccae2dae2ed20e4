using System.Linq;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// "A group of 40 harbour pilots wrote to the council and urged it to ...": a subject read forward from the sentence's start
    /// (for a cue after "and", or a participle) runs on over a collective noun's "of" phrase, which names the members who speak
    /// with it, as the subject read back from a cue right after it does ("A group of pilots said") (#12).
    /// </summary>
    public class CollectiveMembersTests
    {
        [Theory]
        [InlineData("A group of 40 Welsh harbour pilots wrote to the council and urged it to \u201cthink again about the fees.\u201d", "A group of 40 Welsh harbour pilots")]
        [InlineData("A coalition of ferry operators lobbied the minister on Monday and warned that the fees were \u201ca tax on islanders.\u201d", "A coalition of ferry operators")]
        [InlineData("A team of 12 engineers inspected the quay, calling its state \u201cfrankly alarming.\u201d", "A team of 12 engineers")]
        public void TheMembersOfACollectiveSpeakWithIt(string sentence, string mention)
        {
            var q = QuoteRulesTests.Extract("Harbour fees\n\n" + sentence).Single();
            Assert.Equal(mention, q.SpeakerMention);
        }
    }
}
