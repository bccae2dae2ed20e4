using System.Collections.Generic;
using NewsTools.Time.Parsers;
using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Refiners
{
    /// <summary>A pass over the parsers' findings that merges, extends or drops them (chrono-node's refiner idea).</summary>
    internal interface ICandidateRefiner
    {
        void Refine(TimeScan s, List<TimexCandidate> candidates);
    }

    /// <summary>"Sunday (Jan 28)", "Friday (Jan 26)": a weekday followed by its date in brackets is one date.</summary>
    internal sealed class ParentheticalDateRefiner : ICandidateRefiner
    {
        public void Refine(TimeScan s, List<TimexCandidate> candidates)
        {
            for (var n = 0; n + 1 < candidates.Count; n++)
            {
                var a = candidates[n];
                var b = candidates[n + 1];
                if (a.Frame.Kind == FrameKind.Calendar && a.Frame.Weekday != null && a.Frame.Month == null && a.Frame.Direction == Direction.ByTense
                    && b.Frame.Kind == FrameKind.Calendar && b.Frame.Month != null && b.Frame.Day != null
                    && b.First == a.End + 1 && s.Punct(a.End, '(') && s.OnLine(a.End) && s.Punct(b.End, ')') && s.OnLine(b.End))
                {
                    b.Frame.Weekday = a.Frame.Weekday;
                    candidates[n] = new TimexCandidate(a.First, b.End + 1, b.Frame);
                    candidates.RemoveAt(n + 1);
                }
            }
        }
    }

    /// <summary>"10 p.m. Wednesday", "5 p.m. EST, Nov. 9", "noon Thursday": a clock time and the date right after it are one time.</summary>
    internal sealed class ClockDateRefiner : ICandidateRefiner
    {
        public void Refine(TimeScan s, List<TimexCandidate> candidates)
        {
            for (var n = 0; n + 1 < candidates.Count; n++)
            {
                var a = candidates[n];
                var b = candidates[n + 1];
                if (a.Frame.Hour == null || a.Frame.Month != null || a.Frame.Weekday != null || a.Frame.Kind != FrameKind.Calendar)
                {
                    continue;
                }

                var gap = b.First - a.End;
                var joins = gap == 0 || (gap == 1 && (s.Punct(a.End, ',') || s.Word(a.End, "on")));
                var isDate = (b.Frame.Kind == FrameKind.Calendar && (b.Frame.Day != null || b.Frame.Weekday != null) && b.Frame.Hour == null)
                    || (b.Frame.Kind == FrameKind.Relative && b.Frame.Unit == TimeUnit.Day && b.Frame.PartOfDay == 0);
                if (joins && isDate && s.OnLine(b.First))
                {
                    b.Frame.Hour = a.Frame.Hour;
                    b.Frame.Minute = a.Frame.Minute;
                    b.Frame.Type = TimexType.Time;
                    candidates[n] = new TimexCandidate(a.First, b.End, b.Frame);
                    candidates.RemoveAt(n + 1);
                }
            }
        }
    }

    /// <summary>
    /// Parts of a period keep the period's value (TIMEX3 marks them with a modifier only): "early 2018", "late last year",
    /// "mid-November", "earlier this month", "the beginning of 2018", "the end of the year", "early in the year".
    /// </summary>
    internal sealed class PartOfPeriodRefiner : ICandidateRefiner
    {
        public void Refine(TimeScan s, List<TimexCandidate> candidates)
        {
            var previousEnd = 0;
            foreach (var c in candidates)
            {
                var f = c.Frame;
                var datelike = f.Kind == FrameKind.Calendar || f.Kind == FrameKind.Relative || f.Kind == FrameKind.Fixed
                    || f.Kind == FrameKind.CurrentTopicQuarter || IsTheYear(f) || f.Kind == FrameKind.Anaphoric;
                if (!datelike || !s.OnLine(c.First))
                {
                    previousEnd = c.End;
                    continue;
                }

                var first = c.First;
                var k = first - 1;
                var partOfPeriod = true;
                if (k >= previousEnd && (s.Mod(k, Mod.Early) || s.Mod(k, Mod.Late) || s.Mod(k, Mod.Earlier) || s.Mod(k, Mod.Later) || s.Mod(k, Mod.Mid)))
                {
                    first = k;
                }
                else if (k >= previousEnd && s.Punct(k, '-') && s.Joined(k + 1) && s.Joined(k) && s.Mod(k - 1, Mod.Mid) && k - 1 >= previousEnd)
                {
                    first = k - 1;
                }
                else if (k - 1 >= previousEnd && s.Mod(k, Mod.In) && (s.Mod(k - 1, Mod.Early) || s.Mod(k - 1, Mod.Late) || s.Mod(k - 1, Mod.Earlier) || s.Mod(k - 1, Mod.Later)) && s.OnLine(k))
                {
                    // "early in the year"
                    first = k - 1;
                }
                else if (k - 2 >= previousEnd && s.Mod(k, Mod.Of) && (s.Mod(k - 1, Mod.Beginning) || s.Mod(k - 1, Mod.Start) || s.Mod(k - 1, Mod.End) || s.Mod(k - 1, Mod.Middle))
                    && s.Mod(k - 2, Mod.The) && s.OnLine(k - 1) && s.OnLine(k))
                {
                    first = k - 2;
                    partOfPeriod = false;
                }

                // "the late 1970s", "the early summer": the article goes with the modifier.
                if (partOfPeriod && first < c.First && first - 1 >= previousEnd && s.Mod(first - 1, Mod.The) && s.OnLine(first) && !s.Mod(c.First, Mod.The))
                {
                    first--;
                }

                if (first != c.First)
                {
                    c.First = first;
                    if (IsTheYear(f) || (f.Kind == FrameKind.Relative && f.Offset == 0))
                    {
                        // "early in the year", "the end of the month": the current one.
                        c.Frame = TimexFrame.Relative(IsTheYear(f) ? TimeUnit.Year : f.Unit, 0);
                        c.Frame.PartOfDay = f.PartOfDay;
                        c.Frame.Type = f.Type == TimexType.Time ? TimexType.Time : TimexType.Date;
                    }
                }

                previousEnd = c.End;
            }
        }

        private static bool IsTheYear(TimexFrame f) => f.Kind == FrameKind.Duration && f.Unit == TimeUnit.Year && f.Amount == 1;
    }

    /// <summary>"the next year or so", "two weeks or so": the hedge belongs to the expression.</summary>
    internal sealed class ApproximationRefiner : ICandidateRefiner
    {
        public void Refine(TimeScan s, List<TimexCandidate> candidates)
        {
            for (var n = 0; n < candidates.Count; n++)
            {
                var c = candidates[n];
                var k = c.End;
                var nextStart = n + 1 < candidates.Count ? candidates[n + 1].First : int.MaxValue;
                if (k + 1 < nextStart && s.OnLine(k) && s.OnLine(k + 1) && s.Mod(k, Mod.Or) && s.Mod(k + 1, Mod.So)
                    && (c.Frame.Kind == FrameKind.Duration || c.Frame.Kind == FrameKind.Relative))
                {
                    c.End = k + 2;
                }
            }
        }
    }

    /// <summary>Keeps the longest of overlapping findings, in text order.</summary>
    internal sealed class OverlapRefiner : ICandidateRefiner
    {
        public void Refine(TimeScan s, List<TimexCandidate> candidates)
        {
            candidates.Sort((a, b) => a.First != b.First ? a.First.CompareTo(b.First) : b.Length.CompareTo(a.Length));
            var kept = 0;
            for (var n = 0; n < candidates.Count; n++)
            {
                if (kept > 0 && candidates[n].First < candidates[kept - 1].End)
                {
                    if (candidates[n].End > candidates[kept - 1].End && candidates[n].Length > candidates[kept - 1].Length)
                    {
                        candidates[kept - 1] = candidates[n];
                    }

                    continue;
                }

                candidates[kept++] = candidates[n];
            }

            candidates.RemoveRange(kept, candidates.Count - kept);
        }
    }
}
