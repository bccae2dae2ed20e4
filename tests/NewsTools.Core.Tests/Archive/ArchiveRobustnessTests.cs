using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using NewsTools.Archive;
using NewsTools.Articles;
using NewsTools.Engine;
using Xunit;

namespace NewsTools.Tests.Archive
{
    /// <summary>The archive survives killed runs, concurrent runs, read-only and full disks, and files of an older schema.</summary>
    public class ArchiveRobustnessTests
    {
        private static Article Story(string id, string text, string? url = null) =>
            new ArticleReader(ArchiveTestSupport.Config).Parse(text, new ArticleOptions { Id = id, Url = url, Outlet = "Test Outlet" }, id);

        private static Article[] Stories(int count, string prefix = "s") => Enumerable.Range(0, count)
            .Select(i => Story(prefix + i, $"Story {prefix}{i}\n\nThe council of Town{i} voted on budget number {1000 + i} on Monday, Mayor Ann Lee{i} said. \"We will build it,\" Lee{i} said on 12 March 2024."))
            .ToArray();

        /// <summary>Current or past revisions not yet in an event (since schema 5 an article's event is a row of article_events).</summary>
        private const string Ungrouped = "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_events e WHERE e.article_row = a.row_id)";

        /// <summary>A new archive file of schema <paramref name="version"/>, as that version of NewsTools made it.</summary>
        private static string OlderArchive(TempFolder folder, int version)
        {
            var path = folder.File("news.db");
            using (var old = ArchiveTestSupport.Open(path, new ArchiveOptions { StopAtVersion = version }))
            {
                Assert.Equal(version, old.SchemaVersion);
            }

            return path;
        }

        private static List<string> Rows(string path, string sql)
        {
            using var connection = Open(path);
            using var command = new SqliteCommand(sql, connection);
            using var r = command.ExecuteReader();
            var rows = new List<string>();
            while (r.Read())
            {
                rows.Add(r.GetString(0));
            }

            return rows;
        }

        private static long Count(string path, string sql)
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(command.ExecuteScalar());
        }

        [Fact]
        public void A_run_that_dies_inside_a_batch_leaves_the_earlier_batches_and_the_next_run_completes_the_work()
        {
            using var folder = new TempFolder();
            var path = folder.File("news.db");
            var stories = Stories(NewsArchive.BatchSize + 10);
            using (var archive = ArchiveTestSupport.Open(path))
            {
                // Dies at the 5th article of the second batch, as a killed process would: that batch's transaction never commits.
                var written = 0;
                archive.AfterArticleWritten = _ =>
                {
                    if (++written == NewsArchive.BatchSize + 5)
                    {
                        throw new InvalidOperationException("killed");
                    }
                };
                Assert.Throws<InvalidOperationException>(() => archive.Add(stories));
            }

            Assert.Equal(NewsArchive.BatchSize, Count(path, "SELECT COUNT(*) FROM articles"));
            Assert.Equal("ok", (string)new SqliteCommand("PRAGMA integrity_check", Open(path)).ExecuteScalar()!);
            Assert.Equal(NewsArchive.BatchSize, Count(path, Ungrouped));

            using (var archive = ArchiveTestSupport.Open(path))
            {
                var entries = archive.Add(stories);

                Assert.Equal(NewsArchive.BatchSize, entries.Count(e => e.Status == ArchiveStatus.Unchanged));
                Assert.Equal(10, entries.Count(e => e.Status == ArchiveStatus.Added));
            }

            Assert.Equal(stories.Length, Count(path, "SELECT COUNT(*) FROM articles"));
            Assert.Equal(0, Count(path, Ungrouped));

            // The killed run's articles got their term index rows when the next run grouped them, as every grouped article has.
            Assert.Equal(0, Count(path, "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM term_index t WHERE t.article_row = a.row_id)"));
        }

        [Fact]
        public void A_batch_that_fails_leaves_no_term_index_rows_when_the_same_archive_goes_on_and_groups()
        {
            using var folder = new TempFolder();
            var path = folder.File("news.db");
            using (var archive = ArchiveTestSupport.Open(path))
            {
                // The failed batch's rows are rolled back and their row numbers given to the next batch's articles: the failed
                // articles' terms must not reach the index under those numbers.
                archive.AfterArticleWritten = i =>
                {
                    if (i == 2)
                    {
                        throw new InvalidOperationException("failed");
                    }
                };
                Assert.Throws<InvalidOperationException>(() => archive.AddBatch(Stories(4, "failed")));
                archive.AfterArticleWritten = null;
                var stored = archive.AddBatch(Stories(4, "kept"));
                archive.AssignEvents(stored.ToList());
            }

            using var connection = Open(path);
            var termsOf = new System.Collections.Generic.Dictionary<long, long[]>();
            using (var signatures = new SqliteCommand("SELECT article_row, terms FROM article_signatures", connection))
            using (var r = signatures.ExecuteReader())
            {
                while (r.Read())
                {
                    termsOf[r.GetInt64(0)] = ArchiveSignatures.ReadTerms((byte[])r.GetValue(1));
                }
            }

            Assert.Equal(4, termsOf.Count);
            var indexed = 0;
            using (var index = new SqliteCommand("SELECT term, article_row FROM term_index", connection))
            using (var r = index.ExecuteReader())
            {
                while (r.Read())
                {
                    indexed++;
                    Assert.Contains(r.GetInt64(0), termsOf[r.GetInt64(1)]);
                }
            }

            Assert.Equal(termsOf.Values.Sum(t => t.Distinct().Count()), indexed);
        }

        private static SqliteConnection Open(string path)
        {
            var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
            c.Open();
            return c;
        }

        [SkippableFact]
        public void A_command_line_run_killed_midway_leaves_a_sound_archive_that_the_next_run_completes()
        {
            var corpus = TestData.RequireShared("corpus/bbc-news-2225/entertainment");
            var cli = typeof(NewsTools.Cli.Program).Assembly.Location;
            using var folder = new TempFolder();
            var path = folder.File("news.db");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { cli, "archive", "add", "--db", path, "-r", corpus })
            {
                start.ArgumentList.Add(a);
            }

            using (var process = Process.Start(start)!)
            {
                process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
                process.StandardError.BaseStream.CopyToAsync(Stream.Null);
                // Wait (bounded) until the first batch is committed, then kill the process in the middle of its work.
                var deadline = DateTime.UtcNow.AddMinutes(3);
                while (DateTime.UtcNow < deadline && !process.HasExited && (!File.Exists(path) || SafeCount(path) == 0))
                {
                    Thread.Sleep(50);
                }

                Skip.If(process.HasExited, "the run finished before it could be killed");
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }

            var stored = Count(path, "SELECT COUNT(*) FROM articles");
            var files = Directory.GetFiles(corpus, "*.txt");
            // On a fast machine the last batches can be committed between the check above and the kill; then nothing was cut short.
            Skip.If(stored == files.Length, "the run stored every article before it could be killed");
            using (var connection = Open(path))
            {
                Assert.Equal("ok", (string)new SqliteCommand("PRAGMA integrity_check", connection).ExecuteScalar()!);
            }

            Assert.InRange(stored, 1, files.Length - 1);
            using var archive = ArchiveTestSupport.Open(path);
            var entries = archive.Add(files.Select(f => new ArticleReader(ArchiveTestSupport.Config).ReadFile(f)));

            // Every file is now stored once, or named as a duplicate of one that is; and every article is in an event.
            Assert.Equal(files.Length, entries.Count);
            Assert.True(entries.Count(e => e.Status == ArchiveStatus.Unchanged) >= stored - entries.Count(e => e.Status == ArchiveStatus.Duplicate));
            Assert.Equal(files.Length - entries.Count(e => e.Status == ArchiveStatus.Duplicate), Count(path, "SELECT COUNT(*) FROM articles"));
            Assert.Equal(0, Count(path, Ungrouped));
        }

        private static long SafeCount(string path)
        {
            try
            {
                return Count(path, "SELECT COUNT(*) FROM articles");
            }
            catch (SqliteException)
            {
                return 0;
            }
        }

        [Fact]
        public async Task A_second_run_waits_for_the_first_or_fails_clearly_and_nothing_is_corrupted()
        {
            using var folder = new TempFolder();
            var path = folder.File("news.db");
            using var holding = new ManualResetEventSlim();
            using var release = new ManualResetEventSlim();
            using var first = ArchiveTestSupport.Open(path);
            first.AfterArticleWritten = _ =>
            {
                holding.Set();
                release.Wait(TimeSpan.FromSeconds(60));
            };
            var writer = Task.Run(() => first.AddBatch(Stories(3, "a")));
            Assert.True(holding.Wait(TimeSpan.FromSeconds(60)));

            // Impatient: gives up with a clear error naming the archive.
            using (var impatient = ArchiveTestSupport.Open(path, new ArchiveOptions { LockTimeout = TimeSpan.FromMilliseconds(300) }))
            {
                var error = Assert.Throws<NewsToolsException>(() => impatient.AddBatch(Stories(2, "b")));
                Assert.Equal("ArchiveBusy", error.ErrorId);
                Assert.Equal(path, error.Input);
            }

            // Patient: waits for the first run and then stores its own.
            using var patient = ArchiveTestSupport.Open(path, new ArchiveOptions { LockTimeout = TimeSpan.FromSeconds(60) });
            var waiting = Task.Run(() => patient.AddBatch(Stories(2, "b")));
            Thread.Sleep(200);
            Assert.False(waiting.IsCompleted);
            release.Set();
            await writer;
            Assert.All(await waiting, e => Assert.Equal(ArchiveStatus.Added, e.Status));

            Assert.Equal(5, Count(path, "SELECT COUNT(*) FROM articles"));
            Assert.Equal(3, first.Query(new ArchiveQuery()).Count(a => ((Article)a).Id.StartsWith("a", StringComparison.Ordinal)));
        }

        [Fact]
        public void An_archive_opened_read_only_refuses_to_write_with_a_clear_error()
        {
            using var folder = new TempFolder();
            var path = folder.File("news.db");
            using (var archive = ArchiveTestSupport.Open(path))
            {
                archive.Add(Stories(2));
            }

            using var readOnly = ArchiveTestSupport.Open(path, new ArchiveOptions { ReadOnly = true });
            var error = Assert.Throws<NewsToolsException>(() => readOnly.AddBatch(Stories(1, "x")));

            Assert.Equal("ArchiveReadOnly", error.ErrorId);
            Assert.Equal(path, error.Input);
            Assert.Equal(2, readOnly.Query(new ArchiveQuery()).Count());
        }

        [Fact]
        public void A_new_archive_has_8_KB_pages_and_a_file_with_other_pages_keeps_them()
        {
            using var folder = new TempFolder();
            var path = folder.File("news.db");
            using (var archive = ArchiveTestSupport.Open(path))
            {
                archive.Add(Stories(3));
            }

            Assert.Equal(8192, Count(path, "PRAGMA page_size"));

            // A file written before with 4 KB pages (as every archive was) is not rebuilt: it is migrated, written and read at 4 KB.
            var older = folder.File("older.db");
            using (var connection = Open(older))
            {
                RunSql(connection, "PRAGMA page_size = 4096; CREATE TABLE t(x); DROP TABLE t;");
            }

            using (var archive = ArchiveTestSupport.Open(older))
            {
                Assert.Equal(3, archive.Add(Stories(3)).Count(e => e.Status == ArchiveStatus.Added));
            }

            Assert.Equal(4096, Count(older, "PRAGMA page_size"));
            using var reopened = ArchiveTestSupport.Open(older, new ArchiveOptions { ReadOnly = true });
            Assert.Equal(3, reopened.Query(new ArchiveQuery()).Count());
        }

        [Fact]
        public void Committed_batches_reach_the_archive_file_while_the_run_goes_on_not_only_when_it_closes()
        {
            using var folder = new TempFolder();
            var path = folder.File("news.db");
            using var archive = ArchiveTestSupport.Open(path);
            var first = archive.AddBatch(Stories(NewsArchive.BatchSize, "a"));
            archive.WaitForCheckpoint();
            archive.AddBatch(Stories(3, "b"));
            archive.WaitForCheckpoint();

            // The file alone, without its write-ahead log, as a copy taken now would be: it holds the first batch at least.
            var copy = folder.File("copy.db");
            File.Copy(path, copy);
            Assert.True(Count(copy, "SELECT COUNT(*) FROM articles") >= first.Count);
        }

        private static void RunSql(SqliteConnection connection, string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        [Fact]
        public void A_full_disk_fails_the_batch_clearly_and_leaves_the_archive_as_it_was()
        {
            using var folder = new TempFolder();
            var path = folder.File("news.db");
            using (var archive = ArchiveTestSupport.Open(path))
            {
                archive.Add(Stories(2));
            }

            var pages = Count(path, "PRAGMA page_count");
            // The file may grow by a few pages only: a batch of long articles does not fit, as on a full disk.
            using (var archive = ArchiveTestSupport.Open(path, new ArchiveOptions { MaxPages = pages + 4 }))
            {
                var big = Enumerable.Range(0, 20).Select(i => Story("big" + i, string.Join("\n\n", Enumerable.Repeat($"Paragraph {i} of a long report on the harbour budget, which the council debated for hours.", 400)))).ToList();
                var error = Assert.Throws<NewsToolsException>(() => archive.AddBatch(big));

                Assert.Equal("ArchiveDiskFull", error.ErrorId);
                Assert.Equal(path, error.Input);
                Assert.Equal(2, archive.Query(new ArchiveQuery()).Count());
            }

            using var again = ArchiveTestSupport.Open(path);
            Assert.Equal(ArchiveStatus.Added, again.Add(Stories(1, "after")).Single().Status);
        }

        [Fact]
        public void A_file_of_an_older_schema_is_migrated_and_its_articles_join_new_events()
        {
            using var folder = new TempFolder();
            var path = OlderArchive(folder, 1);

            // What a version-1 NewsTools wrote: an article, grouped into an event, and its quote; version 1 had no term index.
            var gazette = TestData.ReadSample("harbour-gazette-2024-03-12-bridge.txt");
            using (var connection = Open(path))
            {
                var insert = connection.CreateCommand();
                insert.CommandText = @"INSERT INTO events(row_id, label, created) VALUES (1, 'bridge', 0);
INSERT INTO articles(row_id, article_id, outlet, title, reference_date_source, format, text, paragraphs, content_hash, revision, is_current, event_row, added, first_seen)
VALUES (1, $id, 'The Harbour Gazette', $title, 0, 'Text', $text, '', 'oldhash', 1, 1, 1, 0, 0);
INSERT INTO quotes(article_row, text, kind, speaker, speaker_type, attribution, paragraph, start, end, speaker_start, speaker_end, sentence)
VALUES (1, 'This is ours again', 0, 'Elena Varga', 0, 0, 1, 10, 28, -1, -1, 'This is ours again');";
                insert.Parameters.AddWithValue("$id", gazette.Id);
                insert.Parameters.AddWithValue("$title", gazette.Title);
                insert.Parameters.AddWithValue("$text", gazette.Text);
                insert.ExecuteNonQuery();
            }

            using var archive = ArchiveTestSupport.Open(path);

            Assert.Equal(NewsArchive.CurrentSchemaVersion, archive.SchemaVersion);
            Assert.Equal(NewsArchive.CurrentSchemaVersion, Count(path, "PRAGMA user_version"));
            Assert.True(Count(path, "SELECT COUNT(*) FROM term_index WHERE article_row = 1") > 0);
            Assert.Equal(1, Count(path, "SELECT COUNT(*) FROM article_signatures WHERE article_row = 1"));
            Assert.Equal("Elena Varga", Assert.IsType<NewsTools.Quotes.Quote>(Assert.Single(archive.Query(new ArchiveQuery { Kind = ArchiveKind.Quote }))).Speaker);
            var coastal = TestData.ReadSample("coastal-wire-2024-03-12-bridge.html");
            Assert.Equal("event-0001", archive.Add(new[] { coastal }).Single().EventId);
        }

        [Fact]
        public void A_version_4_file_keeps_the_event_of_each_article_when_events_move_to_their_own_table()
        {
            using var folder = new TempFolder();
            var path = OlderArchive(folder, 4);

            // What a version-4 NewsTools wrote: two reports of one event, a third article in another, and one not grouped yet.
            var gazette = TestData.ReadSample("harbour-gazette-2024-03-12-bridge.txt");
            using (var connection = Open(path))
            {
                var insert = connection.CreateCommand();
                insert.CommandText = @"INSERT INTO events(row_id, label, created) VALUES (7, 'bridge', 0), (9, 'budget', 0);
INSERT INTO articles(row_id, article_id, outlet, title, reference_date_source, format, text, paragraphs, content_hash, revision, is_current, event_row, added, first_seen)
VALUES (1, 'a1', 'The Harbour Gazette', $title, 0, 'Text', $text, '', 'h1', 1, 1, 7, 0, 0),
       (2, 'a2', 'Coastal Wire', $title, 0, 'Text', $text || ' More.', '', 'h2', 1, 1, 7, 0, 0),
       (3, 'a3', 'The Harbour Gazette', 'Budget', 0, 'Text', 'The council passed its budget on Monday.', '', 'h3', 1, 1, 9, 0, 0),
       (4, 'a4', 'The Harbour Gazette', 'Later', 0, 'Text', 'A later story that no run has grouped yet.', '', 'h4', 1, 1, NULL, 0, 0);";
                insert.Parameters.AddWithValue("$title", gazette.Title);
                insert.Parameters.AddWithValue("$text", gazette.Text);
                insert.ExecuteNonQuery();
            }

            using var archive = ArchiveTestSupport.Open(path);

            Assert.Equal(NewsArchive.CurrentSchemaVersion, archive.SchemaVersion);
            Assert.Equal(3, Count(path, "SELECT COUNT(*) FROM article_events"));
            Assert.Equal(0, Count(path, "SELECT COUNT(*) FROM pragma_table_info('articles') WHERE name = 'event_row'"));
            var events = archive.Query(new ArchiveQuery { Kind = ArchiveKind.Event }).Cast<NewsTools.Coverage.ArticleGroup>().ToList();
            Assert.Equal(new[] { "a1", "a2" }, events.Single(e => e.EventId == "event-0007").ArticleIds);
            Assert.Equal(new[] { "a3" }, events.Single(e => e.EventId == "event-0009").ArticleIds);
            Assert.Equal(new[] { "a1", "a2" }, archive.Query(new ArchiveQuery { EventId = "event-0007" }).Cast<Article>().Select(a => a.Id));

            // The article no run had grouped is still waiting for one.
            Assert.Equal(1, Count(path, Ungrouped));
        }

        [Fact]
        public void A_version_5_file_numbers_each_articles_rows_from_its_own_row_in_the_order_they_were_written()
        {
            using var folder = new TempFolder();
            var path = OlderArchive(folder, 5);

            // What a version-5 NewsTools wrote, the rows of two articles numbered by the table as they came (here interleaved).
            using (var connection = Open(path))
            {
                var insert = connection.CreateCommand();
                insert.CommandText = @"INSERT INTO articles(row_id, article_id, outlet, title, reference_date_source, format, text, paragraphs, content_hash, revision, is_current, added, first_seen)
VALUES (1, 'a1', 'The Harbour Gazette', 'Bridge', 0, 'Text', 'x', '', 'h1', 1, 1, 0, 0), (2, 'a2', 'Coastal Wire', 'Bridge', 0, 'Text', 'y', '', 'h2', 1, 1, 0, 0);
INSERT INTO quotes(rowid, article_row, text, kind, speaker, speaker_type, attribution, paragraph, start, end, speaker_start, speaker_end, sentence)
VALUES (1, 2, 'second article, first quote', 0, 'Rui Costa', 0, 0, 1, 10, 20, -1, -1, 's'),
       (2, 1, 'first article', 0, 'Elena Varga', 0, 0, 1, 5, 15, -1, -1, 's'),
       (3, 2, 'second article, second quote', 0, 'Elena Varga', 0, 0, 2, 30, 40, -1, -1, 's');
INSERT INTO time_expressions(rowid, article_row, text, type, value, precision, start, end_offset, paragraph, is_caption, tense)
VALUES (1, 2, 'Friday', 0, '2024-03-15', 0, 1, 7, 0, 0, 0), (2, 1, 'Monday', 0, '2024-03-11', 0, 1, 7, 0, 0, 0);
INSERT INTO timeline_events(rowid, article_row, value, type, precision, expression, event, actors, sources, is_caption, tense)
VALUES (1, 1, '2024-03-11', 0, 0, 'Monday', 'the bridge reopened', '', '', 0, 0);";
                insert.ExecuteNonQuery();
            }

            using var archive = ArchiveTestSupport.Open(path);

            Assert.Equal(NewsArchive.CurrentSchemaVersion, archive.SchemaVersion);
            const long first = 1L << 31;
            Assert.Equal(
                new[] { $"{first}|1|first article", $"{2 * first}|2|second article, first quote", $"{(2 * first) + 1}|2|second article, second quote" },
                Rows(path, "SELECT row_id || '|' || article_row || '|' || text FROM quotes ORDER BY row_id"));
            Assert.Equal(new[] { $"{first}|Monday", $"{2 * first}|Friday" }, Rows(path, "SELECT row_id || '|' || text FROM time_expressions ORDER BY row_id"));
            Assert.Equal(new[] { $"{first}|the bridge reopened" }, Rows(path, "SELECT row_id || '|' || event FROM timeline_events ORDER BY row_id"));

            // No index of article rows is left, and the speakers' index is there: queries by article and by speaker read the same.
            Assert.Equal(new[] { "ix_quotes_speaker" }, Rows(path, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('quotes', 'time_expressions', 'timeline_events') ORDER BY name"));
            var quotes = archive.Query(new ArchiveQuery { Kind = ArchiveKind.Quote }).Cast<NewsTools.Quotes.Quote>().ToList();
            Assert.Equal(new[] { "a1|first article", "a2|second article, first quote", "a2|second article, second quote" }, quotes.Select(q => q.ArticleId + "|" + q.Text));
            var varga = archive.Query(new ArchiveQuery { Kind = ArchiveKind.Quote, Speakers = new[] { "elena varga" } }).Cast<NewsTools.Quotes.Quote>();
            Assert.Equal(new[] { "a1", "a2" }, varga.Select(q => q.ArticleId));
            var revisions = archive.Query(new ArchiveQuery { Kind = ArchiveKind.Revision }).Cast<ArchiveEntry>().ToList();
            Assert.Equal(new[] { 1, 2 }, revisions.Select(r => r.Quotes));
            Assert.Equal(new[] { 1, 1 }, revisions.Select(r => r.TimeExpressions));
        }

        [Fact]
        public void An_articles_rows_are_numbered_from_its_own_row_as_they_are_added()
        {
            using var folder = new TempFolder();
            var path = folder.File("news.db");
            using (var archive = ArchiveTestSupport.Open(path))
            {
                archive.Add(new[] { TestData.ReadSample("harbour-gazette-2024-03-12-bridge.txt"), TestData.ReadSample("coastal-wire-2024-03-12-bridge.html") });
            }

            foreach (var table in new[] { "quotes", "time_expressions", "timeline_events" })
            {
                Assert.True(Count(path, $"SELECT COUNT(*) FROM {table}") > 0, table);
                Assert.Equal(0, Count(path, $"SELECT COUNT(*) FROM {table} WHERE row_id / {1L << 31} <> article_row"));
                Assert.Equal(0, Count(path, $"SELECT COUNT(*) FROM {table} x WHERE row_id % {1L << 31} <> (SELECT COUNT(*) FROM {table} y WHERE y.article_row = x.article_row AND y.row_id < x.row_id)"));
            }
        }

        [Fact]
        public void A_file_of_a_newer_schema_or_not_an_archive_is_refused_by_name()
        {
            using var folder = new TempFolder();
            var newer = folder.File("newer.db");
            using (var connection = Open(newer))
            {
                new SqliteCommand("PRAGMA user_version = 99", connection).ExecuteNonQuery();
            }

            var notArchive = folder.File("other.db");
            File.WriteAllText(notArchive, "this is a text file, not a database, and it is long enough to have a header of its own......");

            Assert.Equal("ArchiveTooNew", Assert.Throws<NewsToolsException>(() => ArchiveTestSupport.Open(newer)).ErrorId);
            var error = Assert.Throws<NewsToolsException>(() => ArchiveTestSupport.Open(notArchive));
            Assert.Equal("NotAnArchive", error.ErrorId);
            Assert.Equal(notArchive, error.Input);
        }
    }
}
