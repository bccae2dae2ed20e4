using System.Collections.Generic;
using NewsTools.Time.Parsers;
using NewsTools.Time.Scanning;

namespace NewsTools.Time.Refiners
{
    /// <summary>
    /// A refiner that only drops findings: each one says which candidate is no time, and the list is compacted in place,
    /// keeping the rest in order (no predicate closure or new list per paragraph).
    /// </summary>
    internal abstract class DroppingRefiner : ICandidateRefiner
    {
        public void Refine(TimeScan s, List<TimexCandidate> candidates)
        {
            if (!AppliesTo(s))
            {
                return;
            }

            var kept = 0;
            for (var n = 0; n < candidates.Count; n++)
            {
                var c = candidates[n];
                if (!Drops(s, c))
                {
                    // Stored back only once something before it was dropped: nearly always nothing is, and each store of a
                    // reference into the list's array is a checked store through the garbage collector's write barrier.
                    if (kept != n)
                    {
                        candidates[kept] = c;
                    }

                    kept++;
                }
            }

            if (kept < candidates.Count)
            {
                candidates.RemoveRange(kept, candidates.Count - kept);
            }
        }

        /// <summary>Whether the paragraph can hold any finding this refiner drops.</summary>
        protected virtual bool AppliesTo(TimeScan s) => true;

        protected abstract bool Drops(TimeScan s, TimexCandidate c);
    }
}
