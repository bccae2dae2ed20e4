using System;
using System.Linq;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Time;
using Xunit;

namespace NewsTools.Tests.Time.Parsers
{
    /// <summary>
    /// Wire copy writes the 24-hour clock without a colon before a zone ("by 1030 GMT", "the 2230GMT flight"): four digits
    /// HHMM right before a zone or "local time" are a time of day, read as "10:30 GMT" is; without one they stay a year.
    /// </summary>
    public class ZonedClockTests
    {
        // A Tuesday.
        private static readonly DateTime Reference = new DateTime(2024, 3, 12);

        private static TimeExpressionTagger Tagger => new TimeExpressionTagger(ConfigLoader.Defaults);

        [Theory]
        [InlineData("Shares in Harbour Holdings were up 2.1% by 1030 GMT.", "1030 GMT", "2024-03-12T10:30Z")]
        [InlineData("The ferry race starts at 1945 GMT.", "1945 GMT", "2024-03-12T19:45Z")]
        [InlineData("The polling stations closed at 1600 BST.", "1600 BST", "2024-03-12T16:00+01:00")]
        [InlineData("The 2230GMT sailing to Bergen was cancelled.", "2230GMT", "2024-03-12T22:30Z")]
        [InlineData("Trading in the miner was suspended before 0915 GMT.", "0915 GMT", "2024-03-12T09:15Z")]
        [InlineData("The harbour gates stay shut until 1100 EST.", "1100 EST", "2024-03-12T11:00-05:00")]
        [InlineData("The siren sounded at 2100 local time.", "2100", "2024-03-12T21:00")]
        [InlineData("The ferry left at 0005 UTC.", "0005 UTC", "2024-03-12T00:05Z")]
        public void FourDigitsBeforeAZoneAreATimeOfDay(string sentence, string text, string value)
        {
            var found = Tagger.TagText(sentence, Reference).Single();
            Assert.Equal(text, found.Text);
            Assert.Equal(TimexType.Time, found.Type);
            Assert.Equal(value, found.Value);
        }

        [Theory]
        [InlineData("Shares in Harbour Holdings were up 2.1% by 1030 GMT.", "Shares in Harbour Holdings were up 2.1% by 10:30 GMT.")]
        [InlineData("The polling stations closed at 1600 BST.", "The polling stations closed at 16:00 BST.")]
        [InlineData("By 1200 GMT on Monday, the harbour shares were down 3%.", "By 12:00 GMT on Monday, the harbour shares were down 3%.")]
        [InlineData("The council will vote on Monday at 1030 GMT.", "The council will vote on Monday at 10:30 GMT.")]
        [InlineData("The siren sounded at 2100 local time.", "The siren sounded at 21:00 local time.")]
        public void TheyResolveAsTheClockWithAColonDoes(string sentence, string withColon)
        {
            // The value, and the date taken from the phrase, are those of the same clock written "10:30".
            var expected = Tagger.TagText(withColon, Reference).Where(e => e.Type == TimexType.Time).Select(e => e.Value).Single();
            var actual = Tagger.TagText(sentence, Reference).Where(e => e.Type == TimexType.Time).Select(e => e.Value).Single();
            Assert.Equal(expected, actual);
        }

        [Fact]
        public void ADateInThePhraseDatesTheClock()
        {
            var found = Tagger.TagText("By 1200 GMT on Monday, the harbour shares were down 3%.", Reference).Single();
            Assert.Equal("1200 GMT on Monday", found.Text);
            Assert.Equal("2024-03-11T12:00Z", found.Value);
        }

        [Theory]
        [InlineData("The abbey was founded in 1030 and rebuilt in 1130.", "1030 1130")]
        [InlineData("The regiment fought at Waterloo in 1815 and was disbanded in 1945.", "1815 1945")]
        [InlineData("The town hall was finished by 1200, a chronicle says.", "1200")]
        public void WithoutAZoneTheDigitsStayYears(string sentence, string years)
        {
            var found = Tagger.TagText(sentence, Reference);
            Assert.Equal(years, string.Join(" ", found.Select(e => e.Text)));
            Assert.All(found, e => Assert.Equal(TimexType.Date, e.Type));
            Assert.Equal(years, string.Join(" ", found.Select(e => e.Value)));
        }

        [Theory]
        [InlineData("The crowd gathered by 2460 GMT.")]
        [InlineData("The crowd gathered by 1975 GMT.")]
        public void DigitsThatAreNoClockAreNoTime(string sentence)
        {
            // Hour 24 and up, or minute 60 and up, is no time of day.
            Assert.DoesNotContain(Tagger.TagText(sentence, Reference), e => e.Type == TimexType.Time);
        }

        [Theory]
        [InlineData("The special is shown from 1130 to 1215 GMT on Wednesday.", "1215 GMT on Wednesday")]
        [InlineData("Viewers tuned in between 2000 and 2100 GMT.", "2100 GMT")]
        [InlineData("Schools stay open from 0800 to 1800GMT.", "1800GMT")]
        public void TheFirstEndOfARangeOfZonedClocksIsNoYear(string sentence, string texts)
        {
            // As for "from 11:30 to 12:15 GMT", the clock the zone follows is the time found; the first end is not a year.
            var found = Tagger.TagText(sentence, Reference);
            Assert.Equal(texts, string.Join(" | ", found.Select(e => e.Text)));
            Assert.DoesNotContain(found, e => e.Type == TimexType.Date && e.Value != null && e.Value.Length == 4);
        }

        [Fact]
        public void AZoneTheUserAddsMakesFourDigitsBeforeItAClock()
        {
            // The zones are the time vocabulary's list; "WIB" (western Indonesia) is not in the built-in one.
            const string text = "The ferry docked in Surabaya at 1030 WIB.";
            Assert.DoesNotContain(Tagger.TagText(text, Reference), e => e.Type == TimexType.Time);

            var config = UserConfig.DefaultsWith("wordLists:\n  timeZones: [wib +07:00]\n");
            var found = new TimeExpressionTagger(config).TagText(text, Reference).Single();
            Assert.Equal("1030 WIB", found.Text);
            Assert.Equal("2024-03-12T10:30+07:00", found.Value);
        }

        [Fact]
        public void TheTimelineDatesTheEventOnTheDayNotInTheYear1030()
        {
            const string text = "Shares in Harbour Holdings rose 4% by 1030 GMT after the ferry contract was signed.";
            var builder = new TimelineBuilder(ConfigLoader.Defaults);
            builder.Add(new ArticleReader(ConfigLoader.Defaults).Parse(text, new ArticleOptions { Id = "t", ReferenceDate = Reference }));

            var events = builder.Build();
            Assert.DoesNotContain(events, e => e.Date != null && e.Date.Value.Year == 1030);
            var atTen = events.Single(e => e.Expression == "1030 GMT");
            Assert.Equal(new DateTime(2024, 3, 12), atTen.Date);
            Assert.Equal("2024-03-12T10:30Z", atTen.Value);
            Assert.Equal(TimexType.Time, atTen.Type);
        }
    }
}
