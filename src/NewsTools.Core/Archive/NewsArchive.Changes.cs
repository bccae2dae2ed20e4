using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.Data.Sqlite;
using NewsTools.Coverage;
using NewsTools.Feeds;
using NewsTools.Quotes;

namespace NewsTools.Archive
{
    public sealed partial class NewsArchive
    {
        /// <summary>Articles of one event compared at most when looking for new discrepancies: the most recent ones.</summary>
        internal const int MaxArticlesCompared = 30;

        /// <summary>
        /// What changed since <paramref name="since"/>: new events, new outlets on events seen before, new statements, new
        /// discrepancies between outlets (ones that involve an article stored since), and articles revised since.
        /// </summary>
        public IReadOnlyList<ArchiveChange> Changes(DateTimeOffset since, CancellationToken cancellationToken = default)
        {
            try
            {
                return FindChanges(since, cancellationToken);
            }
            catch (SqliteException ex)
            {
                throw Fail(ex, "read");
            }
        }

        private List<ArchiveChange> FindChanges(DateTimeOffset since, CancellationToken cancellationToken)
        {
            var changes = new List<ArchiveChange>();
            var sinceTicks = since.UtcTicks;
            var recent = ReadArticles("a.added >= $since", null, c => c.Parameters.AddWithValue("$since", sinceTicks));
            if (recent.Count == 0)
            {
                return changes;
            }

            var labels = new Dictionary<long, string>();
            var created = new Dictionary<long, long>();
            using (var command = Command("SELECT row_id, label, created FROM events WHERE row_id IN (SELECT e.event_row FROM articles a JOIN article_events e ON e.article_row = a.row_id WHERE a.added >= $since)"))
            {
                command.Parameters.AddWithValue("$since", sinceTicks);
                using var r = command.ExecuteReader();
                while (r.Read())
                {
                    labels[r.GetInt64(0)] = r.GetString(1);
                    created[r.GetInt64(0)] = r.GetInt64(2);
                }
            }

            foreach (var byEvent in recent.Where(a => a.EventRow != null).GroupBy(a => a.EventRow!.Value).OrderBy(g => g.Key))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var eventId = EventName(byEvent.Key);
                var members = ReadArticles("e.event_row = $event AND a.is_current = 1", null, c => c.Parameters.AddWithValue("$event", byEvent.Key));
                var outlets = Outlets(members);
                var label = labels.TryGetValue(byEvent.Key, out var l) ? l : "";
                var first = byEvent.OrderBy(a => a.Added).First();
                if (created.TryGetValue(byEvent.Key, out var when) && when >= sinceTicks)
                {
                    changes.Add(new ArchiveChange
                    {
                        Kind = ArchiveChangeKind.NewEvent,
                        EventId = eventId,
                        EventLabel = label,
                        Outlets = outlets,
                        Outlet = first.Article.Outlet,
                        ArticleId = first.Article.Id,
                        Url = first.Article.Url,
                        Text = first.Article.Title,
                        Added = first.Added,
                        Summary = $"New event {eventId} ({label}): {Count(members.Count, "article")} from {Names(outlets)}.",
                    });
                }
                else
                {
                    // An outlet is new on the event when none of the event's articles stored before the cut-off came from it.
                    var before = new HashSet<string>(ReadArticles("e.event_row = $event AND a.added < $since", null, c =>
                    {
                        c.Parameters.AddWithValue("$event", byEvent.Key);
                        c.Parameters.AddWithValue("$since", sinceTicks);
                    }).Where(a => a.Article.Outlet != null).Select(a => a.Article.Outlet!), StringComparer.OrdinalIgnoreCase);
                    foreach (var byOutlet in byEvent.Where(a => a.Article.Outlet != null && !before.Contains(a.Article.Outlet!)).GroupBy(a => a.Article.Outlet!, StringComparer.OrdinalIgnoreCase))
                    {
                        var article = byOutlet.OrderBy(a => a.Added).First();
                        changes.Add(new ArchiveChange
                        {
                            Kind = ArchiveChangeKind.NewOutlet,
                            EventId = eventId,
                            EventLabel = label,
                            Outlets = outlets,
                            Outlet = byOutlet.Key,
                            ArticleId = article.Article.Id,
                            Url = article.Article.Url,
                            Text = article.Article.Title,
                            Added = article.Added,
                            Summary = $"{byOutlet.Key} now covers {eventId} ({label}), already covered by {Names(before.ToList())}.",
                        });
                    }
                }

                changes.AddRange(NewDiscrepancies(byEvent.Key, eventId, label, members, byEvent.ToList(), cancellationToken));
            }

            changes.AddRange(NewStatements(recent, labels));
            foreach (var revised in recent.Where(a => a.Revision > 1))
            {
                changes.Add(new ArchiveChange
                {
                    Kind = ArchiveChangeKind.Revised,
                    EventId = revised.EventRow == null ? null : EventName(revised.EventRow.Value),
                    EventLabel = revised.EventRow != null && labels.TryGetValue(revised.EventRow.Value, out var rl) ? rl : null,
                    Outlet = revised.Article.Outlet,
                    ArticleId = revised.Article.Id,
                    Url = revised.Article.Url,
                    Text = revised.Article.Title,
                    Added = revised.Added,
                    Summary = $"{revised.Article.Url ?? revised.Article.Id} changed: revision {revised.Revision} stored beside the earlier one.",
                });
            }

            return changes;
        }

        /// <summary>Quotes of articles stored since the cut-off that the same article's earlier revision did not have.</summary>
        private IEnumerable<ArchiveChange> NewStatements(List<StoredArticle> recent, Dictionary<long, string> labels)
        {
            foreach (var article in recent)
            {
                var earlier = new HashSet<string>(StringComparer.Ordinal);
                if (article.Revision > 1 && article.Article.Url != null)
                {
                    using var previous = Command("SELECT q.text FROM articles a JOIN quotes q ON " + ArchiveRows.JoinedToArticle("q") + " WHERE a.url = $url AND a.revision < $revision");
                    previous.Parameters.AddWithValue("$url", article.Article.Url);
                    previous.Parameters.AddWithValue("$revision", article.Revision);
                    using var pr = previous.ExecuteReader();
                    while (pr.Read())
                    {
                        earlier.Add(pr.GetString(0));
                    }
                }

                using var command = Command("SELECT " + ArchiveRows.QuoteColumns + " FROM quotes q WHERE " + ArchiveRows.OfArticle("q", "$row") + " ORDER BY q.start");
                command.Parameters.AddWithValue("$row", article.Row);
                using var r = command.ExecuteReader();
                while (r.Read())
                {
                    var quote = ArchiveRows.ReadQuote(r, 0, article.Article.Id, article.Article.Outlet);
                    if (earlier.Contains(quote.Text) || quote.Kind == QuoteKind.Term)
                    {
                        continue;
                    }

                    yield return new ArchiveChange
                    {
                        Kind = ArchiveChangeKind.NewStatement,
                        EventId = article.EventRow == null ? null : EventName(article.EventRow.Value),
                        EventLabel = article.EventRow != null && labels.TryGetValue(article.EventRow.Value, out var l) ? l : null,
                        Outlet = article.Article.Outlet,
                        ArticleId = article.Article.Id,
                        Url = article.Article.Url,
                        Speaker = quote.Speaker,
                        Text = quote.Text,
                        Added = article.Added,
                        Summary = $"{quote.Speaker ?? "An unnamed source"} ({quote.Kind}) in {article.Article.Outlet ?? article.Article.Id}",
                    };
                }
            }
        }

        /// <summary>The engine's coverage comparison over the event's articles; a discrepancy counts as new when a recent article takes part.</summary>
        private IEnumerable<ArchiveChange> NewDiscrepancies(long eventRow, string eventId, string label, List<StoredArticle> members, List<StoredArticle> recent, CancellationToken cancellationToken)
        {
            var outlets = Outlets(members);
            if (outlets.Count < 2)
            {
                yield break;
            }

            var compared = members.OrderByDescending(m => m.Added).Take(MaxArticlesCompared).OrderBy(m => m.Row).Select(m => m.Article).ToList();
            var recentIds = new HashSet<string>(recent.Select(a => a.Article.Id), StringComparer.Ordinal);
            var comparer = new CoverageComparer(config) { BuildTimeline = false };
            var comparison = comparer.Compare(compared, eventId, cancellationToken);
            foreach (var item in comparison.Items.Where(i => i.Kind == CoverageKind.Discrepancy))
            {
                var involved = item.Texts.Where(t => recentIds.Contains(t.ArticleId)).ToList();
                if (involved.Count == 0)
                {
                    continue;
                }

                var added = recent.Where(a => involved.Any(t => t.ArticleId == a.Article.Id)).Select(a => a.Added).DefaultIfEmpty(Clock()).Max();
                yield return new ArchiveChange
                {
                    Kind = ArchiveChangeKind.NewDiscrepancy,
                    EventId = eventId,
                    EventLabel = label,
                    Outlets = outlets,
                    Outlet = involved[0].Outlet,
                    ArticleId = involved[0].ArticleId,
                    Speaker = item.Speaker,
                    Text = string.Join(" | ", item.Texts.Select(t => (t.Outlet ?? t.ArticleId) + ": " + t.Text)),
                    Added = added,
                    Summary = item.Summary + (item.Difference != null ? " (" + item.Difference + ")" : ""),
                };
            }
        }

        private static IReadOnlyList<string> Outlets(IEnumerable<StoredArticle> articles) =>
            articles.Where(a => a.Article.Outlet != null).Select(a => a.Article.Outlet!).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        private static string Names(IReadOnlyCollection<string> names) => names.Count == 0 ? "no named outlet" : string.Join(", ", names);

        private static string Count(int n, string noun) => n == 1 ? "1 " + noun : n + " " + noun + "s";

        /// <summary>The validators the last successful fetch of <paramref name="url"/> returned, for a conditional request.</summary>
        public CacheValidators? GetValidators(string url)
        {
            using var command = Command("SELECT etag, last_modified FROM fetch_validators WHERE url = $url");
            command.Parameters.AddWithValue("$url", url);
            using var r = command.ExecuteReader();
            return r.Read() ? new CacheValidators(ArticleRecord.Str(r, 0), ArticleRecord.Str(r, 1)) : null;
        }

        /// <summary>Keeps a fetch's validators; call only once what was fetched is stored, so a failed run fetches again in full.</summary>
        public void SaveValidators(FetchedPage page)
        {
            if (page == null || (page.ETag == null && page.LastModified == null))
            {
                return;
            }

            try
            {
                using var transaction = BeginWrite();
                using var command = Command(@"INSERT INTO fetch_validators(url, etag, last_modified, final_url, fetched) VALUES ($url, $etag, $modified, $final, $now)
ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, final_url = excluded.final_url, fetched = excluded.fetched", transaction);
                command.Parameters.AddWithValue("$url", page.RequestedUrl);
                command.Parameters.AddWithValue("$etag", ArticleRecord.Db(page.ETag));
                command.Parameters.AddWithValue("$modified", ArticleRecord.Db(page.LastModified));
                command.Parameters.AddWithValue("$final", page.FinalUrl);
                command.Parameters.AddWithValue("$now", Clock().UtcTicks);
                command.ExecuteNonQuery();
                transaction.Commit();
            }
            catch (SqliteException ex)
            {
                throw Fail(ex, "keep the fetch validators");
            }
        }
    }
}
