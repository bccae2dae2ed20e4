using System;
using System.Linq;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Time;
using Xunit;

namespace NewsTools.Tests.Time.Events
{
    /// <summary>
    /// A timeline builder is made per article, and what it reads its events with is kept per configuration and its
    /// scratch lists per thread: builders one after another must not see each other's findings, and a configuration
    /// whose name lists change in place must be read anew.
    /// </summary>
    public class TimelineBuilderReuseTests
    {
        private static readonly DateTime Reference = new DateTime(2024, 3, 12);

        [Fact]
        public void ATitleAddedToTheConfigurationAfterATimelineIsSplitOffTheNextOne()
        {
            var config = Copy();
            const string text = "Harbourmaster Lena Okafor opened the new ferry terminal on 3 March 2024.";
            Assert.Contains("Harbourmaster Lena Okafor", Timeline(config, text).Single().Actors);

            config.Titles.Add("harbourmaster");
            var actors = Timeline(config, text).Single().Actors;
            Assert.Contains("Lena Okafor", actors);
            Assert.DoesNotContain("Harbourmaster Lena Okafor", actors);
        }

        [Fact]
        public void BuildersOneAfterAnotherKeepTheirOwnNames()
        {
            var config = ConfigLoader.Defaults;
            var first = Timeline(config, "Mayor Tomas Varga closed the old bridge on 4 March 2024.").Single();
            var second = Timeline(config, "The harbour reopened on 5 March 2024 after the storm.").Single();
            var third = Timeline(config, "Norland Rail inspected the coastal tracks on 6 March 2024.").Single();

            Assert.Equal(new[] { "Tomas Varga" }, first.Actors.ToArray());
            Assert.Empty(second.Actors);
            Assert.Equal(new[] { "Norland Rail" }, third.Actors.ToArray());
            Assert.Equal("closed", first.Verb);
            Assert.Equal("reopened", second.Verb);
        }

        [Fact]
        public void OneEventToldByTwoOutletsKeepsBothOutletsAndEveryName()
        {
            var builder = new TimelineBuilder(ConfigLoader.Defaults);
            builder.Add(Read("Mayor Tomas Varga and engineers from Norland Rail closed the old harbour bridge on 4 March 2024.", "a", "Harbour Post"));
            builder.Add(Read("Tomas Varga closed the old harbour bridge on 4 March 2024, citing cracks found by Ilse Brandt.", "b", "Coast Daily"));

            var merged = builder.Build().Single();
            Assert.Equal(new[] { "Harbour Post", "Coast Daily" }, merged.Outlets.ToArray());
            Assert.Equal(2, merged.Sources.Count);
            Assert.Contains("Tomas Varga", merged.Actors);
            Assert.Contains("Norland Rail", merged.Actors);
            Assert.Contains("Ilse Brandt", merged.Actors);
            Assert.Equal(merged.Actors.Count, merged.Actors.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        }

        [Fact]
        public void AReportStillMeetsItsEventAfterTheTimelineHasFiledManyMonths()
        {
            // Twenty months of other events first, more than a builder keeps in its short bucket arrays.
            var builder = new TimelineBuilder(ConfigLoader.Defaults);
            builder.Add(Read("Mayor Tomas Varga closed the old harbour bridge on 4 March 2024.", "first", "Harbour Post"));
            var months = new[] { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };
            for (var k = 0; k < 20; k++)
            {
                var date = (k + 1) + " " + months[k % 12] + " " + (2010 + (k / 12));
                builder.Add(Read("The lighthouse keepers repainted tower number " + (k + 1) + " on " + date + ".", "other" + k, "Coast Daily"));
            }

            builder.Add(Read("Tomas Varga closed the old harbour bridge on 4 March 2024, citing cracks.", "late", "Coast Daily"));

            var events = builder.Build();
            Assert.Equal(21, events.Count);
            var bridge = Assert.Single(events, e => e.Sources.Count == 2);
            Assert.Equal(new[] { "Harbour Post", "Coast Daily" }, bridge.Outlets.ToArray());
        }

        [Fact]
        public void EachEventNamesTheOutletOfItsOwnArticle()
        {
            var builder = new TimelineBuilder(ConfigLoader.Defaults);
            builder.Add(Read("The ferry terminal opened on 3 March 2024. The old pier closed on 9 March 2024.", "a", "Harbour Post"));
            builder.Add(Read("The lighthouse was repainted on 5 March 2024.", "b", "Coast Daily"));

            var outlets = builder.Build().Select(e => e.Outlets.Single()).ToArray();
            Assert.Equal(new[] { "Harbour Post", "Coast Daily", "Harbour Post" }, outlets);
        }

        [Fact]
        public void AClauseThatNamesNoOneTakesTheNamesOfTheRestOfItsSentence()
        {
            var before = Timeline(ConfigLoader.Defaults, "Mayor Tomas Varga praised the crews, while the repairs began on 4 March 2024.").Single();
            var after = Timeline(ConfigLoader.Defaults, "The repairs began on 4 March 2024; Mayor Tomas Varga praised the crews.").Single();

            Assert.Equal(new[] { "Tomas Varga" }, before.Actors.ToArray());
            Assert.Equal(new[] { "Tomas Varga" }, after.Actors.ToArray());
        }

        private static System.Collections.Generic.IReadOnlyList<TimelineEvent> Timeline(NewsToolsConfig config, string text)
        {
            var builder = new TimelineBuilder(config);
            builder.Add(Read(text, "t", null));
            return builder.Build();
        }

        private static Article Read(string text, string id, string? outlet) =>
            new ArticleReader(ConfigLoader.Defaults).Parse(text, new ArticleOptions { Id = id, ReferenceDate = Reference, Outlet = outlet });

        private static NewsToolsConfig Copy()
        {
            var config = new NewsToolsConfig();
            ConfigLoader.MergeInto(config, ConfigLoader.Defaults, ConfigLoader.BuiltInSource);
            return config;
        }
    }
}
