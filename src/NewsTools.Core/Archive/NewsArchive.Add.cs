using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.Data.Sqlite;
using NewsTools.Articles;
using NewsTools.Coverage;
using NewsTools.Engine;
using NewsTools.Quotes;
using NewsTools.Time;

namespace NewsTools.Archive
{
    public sealed partial class NewsArchive
    {
        /// <summary>Articles written per transaction: big enough that commits cost little, small enough that a killed run loses little.</summary>
        public const int BatchSize = 64;

        private QuoteExtractor? quoteExtractor;

        /// <summary>Grouping keys of the articles this process stored that are not grouped yet, so grouping need not read them back.</summary>
        private readonly Dictionary<long, GroupingKeys> unGrouped = new Dictionary<long, GroupingKeys>();
        private TimeExpressionTagger? timeTagger;
        private EventGrouper? grouper;

        /// <summary>
        /// Adds articles: each is stored once (same URL and text, or the same text under another URL, is not stored again), a
        /// changed text at a known URL becomes a new revision, and new articles then join the event groups of the archive.
        /// </summary>
        public IReadOnlyList<ArchiveEntry> Add(IEnumerable<Article> articles, CancellationToken cancellationToken = default)
        {
            var entries = new List<ArchiveEntry>();
            var batch = new List<Article>(BatchSize);
            foreach (var article in articles)
            {
                batch.Add(article);
                if (batch.Count == BatchSize)
                {
                    entries.AddRange(AddBatch(batch, cancellationToken));
                    batch.Clear();
                }
            }

            if (batch.Count > 0)
            {
                entries.AddRange(AddBatch(batch, cancellationToken));
            }

            AssignEvents(entries, cancellationToken);
            return entries;
        }

        /// <summary>Stores one batch in one transaction; call <see cref="AssignEvents"/> once the run's batches are in.</summary>
        public IReadOnlyList<ArchiveEntry> AddBatch(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default)
        {
            var now = Clock();
            var entries = new ArchiveEntry[articles.Count];
            var hashes = new string[articles.Count];
            using (Timings.Measure("hash"))
            {
                for (var i = 0; i < articles.Count; i++)
                {
                    hashes[i] = ArticleRecord.ContentHash(articles[i]);
                }
            }

            try
            {
                using var transaction = BeginWrite();
                var lookUp = Timings.Measure("look-up");
                var toStore = new List<int>();
                var previous = new Dictionary<int, StoredRevision>();
                var seenHashes = new Dictionary<string, int>(StringComparer.Ordinal);
                var seenUrls = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < articles.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var article = articles[i];
                    var entry = entries[i] = NewEntry(article, hashes[i], now);
                    var sameText = seenHashes.TryGetValue(hashes[i], out var earlier) ? Describe(articles[earlier]) : FindByHash(hashes[i], transaction);
                    if (sameText != null)
                    {
                        var sameUrl = article.Url != null ? string.Equals(sameText.Url, article.Url, StringComparison.Ordinal) : sameText.Url == null && sameText.ArticleId == article.Id;
                        entry.Status = sameUrl ? ArchiveStatus.Unchanged : ArchiveStatus.Duplicate;
                        entry.DuplicateOf = sameUrl ? null : sameText.Url ?? sameText.ArticleId;
                        entry.Revision = sameText.Revision;
                        entry.EventId = sameText.EventId;
                        entry.Row = sameText.Row;
                        continue;
                    }

                    if (article.Url != null && !seenUrls.ContainsKey(article.Url))
                    {
                        var current = FindCurrentByUrl(article.Url, transaction);
                        if (current != null)
                        {
                            entry.Status = ArchiveStatus.Revised;
                            entry.Revision = current.Revision + 1;
                            entry.FirstSeen = current.FirstSeen;
                            entry.EventId = current.EventId;
                            previous[i] = current;
                        }
                    }

                    seenHashes[hashes[i]] = i;
                    if (article.Url != null)
                    {
                        seenUrls[article.Url] = i;
                    }

                    toStore.Add(i);
                }

                lookUp.Dispose();

                // The analysis runs on every core a few articles ahead of this thread, which writes each article's rows as its
                // turn comes, in input order: writing overlaps analysing instead of waiting for the whole batch.
                // Made here once, not raced for by the workers.
                _ = QuoteExtractor;
                _ = TimeTagger;
                _ = Grouper;
                var analysed = OrderedParallel.Select(toStore, i => Analyse(articles[i], cancellationToken), OrderedParallel.DefaultThreads, cancellationToken);
                using (var results = analysed.GetEnumerator())
                {
                    foreach (var i in toStore)
                    {
                        using (Timings.Measure("analyse (waited for)"))
                        {
                            results.MoveNext();
                        }

                        cancellationToken.ThrowIfCancellationRequested();
                        previous.TryGetValue(i, out var old);
                        using (Timings.Measure("insert"))
                        {
                            Write(articles[i], entries[i], results.Current, old, transaction);
                        }

                        AfterArticleWritten?.Invoke(i);
                    }
                }

                using (Timings.Measure("commit"))
                {
                    transaction.Commit();
                }
            }
            catch (SqliteException ex)
            {
                throw Fail(ex, "store articles");
            }

            return entries;
        }

        private static ArchiveEntry NewEntry(Article article, string hash, DateTimeOffset now) => new ArchiveEntry
        {
            ArticleId = article.Id,
            Url = article.Url,
            Outlet = article.Outlet,
            Title = article.Title,
            PublishedTime = article.PublishedTime?.DateTime,
            ContentHash = hash,
            Status = ArchiveStatus.Added,
            Revision = 1,
            Added = now,
            FirstSeen = now,
        };

        /// <summary>What one article yields; worked out in parallel, written in order.</summary>
        private sealed class Findings
        {
            public IReadOnlyList<Quote> Quotes = Array.Empty<Quote>();
            public IReadOnlyList<TimeExpression> Times = Array.Empty<TimeExpression>();
            public IReadOnlyList<TimelineEvent> Timeline = Array.Empty<TimelineEvent>();
            public GroupingKeys Keys = null!;
        }

        /// <summary>One article's quotes, time expressions, timeline events and grouping keys; safe to run on several threads at once.</summary>
        private Findings Analyse(Article article, CancellationToken cancellationToken)
        {
            var times = TimeTagger.Tag(article, null, cancellationToken);
            var timeline = new TimelineBuilder(config);
            timeline.AddTagged(article, times, cancellationToken);
            return new Findings
            {
                Quotes = QuoteExtractor.Extract(article, cancellationToken),
                Times = times,
                Timeline = timeline.Build(),
                Keys = ArchiveSignatures.Build(article, Grouper, config),
            };
        }

        private QuoteExtractor QuoteExtractor => quoteExtractor ??= new QuoteExtractor(config);

        private TimeExpressionTagger TimeTagger => timeTagger ??= new TimeExpressionTagger(config);

        private EventGrouper Grouper => grouper ??= new EventGrouper(config);

        private void Write(Article article, ArchiveEntry entry, Findings found, StoredRevision? old, SqliteTransaction transaction)
        {
            if (old != null)
            {
                var retire = statements.Write("UPDATE articles SET is_current = 0 WHERE row_id = $p0", 1);
                retire.Set(0, old.Row);
                retire.Execute();
            }

            var insert = statements.Write(@"INSERT INTO articles(article_id, url, outlet, title, author, site_name, dateline, agencies, published, reference_date,
    reference_date_source, format, text, paragraphs, content_hash, revision, is_current, event_row, added, first_seen, language, published_offset)
VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13, $p14, $p15, 1, $p16, $p17, $p18, $p19, $p20)", 21);
            var values = new object?[]
            {
                article.Id, article.Url, article.Outlet, article.Title, article.Author, article.SiteName, article.Dateline,
                article.Agencies.Count == 0 ? null : ArticleRecord.Join(article.Agencies), ArticleRecord.Db(article.PublishedTime?.DateTime),
                ArticleRecord.Db(article.ReferenceDate), (int)article.ReferenceDateSource, article.Format, article.Text,
                ArticleRecord.FormatParagraphs(article.Paragraphs), entry.ContentHash, entry.Revision, old?.EventRow, entry.Added.UtcTicks,
                entry.FirstSeen.UtcTicks, article.Language, article.PublishedTime == null ? null : (object)(int)article.PublishedTime.Value.Offset.TotalMinutes,
            };
            for (var i = 0; i < values.Length; i++)
            {
                insert.Set(i, values[i]);
            }

            entry.Row = insert.Insert();

            entry.Quotes = found.Quotes.Count;
            entry.TimeExpressions = found.Times.Count;
            ArchiveRows.InsertQuotes(statements, entry.Row, found.Quotes);
            ArchiveRows.InsertTimes(statements, entry.Row, found.Times);
            ArchiveRows.InsertTimeline(statements, entry.Row, found.Timeline);
            ArchiveSignatures.Insert(statements, entry.Row, found.Keys);
            unGrouped[entry.Row] = found.Keys;
        }

        /// <summary>The parts of a stored revision that adding another one needs.</summary>
        private sealed class StoredRevision
        {
            public long Row;
            public string ArticleId = "";
            public string? Url;
            public int Revision;
            public long? EventRow;
            public string? EventId;
            public DateTimeOffset FirstSeen;
        }

        private static StoredRevision Describe(Article article) => new StoredRevision { ArticleId = article.Id, Url = article.Url, Revision = 1 };

        private StoredRevision? FindByHash(string hash, SqliteTransaction transaction) =>
            FindRevision("content_hash = $p0 ORDER BY row_id LIMIT 1", hash, transaction);

        private StoredRevision? FindCurrentByUrl(string url, SqliteTransaction transaction) =>
            FindRevision("url = $p0 AND is_current = 1 LIMIT 1", url, transaction);

        private StoredRevision? FindRevision(string where, string key, SqliteTransaction transaction)
        {
            var (command, p) = statements.Get("SELECT row_id, article_id, url, revision, event_row, first_seen FROM articles WHERE " + where, 1, transaction);
            p[0].Value = key;
            using var r = command.ExecuteReader();
            if (!r.Read())
            {
                return null;
            }

            var eventRow = r.IsDBNull(4) ? (long?)null : r.GetInt64(4);
            return new StoredRevision
            {
                Row = r.GetInt64(0),
                ArticleId = r.GetString(1),
                Url = ArticleRecord.Str(r, 2),
                Revision = r.GetInt32(3),
                EventRow = eventRow,
                EventId = eventRow == null ? null : EventName(eventRow.Value),
                FirstSeen = ArticleRecord.Instant(r.GetInt64(5)),
            };
        }

        /// <summary>"event-0042": the form Group-ArticleEvent uses, numbered by the archive.</summary>
        internal static string EventName(long row) => "event-" + row.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
    }
}
