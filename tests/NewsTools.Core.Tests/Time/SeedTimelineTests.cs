using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Time;
using NewsTools.Time.Events;
using Xunit;

namespace NewsTools.Tests.Time
{
    /// <summary>The acceptance answers for the two seed articles (../shared/acceptance/seeds-gold.json).</summary>
    public class SeedTimelineTests
    {
        private static readonly DateTime Reference = new DateTime(2018, 1, 28);

        public static IEnumerable<object[]> Seeds() => new[]
        {
            new object[] { "sputnik-2018-01-28-china-japan.txt" },
            new object[] { "straitstimes-2018-01-28-japan-china.txt" },
        };

        private static JsonElement Gold(string seed)
        {
            var path = TestData.RequireShared("acceptance/seeds-gold.json");
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            return doc.RootElement.GetProperty("articles").GetProperty(seed).Clone();
        }

        [SkippableTheory]
        [MemberData(nameof(Seeds))]
        public void EveryGoldExpressionHasItsExtentValueAndCaptionFlag(string seed)
        {
            var gold = Gold(seed);
            var article = TestData.ReadSeed(seed);
            var found = new TimeExpressionTagger(ConfigLoader.Defaults).Tag(article, Reference);

            foreach (var t in gold.GetProperty("timex").EnumerateArray())
            {
                var text = t.GetProperty("text").GetString()!;
                var value = t.GetProperty("value").GetString()!;
                var caption = t.TryGetProperty("in_caption", out var c) && c.GetBoolean();
                var matches = found.Where(e => e.Text.Replace('\u00a0', ' ') == text && e.Value == value).ToList();
                Assert.True(matches.Count > 0, $"{seed}: '{text}' = {value} not found; got: {string.Join(" | ", found)}");
                Assert.Contains(matches, e => e.IsCaption == caption);
                Assert.All(matches, e => Assert.Equal(e.Text, article.Text.Substring(e.Start, e.EndOffset - e.Start)));
            }
        }

        [SkippableTheory]
        [MemberData(nameof(Seeds))]
        public void TheArticlesOwnReferenceDateGivesTheSameValues(string seed)
        {
            var article = TestData.ReadSeed(seed);
            Skip.If(article.ReferenceDate == null, "the reader found no reference date");
            var tagger = new TimeExpressionTagger(ConfigLoader.Defaults);

            var own = tagger.Tag(article).Select(e => e.Text + "=" + e.Value);
            var given = tagger.Tag(article, Reference).Select(e => e.Text + "=" + e.Value);

            Assert.Equal(given, own);
        }

        [SkippableTheory]
        [MemberData(nameof(Seeds))]
        public void NoExpressionStartsWithOnSinceOrAbout(string seed)
        {
            var found = new TimeExpressionTagger(ConfigLoader.Defaults).Tag(TestData.ReadSeed(seed), Reference);

            Assert.DoesNotContain(found, e => e.Text.StartsWith("on ", StringComparison.OrdinalIgnoreCase) || e.Text.StartsWith("since ", StringComparison.OrdinalIgnoreCase)
                || e.Text.StartsWith("about ", StringComparison.OrdinalIgnoreCase));
        }

        [SkippableTheory]
        [MemberData(nameof(Seeds))]
        public void EveryGoldEventIsOnItsDateWithTextVerbAndActors(string seed)
        {
            var gold = Gold(seed);
            var article = TestData.ReadSeed(seed);
            var builder = new TimelineBuilder(ConfigLoader.Defaults);
            builder.Add(article, Reference);
            var timeline = builder.Build();

            foreach (var ev in gold.GetProperty("events").EnumerateArray())
            {
                var date = ev.GetProperty("date").GetString()!;
                var about = EventMerger.ContentWords(ev.GetProperty("about").GetString()!);
                var onDate = timeline.Where(e => e.Value == date).ToList();
                Assert.True(onDate.Count > 0, $"{seed}: no event on {date}");

                // The event's sentence must tell the same story as the gold description: a shared content word at least.
                Assert.Contains(onDate, e => e.Sources.Any(s => EventMerger.ContentWords(s.Text + " " + e.Event).Overlaps(about)));
                Assert.All(onDate, e => Assert.False(string.IsNullOrWhiteSpace(e.Event)));
                Assert.All(onDate, e => Assert.Contains(e.Sources, s => article.Text.Contains(s.Expression)));
            }

            var meeting = timeline.Where(e => e.Value == "2018-01-28" && !e.IsCaption).ToList();
            Assert.NotEmpty(meeting);
            Assert.Contains(meeting, e => e.Verb != null && e.Actors.Count > 0);
        }

        [SkippableFact]
        public void TheTwoSeedsMergeTheMeetingIntoOneEventCitingBothOutlets()
        {
            var sputnik = TestData.ReadSeed("sputnik-2018-01-28-china-japan.txt");
            var straits = TestData.ReadSeed("straitstimes-2018-01-28-japan-china.txt");
            var builder = new TimelineBuilder(ConfigLoader.Defaults);
            builder.Add(sputnik, Reference);
            builder.Add(straits, Reference);
            var timeline = builder.Build(datedOnly: true);

            var meeting = timeline.Where(e => e.Value == "2018-01-28" && e.Sources.Select(s => s.ArticleId).Distinct().Count() == 2).ToList();
            var merged = Assert.Single(meeting);
            Assert.Contains(merged.Sources, s => s.Outlet == "Sputnik" && s.Text.Contains("meeting"));
            Assert.Contains(merged.Sources, s => s.Outlet == "The Straits Times" && s.Text.Contains("meeting"));

            // Each outlet's wording is kept as it stands in its article.
            foreach (var source in merged.Sources)
            {
                var article = source.ArticleId == sputnik.Id ? sputnik : straits;
                Assert.Contains(source.Text, Flatten(article.Text));
            }

            // A shared fact at year precision: Wang on the early visit ("at the beginning of 2018" / "so early in the year").
            Assert.Contains(timeline, e => e.Value == "2018" && e.Sources.Any(s => s.Expression.Replace('\u00a0', ' ') == "the beginning of 2018")
                && e.Sources.Any(s => s.Expression == "early in the year"));

            // Two sentences of one article dated to the same year stay two events.
            Assert.Contains(timeline, e => e.Value == "2018" && e.Sources.Count == 1 && e.Sources[0].Expression == "this year");

            // Sorted by date; events only one outlet reports stay single-sourced.
            Assert.Equal(timeline.Select(e => e.Date).ToList(), timeline.Select(e => e.Date).OrderBy(d => d).ToList());
            Assert.Contains(timeline, e => e.Value == "1895" && e.Sources.Count == 1 && e.Sources[0].Outlet == "Sputnik");
            Assert.Contains(timeline, e => e.Value == "2012" && e.Sources.All(s => s.Outlet == "The Straits Times"));
        }

        [Fact]
        public void UndatedEventsComeLastAndDatedOnlyDropsThem()
        {
            var builder = new TimelineBuilder(ConfigLoader.Defaults);
            builder.Add(TimeTestArticles.Make("The ministers met last Sunday in Tokyo. The treaty was signed on Jan. 5, 2010 in Oslo.", null, "a", "Outlet A"));
            var all = builder.Build();

            Assert.Equal("2010-01-05", all[0].Value);
            Assert.Null(all[all.Count - 1].Date);
            Assert.DoesNotContain(builder.Build(datedOnly: true), e => e.Date == null);
        }

        [Fact]
        public void DifferentEventsOnOneDateStayApart()
        {
            var builder = new TimelineBuilder(ConfigLoader.Defaults);
            builder.Add(TimeTestArticles.Make("Floods hit Jakarta on Sunday, killing dozens of villagers.", Reference, "a", "Outlet A"));
            builder.Add(TimeTestArticles.Make("The central bank in Brazil raised interest rates on Sunday.", Reference, "b", "Outlet B"));

            Assert.Equal(2, builder.Build().Count(e => e.Value == "2018-01-28"));
        }

        private static string Flatten(string text)
        {
            var sb = new System.Text.StringBuilder();
            var space = false;
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c) || c == '\u00a0')
                {
                    space = sb.Length > 0;
                    continue;
                }

                if (space)
                {
                    sb.Append(' ');
                    space = false;
                }

                sb.Append(c);
            }

            return sb.ToString();
        }
    }
}

namespace NewsTools.Tests.Time
{
    public class SampleTimelineTests
    {
        [Fact]
        public void TheBridgeReopeningIsOneEventAcrossOutletsAndFormats()
        {
            var builder = new TimelineBuilder(TestData.SamplesConfig);
            foreach (var name in new[] { "coastal-wire-2024-03-12-bridge.html", "harbour-gazette-2024-03-12-bridge.txt", "valley-times-2024-03-14-orchard.txt" })
            {
                builder.Add(TestData.ReadSample(name));
            }

            var timeline = builder.Build(datedOnly: true);

            var reopening = Assert.Single(timeline, e => e.Value == "2024-03-12" && e.Sources.Any(s => s.Text.Contains("reopened")));
            Assert.Contains("Coastal Wire", reopening.Outlets);
            Assert.Contains("The Harbour Gazette", reopening.Outlets);
            Assert.False(reopening.IsCaption);

            // The mayor's quote both outlets carry, dated by "before the summer", is one event too.
            Assert.Contains(timeline, e => e.Type == TimexType.Date && e.Precision == TimePrecision.Season && e.Outlets.Count == 2);

            // The orchard story shares no event with the bridge.
            Assert.DoesNotContain(timeline, e => e.Outlets.Contains("Valley Times") && e.Outlets.Count > 1);
        }

        [Fact]
        public void AMonthOrSeasonAfterAPresentOrFutureVerbIsTheComingOne()
        {
            var timeline = BridgeTimeline();

            // "The mayor, who faces re-election in November, ..." (12 March 2024): November 2024, not 2023.
            var election = Assert.Single(timeline, e => e.Expression == "November");
            Assert.Equal("2024-11", election.Value);

            // "We kept our promise to finish before the summer." The finishing looks ahead: summer 2024.
            var summer = Assert.Single(timeline, e => e.Expression == "the summer");
            Assert.Equal("2024-SU", summer.Value);
            Assert.Equal(2, summer.Outlets.Count);
        }

        [Fact]
        public void AnAppositiveDateIsOneEventWithTheDateItRestates()
        {
            var timeline = BridgeTimeline();

            // "The bridge was closed in February 2022, two years ago, ...": one event, dated by the month.
            Assert.DoesNotContain(timeline, e => e.Expression == "two years ago");
            var closing = Assert.Single(timeline, e => e.Value == "2022-02");
            Assert.Contains("Coastal Wire", closing.Outlets);
            Assert.Contains("The Harbour Gazette", closing.Outlets);
        }

        [Fact]
        public void EventTextDoesNotEndInAStrayQuoteMark()
        {
            var timeline = BridgeTimeline();

            Assert.All(timeline, e =>
            {
                Assert.False(e.Event.EndsWith("\"", StringComparison.Ordinal) && e.Event.Count(c => c == '"') % 2 == 1, e.Event);
                Assert.All(e.Sources, s => Assert.False(s.Text.EndsWith("\"", StringComparison.Ordinal) && s.Text.Count(c => c == '"') % 2 == 1, s.Text));
            });
            Assert.Contains(timeline, e => e.Event == "We kept our promise to finish before the summer.");
        }

        private static System.Collections.Generic.IReadOnlyList<TimelineEvent> BridgeTimeline()
        {
            var builder = new TimelineBuilder(TestData.SamplesConfig);
            foreach (var name in new[] { "coastal-wire-2024-03-12-bridge.html", "harbour-gazette-2024-03-12-bridge.txt" })
            {
                builder.Add(TestData.ReadSample(name));
            }

            return builder.Build(datedOnly: true);
        }
    }
}
