using System.Collections.Generic;
using NewsTools.Time.Parsers;
using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Refiners
{
    /// <summary>
    /// "10 p.m. Wednesday", "5 p.m. EST, Nov. 9", "noon Thursday": a clock time and the date right after it are one time. With
    /// the same time in another zone in brackets between ("8 a.m. local time (0600 GMT) on Wednesday") both times take the date.
    /// </summary>
    internal sealed class ClockDateRefiner : ICandidateRefiner
    {
        public void Refine(TimeScan s, List<TimexCandidate> candidates)
        {
            for (var n = 0; n + 1 < candidates.Count; n++)
            {
                var a = candidates[n];
                var b = candidates[n + 1];
                if (!IsClock(a.Frame))
                {
                    continue;
                }

                var gap = b.First - a.End;
                var joins = gap == 0 || (gap == 1 && (s.Punct(a.End, ',') || s.Word(a.End, "on")));
                var isDate = IsDayDate(b.Frame) || (b.Frame.Kind == FrameKind.Relative && b.Frame.Unit == TimeUnit.Day && b.Frame.PartOfDay == 0);
                if (joins && isDate && s.OnLine(b.First))
                {
                    b.Frame.Hour = a.Frame.Hour;
                    b.Frame.Minute = a.Frame.Minute;
                    b.Frame.ZoneOffset = a.Frame.ZoneOffset;
                    b.Frame.Type = TimexType.Time;
                    candidates[n] = s.Pool.Candidate(a.First, b.End, b.Frame);
                    candidates.RemoveAt(n + 1);
                    continue;
                }

                // "8 a.m. local time (0600 GMT) on Wednesday", "10:30 a.m. EST (1530 GMT) on Thursday": a clock time, the same
                // time in another zone in brackets, then the date. Both times take the date, which stays an expression of its own.
                if (n + 2 < candidates.Count && IsClock(b.Frame) && BracketedAfter(s, a.End) == b.First && s.Punct(b.End, ')'))
                {
                    var c = candidates[n + 2];
                    var after = c.First - (b.End + 1);
                    if (IsDayDate(c.Frame) && s.OnLine(c.First) && (after == 0 || (after == 1 && (s.Punct(b.End + 1, ',') || s.Word(b.End + 1, "on")))))
                    {
                        TakeDate(a.Frame, c.Frame);
                        TakeDate(b.Frame, c.Frame);
                        n += 2;
                    }
                }
            }
        }

        private static bool IsClock(TimexFrame f) => f.Kind == FrameKind.Calendar && f.Hour != null && f.Month == null && f.Weekday == null;

        private static bool IsDayDate(TimexFrame f) => f.Kind == FrameKind.Calendar && (f.Day != null || f.Weekday != null) && f.Hour == null;

        /// <summary>The token after the "(" that follows <paramref name="k"/>, past "local time" ("8 a.m. local time ("); else -1.</summary>
        private static int BracketedAfter(TimeScan s, int k)
        {
            if (s.Word(k, "local") && s.Word(k + 1, "time"))
            {
                k += 2;
            }

            return s.Punct(k, '(') ? k + 1 : -1;
        }

        /// <summary>The clock time <paramref name="clock"/> on the day of <paramref name="date"/>, a time of that date.</summary>
        private static void TakeDate(TimexFrame clock, TimexFrame date)
        {
            clock.Year = date.Year;
            clock.Month = date.Month;
            clock.Day = date.Day;
            clock.Weekday = date.Weekday;
            clock.YearOffset = date.YearOffset;
            clock.Direction = date.Direction;
            clock.Type = TimexType.Time;
        }
    }
}
