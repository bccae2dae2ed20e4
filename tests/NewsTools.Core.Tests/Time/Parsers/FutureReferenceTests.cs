using System;
using System.Linq;
using NewsTools.Config;
using NewsTools.Time;
using Xunit;

namespace NewsTools.Tests.Time.Parsers
{
    /// <summary>"future" as a time ("in the future", "future quarters") or not ("the future of our peoples", "future growth").</summary>
    public class FutureReferenceTests
    {
        private static readonly DateTime Reference = new DateTime(1989, 10, 26);

        private static string Tag(string sentence) =>
            ParserHarness.Listed(sentence, Reference);

        [Fact]
        public void TheFutureOfSomethingIsNoTime()
        {
            Assert.Equal("", Tag("Trade is very important to the future of our peoples."));
            Assert.Equal("the future=FUTURE_REF", Tag("Trade will matter more in the future."));
        }

        [Fact]
        public void FutureBeforeUnitsIsTheTimeToCome()
        {
            Assert.Equal("future quarters=FUTURE_REF", Tag("The losses will cut tax payments in future quarters."));
            Assert.Equal("", Tag("Future growth is slow."));
        }

        [Fact]
        public void ALaterDateIsTheTimeToComeAndAnEarlierDateIsLeftOut()
        {
            Assert.Equal("a later date=FUTURE_REF", Tag("The match will be played at a later date."));
            Assert.Equal("a later date=FUTURE_REF", Tag("The vote was deferred to a later date."));
            Assert.Equal("2012=2012", Tag("It could be as far away as 2012, though they did not rule out an earlier date."));
            Assert.Equal("", Tag("A later draft dated the event differently."));
        }
    }
}
