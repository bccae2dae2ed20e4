using System.Collections.Generic;
using System.Runtime.CompilerServices;
using NewsTools.Time.Parsers;
using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Refiners
{
    /// <summary>"the next year or so", "two weeks or so": the hedge belongs to the expression.</summary>
    internal sealed class ApproximationRefiner : ICandidateRefiner
    {
        [MethodImpl(HotPath.Optimize)]
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
}
