using System;
using System.IO;
using System.Linq;
using NewsTools.Config;
using NewsTools.Quotes;
using NewsTools.Text;
using NewsTools.Time.Events;
using NewsTools.Time.Vocabulary;
using Xunit;

namespace NewsTools.Tests.Time.Vocabulary
{
    /// <summary>
    /// Month and weekday names, one list for the engine (the time vocabulary's timeMonths and timeWeekdays): names, quotes,
    /// events and the sentence splitter read it, so a user file that adds a month changes every one of them.
    /// </summary>
    public class CalendarWordsTests
    {
        [Fact]
        public void TheDefaultsHoldFullAndShortMonthsAndSingularWeekdays()
        {
            var calendar = CalendarWords.For(ConfigLoader.Defaults);
            Assert.True(calendar.IsMonth("January"));
            Assert.True(calendar.IsMonth("Sept"));
            Assert.True(calendar.IsMonth("may"));
            Assert.False(calendar.IsMonth("Monday"));
            Assert.Contains("jan", calendar.MonthAbbreviations);
            Assert.DoesNotContain("may", calendar.MonthAbbreviations); // a full name, not a short form
            Assert.DoesNotContain("january", calendar.MonthAbbreviations);
            Assert.Contains("monday", calendar.Weekdays);
            Assert.DoesNotContain("mondays", calendar.Weekdays); // "Mondays" reads as a set, it names no day
            Assert.Contains("Sept", calendar.NotNames);
            Assert.Contains("Friday", calendar.NotNames);
        }

        [Fact]
        public void AMonthEndsANameUnlessItIsAlsoASurname()
        {
            var finder = new NameFinder(ConfigLoader.Defaults);
            Assert.Contains("Theresa May", Names(finder, "Talks with Theresa May went well."));
            Assert.Contains("Anna", Names(finder, "Talks with Anna June went well."));
            Assert.DoesNotContain("Anna June", Names(finder, "Talks with Anna June went well."));
        }

        [Fact]
        public void TheShortMonthsKeepTheirPeriodInEverySplitter()
        {
            Assert.Single(SentenceSplitter.For(ConfigLoader.Defaults).Split("The vote is due on Sept. 28 in Paris.", 0, 37));
            Assert.True(Abbreviations.For(ConfigLoader.Defaults).KeepsSentence("Sept", 0, 4));
            Assert.True(EventVocabulary.For(ConfigLoader.Defaults).Stopwords.Contains("September", 0, 9));
            Assert.False(EventVocabulary.For(ConfigLoader.Defaults).Stopwords.Contains("Sept", 0, 4)); // short forms are not content-free words
        }

        [Fact]
        public void AUserFileAddingAMonthChangesNamesQuotesAndEvents()
        {
            const string text = "the talks resumed on Januar 5 in Geneva.";
            Assert.Contains("Januar", Names(new NameFinder(ConfigLoader.Defaults), text));
            Assert.DoesNotContain("januar", new CueLexicon(ConfigLoader.Defaults).TimeWords);

            WithUserFile("wordLists:\n  timeMonths: [januar 1, febr 2 abbreviation]\n  monthsAlsoNames: [June]\n", config =>
            {
                Assert.True(CalendarWords.For(config).IsMonth("Januar"));
                Assert.DoesNotContain("Januar", Names(new NameFinder(config), text));
                Assert.Contains("Geneva", Names(new NameFinder(config), text));
                Assert.Contains("Anna June", Names(new NameFinder(config), "Talks with Anna June went well."));

                var lexicon = new CueLexicon(config);
                Assert.Contains("januar", lexicon.TimeWords);
                Assert.Contains("Januar", lexicon.NotNames);
                Assert.True(Abbreviations.For(config).KeepsSentence("febr", 0, 4));
                Assert.True(EventVocabulary.For(config).Stopwords.Contains("januar", 0, 6));
            });
        }

        [Fact]
        public void TheReferenceDateScanReadsTheSameNamesAsAView()
        {
            // Articles/DateNames is made from CalendarWords: every month and weekday one lists, the other reads the same way.
            WithUserFile("wordLists:\n  timeMonths: [januar 1, febr 2 abbreviation]\n  timeWeekdays: [sonntag 7, sonntags 7 plural]\n", config =>
            {
                var calendar = CalendarWords.For(config);
                var names = NewsTools.Articles.DateNames.For(config);
                Assert.Contains(("febr", 2, false), calendar.MonthNumbers);
                Assert.Contains(("sonntag", DayOfWeek.Sunday), calendar.WeekdayDays);
                Assert.DoesNotContain(calendar.WeekdayDays, w => w.Name == "sonntags"); // a plural names a set of days
                foreach (var (name, month, _) in calendar.MonthNumbers)
                {
                    Assert.Equal(month, names.Month(name, 0, name.Length));
                }

                foreach (var (name, day) in calendar.WeekdayDays)
                {
                    Assert.Equal(day, names.Weekday(name, 0, name.Length));
                }

                Assert.Equal(0, NewsTools.Articles.DateNames.For(ConfigLoader.Defaults).Month("Januar", 0, 6));
                Assert.Equal(1, names.Month("Januar", 0, 6));
            });
        }

        private static string[] Names(NameFinder finder, string text) => finder.Find(text).Select(n => n.Text).ToArray();

        private static void WithUserFile(string yaml, Action<NewsToolsConfig> test)
        {
            var path = Path.Combine(Path.GetTempPath(), "newstools-calendar-" + Guid.NewGuid().ToString("N") + ".yaml");
            File.WriteAllText(path, yaml);
            try
            {
                test(ConfigLoader.Load(new[] { path }));
            }
            finally
            {
                File.Delete(path);
            }
        }
    }
}
