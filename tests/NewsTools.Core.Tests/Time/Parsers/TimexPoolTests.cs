using NewsTools.Time;
using NewsTools.Time.Parsers;
using NewsTools.Time.Vocabulary;
using Xunit;

namespace NewsTools.Tests.Time.Parsers
{
    public class TimexPoolTests
    {
        [Fact]
        public void ClearedFrameEqualsANewOneInEveryField()
        {
            // A field added to TimexFrame and forgotten in Clear would carry one expression's reading into the next.
            ResetChecks.AssertLikeNew(new TimexFrame(), f => f.Clear(), new TimexFrame());
        }

        [Fact]
        public void RewoundPoolHandsOutBlankFramesAndDistinctObjects()
        {
            var pool = new TimexPool();
            var first = pool.Calendar(year: 2020, month: 5, direction: Direction.StrictPast);
            first.Invalid = true;
            var other = pool.Duration(TimeUnit.Week, 2);
            Assert.NotSame(first, other);
            var candidate = pool.Candidate(1, 3, first);

            pool.Rewind();
            var again = pool.Frame();
            Assert.Same(first, again);
            Assert.Null(again.Year);
            Assert.Null(again.Month);
            Assert.False(again.Invalid);
            Assert.Equal(Direction.ByTense, again.Direction);
            Assert.Equal(TimexType.Date, again.Type);

            var reused = pool.Candidate(4, 5, again);
            Assert.Same(candidate, reused);
            Assert.Equal(4, reused.First);
            Assert.Equal(5, reused.End);
            Assert.Same(again, reused.Frame);
        }
    }
}
