using System;
using System.Linq;
using NewsTools.Config;
using NewsTools.Time;
using Xunit;

namespace NewsTools.Tests.Time.Parsers
{
    /// <summary>Seasons without an article: "in summer", "late spring", "the early summer", "in spring 2006".</summary>
    public class SeasonTests
    {
        private static readonly DateTime Reference = new DateTime(1989, 10, 26);

        private static string Tag(string sentence) =>
            ParserHarness.Listed(sentence, Reference);

        [Theory]
        [InlineData("Orders have recovered from the low levels of the early summer.", "the early summer=1989-SU")]
        [InlineData("Rates rose in late spring and again in early fall.", "late spring=1989-SP | early fall=1989-FA")]
        [InlineData("The plant will reopen in summer.", "summer=1990-SU")]
        [InlineData("Sales slumped in mid-winter.", "mid-winter=1988-WI")]
        [InlineData("The referendum could take place in spring 2006, and the film came out in late summer 2003.", "spring 2006=2006-SP | late summer 2003=2003-SU")]
        [InlineData("A release is planned for autumn 2027.", "autumn 2027=2027-FA")]
        [InlineData("The fund will run until summer 2026.", "summer 2026=2026-SU")]
        [InlineData("She spoke about the winter ahead.", "the winter ahead=1989-WI")]
        public void ASeasonAfterInOrAPartOfThePeriodIsADate(string sentence, string expected)
        {
            Assert.Equal(expected, Tag(sentence));
        }

        [Theory]
        [InlineData("Riots have broken out in the city for the past three summers.", "the past three summers=XXXX-SU:Set")]
        [InlineData("The lake froze over in two winters of the last ten.", "two winters=XXXX-WI:Set")]
        [InlineData("She coached the team for 4 summers before she retired.", "4 summers=XXXX-SU:Set")]
        public void ACountOfPluralSeasonsIsASetOfThatSeason(string sentence, string expected)
        {
            var found = new TimeExpressionTagger(ConfigLoader.Defaults).TagText(sentence, Reference);
            Assert.Contains(expected, found.Select(e => e.Text + "=" + e.Value + ":" + e.Type));
        }

        [Theory]
        [InlineData("Hot summers are common in the north.")]
        [InlineData("The lake froze over in winters long ago.")]
        public void APluralSeasonWithNoCountIsLeftAlone(string sentence)
        {
            Assert.Equal("", Tag(sentence));
        }

        [Theory]
        [InlineData("Two winters ago the lake froze over.")]
        [InlineData("Three summers later the riots began again.")]
        [InlineData("The dam was finished two summers earlier.")]
        public void ACountOfSeasonsAsAnOffsetIsNoSet(string sentence)
        {
            var found = new TimeExpressionTagger(ConfigLoader.Defaults).TagText(sentence, Reference);
            Assert.DoesNotContain(found, e => e.Type == TimexType.Set);
        }

        [Theory]
        [InlineData("The hikers found a hot spring near the lake.")]
        [InlineData("The company moved to Spring, Texas.")]
        [InlineData("Prices spring back when demand returns.")]
        public void ASeasonWordThatIsNoSeasonIsLeftAlone(string sentence)
        {
            Assert.Equal("", Tag(sentence));
        }
    }
}
