using System;
using System.Linq;
using NewsTools.Config;
using NewsTools.Time;
using Xunit;

namespace NewsTools.Tests.Time.Parsers
{
    /// <summary>"recent" before a plural unit: years and longer are the past as a whole, shorter units a vague span.</summary>
    public class RecentPeriodTests
    {
        private static readonly DateTime Reference = new DateTime(2004, 6, 15);

        private static string Tag(string sentence) =>
            string.Join(" | ", new TimeExpressionTagger(ConfigLoader.Defaults).TagText(sentence, Reference).Select(e => e.Text + "=" + e.Type + " " + e.Value));

        [Fact]
        public void RecentYearsIsThePastAsAWhole()
        {
            Assert.Equal("recent years=Date PAST_REF", Tag("The harbour town has drawn more tourists in recent years."));
            Assert.Equal("recent decades=Date PAST_REF", Tag("Winters have grown milder over recent decades."));
        }

        [Fact]
        public void RecentWeeksAndMonthsStayVagueSpans()
        {
            Assert.Equal("recent weeks=Duration PXW", Tag("The ferry has run late in recent weeks."));
            Assert.Equal("recent months=Duration PXM", Tag("Bakers have raised their prices in recent months."));
        }
    }
}
