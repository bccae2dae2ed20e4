using NewsTools.Time.Parsers;
using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Refiners
{
    /// <summary>
    /// A unit that opens a compound with itself is no time: "the quarter-to-quarter comparison", "the day-to-day running",
    /// "year-on-year growth", "month-over-month sales" compare periods or say how something is done, and name none. An
    /// expression that ends in the first unit of such a compound leaves.
    /// </summary>
    internal sealed class ReduplicatedUnitRefiner : DroppingRefiner
    {
        protected override bool Drops(TimeScan s, TimexCandidate c) => OpensCompound(s, c.End - 1);

        /// <summary>Token k is a unit followed, all joined by hyphens, by one word and the same unit ("quarter-to-quarter").</summary>
        private static bool OpensCompound(TimeScan s, int k)
        {
            if (!s.Unit(k, out var unit, out _) || !s.Punct(k + 1, '-') || !s.Joined(k + 1) || !s.Joined(k + 2) || !s.Punct(k + 3, '-')
                || !s.Joined(k + 3) || !s.Joined(k + 4) || s.Tokens[k + 2].Kind != TokenKind.Word)
            {
                return false;
            }

            return s.Unit(k + 4, out var second, out _) && second == unit;
        }
    }
}
