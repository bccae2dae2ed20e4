using System.Collections.Generic;
using NewsTools.Time.Parsers;
using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Refiners
{
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
                    b.Frame.ZoneOffset = a.Frame.ZoneOffset;
                    b.Frame.Type = TimexType.Time;
                    candidates[n] = s.Pool.Candidate(a.First, b.End, b.Frame);
                    candidates.RemoveAt(n + 1);
                }
            }
        }
    }
}
