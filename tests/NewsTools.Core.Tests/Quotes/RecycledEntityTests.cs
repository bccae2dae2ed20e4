using System.Linq;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// The entity table recycles its entities from one article to the next: a renewed entity is a new one in all but its
    /// object, and nothing an earlier article told about a name reaches the next article's speakers.
    /// </summary>
    public class RecycledEntityTests
    {
        [Fact]
        public void AnEntityMadeForTheNextArticleIsTheSameObjectRenewed()
        {
            var table = new EntityTable(new CueLexicon(ConfigLoader.Load()));
            var first = table.Create("Dana Okafor", SpeakerType.Person, "Ghana");
            table.GiveTitle(first, "spokeswoman");
            first.HasSpoken = true;
            table.Add(first, register: true);
            Assert.Equal('F', first.Gender);
            Assert.Equal(new[] { "Dana", "Okafor" }, first.Words);

            table.Clear();
            var next = table.Create("Harbour Board", SpeakerType.Organization);
            Assert.Same(first, next);
            Assert.Equal("Harbour Board", next.Name);
            Assert.Equal(SpeakerType.Organization, next.Type);
            Assert.Null(next.Title);
            Assert.Empty(next.Titles);
            Assert.Null(next.Gender);
            Assert.Null(next.Country);
            Assert.False(next.HasSpoken);
            Assert.Equal(new[] { "Harbour", "Board" }, next.Words);
            Assert.Equal("Board", next.Head);
            Assert.Null(table.Find("Dana Okafor"));
        }

        [Fact]
        public void AnArticleReadAfterAnotherGetsTheSpeakersItGetsAlone()
        {
            var config = ConfigLoader.Load();
            var reader = new ArticleReader(config);
            var earlier = reader.Parse("Spokeswoman Dana Okafor of the Harbour Board said the pier would close. \"It is unsafe,\" Okafor said. \"We will rebuild,\" she said.", new ArticleOptions { Id = "a" });
            var later = reader.Parse("Okafor, a fisherman, spoke at the pier. \"We were not asked,\" Okafor said. \"They never listen,\" he added.", new ArticleOptions { Id = "b" });
            string Describe(Quote q) => $"{q.Text}|{q.Speaker}|{q.SpeakerTitle}|{q.SpeakerType}|{q.Attribution}";

            var alone = new QuoteExtractor(config).Extract(later).Select(Describe).ToList();
            var extractor = new QuoteExtractor(config);
            extractor.Extract(earlier);
            Assert.Equal(alone, extractor.Extract(later).Select(Describe).ToList());
            Assert.Contains(alone, d => d.StartsWith("They never listen|Okafor|", System.StringComparison.Ordinal));
        }
    }
}
