using System.Collections.Generic;
using NewsTools.Time.Parsers;
using NewsTools.Time.Scanning;

namespace NewsTools.Time.Refiners
{
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
