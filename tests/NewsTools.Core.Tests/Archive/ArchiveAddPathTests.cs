using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using NewsTools.Archive;
using NewsTools.Articles;
using NewsTools.Coverage;
using Xunit;

namespace NewsTools.Tests.Archive
{
    /// <summary>
    /// What the faster add keeps: the content hash of archives written before, the terms and signatures a full sort picks, the
    /// statuses of texts that come twice across batches read ahead, and the batches stored before input that fails to read.
    /// </summary>
    [Collection(ArchiveResultsCollection.Name)]
    public sealed class ArchiveAddPathTests
    {
        private static readonly ArticleReader Reader = new ArticleReader(ArchiveTestSupport.Config);

        private static Article Story(string id, string text) => Reader.Parse(text, new ArticleOptions { Id = id, Outlet = "Test Outlet" }, id);

        private static string Text(string prefix, int i) =>
            $"Ferry {prefix}{i} delayed\n\nThe ferry to Holm{i} left {10 + (i % 40)} minutes late on Friday, the harbour master Rui Costa{i} said. \"The tide was against us,\" Costa{i} said.";

        private static Article[] Stories(int count, string prefix) => Enumerable.Range(0, count).Select(i => Story(prefix + i, Text(prefix, i))).ToArray();

        [Fact]
        public void The_content_hash_is_sha256_of_title_and_text_with_each_run_of_white_space_one_space_as_stored_archives_have_it()
        {
            const string raw = "  Gulls   return\n\n\tThe gulls came back to the\u00A0pier  on Sunday.   \n\n  Fishermen cheered.  ";
            var article = Story("ws", raw);

            // Written out the plain way: a run of white space is one space, one at the start included, none at the end.
            static string Collapsed(string text) =>
                (text.Length > 0 && char.IsWhiteSpace(text[0]) ? " " : "") + string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(Collapsed(article.Title ?? "") + "\u0001" + Collapsed(article.Text)));
            var expected = string.Concat(bytes.Take(16).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));

            Assert.Equal(expected, ArticleRecord.ContentHash(article));
            Assert.Equal(expected, ArticleRecord.ContentHash(Story("ws2", raw.Replace("  ", " \t ", StringComparison.Ordinal))));
            Assert.NotEqual(expected, ArticleRecord.ContentHash(Story("ws3", raw.Replace("  ", "", StringComparison.Ordinal))));
        }

        [Fact]
        public void The_text_hash_taken_with_the_content_hash_is_the_one_the_event_signature_takes_from_the_article()
        {
            // Leading, trailing and mixed white space (tab, no-break space, line separator), a title with spaces and none, a text
            // of white space alone and an empty one: the signature's own pass over the text is skipped only if every case agrees.
            var cases = new (string? Title, string Text)[]
            {
                ("Gulls return", "The gulls came back to the pier on Sunday."),
                ("  Gulls\treturn ", "   The gulls came back\u00A0to the\tpier\n\n  on Sunday.  \u2028 Fishermen cheered.\r\n"),
                (null, "\u00A0\u00A0Harbour dues rise by 4% from April, the port authority said."),
                ("Tide tables", " \t\n "),
                ("Tide tables", ""),
                (null, ""),
                ("Caf\u00E9 owners in Z\u00FCrich", "\u201CWe will not back down,\u201D the owner said\u2009\u2014 and the guests clapped."),
            };
            var grouper = new EventGrouper(ArchiveTestSupport.Config);
            foreach (var (title, text) in cases)
            {
                var article = new Article { Text = text, Id = "t", Title = title, Outlet = "Test Outlet" };
                var expected = EventSignature.HashText(article);
                ArticleRecord.ContentHash(article, out var taken);
                Assert.Equal(expected, taken);
                Assert.Equal(grouper.Sign(article).TextHash, ArchiveSignatures.Build(article, grouper, ArchiveTestSupport.Config, taken).Signature.TextHash);
            }

            // The hash tells texts apart by their words, not by their spacing.
            ArticleRecord.ContentHash(new Article { Text = "The ferry left late.", Id = "a", Title = "Ferry" }, out var one);
            ArticleRecord.ContentHash(new Article { Text = " The  ferry\nleft late. ", Id = "b", Title = "Ferry" }, out var spaced);
            ArticleRecord.ContentHash(new Article { Text = "The ferry left early.", Id = "c", Title = "Ferry" }, out var other);
            Assert.Equal(one, spaced);
            Assert.NotEqual(one, other);
            Assert.Equal(0UL, EventSignature.HashText(new Article { Text = " \t ", Id = "d" }));
        }

        [Fact]
        public void The_content_hash_is_the_same_whatever_was_hashed_before_on_the_thread_and_allocates_no_buffer_of_the_texts_size()
        {
            var shortStory = Story("short", "Gulls return\n\nThe gulls came back to the pier on Sunday.");
            var longStory = Story("long", "Harbour works\n\n" + string.Join("\n\n", Enumerable.Range(0, 400).Select(i => $"Crane {i} lifted   the\tpontoon {i} into place, the works manager said.")));
            var huge = Story("huge", "Tide tables\n\n" + string.Join("\n\n", Enumerable.Range(0, 4000).Select(i => $"High water at berth {i} came at {i % 24}:{i % 60:00}.")));
            static string Plain(Article a)
            {
                static string Collapsed(string text) =>
                    (text.Length > 0 && char.IsWhiteSpace(text[0]) ? " " : "") + string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(Collapsed(a.Title ?? "") + "\u0001" + Collapsed(a.Text)));
                return string.Concat(bytes.Take(16).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
            }

            // Short after long and long after huge: a buffer kept from a longer text must not leak into a shorter one's hash.
            foreach (var story in new[] { shortStory, longStory, shortStory, huge, longStory, shortStory })
            {
                Assert.Equal(Plain(story), ArticleRecord.ContentHash(story));
            }

            var before = GC.GetAllocatedBytesForCurrentThread();
            ArticleRecord.ContentHash(longStory);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(longStory.Text.Length > 20_000);
            Assert.True(allocated < 1_000, $"hashing a {longStory.Text.Length:N0}-character text allocated {allocated:N0} bytes");
        }

        [Fact]
        public void A_text_is_stored_as_its_utf8_bytes_and_binding_it_makes_no_array_of_its_size()
        {
            using var connection = new SqliteConnection("Data Source=:memory:");
            connection.Open();
            using (var create = connection.CreateCommand())
            {
                create.CommandText = "CREATE TABLE t(a TEXT, b TEXT)";
                create.ExecuteNonQuery();
            }

            var story = string.Join(" ", Enumerable.Range(0, 1500).Select(i => $"Crane {i} lifted the pontoon into place."));
            var texts = new[]
            {
                "The minister said \"we will not back down\" on Tuesday.",
                "Café owners in Zürich — and “their” guests",
                "",
                "a lone \uD800 surrogate and a \0 nul stay as the string overload stores them",
                story,
                new string('x', 70_000) + "\uDC00",
            };
            using var insert = new RowStatement(connection, "INSERT INTO t(a, b) VALUES ($p0, $p1)", 2);
            foreach (var text in texts)
            {
                // Two texts per row from the one buffer: SQLite keeps a copy of each as it is bound.
                insert.SetText(0, text);
                insert.Set(1, (object)("b:" + text));
                insert.Execute();
            }

            using (var read = connection.CreateCommand())
            {
                read.CommandText = "SELECT hex(a), hex(b), typeof(a) FROM t ORDER BY rowid";
                using var r = read.ExecuteReader();
                foreach (var text in texts)
                {
                    Assert.True(r.Read());
                    Assert.Equal(Convert.ToHexString(Encoding.UTF8.GetBytes(text)), r.GetString(0));
                    Assert.Equal(Convert.ToHexString(Encoding.UTF8.GetBytes("b:" + text)), r.GetString(1));
                    Assert.Equal("text", r.GetString(2));
                }
            }

            insert.SetText(0, story);
            var before = GC.GetAllocatedBytesForCurrentThread();
            insert.SetText(0, story);
            insert.SetText(1, story);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(allocated < 1_000, $"binding a {story.Length:N0}-character text twice allocated {allocated:N0} bytes");
        }

        [Fact]
        public void The_indexed_terms_and_the_signature_terms_are_the_ones_a_full_sort_puts_first()
        {
            var grouper = new EventGrouper(ArchiveTestSupport.Config);
            var article = Story("long", "Harbour Board and Holm Council agree ferry deal\n\n" + string.Join("\n\n", Enumerable.Range(0, 30).Select(i =>
                $"The Harbour Board said {1200 + i} passengers used the Holm ferry in week {i}, and Councillor Mara Quist{i % 4} of Holm Council " +
                $"called the timetable a {(i % 2 == 0 ? "lifeline" : "promise")} for the island's {40 + i} schools, skipper Alder{i} said of cargo{i}x.")));
            var print = ArticleFingerprint.Build(article, ArchiveTestSupport.Config);
            Assert.True(print.Counts.Count > EventGrouper.MaxTermsPerArticle);

            var expectedTerms = print.Counts
                .OrderByDescending(kv => kv.Value * (kv.Key.StartsWith("n:", StringComparison.Ordinal) ? 2 : 1))
                .ThenByDescending(kv => kv.Key.Length)
                .ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .Take(ArchiveTerms.PerArticle)
                .Select(kv => kv.Key);
            Assert.Equal(expectedTerms, ArchiveTerms.Select(print));

            var background = BackgroundFrequencies.Default;
            var weights = print.Counts.ToDictionary(kv => kv.Key, kv => (float)(1 + Math.Log(kv.Value)) * background.Idf(kv.Key));
            var strongest = weights.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).ToList();
            var signature = grouper.Sign(article);
            Assert.Equal(strongest.Take(EventGrouper.MaxTermsPerArticle).Select(EventSignature.Hash).OrderBy(h => h), signature.Terms);
            Assert.Equal(strongest.Take(signature.LabelTerms.Length), signature.LabelTerms);

            // Two-word names and numbers are not general English words: they weigh as the rarest terms do, and lead the signature.
            Assert.Equal(background.Idf("qzxv"), background.Idf("n:mara_quist0"));
            Assert.Equal(background.Idf("qzxv"), background.Idf("1200"));
            Assert.True(background.Idf("ferry") < background.Idf("qzxv"));
            Assert.Contains(strongest.Take(EventGrouper.MaxTermsPerArticle), t => t.StartsWith("n:", StringComparison.Ordinal));
        }

        [Fact]
        public void EveryWordOfTheBackgroundTableKeepsItsOwnWeight()
        {
            // The weights recomputed from the shipped counts as a dictionary of strings, the way the table was held before it
            // became open addressing over hashes: every word must be found with exactly its weight, and words it lacks are unseen.
            using var stream = typeof(BackgroundFrequencies).Assembly.GetManifestResourceStream("NewsTools.Coverage.word-frequencies.tsv")!;
            using var reader = new System.IO.StreamReader(stream);
            var stems = new Dictionary<string, double>(StringComparer.Ordinal);
            var forms = new Dictionary<string, double>(StringComparer.Ordinal);
            double words = 0;
            string? line;
            while ((line = reader.ReadLine()) != null)
            {
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                var tab = line.IndexOf('\t');
                var count = double.Parse(line.Substring(tab + 1), System.Globalization.CultureInfo.InvariantCulture);
                var form = line.Substring(0, tab);
                if (words == 0 && form == "words")
                {
                    words = count;
                    continue;
                }

                var key = form.ToLowerInvariant();
                forms[key] = forms.GetValueOrDefault(key) + count;
                if (!char.IsUpper(form[0]))
                {
                    var stem = WordScanner.Stem(key);
                    stems[stem] = stems.GetValueOrDefault(stem) + count;
                }
            }

            foreach (var pair in forms)
            {
                stems.TryAdd(pair.Key, pair.Value);
            }

            var background = BackgroundFrequencies.Default;
            var unseen = (float)Math.Log(10001);
            Assert.True(stems.Count > 40000);
            foreach (var pair in stems)
            {
                var df = 10000 * (1 - Math.Exp(-pair.Value / words * 400));
                Assert.Equal((float)Math.Log(10001 / (df + 1)), background.Idf(pair.Key));
                Assert.Equal(background.Idf(pair.Key), background.Idf(pair.Key, EventSignature.Hash(pair.Key)));
            }

            Assert.True(background.Idf("the") < background.Idf("ferry"));
            Assert.Equal(unseen, background.Idf("qzxv"));
            Assert.Equal(unseen, background.Idf("ferryqzxv"));
        }

        [Fact]
        public void Texts_that_come_again_in_later_batches_are_unchanged_or_duplicates_as_without_reading_ahead()
        {
            var stories = Stories(NewsArchive.BatchSize + 20, "f");
            var renamed = Enumerable.Range(0, 5).Select(i => Story("copy" + i, Text("f", i))).ToArray();
            using var folder = new TempFolder();
            using var archive = ArchiveTestSupport.Open(folder.File("news.db"));

            var entries = archive.Add(stories.Concat(stories.Take(30)).Concat(renamed).Concat(stories.Skip(70)));

            Assert.Equal(stories.Length, entries.Count(e => e.Status == ArchiveStatus.Added));
            Assert.Equal(30 + stories.Length - 70, entries.Count(e => e.Status == ArchiveStatus.Unchanged));
            Assert.Equal(renamed.Select(a => a.Id), entries.Where(e => e.Status == ArchiveStatus.Duplicate).Select(e => e.ArticleId));
            Assert.All(entries.Where(e => e.Status == ArchiveStatus.Duplicate), e => Assert.StartsWith("f", e.DuplicateOf));
            Assert.Equal(stories.Length, archive.Query(new ArchiveQuery { Kind = ArchiveKind.Article }).Count());
        }

        private static Article Page(string url, string text) => Reader.Parse(text, new ArticleOptions { Id = url, Url = url, Outlet = "Test Outlet" }, url);

        /// <summary>A first run storing one page, then a second run of <paramref name="second"/> in batches of <paramref name="batchSize"/>.</summary>
        private static List<ArchiveEntry> TwoRuns(int batchSize, Func<Article[]> second)
        {
            using var folder = new TempFolder();
            using var archive = ArchiveTestSupport.Open(folder.File("news.db"));
            archive.Add(new[] { Page("https://port.example/tolls", "Port tolls\n\nThe port raised its tolls by 3% on Monday, the harbour master Ines Vale said.") });
            archive.ArticlesPerBatch = batchSize;
            var session = new ArchiveSession(archive);
            foreach (var article in second())
            {
                session.Add(article);
            }

            return session.Complete().ToList();
        }

        [Fact]
        public void An_article_seen_again_under_another_url_is_in_its_originals_event_whether_or_not_a_batch_boundary_falls_between_them()
        {
            const string ferry = "Ferry strike ends\n\nFerry crews on the Holm route ended their strike on Tuesday after the operator Tidal Line agreed a 6% raise, the union said.";
            const string tolls = "Port tolls\n\nThe port cut its toll rise to 2% on Tuesday after complaints, the harbour master Ines Vale said.";
            const string bridge = "Bridge reopens\n\nThe Skerry bridge reopened to lorries on Tuesday after repairs costing 4 million, the council engineer Olav Brand said.";
            Article[] Second() => new[]
            {
                Page("https://wire.example/ferry", ferry),
                Page("https://port.example/tolls", tolls),          // a new text at a stored URL: revision 2, in the stored page's event
                Page("https://daily.example/ferry-strike", ferry),  // the ferry story under another URL
                Page("https://harbour.example/tolls", tolls),       // the revised text under another URL
                Page("https://wire.example/ferry", ferry),          // the same page again: unchanged
                Page("https://gazette.example/bridge", bridge),
            };

            // One batch holds each copy and its original; batches of one put a boundary between every pair.
            var together = TwoRuns(64, Second);
            var apart = TwoRuns(1, Second);

            static string Describe(ArchiveEntry e) => $"{e.ArticleId} {e.Status} revision {e.Revision} {e.EventId ?? "no event"} duplicate of {e.DuplicateOf}";
            Assert.Equal(apart.Select(Describe), together.Select(Describe));
            Assert.Equal(
                new[] { ArchiveStatus.Added, ArchiveStatus.Revised, ArchiveStatus.Duplicate, ArchiveStatus.Duplicate, ArchiveStatus.Unchanged, ArchiveStatus.Added },
                together.Select(e => e.Status));
            Assert.All(together, e => Assert.NotNull(e.EventId));
            Assert.Equal(together[0].EventId, together[2].EventId);
            Assert.Equal(together[0].EventId, together[4].EventId);
            Assert.Equal(together[1].EventId, together[3].EventId);
            Assert.Equal(2, together[3].Revision);
            Assert.Equal("https://port.example/tolls", together[3].DuplicateOf);
        }

        [Fact]
        public void Input_that_fails_to_read_after_a_full_batch_leaves_that_batch_stored_and_its_own_error()
        {
            var stories = Stories(NewsArchive.BatchSize + 6, "g");
            IEnumerable<Article> Failing()
            {
                foreach (var s in stories)
                {
                    yield return s;
                }

                throw new FormatException("the seventy-first file is not text");
            }

            using var folder = new TempFolder();
            var path = folder.File("news.db");
            using (var archive = ArchiveTestSupport.Open(path))
            {
                Assert.Equal("the seventy-first file is not text", Assert.Throws<FormatException>(() => archive.Add(Failing())).Message);
            }

            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
            connection.Open();
            using var count = connection.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM articles";
            Assert.Equal((long)NewsArchive.BatchSize, (long)count.ExecuteScalar()!);
        }

        [Fact]
        public void An_add_cancelled_midway_keeps_its_committed_batches_and_a_second_add_stores_the_rest_as_one_add_would()
        {
            // Cancelled while the second batch is written, with analysis groups that do not divide the batches: the groups
            // queued, running and half-filled at that moment must neither store a part of that batch nor hold up the next add.
            var stories = Stories((NewsArchive.BatchSize * 2) + 9, "k");
            using var folder = new TempFolder();
            var path = folder.File("news.db");
            using (var archive = ArchiveTestSupport.Open(path))
            {
                archive.ArticlesPerAnalysisGroup = 7;
                using var cancel = new System.Threading.CancellationTokenSource();
                var written = 0;
                archive.AfterArticleWritten = _ =>
                {
                    if (++written == NewsArchive.BatchSize + 10)
                    {
                        cancel.Cancel();
                    }
                };

                Assert.ThrowsAny<OperationCanceledException>(() => archive.Add(stories, cancel.Token));
            }

            using (var archive = ArchiveTestSupport.Open(path))
            {
                Assert.Equal(NewsArchive.BatchSize, archive.Query(new ArchiveQuery { Kind = ArchiveKind.Article }).Count());
                archive.ArticlesPerAnalysisGroup = 7;
                var entries = archive.Add(stories);
                Assert.Equal(NewsArchive.BatchSize, entries.Count(e => e.Status == ArchiveStatus.Unchanged));
                Assert.Equal(stories.Length - NewsArchive.BatchSize, entries.Count(e => e.Status == ArchiveStatus.Added));
            }

            // The same rows as one uncancelled add of the same articles.
            using var again = new TempFolder();
            using var whole = ArchiveTestSupport.Open(again.File("news.db"));
            whole.Add(stories);
            using var resumed = ArchiveTestSupport.Open(path);
            static IEnumerable<string> Quotes(NewsArchive a) =>
                a.Query(new ArchiveQuery { Kind = ArchiveKind.Quote }).Cast<NewsTools.Quotes.Quote>().Select(q => $"{q.ArticleId}|{q.Speaker}|{q.Text}").OrderBy(x => x, StringComparer.Ordinal);
            Assert.Equal(Quotes(whole), Quotes(resumed));
            Assert.Equal(stories.Length * 2, Quotes(resumed).Count());
        }

        [Fact]
        public void A_session_writes_a_batch_once_the_next_is_read_so_the_next_is_analysed_meanwhile_and_its_entries_keep_their_order()
        {
            var stories = Stories(7, "h");
            using var folder = new TempFolder();
            using var archive = ArchiveTestSupport.Open(folder.File("news.db"));
            archive.ArticlesPerBatch = 3;
            var given = 0;
            var givenAtWrite = new List<int>();
            archive.AfterArticleWritten = _ => givenAtWrite.Add(given);
            var session = new ArchiveSession(archive);
            foreach (var story in stories)
            {
                given++;
                session.Add(story);
            }

            var entries = session.Complete();

            // The first batch (3) is written when the second is full (6); the second and the last (1) when the session completes.
            Assert.Equal(new[] { 6, 6, 6, 7, 7, 7, 7 }, givenAtWrite);
            Assert.Equal(stories.Select(s => s.Id), entries.Select(e => e.ArticleId));
            Assert.All(entries, e => Assert.Equal(ArchiveStatus.Added, e.Status));
            Assert.All(entries, e => Assert.NotNull(e.EventId));
        }
    }
}
