using System;
using NewsTools.Config;
using NewsTools.Time;
using Xunit;

namespace NewsTools.Tests.Time.Refiners
{
    public class EraRefinerTests
    {
        private static readonly DateTime Reference = new DateTime(2018, 1, 28);

        [Theory]
        [InlineData("The museum wants to reach the voters of tomorrow.")]
        [InlineData("Such songs mean little to the young listeners of today.")]
        [InlineData("These farmers of today face a harder market.")]
        public void TodayOrTomorrowAfterANounAndOfNamesAnEra(string sentence)
        {
            Assert.Empty(new TimeExpressionTagger(ConfigLoader.Defaults).TagText(sentence, Reference));
        }

        [Theory]
        [InlineData("Rules written for paper do not fit today's world.")]
        [InlineData("The chip is faster than most of today's personal computers.")]
        [InlineData("Designers are already building tomorrow\u2019s cars.")]
        [InlineData("Such a price would shock today's young consumers.")]
        public void TodayOrTomorrowPossessiveBeforeANounOfTheAgeNamesAnEra(string sentence)
        {
            Assert.Empty(new TimeExpressionTagger(ConfigLoader.Defaults).TagText(sentence, Reference));
        }

        [Theory]
        [InlineData("Reporters waited for today's ruling on the merger.", "today")]
        [InlineData("Fans queued for today's World Cup final.", "today")]
        [InlineData("Tickets for tomorrow's music awards sold out.", "tomorrow")]
        [InlineData("The offer runs as of today.", "today")]
        [InlineData("Prices rose by the end of today.", "the end of today")]
        [InlineData("The chairman of today's meeting resigned.", "today")]
        [InlineData("The council meets today.", "today")]
        [InlineData("The council said many of tomorrow's flights were cancelled.", "tomorrow")]
        public void TheDayStaysWhereItIsADay(string sentence, string expression)
        {
            Assert.Contains(new TimeExpressionTagger(ConfigLoader.Defaults).TagText(sentence, Reference), e => e.Text == expression);
        }
    }
}
