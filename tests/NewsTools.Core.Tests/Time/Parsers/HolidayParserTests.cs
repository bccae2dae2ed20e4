using System;
using NewsTools.Config;
using NewsTools.Time;
using Xunit;

namespace NewsTools.Tests.Time.Parsers
{
    /// <summary>Named days with fixed and computed dates, from the vocabulary's date rules.</summary>
    public class HolidayParserTests
    {
        private static string? Value(string sentence, string expression, DateTime reference)
        {
            var found = new TimeExpressionTagger(ConfigLoader.Defaults).TagText(sentence, reference);
            var e = Assert.Single(found);
            Assert.Equal(expression, e.Text);
            return e.Value;
        }

        [Theory]
        [InlineData("The shops were shut at Christmas.", "Christmas", "2017-12-25")]
        [InlineData("Families gathered on Christmas Eve 2016.", "Christmas Eve 2016", "2016-12-24")]
        [InlineData("Fireworks were launched on New Year's Day.", "New Year's Day", "2018-01-01")]
        [InlineData("Turkeys were sold out before Thanksgiving 2017.", "Thanksgiving 2017", "2017-11-23")]
        [InlineData("Pilgrims arrived for Easter 2018.", "Easter 2018", "2018-04-01")]
        [InlineData("Churches filled on Good Friday 2018.", "Good Friday 2018", "2018-03-30")]
        [InlineData("Beaches were full on Memorial Day 2017.", "Memorial Day 2017", "2017-05-29")]
        [InlineData("Unions marched on Labor Day 2017.", "Labor Day 2017", "2017-09-04")]
        [InlineData("Voters went to the polls on Election Day 2016.", "Election Day 2016", "2016-11-08")]
        public void NamedDaysResolveByTheirRule(string sentence, string expression, string value)
        {
            Assert.Equal(value, Value(sentence, expression, new DateTime(2018, 1, 28)));
        }

        [Theory]
        [InlineData("Pilgrims crowded the city in Easter week 2018.", "Easter week 2018", "2018-W14")]
        [InlineData("The rising began in Easter Week 2016.", "Easter Week 2016", "2016-W13")]
        [InlineData("Flights were full in Thanksgiving week 2017.", "Thanksgiving week 2017", "2017-W47")]
        [InlineData("Trading was thin in Christmas week 2017.", "Christmas week 2017", "2017-W52")]
        public void TheWeekOfANamedDayIsAnIsoWeek(string sentence, string expression, string value)
        {
            // Easter week runs from Easter Monday (2 April 2018, 28 March 2016), as the data says; any other name followed
            // by "week" is the week its day falls in (Thursday 23 November 2017, Monday 25 December 2017).
            Assert.Equal(value, Value(sentence, expression, new DateTime(2018, 6, 1)));
        }

        [Fact]
        public void AUserNamedWeekComesFromTheData()
        {
            var config = UserConfig.DefaultsWith("wordLists:\n  timeHolidays: [\"holy week easter-3 week\"]\n");
            var e = Assert.Single(new TimeExpressionTagger(config).TagText("Processions filled the streets in Holy Week 2018.", new DateTime(2018, 6, 1)));
            Assert.Equal("Holy Week 2018", e.Text);
            Assert.Equal("2018-W13", e.Value);
        }

        [Fact]
        public void ABareHolidayIsTheOneTheTenseMeans()
        {
            // 1 June 2018: the last Thanksgiving was 23 November 2017, the next one is 22 November 2018.
            Assert.Equal("2017-11-23", Value("Prices fell sharply at Thanksgiving.", "Thanksgiving", new DateTime(2018, 6, 1)));
            Assert.Equal("2018-11-22", Value("Prices will fall at Thanksgiving.", "Thanksgiving", new DateTime(2018, 6, 1)));
        }

        [Fact]
        public void ALowerCaseNameIsACommonNoun()
        {
            Assert.Empty(new TimeExpressionTagger(ConfigLoader.Defaults).TagText("Turnout on election day was low in good friday traffic.", new DateTime(2018, 1, 28)));
        }
    }
}
