using System.Collections.Generic;
using System.Linq;
using NewsTools.Archive;
using NewsTools.Articles;
using NewsTools.Coverage;
using NewsTools.Quotes;
using NewsTools.Time;
using Xunit;

namespace NewsTools.Tests.Archive
{
    /// <summary>
    /// What the archive stores is what the engine finds: the same quotes and time expressions as the extractors give on each
    /// article, and, for articles added to an empty archive, the same events as the grouper gives on all of them. Stored event
    /// signatures group exactly as freshly computed ones.
    /// </summary>
    [Collection(ArchiveResultsCollection.Name)]
    public sealed class ArchiveResultsTests
    {
        private static readonly string[] Towns = { "Port Alder", "Kestrel Bay", "Marrow Fen", "Quillon", "Sable Ridge", "Tarnwick", "Umber Vale", "Wexmoor", "Yarrowgate", "Zelling" };
        private static readonly string[] Things = { "tidal barrage", "orchard co-operative", "ferry terminal", "flood wall", "tram depot", "seed bank", "quarry lease", "hospital wing", "salt works", "fire station" };

        /// <summary>
        /// Ten events, seven reports each in different words, and some unrelated notes: more than one batch, so the pipeline
        /// runs across batch ends. Reports of one event share names and numbers; the notes share nothing.
        /// </summary>
        private static List<Article> Reports()
        {
            var reader = new ArticleReader(ArchiveTestSupport.Config);
            var list = new List<Article>();
            for (var r = 0; r < 7; r++)
            {
                for (var e = 0; e < Towns.Length; e++)
                {
                    var town = Towns[e];
                    var thing = Things[e];
                    var cost = 40 + (e * 13);
                    var text = $"{town} {thing} approved (report {r})\n\n" +
                        $"Councillors in {town} approved the {thing} on {10 + e} March 2024, at a cost of {cost} million pounds, after a vote of {20 + r} to {3 + e}.\n\n" +
                        $"\"This {thing} will serve {town} for fifty years,\" said Mayor Ines Varga-{e}, who campaigned for it since 2019.\n\n" +
                        $"Opponents led by Tomas Ruiz-{e} said the {cost} million pound budget would double by next year. Work starts in May.";
                    list.Add(reader.Parse(text, new ArticleOptions { Id = $"e{e}-r{r}", Outlet = "Outlet " + r }, $"e{e}-r{r}"));
                }

                list.Add(reader.Parse($"Weather note {r}\n\nRain is expected on Tuesday across the hills, the forecaster Lena Okafor-{r} said.", new ArticleOptions { Id = "note" + r, Outlet = "Outlet " + r }, "note" + r));
            }

            return list;
        }

        // Analysed one at a time, in groups that do not divide the batches, and in the groups an add uses: the same rows.
        [Theory]
        [InlineData(1)]
        [InlineData(5)]
        [InlineData(NewsArchive.AnalysisGroupSize)]
        public void An_empty_archive_stores_the_quotes_time_expressions_and_events_the_engine_finds(int analysisGroup)
        {
            var articles = Reports();
            Assert.True(articles.Count > NewsArchive.BatchSize);
            using var folder = new TempFolder();
            using var archive = ArchiveTestSupport.Open(folder.File("news.db"));
            archive.ArticlesPerAnalysisGroup = analysisGroup;

            var entries = archive.Add(articles);

            Assert.All(entries, e => Assert.Equal(ArchiveStatus.Added, e.Status));
            var quotes = new QuoteExtractor(ArchiveTestSupport.Config);
            var tagger = new TimeExpressionTagger(ArchiveTestSupport.Config);
            var expectedQuotes = articles.SelectMany(a => quotes.Extract(a)).Select(q => $"{q.ArticleId}|{q.Speaker}|{q.Text}|{q.Start}|{q.End}|{q.Cue}").ToList();
            var expectedTimes = articles.SelectMany(a => tagger.Tag(a).Select(t => $"{a.Id}|{t.Text}|{t.Value}|{t.Start}|{t.Date:yyyy-MM-dd}")).ToList();
            var storedQuotes = archive.Query(new ArchiveQuery { Kind = ArchiveKind.Quote }).Cast<Quote>().Select(q => $"{q.ArticleId}|{q.Speaker}|{q.Text}|{q.Start}|{q.End}|{q.Cue}").ToList();
            var storedTimes = archive.Query(new ArchiveQuery { Kind = ArchiveKind.TimeExpression }).Cast<TimeExpression>().Select(t => $"{t.ArticleId}|{t.Text}|{t.Value}|{t.Start}|{t.Date:yyyy-MM-dd}").ToList();
            Assert.NotEmpty(expectedQuotes);
            Assert.Equal(expectedQuotes, storedQuotes);
            Assert.Equal(expectedTimes, storedTimes);

            var expectedEvents = Events(new EventGrouper(ArchiveTestSupport.Config).Group(articles));
            Assert.Contains(expectedEvents, e => e.Split(',').Length == 7);
            Assert.Equal(expectedEvents, Events(archive.Query(new ArchiveQuery { Kind = ArchiveKind.Event }).Cast<ArticleGroup>()));
        }

        [Fact]
        public void A_stored_page_keeps_its_language_the_offset_of_its_published_time_and_the_outlets_its_quotes_came_through()
        {
            var reader = new ArticleReader(ArchiveTestSupport.Config);
            var page = reader.Parse(
                "<html lang='en-gb'><head><meta property='article:published_time' content='2024-03-10T23:30:00-08:00'><title>Port Alder barrage</title></head>" +
                "<body><article><h1>Port Alder barrage</h1><p>Councillors in Port Alder approved the tidal barrage on Sunday, at a cost of 40 million pounds.</p>" +
                "<p>\"This barrage will serve Port Alder for fifty years,\" said Mayor Ines Varga, who campaigned for it since 2019.</p>" +
                "<p>\"Work starts in May,\" the engineer Tomas Ruiz said, according to the Harbour Ledger.</p></article></body></html>",
                new ArticleOptions { Id = "page", Outlet = "Coast" }, "page.html");
            var text = reader.Parse("Rain note\n\nRain is expected on Tuesday across the hills, the forecaster Lena Okafor said.", new ArticleOptions { Id = "note", Outlet = "Coast" }, "note");
            using var folder = new TempFolder();
            using var archive = ArchiveTestSupport.Open(folder.File("news.db"));

            archive.Add(new[] { page, text });

            var stored = archive.Query(new ArchiveQuery { Kind = ArchiveKind.Article }).Cast<Article>().ToDictionary(a => a.Id);
            Assert.Equal("en-GB", stored["page"].Language);
            Assert.Equal(page.PublishedTime, stored["page"].PublishedTime);
            Assert.Equal(System.TimeSpan.FromHours(-8), stored["page"].PublishedTime!.Value.Offset);
            Assert.Null(stored["note"].Language);

            // The outlet a quote came through is kept with the quote.
            var quotes = archive.Query(new ArchiveQuery { Kind = ArchiveKind.Quote }).Cast<Quote>().Where(q => q.ArticleId == "page").ToList();
            Assert.Equal(new QuoteExtractor(ArchiveTestSupport.Config).Extract(page).Select(q => q.Via), quotes.Select(q => q.Via));
            Assert.Contains(quotes, q => q.Via == "Harbour Ledger" && q.Text.Contains("Work starts in May", System.StringComparison.Ordinal));
            Assert.Null(stored["note"].PublishedTime);
        }

        [Fact]
        public void Articles_grouped_from_their_stored_signatures_join_the_same_events_as_when_grouped_at_once()
        {
            var articles = Reports();
            using var folder = new TempFolder();
            using (var atOnce = ArchiveTestSupport.Open(folder.File("at-once.db")))
            using (var stored = ArchiveTestSupport.Open(folder.File("stored.db")))
            {
                atOnce.Add(articles);

                // As a killed run leaves them: stored, not grouped; the next run reads their signatures back to group them.
                stored.AddBatch(articles.Take(40).ToList());
                stored.AddBatch(articles.Skip(40).ToList());
            }

            using var again = ArchiveTestSupport.Open(folder.File("stored.db"));
            again.AssignEvents();
            using var reference = ArchiveTestSupport.Open(folder.File("at-once.db"));
            Assert.Equal(
                Events(reference.Query(new ArchiveQuery { Kind = ArchiveKind.Event }).Cast<ArticleGroup>()),
                Events(again.Query(new ArchiveQuery { Kind = ArchiveKind.Event }).Cast<ArticleGroup>()));
        }

        [Fact]
        public void Articles_a_killed_run_stored_are_indexed_when_grouped_and_later_reports_find_them_there()
        {
            var articles = Reports();
            var first = articles.Take(30).ToList();
            var later = articles.Skip(30).ToList();
            using var folder = new TempFolder();
            var path = folder.File("news.db");
            using (var atOnce = ArchiveTestSupport.Open(folder.File("at-once.db")))
            {
                atOnce.AddBatch(first);
                atOnce.AssignEvents();
                atOnce.Add(later);
            }

            // Stored and then killed before grouping; the next run only groups them; a third adds more reports of the same events,
            // which can find the stored ones only through the term index.
            using (var killed = ArchiveTestSupport.Open(path))
            {
                killed.AddBatch(first);
            }

            using (var next = ArchiveTestSupport.Open(path))
            {
                next.AssignEvents();
            }

            using var third = ArchiveTestSupport.Open(path);
            var entries = third.Add(later);

            Assert.All(entries, e => Assert.NotNull(e.EventId));
            var firstIds = new HashSet<string>(first.Select(a => a.Id));
            var events = Events(third.Query(new ArchiveQuery { Kind = ArchiveKind.Event }).Cast<ArticleGroup>());
            Assert.Contains(events, e => e.Split(',').Any(firstIds.Contains) && !e.Split(',').All(firstIds.Contains));
            using var reference = ArchiveTestSupport.Open(folder.File("at-once.db"));
            Assert.Equal(Events(reference.Query(new ArchiveQuery { Kind = ArchiveKind.Event }).Cast<ArticleGroup>()), events);
        }

        [Fact]
        public void A_signature_read_back_from_its_bytes_is_the_same_signature()
        {
            var grouper = new EventGrouper(ArchiveTestSupport.Config);
            foreach (var article in Reports().Take(12).Concat(new[] { TestData.ReadSample("harbour-gazette-2024-03-12-bridge.txt") }))
            {
                var signature = grouper.Sign(article);
                var back = EventSignature.FromBytes(signature.Id, signature.Outlet, signature.Title, signature.ToBytes());

                Assert.NotNull(back);
                Assert.Equal(signature.ToJson(), back!.ToJson());
                Assert.Equal(signature.Date, back.Date);
                Assert.Equal(signature.LabelWeights, back.LabelWeights);
            }

            Assert.Null(EventSignature.FromBytes("x", null, null, new byte[] { 9, 1, 2 }));
            Assert.Null(EventSignature.FromBytes("x", null, null, new byte[] { 1, 1 }));
        }

        /// <summary>Each event as its sorted member ids, the events sorted: equal groupings, equal lists, whatever the numbering.</summary>
        private static List<string> Events(IEnumerable<ArticleGroup> groups) =>
            groups.Select(g => string.Join(",", g.ArticleIds.OrderBy(i => i, System.StringComparer.Ordinal))).OrderBy(s => s, System.StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Runs alone, after the parallel tests: the archive analyses on every core, and beside it the growth-ratio tests of other
    /// classes (1x against 8x input) measured 38x instead of 8x under this machine's load.
    /// </summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class ArchiveResultsCollection
    {
        public const string Name = "Archive results on every core";
    }
}
