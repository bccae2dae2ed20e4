using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.Data.Sqlite;
using NewsTools.Articles;
using NewsTools.Coverage;

namespace NewsTools.Archive
{
    public sealed partial class NewsArchive
    {
        /// <summary>Stored articles a new one is compared with at most: the ones sharing most of its distinctive terms.</summary>
        internal const int CandidatesPerArticle = 10;

        /// <summary>
        /// Runs the engine's event grouping incrementally: the articles not yet in an event (this run's, or a killed run's) are
        /// grouped together with the stored articles that share their distinctive terms, and each joins the event its group's
        /// stored articles belong to, or a new event. Stored articles never move, so a day's run does not regroup the archive.
        /// Fills <see cref="ArchiveEntry.EventId"/> of <paramref name="entries"/>.
        /// </summary>
        public void AssignEvents(IList<ArchiveEntry>? entries = null, CancellationToken cancellationToken = default)
        {
            try
            {
                using (var transaction = BeginWrite())
                {
                    GroupPending(transaction, cancellationToken);
                    using (Timings.Measure("group: commit"))
                    {
                        transaction.Commit();
                    }
                }

                if (entries != null)
                {
                    using (Timings.Measure("group: event ids"))
                    {
                        FillEventIds(entries);
                    }
                }
            }
            catch (SqliteException ex)
            {
                throw Fail(ex, "group articles into events");
            }
        }

        private void GroupPending(SqliteTransaction transaction, CancellationToken cancellationToken)
        {
            var pendingPhase = Timings.Measure("group: pending");
            var pending = new List<StoredArticle>();
            var missing = new List<long>();
            using (var command = Command("SELECT row_id FROM articles WHERE is_current = 1 AND event_row IS NULL ORDER BY row_id", transaction))
            using (var r = command.ExecuteReader())
            {
                while (r.Read())
                {
                    var row = r.GetInt64(0);
                    if (unGrouped.TryGetValue(row, out var article))
                    {
                        pending.Add(new StoredArticle { Row = row, Article = article });
                    }
                    else
                    {
                        missing.Add(row);
                    }
                }
            }

            // Articles a killed run stored but did not group are read back and grouped now.
            if (missing.Count > 0)
            {
                pending.AddRange(ReadArticles("a.row_id IN (" + string.Join(",", missing) + ")", transaction));
            }

            unGrouped.Clear();
            pendingPhase.Dispose();
            if (pending.Count == 0)
            {
                return;
            }

            List<StoredArticle> stored;
            using (Timings.Measure("group: candidates"))
            {
                FindCandidates(pending.Select(p => p.Row).ToList(), transaction, cancellationToken);
            }

            using (Timings.Measure("group: read back"))
            {
                stored = ReadArticles("a.row_id IN (SELECT row_id FROM temp.candidate_rows)", transaction);
            }

            var local = stored.Concat(pending).ToList();
            IReadOnlyList<ArticleGroup> groups;
            using (Timings.Measure("group: cluster"))
            {
                groups = new EventGrouper(config).Group(local.Select(x => x.Article).ToList(), cancellationToken);
            }

            using var writePhase = Timings.Measure("group: write");
            var now = Clock();
            foreach (var group in groups)
            {
                var members = group.ArticleIndexes.Select(i => local[i]).ToList();
                var newcomers = members.Where(m => m.EventRow == null).ToList();
                if (newcomers.Count == 0)
                {
                    continue;
                }

                // Stored articles of two events may land in one local group; the newcomers join the event most of them are in,
                // and the two stored events stay as they were.
                var joined = members.Where(m => m.EventRow != null).GroupBy(m => m.EventRow!.Value)
                    .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (long?)g.Key).FirstOrDefault();
                if (joined == null)
                {
                    using var create = Command("INSERT INTO events(label, created) VALUES ($label, $created); SELECT last_insert_rowid();", transaction);
                    create.Parameters.AddWithValue("$label", group.Label);
                    create.Parameters.AddWithValue("$created", now.UtcTicks);
                    joined = (long)create.ExecuteScalar()!;
                }

                using var assign = Command("UPDATE articles SET event_row = $event WHERE row_id = $row", transaction);
                assign.Parameters.AddWithValue("$event", joined.Value);
                var row = assign.Parameters.Add("$row", SqliteType.Integer);
                foreach (var m in newcomers)
                {
                    row.Value = m.Row;
                    assign.ExecuteNonQuery();
                }
            }

            ArchiveSchema.Execute(connection, transaction, "DROP TABLE IF EXISTS temp.candidate_rows");
        }

        /// <summary>
        /// Grouped articles sharing at least two of a pending article's indexed terms, the best <see cref="CandidatesPerArticle"/>
        /// for each, into temp.candidate_rows. Terms carried by a large share of the archive ("government", "year") say little
        /// about the event and would make the look-up read most of the archive, so they are left out.
        /// </summary>
        private int FindCandidates(List<long> pendingRows, SqliteTransaction transaction, CancellationToken cancellationToken)
        {
            ArchiveSchema.Execute(connection, transaction, @"
DROP TABLE IF EXISTS temp.pending_rows; DROP TABLE IF EXISTS temp.candidate_rows;
CREATE TEMP TABLE pending_rows(row_id INTEGER PRIMARY KEY);
CREATE TEMP TABLE candidate_rows(row_id INTEGER PRIMARY KEY);");
            using (var insert = Command("INSERT INTO temp.pending_rows(row_id) VALUES ($row)", transaction))
            {
                var row = insert.Parameters.Add("$row", SqliteType.Integer);
                foreach (var r in pendingRows)
                {
                    row.Value = r;
                    insert.ExecuteNonQuery();
                }
            }

            var grouped = Convert.ToInt64(Scalar("SELECT COUNT(*) FROM articles WHERE is_current = 1 AND event_row IS NOT NULL", transaction), CultureInfo.InvariantCulture);
            if (grouped == 0)
            {
                return 0;
            }

            var maxShare = Math.Max(50, grouped / 100);
            var pairs = new List<(long Pending, long Stored, int Hits)>();
            using (var select = Command(@"
WITH terms AS (
    SELECT DISTINCT t.term FROM article_terms t JOIN temp.pending_rows p ON p.row_id = t.article_row),
useful AS (
    SELECT terms.term FROM terms WHERE (SELECT COUNT(*) FROM article_terms x WHERE x.term = terms.term) <= $max)
SELECT p.article_row, s.article_row, COUNT(*) AS hits
FROM article_terms p
JOIN temp.pending_rows pr ON pr.row_id = p.article_row
JOIN useful u ON u.term = p.term
JOIN article_terms s ON s.term = p.term
JOIN articles a ON a.row_id = s.article_row AND a.is_current = 1 AND a.event_row IS NOT NULL
GROUP BY p.article_row, s.article_row
HAVING hits >= 2", transaction))
            {
                select.Parameters.AddWithValue("$max", maxShare);
                using var r = select.ExecuteReader();
                while (r.Read())
                {
                    pairs.Add((r.GetInt64(0), r.GetInt64(1), r.GetInt32(2)));
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            var chosen = new HashSet<long>();
            foreach (var forOne in pairs.GroupBy(p => p.Pending))
            {
                foreach (var p in forOne.OrderByDescending(p => p.Hits).ThenByDescending(p => p.Stored).Take(CandidatesPerArticle))
                {
                    chosen.Add(p.Stored);
                }
            }

            using (var insert = Command("INSERT INTO temp.candidate_rows(row_id) VALUES ($row)", transaction))
            {
                var row = insert.Parameters.Add("$row", SqliteType.Integer);
                foreach (var c in chosen)
                {
                    row.Value = c;
                    insert.ExecuteNonQuery();
                }
            }

            ArchiveSchema.Execute(connection, transaction, "DROP TABLE IF EXISTS temp.pending_rows");
            return chosen.Count;
        }

        /// <summary>An article read back from the archive with its row and event.</summary>
        private sealed class StoredArticle
        {
            public long Row;
            public long? EventRow;
            public Article Article = null!;
            public DateTimeOffset Added;
            public int Revision;
        }

        private List<StoredArticle> ReadArticles(string where, SqliteTransaction? transaction, Action<SqliteCommand>? bind = null)
        {
            using var command = Command("SELECT " + ArticleRecord.Columns + ", a.event_row, a.added, a.revision FROM articles a WHERE " + where + " ORDER BY a.row_id", transaction);
            bind?.Invoke(command);
            using var r = command.ExecuteReader();
            var list = new List<StoredArticle>();
            while (r.Read())
            {
                list.Add(new StoredArticle
                {
                    Row = r.GetInt64(0),
                    Article = ArticleRecord.Read(r),
                    EventRow = r.IsDBNull(15) ? (long?)null : r.GetInt64(15),
                    Added = ArticleRecord.Instant(r.GetInt64(16)),
                    Revision = r.GetInt32(17),
                });
            }

            return list;
        }

        private void FillEventIds(IList<ArchiveEntry> entries)
        {
            using var command = Command("SELECT event_row FROM articles WHERE row_id = $row");
            var row = command.Parameters.Add("$row", SqliteType.Integer);
            foreach (var entry in entries)
            {
                if (entry.Row == 0)
                {
                    continue;
                }

                row.Value = entry.Row;
                var value = command.ExecuteScalar();
                entry.EventId = value == null || value is DBNull ? null : EventName(Convert.ToInt64(value, CultureInfo.InvariantCulture));
            }
        }
    }
}
