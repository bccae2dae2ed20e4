using System.Collections.Generic;
using NewsTools.Time.Parsers;
using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Refiners
{
    /// <summary>
    /// A second day of the same month written as a bare number is a date of its own, as TimeML annotates coordinations
    /// and ranges: "April 24 and 25", "May 3 or 4", "June 9 to 11", "Oct. 14-16" give 25, 4, 11 and 16 their month
    /// (and year). The number must end its phrase ("May 5 and 6 people" counts people).
    /// </summary>
    internal sealed class ElidedMonthRefiner : ICandidateRefiner
    {
        public void Refine(TimeScan s, List<TimexCandidate> candidates)
        {
            // Built anew only when a day is added, so the pass stays linear however many there are.
            List<TimexCandidate>? result = null;
            for (var n = 0; n < candidates.Count; n++)
            {
                var c = candidates[n];
                result?.Add(c);
                var next = n + 1 < candidates.Count ? candidates[n + 1] : null;
                var second = SecondDay(s, c, next?.First ?? int.MaxValue);
                if (second == null)
                {
                    continue;
                }

                if (result == null)
                {
                    result = new List<TimexCandidate>(candidates.Count + 4);
                    for (var m = 0; m <= n; m++)
                    {
                        result.Add(candidates[m]);
                    }
                }

                result.Add(second);

                // "Oct. 14-16, 1990": the year written after the range is both days'.
                var d = second.First;
                if (c.Frame.Year == null && next != null && next.First == d + 2 && s.Punct(d + 1, ',') && s.OnLine(d + 2)
                    && next.Frame.Kind == FrameKind.Calendar && next.Frame.Year != null && next.Frame.Month == null && next.Frame.Day == null)
                {
                    c.Frame.Year = next.Frame.Year;
                    second.Frame.Year = next.Frame.Year;
                    second.End = next.End;
                    n++;
                }
            }

            if (result != null)
            {
                candidates.Clear();
                candidates.AddRange(result);
            }
        }

        /// <summary>The bare day after "April 24 and", "June 9 to", "Oct. 14-", or null.</summary>
        private static TimexCandidate? SecondDay(TimeScan s, TimexCandidate c, int nextStart)
        {
            var f = c.Frame;
            if (f.Kind != FrameKind.Calendar || f.Month == null || f.Day == null || f.Hour != null || f.Weekday != null)
            {
                return null;
            }

            var k = c.End;
            var joinedRange = s.Punct(k, '-') && s.Joined(k) && s.Joined(k + 1);
            if (!joinedRange && !(s.OnLine(k) && s.OnLine(k + 1) && (s.Mod(k, Mod.And) || s.Mod(k, Mod.Or) || s.Mod(k, Mod.To))))
            {
                return null;
            }

            var d = k + 1;
            if (d >= nextStart || !s.IsNumber(d) || s.Digits(d) > 2 || s.Tokens[d].Number <= f.Day.Value || s.Tokens[d].Number > 31 || !EndsPhrase(s, d + 1))
            {
                return null;
            }

            var frame = s.Pool.Calendar(year: f.Year, month: f.Month, day: s.Tokens[d].Number, direction: f.Direction);
            frame.Type = f.Type;
            frame.YearOffset = f.YearOffset;
            return s.Pool.Candidate(d, d + 1, frame);
        }

        /// <summary>The end of the line, a closing mark (",", ";", ")", a full stop), or a modifier word ("in", "at", "of").</summary>
        private static bool EndsPhrase(TimeScan s, int k) =>
            !s.OnLine(k) || s.Punct(k, ',') || s.Punct(k, ';') || s.Punct(k, ')') || (s.Punct(k, '.') && !s.Joined(k + 1))
            || (s.Is(k, LexKind.Modifier) && !s.Is(k, LexKind.Unit));
    }
}
