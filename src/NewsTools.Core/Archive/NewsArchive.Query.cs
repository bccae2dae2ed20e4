using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.Data.Sqlite;
using NewsTools.Coverage;

namespace NewsTools.Archive
{
    public sealed partial class NewsArchive
    {
        /// <summary>
        /// The stored objects, as the other commands write them: Article, Quote, TimeExpression, TimelineEvent, ArticleGroup
        /// (events), or ArchiveEntry (every revision). Only current revisions unless Revision is asked for.
        /// </summary>
        public IEnumerable<object> Query(ArchiveQuery query, CancellationToken cancellationToken = default)
        {
            if (query == null)
            {
                throw new ArgumentNullException(nameof(query));
            }

            try
            {
                return QueryCore(query, cancellationToken).ToList();
            }
            catch (SqliteException ex)
            {
                throw Fail(ex, "read");
            }
        }

        private IEnumerable<object> QueryCore(ArchiveQuery query, CancellationToken cancellationToken)
        {
            var where = new StringBuilder(query.Kind == ArchiveKind.Revision ? "1 = 1" : "a.is_current = 1");
            var bind = new List<Action<SqliteCommand>>();
            if (query.Since != null)
            {
                where.Append(" AND a.added >= $since");
                bind.Add(c => c.Parameters.AddWithValue("$since", query.Since.Value.UtcTicks));
            }

            AddAnyOf(where, bind, "a.outlet", "outlet", query.Outlets);
            if (query.EventId != null)
            {
                where.Append(" AND a.row_id IN (SELECT article_row FROM article_events WHERE event_row = $event)");
                bind.Add(c => c.Parameters.AddWithValue("$event", ParseEventId(query.EventId)));
            }

            var speakers = query.Speakers != null && query.Speakers.Count > 0;
            if (speakers && query.Kind != ArchiveKind.Quote)
            {
                throw new ArgumentException("-Speaker applies to quotes only.", nameof(query));
            }

            Action<SqliteCommand> binder = c => bind.ForEach(b => b(c));
            switch (query.Kind)
            {
                case ArchiveKind.Article:
                    foreach (var a in ReadArticles(where.ToString(), null, binder))
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        yield return a.Article;
                    }

                    break;
                case ArchiveKind.Quote:
                    AddAnyOf(where, bind, "q.speaker", "speaker", query.Speakers);
                    using (var command = Command("SELECT a.article_id, a.outlet, " + ArchiveRows.QuoteColumns + " FROM articles a JOIN quotes q ON " + ArchiveRows.JoinedToArticle("q") + " WHERE " + where + " ORDER BY q.article_row, q.start"))
                    {
                        binder(command);
                        using var r = command.ExecuteReader();
                        while (r.Read())
                        {
                            yield return ArchiveRows.ReadQuote(r, 2, r.GetString(0), ArticleRecord.Str(r, 1));
                        }
                    }

                    break;
                case ArchiveKind.TimeExpression:
                    using (var command = Command("SELECT a.article_id, " + ArchiveRows.TimeColumns + " FROM articles a JOIN time_expressions t ON " + ArchiveRows.JoinedToArticle("t") + " WHERE " + where + " ORDER BY t.article_row, t.start"))
                    {
                        binder(command);
                        using var r = command.ExecuteReader();
                        while (r.Read())
                        {
                            yield return ArchiveRows.ReadTime(r, 1, r.GetString(0));
                        }
                    }

                    break;
                case ArchiveKind.TimelineEvent:
                    using (var command = Command("SELECT a.article_id, a.outlet, " + ArchiveRows.TimelineColumns + " FROM articles a JOIN timeline_events e ON " + ArchiveRows.JoinedToArticle("e") + " WHERE " + where + " ORDER BY e.date IS NULL, e.date, e.article_row"))
                    {
                        binder(command);
                        using var r = command.ExecuteReader();
                        while (r.Read())
                        {
                            yield return ArchiveRows.ReadTimeline(r, 2, r.GetString(0), ArticleRecord.Str(r, 1));
                        }
                    }

                    break;
                case ArchiveKind.Event:
                    foreach (var group in ReadEvents(where.ToString(), binder))
                    {
                        yield return group;
                    }

                    break;
                case ArchiveKind.Revision:
                    foreach (var entry in ReadRevisions(where.ToString(), binder))
                    {
                        yield return entry;
                    }

                    break;
            }
        }

        /// <summary>Events with at least one article that passes the filters; each lists all its current articles.</summary>
        private IEnumerable<ArticleGroup> ReadEvents(string where, Action<SqliteCommand> bind)
        {
            var members = new List<(long Event, string Label, string ArticleId, string? Outlet)>();
            using (var command = Command(@"SELECT ev.row_id, ev.label, m.article_id, m.outlet FROM events ev
JOIN article_events me ON me.event_row = ev.row_id JOIN articles m ON m.row_id = me.article_row AND m.is_current = 1
WHERE ev.row_id IN (SELECT e.event_row FROM articles a JOIN article_events e ON e.article_row = a.row_id WHERE " + where + @")
ORDER BY ev.row_id, m.row_id"))
            {
                bind(command);
                using var r = command.ExecuteReader();
                while (r.Read())
                {
                    members.Add((r.GetInt64(0), r.GetString(1), r.GetString(2), ArticleRecord.Str(r, 3)));
                }
            }

            foreach (var e in members.GroupBy(m => m.Event))
            {
                yield return new ArticleGroup
                {
                    EventId = EventName(e.Key),
                    Label = e.First().Label,
                    ArticleIds = e.Select(m => m.ArticleId).ToList(),
                    Outlets = e.Where(m => m.Outlet != null).Select(m => m.Outlet!).Distinct(StringComparer.Ordinal).ToList(),
                };
            }
        }

        private List<ArchiveEntry> ReadRevisions(string where, Action<SqliteCommand> bind)
        {
            using var command = Command(@"SELECT a.row_id, a.article_id, a.url, a.outlet, a.title, a.published, a.content_hash, a.revision, (SELECT e.event_row FROM article_events e WHERE e.article_row = a.row_id), a.added, a.first_seen,
    (SELECT COUNT(*) FROM quotes q WHERE " + ArchiveRows.OfArticle("q", "a.row_id") + "), (SELECT COUNT(*) FROM time_expressions t WHERE " + ArchiveRows.OfArticle("t", "a.row_id") + @")
FROM articles a WHERE " + where + " ORDER BY a.row_id");
            bind(command);
            using var r = command.ExecuteReader();
            var list = new List<ArchiveEntry>();
            while (r.Read())
            {
                var revision = r.GetInt32(7);
                list.Add(new ArchiveEntry
                {
                    Row = r.GetInt64(0),
                    ArticleId = r.GetString(1),
                    Url = ArticleRecord.Str(r, 2),
                    Outlet = ArticleRecord.Str(r, 3),
                    Title = ArticleRecord.Str(r, 4),
                    PublishedTime = ArticleRecord.Date(r, 5),
                    ContentHash = r.GetString(6),
                    Revision = revision,
                    Status = revision > 1 ? ArchiveStatus.Revised : ArchiveStatus.Added,
                    EventId = r.IsDBNull(8) ? null : EventName(r.GetInt64(8)),
                    Added = ArticleRecord.Instant(r.GetInt64(9)),
                    FirstSeen = ArticleRecord.Instant(r.GetInt64(10)),
                    Quotes = r.GetInt32(11),
                    TimeExpressions = r.GetInt32(12),
                });
            }

            return list;
        }

        /// <summary>
        /// "column matches any of the patterns", case-insensitively; * and ? are wildcards. An exact name uses the index
        /// (COLLATE NOCASE), so a query by speaker over thousands of articles stays a look-up.
        /// </summary>
        private static void AddAnyOf(StringBuilder where, List<Action<SqliteCommand>> bind, string column, string name, IReadOnlyList<string>? patterns)
        {
            if (patterns == null || patterns.Count == 0)
            {
                return;
            }

            where.Append(" AND (");
            for (var i = 0; i < patterns.Count; i++)
            {
                var parameter = "$" + name + i.ToString(CultureInfo.InvariantCulture);
                var pattern = patterns[i];
                var wild = pattern.IndexOf('*') >= 0 || pattern.IndexOf('?') >= 0;
                where.Append(i > 0 ? " OR " : "").Append(column).Append(wild ? " LIKE " + parameter + " ESCAPE '\\'" : " = " + parameter + " COLLATE NOCASE");
                var value = wild ? ToLike(pattern) : pattern;
                bind.Add(c => c.Parameters.AddWithValue(parameter, value));
            }

            where.Append(')');
        }

        private static string ToLike(string pattern)
        {
            var sb = new StringBuilder(pattern.Length + 4);
            foreach (var c in pattern)
            {
                sb.Append(c switch
                {
                    '*' => "%",
                    '?' => "_",
                    '%' => "\\%",
                    '_' => "\\_",
                    '\\' => "\\\\",
                    _ => c.ToString(),
                });
            }

            return sb.ToString();
        }

        private long ParseEventId(string id)
        {
            var digits = id.StartsWith("event-", StringComparison.OrdinalIgnoreCase) ? id.Substring(6) : id;
            if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var row))
            {
                throw new Engine.NewsToolsException("InvalidEventId", Engine.InputErrorKind.InvalidArgument, id, "Event ids look like event-0042.");
            }

            return row;
        }
    }
}
