using System;
using System.Linq;
using NewsTools.Config;
using NewsTools.Engine;
using NewsTools.Time;
using NewsTools.Time.Events;
using NewsTools.Time.Parsers;
using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;
using Xunit;

namespace NewsTools.Tests.Time.Vocabulary
{
    /// <summary>The time vocabulary is data: the built-in YAML reads whole, and a user's configuration extends it.</summary>
    public class TimeVocabularyTests
    {
        private static readonly DateTime Reference = new DateTime(2024, 3, 12);

        [Theory]
        [InlineData("timeMonths", 24)]
        [InlineData("timeWeekdays", 14)]
        [InlineData("timeUnits", 24)]
        [InlineData("timeModifiers", 86)]
        public void TheBuiltInListsReadIntoTheLexicon(string list, int entries)
        {
            Assert.Equal(entries, ConfigLoader.Defaults.WordLists[list].Count);
            var data = TimeVocabularyReader.Read(ConfigLoader.Defaults);
            Assert.Contains(data.Entries, e => e.Word == "sept" && e.Kind == LexKind.Month && e.Value == 9 && e.Value2 == 1);
            Assert.Contains(data.Entries, e => e.Word == "overnight" && e.Kind == LexKind.PartOfDay && e.Value2 == 2);
            Assert.Contains(data.Entries, e => e.Word == "decades" && e.Kind == LexKind.Unit && e.Value == (int)TimeUnit.Decade && e.Value2 == 1);
            Assert.Contains("will", data.FutureCues);
        }

        [Fact]
        public void WordsAddedByTheUserAreTaggedWithTheTaggerOfThatConfiguration()
        {
            var config = UserConfig.DefaultsWith("wordLists:\n  timeMonths: [janvier 1, fevrier 2]\n  timeHolidays: [\"bastille 07-14\"]\n");
            const string text = "The law passed in Janvier 2024 and took effect at Bastille.";

            var builtIn = new TimeExpressionTagger(ConfigLoader.Defaults).TagText(text, Reference);
            Assert.DoesNotContain(builtIn, e => e.Text.Contains("Janvier"));

            var extended = new TimeExpressionTagger(config).TagText(text, Reference);
            Assert.Contains(extended, e => e.Text == "Janvier 2024" && e.Value == "2024-01");
            Assert.Contains(extended, e => e.Text == "Bastille" && e.Value!.EndsWith("-07-14", StringComparison.Ordinal));
        }

        [Fact]
        public void AUserTenseCueTurnsABareWeekdayToTheComingOne()
        {
            // 2024-03-12 is a Tuesday; "Friday" in an unmarked clause is the last one, after a future cue the next.
            const string text = "The ferry reckons on Friday.";
            var builtIn = new TimeExpressionTagger(ConfigLoader.Defaults).TagText(text, Reference).Single();
            Assert.Equal("2024-03-08", builtIn.Value);

            var config = UserConfig.DefaultsWith("wordLists:\n  timeFutureCues: [reckons]\n");
            Assert.Equal("2024-03-15", new TimeExpressionTagger(config).TagText(text, Reference).Single().Value);
        }

        [Fact]
        public void AUserPhraseCueTurnsABareWeekdayToTheComingOne()
        {
            const string text = "The report lands no later than Friday.";
            Assert.Equal("2024-03-08", new TimeExpressionTagger(ConfigLoader.Defaults).TagText(text, Reference).Single().Value);

            var config = UserConfig.DefaultsWith("wordLists:\n  timeFuturePhrases: [no later than]\n");
            Assert.Equal("2024-03-15", new TimeExpressionTagger(config).TagText(text, Reference).Single().Value);
        }

        [Fact]
        public void AUserRangeConnectorJoinsTheEndsOfARange()
        {
            // An em dash is no range by default (it sets off asides); a user who adds it makes Wednesday the one after Saturday.
            const string text = "Roads were shut Saturday\u2014Wednesday.";
            var builtIn = new TimeExpressionTagger(ConfigLoader.Defaults).TagText(text, Reference);
            Assert.Equal("2024-03-06", builtIn[builtIn.Count - 1].Value);

            var config = UserConfig.DefaultsWith("wordLists:\n  timeRangeConnectors: [\"\\u2014\"]\n");
            var extended = new TimeExpressionTagger(config).TagText(text, Reference);
            Assert.Equal("2024-03-13", extended[extended.Count - 1].Value);
        }

        [Fact]
        public void AUserYearIntroducerMakesAnEarlyNumberAYear()
        {
            // Before 1800 a bare four-digit number is a year only after a word that introduces one ("in 1492"); a user who
            // adds "anno" reads "anno 1492" as that year too.
            const string text = "The chapel was consecrated anno 1492 by the bishop.";
            Assert.DoesNotContain(new TimeExpressionTagger(ConfigLoader.Defaults).TagText(text, Reference), e => e.Value == "1492");

            var config = UserConfig.DefaultsWith("wordLists:\n  timeYearIntroducers: [anno]\n");
            var e = Assert.Single(new TimeExpressionTagger(config).TagText(text, Reference));
            Assert.Equal("1492", e.Text);
            Assert.Equal("1492", e.Value);
        }

        [Fact]
        public void AUserCountNounMakesTheNumberBeforeItACount()
        {
            // "1990 shares" is a count by default; a user who adds "barrels" reads "1990 barrels" as a count, not the year 1990.
            const string text = "The tanker spilled 1990 barrels off the coast.";
            Assert.Contains(new TimeExpressionTagger(ConfigLoader.Defaults).TagText(text, Reference), e => e.Value == "1990");
            Assert.DoesNotContain(new TimeExpressionTagger(ConfigLoader.Defaults).TagText("The fund sold 1990 shares on Monday.", Reference), e => e.Value == "1990");

            var config = UserConfig.DefaultsWith("wordLists:\n  timeYearCountNouns: [barrels]\n");
            Assert.DoesNotContain(new TimeExpressionTagger(config).TagText(text, Reference), e => e.Value == "1990");
        }

        [Fact]
        public void AUserRecurringPeriodIsASetAfterEach()
        {
            const string text = "The school begins anew each term.";
            Assert.Empty(new TimeExpressionTagger(ConfigLoader.Defaults).TagText(text, Reference));

            var e = Assert.Single(new TimeExpressionTagger(UserConfig.DefaultsWith("wordLists:\n  timeRecurringPeriods: [term P4M]\n")).TagText(text, Reference));
            Assert.Equal("each term", e.Text);
            Assert.Equal("P4M", e.Value);
            Assert.Equal(TimexType.Set, e.Type);
        }

        [Fact]
        public void AUserPeriodEndVerbMakesTheYearBeforeItAFiscalYear()
        {
            // "the year ended March 31" is a twelve-month span; a user who adds "closing" reads "the year closing" the same way.
            const string text = "Profit rose in the year closing March 31.";
            var builtIn = new TimeExpressionTagger(ConfigLoader.Defaults).TagText(text, Reference);
            Assert.Equal("2024", builtIn.First(e => e.Text == "the year").Value);
            Assert.Equal("P1Y", new TimeExpressionTagger(ConfigLoader.Defaults).TagText("Profit rose in the year ended March 31.", Reference).First(e => e.Text == "the year").Value);

            var config = UserConfig.DefaultsWith("wordLists:\n  timePeriodEndVerbs: [closing]\n");
            var extended = new TimeExpressionTagger(config).TagText(text, Reference);
            Assert.Equal("P1Y", extended.First(e => e.Text == "the year").Value);
        }

        [Fact]
        public void AUserEraNounMakesTodaysBeforeItTheAge()
        {
            // "today's farmers" is the day's farmers to the built-in list; a user who adds "farmers" reads it as the age.
            const string text = "The plan suits today's farmers.";
            Assert.Contains(new TimeExpressionTagger(ConfigLoader.Defaults).TagText(text, Reference), e => e.Text == "today");

            var config = UserConfig.DefaultsWith("wordLists:\n  timeEraNouns: [farmers]\n");
            Assert.Empty(new TimeExpressionTagger(config).TagText(text, Reference));
        }

        [Fact]
        public void AUserUnitQualifierCountsTheUnitsAfterIt()
        {
            const string text = "The ban lasts ten calendar days.";
            Assert.Empty(new TimeExpressionTagger(ConfigLoader.Defaults).TagText(text, Reference));

            var config = UserConfig.DefaultsWith("wordLists:\n  timeModifiers: [calendar UnitQualifier]\n");
            var e = Assert.Single(new TimeExpressionTagger(config).TagText(text, Reference));
            Assert.Equal("ten calendar days", e.Text);
            Assert.Equal("P10D", e.Value);
        }

        [Theory]
        [InlineData("timeMonths: [brumaire]", "brumaire")]
        [InlineData("timeUnits: [\"lustrum Lustrum\"]", "Lustrum")]
        [InlineData("timeWeekdays: [\"lundi 1 pluriel\"]", "pluriel")]
        [InlineData("timeHolidays: [\"fete 13-40\"]", "13-40")]
        [InlineData("timeRecurringPeriods: [\"semester\"]", "semester")]
        public void ABadEntryIsAClearErrorThatNamesTheListAndTheEntry(string list, string culprit)
        {
            var config = UserConfig.DefaultsWith("wordLists:\n  " + list + "\n");
            var error = Assert.Throws<NewsToolsException>(() => new TimeExpressionTagger(config));
            Assert.Contains("time word list", error.Message);
            Assert.Contains(list.Substring(0, list.IndexOf(':')), error.Message);
            Assert.Contains(culprit, error.Message);
        }

        [Fact]
        public void EventWordListsComeFromTheConfiguration()
        {
            var config = UserConfig.DefaultsWith("wordLists:\n  clauseOpeners: [whilst]\n");
            const string text = "whilst";
            Assert.False(EventVocabulary.For(ConfigLoader.Defaults).ClauseOpeners.Contains(text, 0, text.Length));
            Assert.True(EventVocabulary.For(config).ClauseOpeners.Contains(text, 0, text.Length));
            Assert.True(EventVocabulary.For(config).ClauseOpeners.Contains("while", 0, 5));
        }

        [Fact]
        public void StartingModifiersAreTheUnionOfWhatTheParsersDeclare()
        {
            // "the", "last", "every" begin expressions; "of" and "early" only continue them.
            Assert.Contains(Mod.The, TimeExpressionTagger.StartingModifiers);
            Assert.Contains(Mod.Last, TimeExpressionTagger.StartingModifiers);
            Assert.Contains(Mod.Every, TimeExpressionTagger.StartingModifiers);
            Assert.DoesNotContain(Mod.Of, TimeExpressionTagger.StartingModifiers);
            Assert.DoesNotContain(Mod.Early, TimeExpressionTagger.StartingModifiers);
            Assert.True(new SetParser().Start.Modifiers.Contains(Mod.Every));
            Assert.NotEqual(0, new WeekdayParser().Start.Traits & (1 << (int)LexKind.Weekday));
        }
    }
}
