using System.Collections.Generic;
using NewsTools.Time.Parsers;
using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Refiners
{
    /// <summary>
    /// Hedges belong to the expression (TIMEX3 marks them mod="APPROX"): "the next year or so", "two weeks or so" after it,
    /// "about two years ago", "around 7:15 p.m.", "around Nov. 1" before it; so does the bound of a span ("at least the past 18 months"). A hedge before counts only before an amount,
    /// a clock time or a date written out: "about" before "the future" is the preposition ("worried about the future").
    /// </summary>
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

                var before = c.First - 1;
                var previousEnd = n > 0 ? candidates[n - 1].End : 0;
                if (before >= previousEnd && s.Mod(before, Mod.Around) && s.OnLine(c.First) && CanBeHedged(s, c))
                {
                    c.First = before;
                }
                else if (before - 1 >= previousEnd && c.Frame.Kind == FrameKind.Duration && s.Mod(before - 1, Mod.At) && s.Mod(before, Mod.Least)
                    && s.OnLine(before) && s.OnLine(c.First))
                {
                    // "at least the past 18 months": the bound of a counted span, as in "at least 18 months".
                    c.First = before - 1;
                }
            }
        }

        /// <summary>An expression that begins with an amount ("two", "2", "a"), a month or a clock, or "year end".</summary>
        private static bool CanBeHedged(TimeScan s, TimexCandidate c)
        {
            var i = c.First;
            return c.Frame.Kind != FrameKind.Reference
                && (s.IsNumber(i) || s.Is(i, LexKind.Number) || s.Mod(i, Mod.A) || s.Is(i, LexKind.Month) || s.Is(i, LexKind.Meridiem)
                    || (s.Unit(i, out var unit, out var plural) && unit == TimeUnit.Year && !plural));
        }
    }
}
