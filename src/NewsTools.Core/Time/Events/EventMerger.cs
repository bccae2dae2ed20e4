using System;
using System.Collections.Generic;
using System.Linq;

namespace NewsTools.Time.Events
{
    /// <summary>One event being built from one or more reports.</summary>
    internal sealed class EventCluster
    {
        public EventCluster(EventMention first, string? outlet, string articleId, int order)
        {
            Primary = first;
            Order = order;
            Add(first, outlet, articleId);
        }

        public EventMention Primary { get; private set; }

        public int Order { get; }

        public List<(EventMention Mention, string? Outlet, string ArticleId)> Reports { get; } = new List<(EventMention, string?, string)>();

        public HashSet<string> Actors { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        public void Add(EventMention mention, string? outlet, string articleId)
        {
            Reports.Add((mention, outlet, articleId));
            foreach (var a in mention.Actors)
            {
                Actors.Add(a);
            }

            // A body sentence describes an event better than a photo caption.
            if (Primary.Expression.IsCaption && !mention.Expression.IsCaption)
            {
                Primary = mention;
            }
        }
    }

    /// <summary>
    /// Decides when two reports are one event: the same date at compatible precision (one period inside the other, at
    /// most one step apart in precision), and the same story in their sentences: a shared actor and shared content words,
    /// or many shared content words.
    /// </summary>
    internal static class EventMerger
    {
        public static bool SameEvent(EventMention a, EventMention b)
        {
            var x = a.Expression;
            var y = b.Expression;
            if (x.Date == null || y.Date == null || x.End == null || y.End == null)
            {
                return false;
            }

            var xInY = y.Date <= x.Date && x.End <= y.End;
            var yInX = x.Date <= y.Date && y.End <= x.End;
            if (!xInY && !yInX)
            {
                return false;
            }

            if (Math.Abs(Rank(x.Precision) - Rank(y.Precision)) > 1)
            {
                return false;
            }

            var sharedActors = a.Actors.Count(n => b.Actors.Contains(n, StringComparer.OrdinalIgnoreCase));
            var wordsA = ContentWords(a.Sentence);
            var wordsB = ContentWords(b.Sentence);
            wordsA.IntersectWith(wordsB);
            var sharedWords = wordsA.Count;
            return (sharedActors >= 1 && sharedWords >= 2) || sharedWords >= 5;
        }

        /// <summary>Precision steps, where a day and a time of that day are neighbours.</summary>
        private static int Rank(TimePrecision p) => p switch
        {
            TimePrecision.Minute => 0,
            TimePrecision.Hour => 0,
            TimePrecision.PartOfDay => 0,
            TimePrecision.Day => 0,
            TimePrecision.Week => 1,
            TimePrecision.Month => 2,
            TimePrecision.Season => 3,
            TimePrecision.Quarter => 3,
            TimePrecision.Half => 4,
            TimePrecision.Year => 5,
            TimePrecision.Decade => 6,
            TimePrecision.Century => 7,
            _ => 9,
        };

        internal static HashSet<string> ContentWords(string text)
        {
            var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var i = 0;
            while (i < text.Length)
            {
                if (!char.IsLetter(text[i]))
                {
                    i++;
                    continue;
                }

                var start = i;
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }

                var length = i - start;

                // Possessive "'s" stays outside; short words and stopwords say little.
                if (length >= 4)
                {
                    var w = text.Substring(start, length);
                    if (!EventWords.Stopwords.Contains(w))
                    {
                        words.Add(Stem(w));
                    }
                }
            }

            return words;
        }

        /// <summary>A crude plural and past-tense fold, so "islands" meets "island" and "met" stays "met".</summary>
        private static string Stem(string w)
        {
            w = w.ToLowerInvariant();
            if (w.Length > 4 && w.EndsWith("s", StringComparison.Ordinal) && !w.EndsWith("ss", StringComparison.Ordinal))
            {
                w = w.Substring(0, w.Length - 1);
            }

            return w;
        }
    }
}
