using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace NewsTools.Coverage
{
    /// <summary>B-cubed precision, recall and F1 of a grouping against gold events.</summary>
    public sealed class BCubedScore
    {
        public double Precision { get; internal set; }

        public double Recall { get; internal set; }

        public double F1 { get; internal set; }

        public int Articles { get; internal set; }

        public int Events { get; internal set; }

        public int Groups { get; internal set; }

        public override string ToString() => string.Format(
            CultureInfo.InvariantCulture,
            "B-cubed P={0:0.000} R={1:0.000} F1={2:0.000} ({3} articles, {4} events, {5} groups)",
            Precision,
            Recall,
            F1,
            Articles,
            Events,
            Groups);
    }

    /// <summary>Scores a grouping: each article's precision is the share of its group from its own event, its recall the share of its event in its group.</summary>
    public static class GroupingEvaluator
    {
        /// <param name="groups">The grouping to score.</param>
        /// <param name="goldEvent">Article id to gold event id; articles missing from it are ignored.</param>
        public static BCubedScore Score(IReadOnlyList<ArticleGroup> groups, IReadOnlyDictionary<string, string> goldEvent)
        {
            var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var g = 0; g < groups.Count; g++)
            {
                foreach (var id in groups[g].ArticleIds)
                {
                    if (goldEvent.ContainsKey(id))
                    {
                        groupOf[id] = g;
                    }
                }
            }

            var eventSize = groupOf.Keys.GroupBy(id => goldEvent[id], StringComparer.Ordinal).ToDictionary(x => x.Key, x => x.Count(), StringComparer.Ordinal);
            var groupSize = groupOf.Values.GroupBy(g => g).ToDictionary(x => x.Key, x => x.Count());
            var overlap = groupOf.GroupBy(p => (p.Value, goldEvent[p.Key])).ToDictionary(x => x.Key, x => x.Count());
            double p = 0, r = 0;
            foreach (var pair in groupOf)
            {
                var gold = goldEvent[pair.Key];
                var both = overlap[(pair.Value, gold)];
                p += (double)both / groupSize[pair.Value];
                r += (double)both / eventSize[gold];
            }

            var n = groupOf.Count;
            var precision = n == 0 ? 0 : p / n;
            var recall = n == 0 ? 0 : r / n;
            return new BCubedScore
            {
                Precision = precision,
                Recall = recall,
                F1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall),
                Articles = n,
                Events = eventSize.Count,
                Groups = groupSize.Count,
            };
        }
    }
}
