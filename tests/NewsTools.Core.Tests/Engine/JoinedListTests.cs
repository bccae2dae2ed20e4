using System.Collections.Generic;
using System.Linq;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Engine;
using NewsTools.Time;
using Xunit;

namespace NewsTools.Core.Tests.Engine
{
    public class JoinedListTests
    {
        [Fact]
        public void ReadsAsTheJoinedNamesAndEqualsAListOfTheSameNames()
        {
            var outlets = JoinedList.Of(new List<string> { "Sputnik", "The Straits Times" });
            Assert.Equal("Sputnik, The Straits Times", outlets.ToString());
            Assert.Equal(outlets, JoinedList.Of(new[] { "Sputnik", "The Straits Times" }));
            Assert.Equal(outlets.GetHashCode(), JoinedList.Of(new[] { "Sputnik", "The Straits Times" }).GetHashCode());
            Assert.NotEqual(outlets, JoinedList.Of(new[] { "Sputnik" }));
            Assert.Equal(new[] { "Sputnik", "The Straits Times" }, outlets.ToArray());
            Assert.Equal("", JoinedList.Of<string>(null).ToString());
        }

        [Fact]
        public void TheListsOfATimelineReadAsTheirItems()
        {
            var config = ConfigLoader.Defaults;
            var reader = new ArticleReader(config);
            var first = reader.Parse("GENEVA, March 3, 2024 (Coastal Wire) - The talks opened on Monday, the ministry said.", new ArticleOptions { Outlet = "Coastal Wire" }, "first");
            var second = reader.Parse("GENEVA, March 3, 2024 - The talks opened on Monday in Geneva, officials said.", new ArticleOptions { Outlet = "Valley Times" }, "second");
            var builder = new TimelineBuilder(config);
            builder.Add(first);
            builder.Add(second);
            var events = builder.Build(true);
            Assert.NotEmpty(events);
            foreach (var item in events)
            {
                Assert.Equal(string.Join(", ", item.Outlets), item.Outlets.ToString());
                Assert.DoesNotContain("System.", item.Sources.ToString());
            }
        }
    }
}
