using System;
using System.Linq;
using NewsTools.Config;
using NewsTools.Time;
using NewsTools.Tests.Time.Parsers;
using Xunit;

namespace NewsTools.Tests.Time.Refiners
{
    /// <summary>A second day written as a bare number takes the month (and year) of the date before it.</summary>
    public class ElidedMonthRefinerTests
    {
        // Thursday 2 November 1989.
        private static readonly DateTime Reference = new DateTime(1989, 11, 2);

        private static string Found(string sentence) =>
            ParserHarness.Listed(sentence, Reference);

        [Theory]
        [InlineData("The talks were held on April 24 and 25.", "April 24=1989-04-24 | 25=1989-04-25")]
        [InlineData("The vote falls on March 3 or 4.", "March 3=1990-03-03 | 4=1990-03-04")]
        [InlineData("Delegates met June 9 to 11 in Rome.", "June 9=1989-06-09 | 11=1989-06-11")]
        [InlineData("The fair ran Oct. 14-16, 1990.", "Oct. 14=1990-10-14 | 16, 1990=1990-10-16")]
        [InlineData("It rained on May 5 and 6, 1988, in Ohio.", "May 5=1988-05-05 | 6, 1988=1988-05-06")]
        public void TheSecondDayIsADateOfItsOwn(string sentence, string expected)
        {
            Assert.Equal(expected, Found(sentence));
        }

        [Theory]
        [InlineData("Drivers walked out on 18 and 20 October.", "18=1989-10-18 | 20 October=1989-10-20")]
        [InlineData("Tests were played on 25 June, 2 and 9 July.", "25 June=1989-06-25 | 2=1989-07-02 | 9 July=1989-07-09")]
        [InlineData("The festival ran on 5, 6 and 7 June.", "5=1989-06-05 | 6=1989-06-06 | 7 June=1989-06-07")]
        [InlineData("The show ran from 12-14 October 1988.", "12=1988-10-12 | 14 October 1988=1988-10-14")]
        [InlineData("The vote is between 4 or 5 December.", "4=1989-12-04 | 5 December=1989-12-05")]
        public void EarlierDaysWrittenBeforeADayFirstDateAreDatesOfTheirOwn(string sentence, string expected)
        {
            Assert.Equal(expected, Found(sentence));
        }

        [Theory]
        [InlineData("Prices rose 4.5 and 6 June was quiet.", "6 June=1989-06-06")]
        [InlineData("They won 3-2 and 20 October was a holiday.", "20 October=1989-10-20")]
        [InlineData("Shares fell 20 and 10 June was calm.", "10 June=1989-06-10")]
        public void ANumberBeforeADayFirstDateThatIsNoSmallerDayIsNoDate(string sentence, string expected)
        {
            Assert.Equal(expected, Found(sentence));
        }

        [Theory]
        [InlineData("On May 5 and 6 people died.", "May 5=1989-05-05")]
        [InlineData("The deal on July 4 and 5% growth pleased them.", "July 4=1989-07-04")]
        [InlineData("He was born on May 5 and 30 years later he died.", "May 5=1989-05-05 | 30 years=P30Y")]
        [InlineData("Sales on June 13 and 4 stores closed.", "June 13=1989-06-13")]
        public void ANumberThatCountsSomethingIsNoDay(string sentence, string expected)
        {
            Assert.Equal(expected, Found(sentence));
        }
    }
}
