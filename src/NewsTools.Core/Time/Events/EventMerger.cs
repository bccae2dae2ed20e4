using System;
using System.Collections.Generic;
using NewsTools.Time.Scanning;

namespace NewsTools.Time.Events
{
    /// <summary>One report of an event: the mention and the article it came from.</summary>
    internal readonly struct EventReport
    {
        public EventReport(EventMention mention, string? outlet, string articleId)
        {
            Mention = mention;
            Outlet = outlet;
            ArticleId = articleId;
        }

        public EventMention Mention { get; }

        public string? Outlet { get; }

        public string ArticleId { get; }
    }

    /// <summary>One event being built from one or more reports.</summary>
    internal sealed class EventCluster
    {
        // Most events are told once: the first report is held here, and a list is made only when a second one joins.
        private EventReport first;
        private List<EventReport>? more;
        private int count;

        public EventCluster(EventMention first, string? outlet, string articleId, int order)
        {
            Primary = first;
            Order = order;
            Add(first, outlet, articleId);
        }

        public EventMention Primary { get; private set; }

        public int Order { get; }

        /// <summary>How many reports tell the event (none once it was absorbed).</summary>
        public int ReportCount => count;

        /// <summary>The report at <paramref name="index"/>, in the order they joined.</summary>
        public EventReport Report(int index) => index == 0 ? first : more![index - 1];

        /// <summary>The cluster filed before this one under the same period, for the timeline's lookups (null: none).</summary>
        public EventCluster? EarlierInPeriod { get; set; }

        /// <summary>Absorbed into another cluster: left out of lookups and of the timeline.</summary>
        public bool Merged { get; private set; }

        /// <summary>Takes over another cluster's reports, when a new report shows both tell one event.</summary>
        public void Absorb(EventCluster other)
        {
            for (var r = 0; r < other.count; r++)
            {
                var report = other.Report(r);
                Add(report.Mention, report.Outlet, report.ArticleId);
            }

            other.first = default;
            other.more = null;
            other.count = 0;
            other.Merged = true;
        }

        public void Add(EventMention mention, string? outlet, string articleId)
        {
            var report = new EventReport(mention, outlet, articleId);
            if (count == 0)
            {
                first = report;
            }
            else
            {
                (more ??= new List<EventReport>(1)).Add(report);
            }

            count++;

            // The event is told in the words of the best report: a body sentence rather than a photo caption, and among
            // those the one nearest its article's top, where news puts what happened.
            var p = Primary.Expression;
            var m = mention.Expression;
            if ((p.IsCaption && !m.IsCaption) || (p.IsCaption == m.IsCaption && m.Paragraph < p.Paragraph))
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
        /// <summary>Two reports may differ in precision by one step (a day and its week, a month and its season), no more.</summary>
        private const int MaxPrecisionSteps = 1;

        /// <summary>Content words two reports must share at least: one common word is chance.</summary>
        private const int MinSharedWords = 2;

        /// <summary>Shared content words enough on their own: the same story whoever is named.</summary>
        private const int SharedWordsAlone = 5;

        /// <summary>Shared content words enough on the same day, or when they are half of the shorter sentence.</summary>
        private const int SharedWordsSameDay = 3;

        /// <summary>Content words are at least this long: shorter words ("said", "the") say little about a story.</summary>
        private const int MinContentWordLength = 4;

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

            if (Math.Abs(Rank(x.Precision) - Rank(y.Precision)) > MaxPrecisionSteps)
            {
                return false;
            }

            // One article tells one event once, except a photo caption and the story about the same day; two sentences of
            // one article dated to the same month or year are different events.
            if (string.Equals(x.ArticleId, y.ArticleId, StringComparison.Ordinal) && (Rank(x.Precision) > 0 || Rank(y.Precision) > 0))
            {
                return false;
            }

            var a1 = a.Signature;
            var b1 = b.Signature;
            var common = PopCount(a1[0] & b1[0]) + PopCount(a1[1] & b1[1]) + PopCount(a1[2] & b1[2]) + PopCount(a1[3] & b1[3]);
            if (common < MinSharedWords)
            {
                return false;
            }

            // Both word lists are sorted: one merge walk counts what they share.
            var wa = a.Words;
            var wb = b.Words;
            var smallCount = Math.Min(wa.Length, wb.Length);
            var sharedWords = 0;
            for (int p = 0, q = 0; p < wa.Length && q < wb.Length;)
            {
                if (wa[p] == wb[q])
                {
                    if (++sharedWords >= SharedWordsAlone)
                    {
                        return true;
                    }

                    p++;
                    q++;
                }
                else if (wa[p] < wb[q])
                {
                    p++;
                }
                else
                {
                    q++;
                }
            }

            if (sharedWords < MinSharedWords)
            {
                return false;
            }

            // Three shared words suffice on the same day, or when they are half of a short sentence (a quote both outlets carry).
            if (sharedWords >= SharedWordsSameDay && ((Rank(x.Precision) == 0 && Rank(y.Precision) == 0) || 2 * sharedWords >= smallCount))
            {
                return true;
            }

            // Indexed rather than foreach: an enumerator over IReadOnlyList is an allocation per comparison.
            var actorsA = a.Actors;
            var actorsB = b.Actors;
            for (var i = 0; i < actorsA.Count; i++)
            {
                for (var j = 0; j < actorsB.Count; j++)
                {
                    if (string.Equals(actorsA[i], actorsB[j], StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static int PopCount(ulong x)
        {
            var n = 0;
            while (x != 0)
            {
                x &= x - 1;
                n++;
            }

            return n;
        }

        /// <summary>Precision steps, where a day and a time of that day are neighbours.</summary>
        internal static int Rank(TimePrecision p) => p switch
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

        /// <summary>
        /// Hashes of the content words of text[start, end): four letters or more, not stopwords, case folded, a final
        /// plural "s" dropped. Hashes rather than strings: one allocation per sentence, not per word.
        /// </summary>
        internal static long[] WordHashes(string text, int start, int end, SliceSet stopwords)
        {
            var set = new List<long>();
            var i = start;
            while (i < end)
            {
                if (!char.IsLetter(text[i]))
                {
                    i++;
                    continue;
                }

                var s = i;
                while (i < end && char.IsLetter(text[i]))
                {
                    i++;
                }

                var length = i - s;
                if (length < MinContentWordLength || stopwords.Contains(text, s, length))
                {
                    continue;
                }

                if (length > 4 && (text[i - 1] == 's' || text[i - 1] == 'S') && text[i - 2] != 's' && text[i - 2] != 'S')
                {
                    length--;
                }

                long h = 1469598103934665603;
                for (var k = s; k < s + length; k++)
                {
                    h = unchecked((h ^ char.ToLowerInvariant(text[k])) * 1099511628211);
                }

                set.Add(h);
            }

            set.Sort();
            var distinct = 0;
            for (var k = 0; k < set.Count; k++)
            {
                if (k == 0 || set[k] != set[k - 1])
                {
                    set[distinct++] = set[k];
                }
            }

            var result = new long[distinct];
            set.CopyTo(0, result, 0, distinct);
            return result;
        }

        /// <summary>The content words of a text, as strings (for tests and diagnostics).</summary>
        internal static HashSet<string> ContentWords(string text)
        {
            var stopwords = EventVocabulary.For(Config.ConfigLoader.Defaults).Stopwords;
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
                if (length >= MinContentWordLength)
                {
                    var w = text.Substring(start, length);
                    if (!stopwords.Contains(w, 0, w.Length))
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
