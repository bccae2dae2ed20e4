using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Engine;
using NewsTools.Time.Events;

namespace NewsTools.Time
{
    /// <summary>Collects the dated events of many articles and merges them into one timeline.</summary>
    public sealed class TimelineBuilder
    {
        private readonly NewsToolsConfig config;
        private TimeExpressionTagger? tagger;
        private readonly EventExtractor extractor;
        private readonly List<EventCluster> clusters = new List<EventCluster>();
        // Dated clusters by the month their period starts in (periods longer than a month: by year), so a new report is
        // compared only with reports that can share its date. A bucket is its latest cluster, which links to the one filed
        // before it. A timeline is mostly built per article, of a few buckets: those are two short arrays searched in turn,
        // and a dictionary only past SmallBuckets.
        private int[]? bucketKeys;
        private EventCluster?[]? bucketLatest;
        private int bucketCount;
        private Dictionary<int, EventCluster>? buckets;

        private const int SmallBuckets = 16;
        private int order;

        public TimelineBuilder(NewsToolsConfig config)
        {
            // The tagger is made on first Add (the archive tags itself and calls AddTagged); the extractor is the configuration's.
            this.config = config ?? throw new ArgumentNullException(nameof(config));
            extractor = EventExtractor.For(config);
        }

        /// <summary>
        /// Most events one article brings to the timeline. A long article dates a few hundred; a flood of dates ("1901. 1902.
        /// ...") dates millions, which no one reads and which cost gigabytes of rows: past this the rest are counted in a warning.
        /// </summary>
        public const int MaxEventsPerArticle = 2000;

        /// <summary>Where a capped article is warned about; silent by default.</summary>
        public IEngineReporter Reporter { get; set; } = SilentReporter.Instance;

        public void Add(Article article, DateTime? referenceDate = null, CancellationToken cancellationToken = default)
        {
            if (article == null)
            {
                throw new ArgumentNullException(nameof(article));
            }

            tagger ??= new TimeExpressionTagger(config);
            AddTagged(article, tagger.Tag(article, referenceDate, cancellationToken), cancellationToken);
        }

        /// <summary>Adds an article whose time expressions the caller has already tagged (the archive keeps both), so its text is read once.</summary>
        internal void AddTagged(Article article, IReadOnlyList<TimeExpression> expressions, CancellationToken cancellationToken = default)
        {
            // One more than the cap, to tell an article that fills it from one that overflows it. Into this thread's list,
            // emptied before and after: the mentions live on in the clusters, the list only while they are filed.
            var mentions = mentionBuffer ??= new List<EventMention>();
            mentions.Clear();
            try
            {
                FileMentions(article, expressions, mentions, cancellationToken);
            }
            finally
            {
                mentions.Clear();
                if (mentions.Capacity > MaxKeptScratch)
                {
                    mentionBuffer = null;
                }
            }
        }

        private void FileMentions(Article article, IReadOnlyList<TimeExpression> expressions, List<EventMention> mentions, CancellationToken cancellationToken)
        {
            extractor.Extract(article, expressions, mentions, MaxEventsPerArticle + 1);
            if (mentions.Count > MaxEventsPerArticle)
            {
                mentions.RemoveRange(MaxEventsPerArticle, mentions.Count - MaxEventsPerArticle);
                Reporter.Warning(
                    "The article has " + expressions.Count.ToString("N0", CultureInfo.InvariantCulture) + " time expressions; its first " +
                    MaxEventsPerArticle.ToString("N0", CultureInfo.InvariantCulture) + " dated events are in the timeline and the rest are left out.",
                    article.Path ?? article.Id);
            }

            // Sized for this article's events at once rather than grown by doubling (a timeline is mostly built per article).
            if (clusters.Capacity < clusters.Count + mentions.Count)
            {
                clusters.Capacity = Math.Max(clusters.Count + mentions.Count, 2 * clusters.Capacity);
            }

            foreach (var mention in mentions)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var matches = FindSameEvents(mention);
                if (matches.Count > 0)
                {
                    // The report may join events that were apart so far: they become one.
                    var target = matches[0];
                    for (var m = 1; m < matches.Count; m++)
                    {
                        target.Absorb(matches[m]);
                    }

                    target.Add(mention, article.Outlet, article.Id);
                    continue;
                }

                var cluster = new EventCluster(mention, article.Outlet, article.Id, order++);
                clusters.Add(cluster);
                if (mention.Expression.Date != null)
                {
                    File(HomeKey(mention.Expression), cluster);
                }
            }
        }

        /// <summary>The merged timeline, sorted by date, undated events last (or dropped when <paramref name="datedOnly"/>).</summary>
        public IReadOnlyList<TimelineEvent> Build(bool datedOnly = false)
        {
            // A plain sort rather than a LINQ chain: callers build a timeline per article, and the chain's buffers and key
            // arrays cost more than the sort. Order is unique per cluster, so the order is total and the sort need not be stable.
            var kept = keptBuffer ??= new List<EventCluster>();
            kept.Clear();
            foreach (var c in clusters)
            {
                if (!c.Merged && (!datedOnly || c.Primary.Expression.Date != null))
                {
                    kept.Add(c);
                }
            }

            kept.Sort(CompareForTimeline);
            var events = new List<TimelineEvent>(kept.Count);
            JoinedList<string>? lastOutlets = null;
            foreach (var c in kept)
            {
                events.Add(ToEvent(c, ref lastOutlets));
            }

            // Emptied, so the scratch list holds no cluster past this call; dropped when a large timeline grew it.
            kept.Clear();
            if (kept.Capacity > MaxKeptScratch)
            {
                keptBuffer = null;
            }

            return events;
        }

        /// <summary>Dated before undated, then by start, then by end, then in the order the events were first reported.</summary>
        private static int CompareForTimeline(EventCluster a, EventCluster b)
        {
            var x = a.Primary.Expression;
            var y = b.Primary.Expression;
            var order = (x.Date == null ? 1 : 0).CompareTo(y.Date == null ? 1 : 0);
            if (order == 0)
            {
                order = (x.Date ?? DateTime.MaxValue).CompareTo(y.Date ?? DateTime.MaxValue);
            }

            if (order == 0)
            {
                order = (x.End ?? DateTime.MaxValue).CompareTo(y.End ?? DateTime.MaxValue);
            }

            return order != 0 ? order : a.Order.CompareTo(b.Order);
        }

        // Scratch lists, per thread: a builder is made per article, and these are emptied before each use.
        [ThreadStatic]
        private static List<EventCluster>? matchBuffer;

        [ThreadStatic]
        private static List<int>? keyBuffer;

        [ThreadStatic]
        private static List<EventCluster>? keptBuffer;

        [ThreadStatic]
        private static List<EventMention>? mentionBuffer;

        /// <summary>Scratch lists grown past this many items by one large input are let go rather than kept per thread.</summary>
        private const int MaxKeptScratch = 4096;

        /// <summary>The latest cluster filed under <paramref name="key"/>, or null.</summary>
        private EventCluster? Latest(int key)
        {
            if (buckets != null)
            {
                return buckets.TryGetValue(key, out var latest) ? latest : null;
            }

            for (var k = 0; k < bucketCount; k++)
            {
                if (bucketKeys![k] == key)
                {
                    return bucketLatest![k];
                }
            }

            return null;
        }

        /// <summary>Files <paramref name="cluster"/> as the latest of its bucket, linked to the one that was.</summary>
        private void File(int key, EventCluster cluster)
        {
            if (buckets == null)
            {
                for (var k = 0; k < bucketCount; k++)
                {
                    if (bucketKeys![k] == key)
                    {
                        cluster.EarlierInPeriod = bucketLatest![k];
                        bucketLatest[k] = cluster;
                        return;
                    }
                }

                if (bucketCount < SmallBuckets)
                {
                    if (bucketKeys == null || bucketCount == bucketKeys.Length)
                    {
                        var size = bucketKeys == null ? 4 : 2 * bucketKeys.Length;
                        Array.Resize(ref bucketKeys, size);
                        Array.Resize(ref bucketLatest, size);
                    }

                    bucketKeys[bucketCount] = key;
                    bucketLatest![bucketCount++] = cluster;
                    return;
                }

                buckets = new Dictionary<int, EventCluster>(2 * SmallBuckets);
                for (var k = 0; k < bucketCount; k++)
                {
                    buckets[bucketKeys![k]] = bucketLatest![k]!;
                }

                bucketKeys = null;
                bucketLatest = null;
                bucketCount = 0;
            }

            if (buckets.TryGetValue(key, out var latest))
            {
                cluster.EarlierInPeriod = latest;
            }

            buckets[key] = cluster;
        }

        private List<EventCluster> FindSameEvents(EventMention mention)
        {
            var matches = matchBuffer ??= new List<EventCluster>();
            matches.Clear();
            if (mention.Expression.Date == null)
            {
                return matches;
            }

            foreach (var key in LookupKeys(mention.Expression))
            {
                // Bounded work per report: the most recent clusters of a bucket, each by its primary and its latest report,
                // so a pile of articles on one day stays linear.
                var cluster = Latest(key);
                for (var n = 0; cluster != null && n < MaxComparedPerBucket; n++, cluster = cluster.EarlierInPeriod)
                {
                    if (cluster.Merged || matches.Contains(cluster))
                    {
                        continue;
                    }

                    var latest = cluster.Report(cluster.ReportCount - 1).Mention;
                    if (EventMerger.SameEvent(cluster.Primary, mention) || (latest != cluster.Primary && EventMerger.SameEvent(latest, mention)))
                    {
                        matches.Add(cluster);
                        if (matches.Count >= MaxMatches)
                        {
                            return matches;
                        }
                    }
                }
            }

            return matches;
        }

        private const int MaxMatches = 8;

        private const int MaxComparedPerBucket = 64;

        private static int MonthKey(DateTime d) => MonthKey(d.Year, d.Month);

        private static int MonthKey(int year, int month) => (year * 13) + month;

        private static int YearKey(DateTime d) => d.Year * 13;

        private static bool Fine(TimeExpression e) => EventMerger.Rank(e.Precision) <= 2;

        /// <summary>Where a cluster is filed: the month its period starts in, or its year for periods longer than a month.</summary>
        private static int HomeKey(TimeExpression e) => Fine(e) ? MonthKey(e.Date!.Value) : YearKey(e.Date!.Value);

        /// <summary>The buckets that can hold a compatible period: its own month, its year, and for long periods the months inside.</summary>
        private static List<int> LookupKeys(TimeExpression e)
        {
            var start = e.Date!.Value;
            var end = e.End ?? start;
            var keys = keyBuffer ??= new List<int>(16);
            keys.Clear();
            keys.Add(MonthKey(start));
            keys.Add(YearKey(start));
            if (!Fine(e) && start.Year < 9999)
            {
                // The months after the start's, by year and month numbers rather than DateTime.AddMonths: a month's first
                // day is on or before the end exactly when the month is not after the end's month.
                var year = start.Year;
                var month = start.Month;
                var last = (end.Year * 12) + end.Month;
                for (var k = 0; k < 12; k++)
                {
                    if (++month > 12)
                    {
                        month = 1;
                        year++;
                    }

                    if ((year * 12) + month > last || year >= 9999)
                    {
                        break;
                    }

                    keys.Add(MonthKey(year, month));
                }
            }

            return keys;
        }

        /// <summary>Adds <paramref name="item"/> unless the list holds it already, ignoring case.</summary>
        private static void AddDistinct(List<string> list, string item)
        {
            foreach (var existing in list)
            {
                if (string.Equals(existing, item, StringComparison.OrdinalIgnoreCase))
                {
                    return;
                }
            }

            list.Add(item);
        }

        /// <param name="lastOutlets">The outlet list of the last event told once: the events of one article share one list.</param>
        private static TimelineEvent ToEvent(EventCluster c, ref JoinedList<string>? lastOutlets)
        {
            var e = c.Primary.Expression;
            var count = c.ReportCount;
            IReadOnlyList<string> actors;
            IReadOnlyList<string> outlets;
            EventSource[] sources;
            var allCaptions = true;
            if (count == 1)
            {
                // Most events are told once: the primary is that report, its names are distinct already, and its
                // lists are kept as they are rather than copied.
                var report = c.Report(0);
                actors = c.Primary.Actors;
                var outlet = report.Outlet ?? report.ArticleId;
                if (lastOutlets == null || !string.Equals(lastOutlets[0], outlet, StringComparison.Ordinal))
                {
                    // Read-only, so one list can serve every event of the outlet.
                    lastOutlets = new JoinedList<string>(new[] { outlet });
                }

                outlets = lastOutlets;
                sources = new[] { Source(report) };
                allCaptions = report.Mention.Expression.IsCaption;
            }
            else
            {
                var actorList = new List<string>(c.Primary.Actors);
                var outletList = new List<string>(count);
                sources = new EventSource[count];
                for (var r = 0; r < count; r++)
                {
                    var report = c.Report(r);
                    var named = report.Mention.Actors;
                    for (var a = 0; a < named.Count; a++)
                    {
                        AddDistinct(actorList, named[a]);
                    }

                    AddDistinct(outletList, report.Outlet ?? report.ArticleId);
                    sources[r] = Source(report);
                    allCaptions &= report.Mention.Expression.IsCaption;
                }

                actors = actorList;
                outlets = outletList;
            }

            return new TimelineEvent
            {
                Outlets = outlets,
                Date = e.Date,
                End = e.End,
                Value = e.Value,
                Type = e.Type,
                Precision = e.Precision,
                Expression = e.Text,
                Event = c.Primary.Clause,
                Verb = c.Primary.Verb,
                Actors = actors,
                Sources = sources,
                IsCaption = allCaptions,
                Tense = e.Tense,
            };
        }

        private static EventSource Source(EventReport report) => new EventSource
        {
            Outlet = report.Outlet,
            ArticleId = report.ArticleId,
            Text = report.Mention.Clause,
            Expression = report.Mention.Expression.Text,
        };
    }
}
