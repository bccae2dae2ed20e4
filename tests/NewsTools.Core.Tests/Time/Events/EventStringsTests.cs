using System;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Time;
using NewsTools.Time.Events;
using Xunit;

namespace NewsTools.Tests.Time.Events
{
    /// <summary>
    /// An article's events repeat verbs, names and, for two dates of one clause, the clause itself: each is one string for the
    /// article, not a copy per event, and every event still reads its own text.
    /// </summary>
    public class EventStringsTests
    {
        [Fact]
        public void VerbsNamesAndSharedClausesAreCutOncePerArticle()
        {
            const string Text = "Okafor opened the bridge on 3 May 2019. Okafor opened the school on 9 June 2019.\n\nAdaeze visited Lagos on Monday and again on Friday.";
            var config = ConfigLoader.Defaults;
            var article = new ArticleReader(config).Parse(Text, new ArticleOptions { Id = "t", ReferenceDate = new DateTime(2019, 7, 1) });
            var expressions = new TimeExpressionTagger(config).Tag(article);
            var events = EventExtractor.For(config).Extract(article, expressions);

            Assert.Equal(4, events.Count);
            Assert.Equal("opened", events[0].Verb);
            Assert.Same(events[0].Verb, events[1].Verb);
            Assert.Equal("Okafor", events[0].Actors[0]);
            Assert.Same(events[0].Actors[0], events[1].Actors[0]);
            Assert.Equal("Okafor opened the bridge on 3 May 2019.", events[0].Clause);
            Assert.Equal("Okafor opened the school on 9 June 2019.", events[1].Clause);
            Assert.Equal("Adaeze visited Lagos on Monday and again on Friday.", events[2].Clause);
            Assert.Same(events[2].Clause, events[3].Clause);
        }
    }
}
