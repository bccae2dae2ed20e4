using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using NewsTools.Articles;
using NewsTools.Coverage;
using NewsTools.Engine;

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
                    var joined = GroupPending(transaction, cancellationToken);

                    // Read under the write lock, as no other run can group in between: one transaction instead of one per entry.
                    if (entries != null)
                    {
                        using (Timings.Measure("group: event ids"))
                        {
                            FillEventIds(entries, joined, transaction);
                        }
                    }

                    using (Timings.Measure("group: commit"))
                    {
                        transaction.Commit();
                    }
                }
            }
            catch (SqliteException ex)
            {
                throw Fail(ex, "group articles into events");
            }
        }

        /// <summary>Groups the pending articles; gives the event each of them joined, by article row.</summary>
        private Dictionary<long, long> GroupPending(SqliteTransaction transaction, CancellationToken cancellationToken)
        {
            var joinedBy = new Dictionary<long, long>();
            var pendingPhase = Timings.Measure("group: pending");
            var pending = new List<Grouped>();
            var missing = new List<long>();
            using (var command = Command("SELECT a.row_id FROM articles a WHERE a.is_current = 1 AND NOT EXISTS (SELECT 1 FROM article_events e WHERE e.article_row = a.row_id) ORDER BY a.row_id", transaction))
            using (var r = command.ExecuteReader())
            {
                while (r.Read())
                {
                    var row = r.GetInt64(0);
                    if (unGrouped.TryGetValue(row, out var keys))
                    {
                        pending.Add(new Grouped { Row = row, Keys = keys });
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
                var readBack = ReadKeys(missing, transaction);
                foreach (var p in readBack)
                {
                    unIndexed.Add(p.Row, p.Keys.Terms);
                }

                pending.AddRange(readBack);
            }

            unGrouped.Clear();
            var grouped = pending.Count == 0 ? 0 : CountGrouped(transaction);
            pendingPhase.Dispose();

            // An archive with no article in an event yet (the first run) has no candidates to find, so the pending articles are
            // grouped among themselves, on the pool, while this thread writes the term index: one core idled through each.
            Task<IReadOnlyList<ArticleGroup>>? clustering = null;
            if (pending.Count > 0 && grouped == 0)
            {
                var grouper = Grouper;
                var signatures = pending.Select(x => x.Keys.Signature).ToList();
                clustering = Task.Run(() => grouper.GroupSignatures(signatures, cancellationToken));
            }

            // Into the term index before the candidates are looked up there, as when each batch wrote its own rows.
            try
            {
                using (Timings.Measure("group: term index"))
                {
                    unIndexed.Write(statements);
                }
            }
            catch
            {
                // The write's failure is the one to report; the grouping, left to end, is not needed any more.
                clustering?.ContinueWith(t => _ = t.Exception, TaskScheduler.Default);
                throw;
            }

            if (pending.Count == 0)
            {
                return joinedBy;
            }

            List<Grouped> local;
            IReadOnlyList<ArticleGroup> groups;
            if (clustering != null)
            {
                local = pending;
                using (Timings.Measure("group: cluster"))
                {
                    // The grouping's own exception, not an AggregateException.
                    groups = clustering.GetAwaiter().GetResult();
                }
            }
            else
            {
                List<Grouped> stored;
                using (Timings.Measure("group: candidates"))
                {
                    stored = ReadKeys(FindCandidates(pending, grouped, transaction, cancellationToken), transaction);
                }

                local = stored.Concat(pending).ToList();
                using (Timings.Measure("group: cluster"))
                {
                    groups = Grouper.GroupSignatures(local.Select(x => x.Keys.Signature).ToList(), cancellationToken);
                }
            }

            using var writePhase = Timings.Measure("group: write");
            var now = Clock();
            var create = statements.Write("INSERT INTO events(label, created) VALUES ($p0, $p1)", 2);
            var assign = statements.Write("INSERT INTO article_events(event_row, article_row) VALUES ($p0, $p1)", 2);
            // One pass over each group's members, with a list and a count table kept from group to group: the end of an add
            // runs this for every new group on one thread, and a few lists and a LINQ grouping per group were most of it.
            var newcomers = new List<Grouped>();
            var storedEvents = new Dictionary<long, int>();
            foreach (var group in groups)
            {
                newcomers.Clear();
                storedEvents.Clear();
                foreach (var i in group.ArticleIndexes)
                {
                    var member = local[i];
                    if (member.EventRow is long stored)
                    {
                        storedEvents.TryGetValue(stored, out var count);
                        storedEvents[stored] = count + 1;
                    }
                    else
                    {
                        newcomers.Add(member);
                    }
                }

                if (newcomers.Count == 0)
                {
                    continue;
                }

                // Stored articles of two events may land in one local group; the newcomers join the event most of them are in
                // (of equal counts the lowest event row), and the two stored events stay as they were.
                long? joined = null;
                var most = 0;
                foreach (var e in storedEvents)
                {
                    if (e.Value > most || (e.Value == most && e.Key < joined!.Value))
                    {
                        joined = e.Key;
                        most = e.Value;
                    }
                }

                if (joined == null)
                {
                    create.Set(0, group.Label);
                    create.Set(1, now.UtcTicks);
                    joined = create.Insert();
                }

                assign.Set(0, joined.Value);
                foreach (var m in newcomers)
                {
                    assign.Set(1, m.Row);
                    assign.Execute();
                    joinedBy[m.Row] = joined.Value;
                }
            }

            return joinedBy;
        }

        /// <summary>
        /// Grouped articles sharing at least two of a pending article's indexed terms, the best <see cref="CandidatesPerArticle"/>
        /// for each, in row order. Terms carried by a large share of the archive ("government", "year") say little about the
        /// event and would make the look-up read most of the archive, so they are left out. Each term is one range of the
        /// term index's key, read no further than that limit.
        /// </summary>
        private List<long> FindCandidates(List<Grouped> pending, long grouped, SqliteTransaction transaction, CancellationToken cancellationToken)
        {
            if (grouped == 0)
            {
                return new List<long>();
            }

            var maxShare = Math.Max(50, grouped / 100);
            var byTerm = new Dictionary<long, List<long>>();
            foreach (var p in pending)
            {
                foreach (var t in p.Keys.Terms.Distinct())
                {
                    if (!byTerm.TryGetValue(t, out var carriers))
                    {
                        byTerm[t] = carriers = new List<long>();
                    }

                    carriers.Add(p.Row);
                }
            }

            var hits = new Dictionary<(long Pending, long Stored), int>();
            var (postings, pp) = statements.Get("SELECT article_row FROM term_index WHERE term = $p0 LIMIT $p1", 2, transaction);
            pp[1].Value = maxShare + 1;
            var rows = new List<long>();
            foreach (var term in byTerm)
            {
                cancellationToken.ThrowIfCancellationRequested();
                rows.Clear();
                pp[0].Value = term.Key;
                using (var r = postings.ExecuteReader())
                {
                    while (r.Read())
                    {
                        rows.Add(r.GetInt64(0));
                    }
                }

                if (rows.Count > maxShare)
                {
                    continue;
                }

                foreach (var p in term.Value)
                {
                    foreach (var s in rows)
                    {
                        hits.TryGetValue((p, s), out var n);
                        hits[(p, s)] = n + 1;
                    }
                }
            }

            // Only grouped current articles are candidates: looked up once each, for the pairs that share enough terms.
            var (state, sp) = statements.Get("SELECT 1 FROM articles a JOIN article_events e ON e.article_row = a.row_id WHERE a.row_id = $p0 AND a.is_current = 1", 1, transaction);
            var isGrouped = new Dictionary<long, bool>();
            var chosen = new HashSet<long>();
            foreach (var forOne in hits.Where(h => h.Value >= 2).GroupBy(h => h.Key.Pending))
            {
                var eligible = forOne.Where(h =>
                {
                    if (!isGrouped.TryGetValue(h.Key.Stored, out var ok))
                    {
                        sp[0].Value = h.Key.Stored;
                        isGrouped[h.Key.Stored] = ok = state.ExecuteScalar() != null;
                    }

                    return ok;
                });
                foreach (var h in eligible.OrderByDescending(h => h.Value).ThenByDescending(h => h.Key.Stored).Take(CandidatesPerArticle))
                {
                    chosen.Add(h.Key.Stored);
                }
            }

            var list = chosen.ToList();
            list.Sort();
            return list;
        }

        /// <summary>Current articles that are in an event: the ones a pending article can join through.</summary>
        private long CountGrouped(SqliteTransaction transaction) =>
            Convert.ToInt64(Scalar("SELECT COUNT(*) FROM articles a JOIN article_events e ON e.article_row = a.row_id WHERE a.is_current = 1", transaction), CultureInfo.InvariantCulture);

        /// <summary>A stored or new article as grouping sees it: its row, its event if it has one, and its grouping keys.</summary>
        private sealed class Grouped
        {
            public long Row;
            public long? EventRow;
            public GroupingKeys Keys = null!;
        }

        /// <summary>The grouping keys of <paramref name="rows"/>, in row order, read from the archive.</summary>
        private List<Grouped> ReadKeys(List<long> rows, SqliteTransaction transaction)
        {
            var list = new List<Grouped>(rows.Count);
            if (rows.Count == 0)
            {
                return list;
            }

            // Row numbers are integers the archive gave out: safe to write into the statement.
            using var command = Command(@"SELECT a.row_id, a.article_id, a.outlet, a.title, e.event_row, s.signature, s.terms
FROM articles a JOIN article_signatures s ON s.article_row = a.row_id LEFT JOIN article_events e ON e.article_row = a.row_id
WHERE a.row_id IN (" + string.Join(",", rows.Select(r => r.ToString(CultureInfo.InvariantCulture))) + ") ORDER BY a.row_id", transaction);
            using var r = command.ExecuteReader();
            while (r.Read())
            {
                var signature = EventSignature.FromBytes(r.GetString(1), ArticleRecord.Str(r, 2), ArticleRecord.Str(r, 3), (byte[])r.GetValue(5))
                    ?? throw new NewsToolsException("NotAnArchive", InputErrorKind.InvalidData, Path, "The stored event signature of article row " + r.GetInt64(0).ToString(CultureInfo.InvariantCulture) + " is damaged.");
                list.Add(new Grouped
                {
                    Row = r.GetInt64(0),
                    EventRow = r.IsDBNull(4) ? (long?)null : r.GetInt64(4),
                    Keys = new GroupingKeys(signature, ArchiveSignatures.ReadTerms((byte[])r.GetValue(6))),
                });
            }

            return list;
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
            using var command = Command("SELECT " + ArticleRecord.Columns + ", e.event_row, a.added, a.revision, " + ArticleRecord.LaterColumns + " FROM articles a LEFT JOIN article_events e ON e.article_row = a.row_id WHERE " + where + " ORDER BY a.row_id", transaction);
            bind?.Invoke(command);
            using var r = command.ExecuteReader();
            var list = new List<StoredArticle>();
            while (r.Read())
            {
                var article = ArticleRecord.Read(r);
                ArticleRecord.ReadLater(r, 18, article);
                list.Add(new StoredArticle
                {
                    Row = r.GetInt64(0),
                    Article = article,
                    EventRow = r.IsDBNull(15) ? (long?)null : r.GetInt64(15),
                    Added = ArticleRecord.Instant(r.GetInt64(16)),
                    Revision = r.GetInt32(17),
                });
            }

            return list;
        }

        /// <summary>The event of each entry's article: the one it just joined (<paramref name="joined"/>), or else as stored.</summary>
        private void FillEventIds(IList<ArchiveEntry> entries, Dictionary<long, long> joined, SqliteTransaction transaction)
        {
            using var command = Command("SELECT event_row FROM article_events WHERE article_row = $row", transaction);
            var row = command.Parameters.Add("$row", SqliteType.Integer);
            foreach (var entry in entries)
            {
                if (entry.Row == 0)
                {
                    continue;
                }

                if (joined.TryGetValue(entry.Row, out var eventRow))
                {
                    entry.EventId = EventName(eventRow);
                    continue;
                }

                row.Value = entry.Row;
                var value = command.ExecuteScalar();
                entry.EventId = value == null || value is DBNull ? null : EventName(Convert.ToInt64(value, CultureInfo.InvariantCulture));
            }
        }
    }
}
