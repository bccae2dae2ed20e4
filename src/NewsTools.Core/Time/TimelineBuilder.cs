using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Time.Events;

namespace NewsTools.Time
{
    /// <summary>Collects the dated events of many articles and merges them into one timeline.</summary>
    public sealed class TimelineBuilder
    {
        private readonly TimeExpressionTagger tagger;
        private readonly EventExtractor extractor;
        private readonly List<EventCluster> clusters = new List<EventCluster>();
        // Dated clusters by the month their period starts in (periods longer than a month: by year), so a new report is
        // compared only with reports that can share its date.
        private readonly Dictionary<int, List<EventCluster>> byPeriod = new Dictionary<int, List<EventCluster>>();
        private int order;

        public TimelineBuilder(NewsToolsConfig config)
        {
            tagger = new TimeExpressionTagger(config);
            extractor = new EventExtractor(config);
        }

        public void Add(Article article, DateTime? referenceDate = null, CancellationToken cancellationToken = default)
        {
            if (article == null)
            {
                throw new ArgumentNullException(nameof(article));
            }

            var expressions = tagger.Tag(article, referenceDate, cancellationToken);
            foreach (var mention in extractor.Extract(article, expressions))
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
                    var key = HomeKey(mention.Expression);
                    if (!byPeriod.TryGetValue(key, out var list))
                    {
                        byPeriod[key] = list = new List<EventCluster>();
                    }

                    list.Add(cluster);
                }
            }
        }

        /// <summary>The merged timeline, sorted by date, undated events last (or dropped when <paramref name="datedOnly"/>).</summary>
        public IReadOnlyList<TimelineEvent> Build(bool datedOnly = false)
        {
            return clusters
                .Where(c => !c.Merged && (!datedOnly || c.Primary.Expression.Date != null))
                .OrderBy(c => c.Primary.Expression.Date == null ? 1 : 0)
                .ThenBy(c => c.Primary.Expression.Date ?? DateTime.MaxValue)
                .ThenBy(c => c.Primary.Expression.End ?? DateTime.MaxValue)
                .ThenBy(c => c.Order)
                .Select(ToEvent)
                .ToList();
        }

        private readonly List<EventCluster> matches = new List<EventCluster>();

        private List<EventCluster> FindSameEvents(EventMention mention)
        {
            matches.Clear();
            if (mention.Expression.Date == null)
            {
                return matches;
            }

            foreach (var key in LookupKeys(mention.Expression))
            {
                if (!byPeriod.TryGetValue(key, out var list))
                {
                    continue;
                }

                // Bounded work per report: the most recent clusters of a bucket, each by its primary and its latest report,
                // so a pile of articles on one day stays linear.
                for (var n = list.Count - 1; n >= 0 && n >= list.Count - MaxComparedPerBucket; n--)
                {
                    var cluster = list[n];
                    if (cluster.Merged || matches.Contains(cluster))
                    {
                        continue;
                    }

                    var latest = cluster.Reports[cluster.Reports.Count - 1].Mention;
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

        private static int MonthKey(DateTime d) => (d.Year * 13) + d.Month;

        private static int YearKey(DateTime d) => d.Year * 13;

        private static bool Fine(TimeExpression e) => EventMerger.Rank(e.Precision) <= 2;

        /// <summary>Where a cluster is filed: the month its period starts in, or its year for periods longer than a month.</summary>
        private static int HomeKey(TimeExpression e) => Fine(e) ? MonthKey(e.Date!.Value) : YearKey(e.Date!.Value);

        /// <summary>The buckets that can hold a compatible period: its own month, its year, and for long periods the months inside.</summary>
        private List<int> LookupKeys(TimeExpression e)
        {
            var start = e.Date!.Value;
            var end = e.End ?? start;
            keys.Clear();
            keys.Add(MonthKey(start));
            keys.Add(YearKey(start));
            if (!Fine(e) && start.Year < 9999)
            {
                var m = new DateTime(start.Year, start.Month, 1).AddMonths(1);
                for (var k = 0; k < 12 && m <= end && m.Year < 9999; k++, m = m.AddMonths(1))
                {
                    keys.Add(MonthKey(m));
                }
            }

            return keys;
        }

        private readonly List<int> keys = new List<int>(16);

        private static TimelineEvent ToEvent(EventCluster c)
        {
            var e = c.Primary.Expression;
            var actors = new List<string>(c.Primary.Actors);
            foreach (var report in c.Reports)
            {
                foreach (var a in report.Mention.Actors)
                {
                    if (!actors.Contains(a, StringComparer.OrdinalIgnoreCase))
                    {
                        actors.Add(a);
                    }
                }
            }

            var outlets = new List<string>();
            foreach (var report in c.Reports)
            {
                var name = report.Outlet ?? report.ArticleId;
                if (!outlets.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    outlets.Add(name);
                }
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
                Sources = c.Reports.Select(r => new EventSource
                {
                    Outlet = r.Outlet,
                    ArticleId = r.ArticleId,
                    Text = r.Mention.Clause,
                    Expression = r.Mention.Expression.Text,
                }).ToList(),
                IsCaption = c.Reports.All(r => r.Mention.Expression.IsCaption),
                Tense = e.Tense,
            };
        }
    }
}
