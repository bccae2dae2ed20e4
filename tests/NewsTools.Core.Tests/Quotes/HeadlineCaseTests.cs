using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>Title-case cue words in headlines ("Reyes Says Ferry Plan Is "Dead In The Water""): capitals there tell no title.</summary>
    public class HeadlineCaseTests
    {
        [Fact]
        public void AQuoteInATitleCaseHeadlineWithACueIsThePersonsWords()
        {
            var q = QuoteRulesTests.Extract("Mayor Alma Reyes Says Ferry Plan Is “Dead In The Water”\n\nThe council met on Monday.").Single();
            Assert.Equal(QuoteKind.Partial, q.Kind);
            Assert.Equal("Alma Reyes", q.Speaker);
            Assert.Equal("Says", q.Cue);
        }

        [Fact]
        public void TheHeadlinesCueVerbEndsTheNameBeforeIt()
        {
            // Without the split the name run read "Victor Hale Tells Council", and the speaker was that phrase.
            var q = QuoteRulesTests.Extract("Victor Hale Tells Council “We Will Not Sell The Port”\n\nThe council met on Monday.").Single();
            Assert.Equal("Victor Hale", q.Speaker);
        }

        [Fact]
        public void ATitleInARunningSentenceStaysATerm()
        {
            // A lowercase word outside the marks: no headline, so the capitals name a work.
            var q = QuoteRulesTests.Extract("Victor Hale said he watched “Dead In The Water” twice.").Single();
            Assert.Equal(QuoteKind.Term, q.Kind);
        }
    }
}
