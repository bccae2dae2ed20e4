using System.Collections.Generic;
using NewsTools.Time.Parsers;
using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Refiners
{
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
                    candidates[n] = s.Pool.Candidate(a.First, b.End + 1, b.Frame);
                    candidates.RemoveAt(n + 1);
                }
            }
        }
    }
}
