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
        private readonly Dictionary<string, List<EventCluster>> byDay = new Dictionary<string, List<EventCluster>>(StringComparer.Ordinal);
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
                var target = FindSameEvent(mention);
                if (target != null)
                {
                    target.Add(mention, article.Outlet, article.Id);
                    continue;
                }

                var cluster = new EventCluster(mention, article.Outlet, article.Id, order++);
                clusters.Add(cluster);
                if (mention.Expression.Date != null)
                {
                    foreach (var key in Keys(mention.Expression))
                    {
                        if (!byDay.TryGetValue(key, out var list))
                        {
                            byDay[key] = list = new List<EventCluster>();
                        }

                        list.Add(cluster);
                    }
                }
            }
        }

        /// <summary>The merged timeline, sorted by date, undated events last (or dropped when <paramref name="datedOnly"/>).</summary>
        public IReadOnlyList<TimelineEvent> Build(bool datedOnly = false)
        {
            return clusters
                .Where(c => !datedOnly || c.Primary.Expression.Date != null)
                .OrderBy(c => c.Primary.Expression.Date == null ? 1 : 0)
                .ThenBy(c => c.Primary.Expression.Date ?? DateTime.MaxValue)
                .ThenBy(c => c.Primary.Expression.End ?? DateTime.MaxValue)
                .ThenBy(c => c.Order)
                .Select(ToEvent)
                .ToList();
        }

        private EventCluster? FindSameEvent(EventMention mention)
        {
            if (mention.Expression.Date == null)
            {
                return null;
            }

            // Candidates share the month the event starts in (periods longer than a month are keyed by their first month).
            foreach (var key in Keys(mention.Expression))
            {
                if (!byDay.TryGetValue(key, out var list))
                {
                    continue;
                }

                foreach (var cluster in list)
                {
                    foreach (var report in cluster.Reports)
                    {
                        if (EventMerger.SameEvent(report.Mention, mention))
                        {
                            return cluster;
                        }
                    }
                }
            }

            return null;
        }

        /// <summary>Index keys: the year of the period, so only events in overlapping years are compared.</summary>
        private static IEnumerable<string> Keys(TimeExpression e)
        {
            var first = e.Date!.Value.Year;
            var last = Math.Min((e.End ?? e.Date.Value).Year, first + 10);
            for (var y = first; y <= last; y++)
            {
                yield return y.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

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

            return new TimelineEvent
            {
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
