using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
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

        /// <summary>Articles per transaction in this archive's adds: <see cref="BatchSize"/>; tests set others to check that no result depends on it.</summary>
        internal int ArticlesPerBatch { get; set; } = BatchSize;

        private QuoteExtractor? quoteExtractor;

        /// <summary>The analyses of articles to add, run ahead of the writing thread (which runs some itself while it waits).</summary>
        private WorkAheadQueue? analysisQueue;

        /// <summary>Articles handed to <see cref="Prefetch"/> and not added yet, with their hash and analysis begun.</summary>
        private readonly Dictionary<Article, Prefetched> prefetched = new Dictionary<Article, Prefetched>(SameArticle.Instance);

        /// <summary>Hashes of the texts being analysed ahead, so a text that comes twice is analysed once.</summary>
        private readonly HashSet<string> analysing = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>Term index rows of the articles this process stored, written when they are grouped.</summary>
        private readonly TermRows unIndexed = new TermRows();

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
            PrepareAnalysis();
            var entries = new List<ArchiveEntry>();
            using var source = articles.GetEnumerator();
            var batch = NextBatch(source);
            Prefetch(batch, cancellationToken);
            while (batch.Count > 0)
            {
                // The next batch is read and its analysis queued before this one is written, so the analysis goes on while this
                // batch's rows are written and committed. A failure to read it comes after this batch is stored, as it would have.
                List<Article> next;
                ExceptionDispatchInfo? failedToRead = null;
                try
                {
                    next = NextBatch(source);
                    Prefetch(next, cancellationToken);
                }
                catch (Exception ex)
                {
                    failedToRead = ExceptionDispatchInfo.Capture(ex);
                    next = new List<Article>();
                }

                try
                {
                    entries.AddRange(AddBatch(batch, cancellationToken));
                }
                catch
                {
                    Forget(next);
                    throw;
                }

                failedToRead?.Throw();
                batch = next;
            }

            AssignEvents(entries, cancellationToken);
            return entries;
        }

        private List<Article> NextBatch(IEnumerator<Article> source)
        {
            var batch = new List<Article>(ArticlesPerBatch);
            while (batch.Count < ArticlesPerBatch && source.MoveNext())
            {
                batch.Add(source.Current);
            }

            return batch;
        }

        /// <summary>
        /// Starts the analysis of an article that is to be added with a later <see cref="AddBatch"/>, so it runs while earlier
        /// batches are written. Only an article whose text the archive does not hold yet is analysed ahead (an unchanged page
        /// costs no analysis); what <see cref="AddBatch"/> decides is unchanged, it only finds the work begun.
        /// </summary>
        internal void Prefetch(Article article, CancellationToken cancellationToken = default)
        {
            if (prefetched.ContainsKey(article))
            {
                return;
            }

            string hash;
            ulong textHash;
            using (Timings.Measure("hash"))
            {
                hash = ArticleRecord.ContentHash(article, out textHash);
            }

            AnalysisSlot? analysis = null;
            using (Timings.Measure("look-up ahead"))
            {
                try
                {
                    if (!analysing.Contains(hash) && FindByHash(hash) == null)
                    {
                        analysis = StartAnalysis(article, textHash, cancellationToken);
                        analysing.Add(hash);
                    }
                }
                catch (SqliteException ex)
                {
                    throw Fail(ex, "look up articles");
                }
            }

            prefetched[article] = new Prefetched(hash, textHash, analysis);
        }

        private void Prefetch(List<Article> batch, CancellationToken cancellationToken)
        {
            if (batch.Count == 0)
            {
                return;
            }

            // One read transaction for the batch's look-ups: each query on its own would take and release the file's locks.
            SqliteTransaction read;
            try
            {
                read = connection.BeginTransaction(deferred: true);
            }
            catch (SqliteException ex)
            {
                throw Fail(ex, "look up articles");
            }

            using (read)
            {
                foreach (var article in batch)
                {
                    Prefetch(article, cancellationToken);
                }
            }
        }

        /// <summary>Drops what was prefetched for articles that will not be added (their analysis, if running, is left to end).</summary>
        private void Forget(IEnumerable<Article> articles)
        {
            foreach (var article in articles)
            {
                if (prefetched.TryGetValue(article, out var p))
                {
                    prefetched.Remove(article);
                    analysing.Remove(p.Hash);
                }
            }
        }

        /// <summary>
        /// The analysis of one article, queued with the next ones as a group (see <see cref="AnalyseGroup"/>): a worker per core
        /// but one works ahead of the writing thread, which does queued groups itself while the one it needs is not done
        /// (<see cref="WorkAheadQueue"/>). Queued on the thread pool, three pool threads and the writer ran on two cores: the
        /// writer was put aside for analyses far ahead of it and, when the queue ran dry while it wrote, a core idled.
        /// <paramref name="textHash"/> is the signature's text hash, taken with the content hash. The group is queued once it
        /// is full, or when an article of it is waited for (<see cref="QueueFormingGroup"/>).
        /// </summary>
        private AnalysisSlot StartAnalysis(Article article, ulong textHash, CancellationToken cancellationToken)
        {
            // The background word rarities every signature reads load on the pool beside the first analyses: loaded by the
            // first analysis, they held up every other (waiting on the same load) and the writing thread with them. Not at
            // PrepareAnalysis: a run whose articles are all unchanged analyses none and need not load them.
            if (!rarityTableLoading)
            {
                rarityTableLoading = true;
                _ = Task.Run(() => BackgroundFrequencies.Default);
            }

            // Made here once, not raced for by the workers.
            _ = QuoteExtractor;
            _ = TimeTagger;
            _ = Grouper;
            var slot = new AnalysisSlot(article, textHash, cancellationToken);
            formingGroup.Add(slot);
            if (formingGroup.Count >= ArticlesPerAnalysisGroup)
            {
                QueueFormingGroup();
            }

            return slot;
        }

        /// <summary>
        /// Articles analysed together, each step over all of them before the next: the quote and time engines' code and word
        /// tables then stay in the core's caches for the whole group instead of taking turns in them at every article. On the
        /// BBC corpus, reading, quotes, time expressions and events ran 9-17% faster per CPU second 16 at a time than one at a
        /// time (64 at a time little more, and a first or last group that large keeps a core waiting longer); adds in one
        /// process, whose reading is already apart from their analyses, about 5% (a whole add's time is within the noise).
        /// </summary>
        public const int AnalysisGroupSize = 16;

        /// <summary>Articles per analysis group in this archive's adds: <see cref="AnalysisGroupSize"/>; tests set others to check that no result depends on it.</summary>
        internal int ArticlesPerAnalysisGroup { get; set; } = AnalysisGroupSize;

        /// <summary>Articles whose analysis is started but not queued yet: the group being filled.</summary>
        private readonly List<AnalysisSlot> formingGroup = new List<AnalysisSlot>();

        /// <summary>Queues the group being filled, however many it holds: called before any of its articles is waited for.</summary>
        private void QueueFormingGroup()
        {
            if (formingGroup.Count == 0)
            {
                return;
            }

            var group = formingGroup.ToArray();
            formingGroup.Clear();
            analysisQueue ??= new WorkAheadQueue(WorkAheadQueue.DefaultWorkers, "NewsTools analysis");
            var job = analysisQueue.Enqueue(() => AnalyseGroup(group));
            foreach (var slot in group)
            {
                slot.Group = job;
            }
        }

        /// <summary>
        /// The findings of an article whose analysis was started and queued (<see cref="QueueFormingGroup"/> first), done or
        /// waited for here; its own exception if it failed.
        /// </summary>
        private Findings FindingsOf(AnalysisSlot slot, CancellationToken cancellationToken)
        {
            analysisQueue!.Result(slot.Group!, cancellationToken);
            slot.Failure?.Throw();
            return slot.Found!;
        }

        /// <summary>An article queued for analysis, with what its analysis found or the exception it ended in.</summary>
        private sealed class AnalysisSlot : StepwiseGroup.Item
        {
            public AnalysisSlot(Article article, ulong textHash, CancellationToken cancellationToken)
            {
                Article = article;
                TextHash = textHash;
                CancellationToken = cancellationToken;
            }

            public Article Article { get; }

            public ulong TextHash { get; }

            public CancellationToken CancellationToken { get; }

            /// <summary>The group's place in the queue, once it is queued.</summary>
            public WorkAheadQueue.Job<AnalysisSlot[]>? Group { get; set; }

            public Findings? Found { get; set; }
        }

        /// <summary>Stores one batch in one transaction; call <see cref="AssignEvents"/> once the run's batches are in.</summary>
        public IReadOnlyList<ArchiveEntry> AddBatch(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default)
        {
            try
            {
                return AddBatchCore(articles, cancellationToken);
            }
            finally
            {
                Forget(articles);
            }
        }

        private IReadOnlyList<ArchiveEntry> AddBatchCore(IReadOnlyList<Article> articles, CancellationToken cancellationToken)
        {
            var now = Clock();
            var entries = new ArchiveEntry[articles.Count];
            var ahead = new Prefetched?[articles.Count];
            var textHashes = new ulong[articles.Count];
            var hashes = HashAll(articles, ahead, textHashes);
            // The batch's term index rows go straight to the ones waiting for grouping (see TermRows); if the batch is not
            // stored, they are taken off again (-1 once it is committed).
            var indexedBefore = unIndexed.Count;
            try
            {
                using var transaction = BeginWrite();
                BatchPlan plan;
                using (Timings.Measure("look-up"))
                {
                    plan = Decide(articles, hashes, entries, now, cancellationToken);
                }

                WriteInOrder(articles, entries, ahead, textHashes, plan, cancellationToken);
                foreach (var (copy, original) in plan.SameAsEarlier)
                {
                    // Now written: the copy points to its original's row, as one of an earlier batch does, so it gets its event.
                    entries[copy].Row = entries[original].Row;
                    entries[copy].EventId = entries[original].EventId;
                }

                using (Timings.Measure("commit"))
                {
                    transaction.Commit();
                }

                indexedBefore = -1;
                CheckpointInBackground();
            }
            catch (SqliteException ex)
            {
                throw Fail(ex, "store articles");
            }
            finally
            {
                // A batch not stored takes its rows off again (a committed one set the count to -1, which takes none).
                unIndexed.Truncate(indexedBefore);
            }

            return entries;
        }

        /// <summary>
        /// Each article's content hash, taken from what <see cref="Prefetch"/> began (noted in <paramref name="ahead"/>) or worked
        /// out now, with its text hash then (in <paramref name="textHashes"/>) for an analysis that starts later.
        /// </summary>
        private string[] HashAll(IReadOnlyList<Article> articles, Prefetched?[] ahead, ulong[] textHashes)
        {
            var hashes = new string[articles.Count];
            using (Timings.Measure("hash"))
            {
                for (var i = 0; i < articles.Count; i++)
                {
                    if (prefetched.TryGetValue(articles[i], out var p))
                    {
                        hashes[i] = (ahead[i] = p).Hash;
                        textHashes[i] = p.TextHash;
                    }
                    else
                    {
                        hashes[i] = ArticleRecord.ContentHash(articles[i], out textHashes[i]);
                    }
                }
            }

            return hashes;
        }

        /// <summary>The articles of a batch to store, in input order, and the stored revision each revised one replaces.</summary>
        private sealed class BatchPlan
        {
            public readonly List<int> ToStore = new List<int>();
            public readonly Dictionary<int, StoredRevision> Previous = new Dictionary<int, StoredRevision>();

            /// <summary>Articles whose text an earlier one of the batch brings (unchanged or duplicates), with that one's index.</summary>
            public readonly List<(int Copy, int Original)> SameAsEarlier = new List<(int, int)>();
        }

        /// <summary>
        /// Decides what becomes of each article, filling its entry: the same text as a stored one (or an earlier one of the batch)
        /// is unchanged at its URL or a duplicate under another; a new text at a known URL is a revision; the rest are added.
        /// Read under the batch's write transaction, so no other run stores the same text in between.
        /// </summary>
        private BatchPlan Decide(IReadOnlyList<Article> articles, string[] hashes, ArchiveEntry[] entries, DateTimeOffset now, CancellationToken cancellationToken)
        {
            var plan = new BatchPlan();
            var seenHashes = new Dictionary<string, int>(StringComparer.Ordinal);
            var seenUrls = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < articles.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var article = articles[i];
                var entry = entries[i] = NewEntry(article, hashes[i], now);
                StoredRevision? sameText;
                if (seenHashes.TryGetValue(hashes[i], out var earlier))
                {
                    // Its row is not written yet: the entry takes the row (and so the event) once it is (see AddBatchCore).
                    sameText = Describe(articles[earlier], entries[earlier]);
                    plan.SameAsEarlier.Add((i, earlier));
                }
                else
                {
                    sameText = FindByHash(hashes[i]);
                }

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
                    var current = FindCurrentByUrl(article.Url);
                    if (current != null)
                    {
                        entry.Status = ArchiveStatus.Revised;
                        entry.Revision = current.Revision + 1;
                        entry.FirstSeen = current.FirstSeen;
                        entry.EventId = current.EventId;
                        plan.Previous[i] = current;
                    }
                }

                seenHashes[hashes[i]] = i;
                if (article.Url != null)
                {
                    seenUrls[article.Url] = i;
                }

                plan.ToStore.Add(i);
            }

            return plan;
        }

        /// <summary>
        /// Writes the rows of the articles to store. Articles not analysed ahead start now; this thread writes each article's
        /// rows as its turn comes, in input order, while the rest are analysed; their term index rows go to <see cref="unIndexed"/>.
        /// </summary>
        private void WriteInOrder(IReadOnlyList<Article> articles, ArchiveEntry[] entries, Prefetched?[] ahead, ulong[] textHashes, BatchPlan plan, CancellationToken cancellationToken)
        {
            var analyses = new AnalysisSlot[articles.Count];
            foreach (var i in plan.ToStore)
            {
                analyses[i] = ahead[i]?.Analysis ?? StartAnalysis(articles[i], textHashes[i], cancellationToken);
            }

            QueueFormingGroup();
            foreach (var i in plan.ToStore)
            {
                Findings found;
                using (Timings.Measure("analyse (done or waited for here)"))
                {
                    // The article's own exception, not an AggregateException.
                    found = FindingsOf(analyses[i], cancellationToken);
                }

                cancellationToken.ThrowIfCancellationRequested();
                plan.Previous.TryGetValue(i, out var old);
                using (Timings.Measure("insert"))
                {
                    Write(articles[i], entries[i], found, old, unIndexed);
                }

                AfterArticleWritten?.Invoke(i);
            }
        }

        /// <summary>An article's content hash, its signature's text hash and, when it was started ahead, its analysis.</summary>
        private sealed class Prefetched
        {
            public Prefetched(string hash, ulong textHash, AnalysisSlot? analysis)
            {
                Hash = hash;
                TextHash = textHash;
                Analysis = analysis;
            }

            public string Hash { get; }

            public ulong TextHash { get; }

            public AnalysisSlot? Analysis { get; }
        }

        /// <summary>Articles by identity: two equal texts are still two articles to add.</summary>
        private sealed class SameArticle : IEqualityComparer<Article>
        {
            public static readonly SameArticle Instance = new SameArticle();

            public bool Equals(Article? x, Article? y) => ReferenceEquals(x, y);

            public int GetHashCode(Article obj) => RuntimeHelpers.GetHashCode(obj);
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

        /// <summary>
        /// What one article yields; worked out in parallel, written in order. The values its rows store as text or bytes
        /// (paragraph offsets, timeline actors and sources, signature) are made here too, so the one writing thread only binds.
        /// </summary>
        private sealed class Findings
        {
            public IReadOnlyList<Quote> Quotes = Array.Empty<Quote>();
            public IReadOnlyList<TimeExpression> Times = Array.Empty<TimeExpression>();
            public IReadOnlyList<TimelineEvent> Timeline = Array.Empty<TimelineEvent>();
            public TimelineTexts TimelineTexts = null!;
            public GroupingKeys Keys = null!;
            /// <summary>The signature's bytes: the first <see cref="SignatureLength"/> of an array from the shared pool, given back once written.</summary>
            public byte[] SignatureBytes = null!;
            public int SignatureLength;
            public byte[] TermBytes = null!;
            public string Paragraphs = "";
        }

        /// <summary>
        /// The quotes, time expressions, timeline events and grouping keys of a group of articles, a step at a time over all of
        /// them (see <see cref="AnalysisGroupSize"/>); an article whose step fails keeps its exception and is left out of
        /// the later steps, and the others go on. Safe to run on several threads at once, on different groups.
        /// </summary>
        private AnalysisSlot[] AnalyseGroup(AnalysisSlot[] group)
        {
            StepwiseGroup.Step(group, slot => slot.Found = new Findings { Times = TimeTagger.Tag(slot.Article, null, slot.CancellationToken) });
            StepwiseGroup.Step(group, slot =>
            {
                var found = slot.Found!;
                var timeline = new TimelineBuilder(config);
                timeline.AddTagged(slot.Article, found.Times, slot.CancellationToken);
                found.Timeline = timeline.Build();
                found.TimelineTexts = new TimelineTexts(found.Timeline);
            });
            StepwiseGroup.Step(group, slot =>
            {
                var found = slot.Found!;
                found.Keys = ArchiveSignatures.Build(slot.Article, Grouper, config, slot.TextHash);
                found.SignatureLength = found.Keys.Signature.ByteCount();
                found.SignatureBytes = ArrayPool<byte>.Shared.Rent(found.SignatureLength);
                found.Keys.Signature.WriteBytes(found.SignatureBytes);
                found.TermBytes = ArchiveSignatures.TermBytes(found.Keys.Terms);
            });
            StepwiseGroup.Step(group, slot => slot.Found!.Quotes = QuoteExtractor.Extract(slot.Article, slot.CancellationToken));
            StepwiseGroup.Step(group, slot => slot.Found!.Paragraphs = ArticleRecord.FormatParagraphs(slot.Article.Paragraphs));
            return group;
        }

        /// <summary>The analysis engines being made on the pool since <see cref="PrepareAnalysis"/>, or null.</summary>
        private Task<(QuoteExtractor Quotes, TimeExpressionTagger Times, EventGrouper Grouper)>? enginesMade;

        /// <summary>
        /// Starts making the analysis engines on the pool when a run that adds begins, while this thread opens the input and
        /// hashes and looks up the first articles: made on this thread when the first article came, they held up every
        /// analysis, and with it the run. One after the other on one pool thread, as they were made here, so the engines' word
        /// tables they share are built once. An archive opened only to be read or grouped never makes them.
        /// </summary>
        internal void PrepareAnalysis()
        {
            if (enginesMade != null || quoteExtractor != null)
            {
                return;
            }

            var c = config;
            enginesMade = Task.Run(() => (new QuoteExtractor(c), new TimeExpressionTagger(c), new EventGrouper(c)));
        }

        /// <summary>Whether the background word rarities have been sent to load (see <see cref="StartAnalysis"/>).</summary>
        private bool rarityTableLoading;

        // Each engine as made on the pool (that failure's own exception, not an AggregateException), or made here.
        private QuoteExtractor QuoteExtractor => quoteExtractor ??= enginesMade?.GetAwaiter().GetResult().Quotes ?? new QuoteExtractor(config);

        private TimeExpressionTagger TimeTagger => timeTagger ??= enginesMade?.GetAwaiter().GetResult().Times ?? new TimeExpressionTagger(config);

        private EventGrouper Grouper => grouper ??= enginesMade?.GetAwaiter().GetResult().Grouper ?? new EventGrouper(config);

        private void Write(Article article, ArchiveEntry entry, Findings found, StoredRevision? old, TermRows termRows)
        {
            if (old != null)
            {
                var retire = statements.Write("UPDATE articles SET is_current = 0 WHERE row_id = $p0", 1);
                retire.Set(0, old.Row);
                retire.Execute();
            }

            var insert = statements.Write(@"INSERT INTO articles(article_id, url, outlet, title, author, site_name, dateline, agencies, published, reference_date,
    reference_date_source, format, text, paragraphs, content_hash, revision, is_current, added, first_seen, language, published_offset)
VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13, $p14, $p15, 1, $p16, $p17, $p18, $p19)", 20);
            // Each value bound as what it is, in the columns' order: no array or boxed number per article.
            insert.SetText(0, article.Id);
            insert.SetText(1, article.Url);
            insert.SetText(2, article.Outlet);
            insert.SetText(3, article.Title);
            insert.SetText(4, article.Author);
            insert.SetText(5, article.SiteName);
            insert.SetText(6, article.Dateline);
            insert.SetText(7, article.Agencies.Count == 0 ? null : ArticleRecord.Join(article.Agencies));
            insert.SetTicks(8, article.PublishedTime?.DateTime);
            insert.SetTicks(9, article.ReferenceDate);
            insert.Set(10, (int)article.ReferenceDateSource);
            insert.SetText(11, article.Format);
            insert.SetText(12, article.Text);
            insert.SetText(13, found.Paragraphs);
            insert.SetText(14, entry.ContentHash);
            insert.Set(15, entry.Revision);
            insert.Set(16, entry.Added.UtcTicks);
            insert.Set(17, entry.FirstSeen.UtcTicks);
            insert.SetText(18, article.Language);
            if (article.PublishedTime == null)
            {
                insert.SetNull(19);
            }
            else
            {
                insert.Set(19, (int)article.PublishedTime.Value.Offset.TotalMinutes);
            }

            entry.Row = insert.Insert();
            if (old?.EventRow != null)
            {
                // A revision stays in the event of the revision it replaces.
                var join = statements.Write("INSERT INTO article_events(article_row, event_row) VALUES ($p0, $p1)", 2);
                join.Set(0, entry.Row);
                join.Set(1, old.EventRow.Value);
                join.Execute();
            }

            entry.Quotes = found.Quotes.Count;
            entry.TimeExpressions = found.Times.Count;
            ArchiveRows.InsertQuotes(statements, entry.Row, found.Quotes);
            ArchiveRows.InsertTimes(statements, entry.Row, found.Times);
            ArchiveRows.InsertTimeline(statements, entry.Row, found.Timeline, found.TimelineTexts);
            ArchiveSignatures.Insert(statements, entry.Row, found.Keys, new ReadOnlySpan<byte>(found.SignatureBytes, 0, found.SignatureLength), found.TermBytes, termRows);

            // Bound (SQLite copied them): the pooled arrays go back for the articles analysed next.
            found.TimelineTexts.Release();
            ArrayPool<byte>.Shared.Return(found.SignatureBytes);
            found.SignatureBytes = Array.Empty<byte>();
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

        /// <summary>An article of this batch to be stored, as <see cref="FindByHash"/> will find it once it is: its revision and the event it keeps.</summary>
        private static StoredRevision Describe(Article article, ArchiveEntry entry) =>
            new StoredRevision { ArticleId = article.Id, Url = article.Url, Revision = entry.Revision, EventId = entry.EventId };

        /// <summary>The first stored revision with this text, read in the transaction the connection has open (or on its own).</summary>
        private StoredRevision? FindByHash(string hash) => FindRevision(ByHash, hash);

        private StoredRevision? FindCurrentByUrl(string url) => FindRevision(CurrentByUrl, url);

        private const string RevisionQuery = "SELECT a.row_id, a.article_id, a.url, a.revision, e.event_row, a.first_seen FROM articles a LEFT JOIN article_events e ON e.article_row = a.row_id WHERE ";

        // Whole statements as constants: the look-ups run twice per article added, and a statement text put together per call
        // was a string of several hundred characters each time.
        private const string ByHash = RevisionQuery + "a.content_hash = $p0 ORDER BY a.row_id LIMIT 1";

        private const string CurrentByUrl = RevisionQuery + "a.url = $p0 AND a.is_current = 1 LIMIT 1";

        private StoredRevision? FindRevision(string sql, string key)
        {
            // Straight through SQLite, as the row writes are (see RowStatement): every article added is looked up twice, and a
            // command's reader cost several times what the look-up itself does.
            var query = statements.Write(sql, 1);
            query.SetText(0, key);
            try
            {
                if (!query.First())
                {
                    return null;
                }

                var eventRow = query.IsNull(4) ? (long?)null : query.Int64(4);
                return new StoredRevision
                {
                    Row = query.Int64(0),
                    ArticleId = query.Text(1)!,
                    Url = query.Text(2),
                    Revision = (int)query.Int64(3),
                    EventRow = eventRow,
                    EventId = eventRow == null ? null : EventName(eventRow.Value),
                    FirstSeen = ArticleRecord.Instant(query.Int64(5)),
                };
            }
            finally
            {
                query.Reset();
            }
        }

        /// <summary>"event-0042": the form Group-ArticleEvent uses, numbered by the archive.</summary>
        internal static string EventName(long row) => "event-" + row.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
    }
}
