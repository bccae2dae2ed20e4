using System;
using System.Linq;
using NewsTools.Config;
using NewsTools.Time;
using NewsTools.Time.Parsers;
using Xunit;

namespace NewsTools.Tests.Time.Parsers
{
    public class YearParserTests
    {
        private static readonly DateTime Reference = new DateTime(2018, 1, 28);

        [Theory]
        [InlineData("Output fell in 1957-58 and recovered.", "1957 58", "1957 1958")]
        [InlineData("The war of 1914-18 changed everything.", "1914 18", "1914 1918")]
        [InlineData("Sales peaked in the 1999-00 season.", "1999 00", "1999 2000")]
        public void TheElidedSecondYearOfARangeIsAYearOfItsOwn(string sentence, string texts, string values)
        {
            // Like "the 1980s and '90s", a range gives two dates; the second borrows the first one's century.
            var found = new TimeExpressionTagger(ConfigLoader.Defaults).TagText(sentence, Reference);
            Assert.Equal(texts, string.Join(" ", found.Select(e => e.Text)));
            Assert.Equal(values, string.Join(" ", found.Select(e => e.Value)));
            Assert.All(found, e => Assert.Equal(TimexType.Date, e.Type));
        }

        [Theory]
        [InlineData("The vote was 1957-12 in favour.", "1957")]
        [InlineData("Filed as 2018-05-03.", "2018-05-03")]
        public void ATwoDigitNumberAfterAYearIsAYearOnlyWhenItFollowsIt(string sentence, string texts)
        {
            var found = new TimeExpressionTagger(ConfigLoader.Defaults).TagText(sentence, Reference);
            Assert.Equal(texts, string.Join(" ", found.Select(e => e.Text)));
        }
    }
}
