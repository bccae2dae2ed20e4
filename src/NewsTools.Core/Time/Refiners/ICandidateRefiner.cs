using System.Collections.Generic;
using NewsTools.Time.Parsers;
using NewsTools.Time.Scanning;

namespace NewsTools.Time.Refiners
{
    /// <summary>A pass over the parsers' findings that merges, extends or drops them (chrono-node's refiner idea).</summary>
    internal interface ICandidateRefiner
    {
        void Refine(TimeScan s, List<TimexCandidate> candidates);
    }
}
