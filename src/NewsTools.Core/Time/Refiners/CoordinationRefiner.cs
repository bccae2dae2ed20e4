using System.Collections.Generic;
using NewsTools.Time.Parsers;
using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Refiners
{
    /// <summary>
    /// Coordinated alternatives are one vague expression, as TimeML annotates them: "weeks or months", "recent weeks and
    /// months", "a year or two", "1994 or later", "1990 and beyond". The value stays the first part's; the span takes both.
    /// </summary>
    internal sealed class CoordinationRefiner : ICandidateRefiner
    {
        public void Refine(TimeScan s, List<TimexCandidate> candidates)
        {
            for (var n = 0; n < candidates.Count; n++)
            {
                var c = candidates[n];
                var k = c.End;
                var nextStart = n + 1 < candidates.Count ? candidates[n + 1].First : int.MaxValue;
                if (k + 1 >= nextStart || !s.OnLine(k) || !s.OnLine(k + 1) || !(s.Mod(k, Mod.Or) || s.Mod(k, Mod.And)))
                {
                    continue;
                }

                var last = c.End - 1;
                if (s.Unit(last, out var unit, out var plural) && plural && s.Unit(k + 1, out var other, out var otherPlural) && otherPlural && other != unit
                    && !s.Mod(k + 2, Mod.Of))
                {
                    // "weeks or months": two bare plural units.
                    c.End = k + 2;
                }
                else if (s.Mod(k, Mod.Or) && s.Unit(last, out _, out var single) && !single && c.Frame.Kind == FrameKind.Duration
                    && s.Is(k + 1, LexKind.Number) && !(s.OnLine(k + 2) && (s.Unit(k + 2, out _, out _) || s.Is(k + 2, LexKind.Number))))
                {
                    // "a year or two": the second amount shares the unit.
                    c.End = k + 2;
                }
                else if (c.Frame.Kind == FrameKind.Calendar && c.Frame.Year != null
                    && ((s.Mod(k, Mod.Or) && (s.Mod(k + 1, Mod.Later) || s.Mod(k + 1, Mod.Earlier))) || (s.Mod(k, Mod.And) && s.Word(k + 1, "beyond"))))
                {
                    // "1994 or later", "1990 and beyond": an open-ended year.
                    c.End = k + 2;
                }
            }
        }
    }
}
