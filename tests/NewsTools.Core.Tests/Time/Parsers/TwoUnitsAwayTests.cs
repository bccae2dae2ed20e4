using System;
using Xunit;

namespace NewsTools.Tests.Time.Parsers
{
    /// <summary>"the week after next", "the year before last": two units from now, one expression.</summary>
    public class TwoUnitsAwayTests
    {
        // Wednesday 12 January 2005, in ISO week 2; the Saturday before it, 1 January, is in week 53 of 2004.
        private static readonly DateTime Reference = new DateTime(2005, 1, 12);

        private static string Tag(string sentence) => ParserHarness.Listed(sentence, Reference);

        [Theory]
        [InlineData("Talks resume the week after next.", "the week after next=2005-W04")]
        [InlineData("They will meet again the month after next.", "the month after next=2005-03")]
        [InlineData("The two clubs met in the final the year before last.", "the year before last=2003")]
        [InlineData("He spent the weekend before last at his mother's home.", "the weekend before last=2004-W53-WE")]
        public void TheUnitAfterNextOrBeforeLastIsTwoAway(string sentence, string expected)
        {
            Assert.Equal(expected, Tag(sentence));
        }

        [Fact]
        public void ACalendarNameAfterLastStartsAnExpressionOfItsOwn()
        {
            var tagged = Tag("The vote came the week before last year's election.");
            Assert.Contains("last year=2004", tagged);
            Assert.DoesNotContain("before last", tagged);
        }
    }
}
