using System.Collections.Generic;
using NewsTools.Time.Parsers;
using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Refiners
{
    /// <summary>
    /// A second day of the same month written as a bare number is a date of its own, as TimeML annotates coordinations
    /// and ranges: "April 24 and 25", "May 3 or 4", "June 9 to 11", "Oct. 14-16" give 25, 4, 11 and 16 their month
    /// (and year). The number must end its phrase ("May 5 and 6 people" counts people). Written day first, the earlier
    /// days stand before the month's date: "on 18 and 20 November", "5, 6 and 7 June", "12-14 December".
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
                var earliest = EarlierDays(s, c, n > 0 ? candidates[n - 1].End : 0);
                if (earliest < c.First)
                {
                    result ??= Copy(candidates, n);
                    AddEarlierDays(s, c, earliest, result);
                }

                result?.Add(c);
                var next = n + 1 < candidates.Count ? candidates[n + 1] : null;
                var second = SecondDay(s, c, next?.First ?? int.MaxValue);
                if (second == null)
                {
                    continue;
                }

                result ??= Copy(candidates, n + 1);
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

        private static List<TimexCandidate> Copy(List<TimexCandidate> candidates, int count)
        {
            var result = new List<TimexCandidate>(candidates.Count + 4);
            for (var m = 0; m < count; m++)
            {
                result.Add(candidates[m]);
            }

            return result;
        }

        /// <summary>
        /// Where the bare days written before a day-first date begin ("18 and" of "18 and 20 November", "5, 6 and" of "5, 6 and
        /// 7 June", "12-" of "12-14 December"): the first such number's token, or the date's own first token when there are
        /// none. Each day is smaller than the one after it, and no number or earlier candidate stands before the first, nor is it
        /// written onto the token before.
        /// </summary>
        private static int EarlierDays(TimeScan s, TimexCandidate c, int previousEnd)
        {
            var f = c.Frame;
            var t = c.First;
            if (!IsDayOfMonth(f) || !s.IsNumber(t) || s.Tokens[t].Number != f.Day!.Value)
            {
                return c.First;
            }

            var earliest = c.First;
            var day = f.Day.Value;
            var k = t - 1;
            if (k <= 0 || !JoinsDays(s, k))
            {
                return earliest;
            }

            var joinedRange = IsJoinedRange(s, k);

            // The day before the joining word, then any before it in a list of commas: "5, 6 and 7 June".
            for (var d = k - 1; d >= previousEnd && IsBareDay(s, d, day); d -= 2)
            {
                earliest = d;
                day = s.Tokens[d].Number;
                if (joinedRange || !(d - 1 > previousEnd && s.Punct(d - 1, ',') && s.OnLine(d)))
                {
                    break;
                }
            }

            // "rose 4.5 and 6 June", "won 3-2 and 20 October": a number written onto the one before it is no day.
            return earliest < c.First && earliest > 0 && (s.Joined(earliest) || s.IsNumber(earliest - 1)) ? c.First : earliest;
        }

        private static bool IsBareDay(TimeScan s, int d, int before) =>
            d >= 0 && s.IsNumber(d) && s.Digits(d) <= 2 && s.Tokens[d].Number >= 1 && s.Tokens[d].Number < before && s.OnLine(d + 1);

        /// <summary>A date of the month and year of <paramref name="c"/> for each bare day from <paramref name="earliest"/> up to it.</summary>
        private static void AddEarlierDays(TimeScan s, TimexCandidate c, int earliest, List<TimexCandidate> result)
        {
            for (var d = earliest; d < c.First; d++)
            {
                if (s.IsNumber(d))
                {
                    result.Add(SameMonthOn(s, c.Frame, d));
                }
            }
        }

        /// <summary>The bare day after "April 24 and", "June 9 to", "Oct. 14-", or null.</summary>
        private static TimexCandidate? SecondDay(TimeScan s, TimexCandidate c, int nextStart)
        {
            var f = c.Frame;
            var k = c.End;
            if (!IsDayOfMonth(f) || !JoinsDays(s, k))
            {
                return null;
            }

            var d = k + 1;
            if (d >= nextStart || !s.IsNumber(d) || s.Digits(d) > 2 || s.Tokens[d].Number <= f.Day!.Value || s.Tokens[d].Number > 31 || !EndsPhrase(s, d + 1))
            {
                return null;
            }

            return SameMonthOn(s, f, d);
        }

        /// <summary>A date with its day and month, no clock time and no weekday: "April 24", "20 November".</summary>
        private static bool IsDayOfMonth(TimexFrame f) => f.Kind == FrameKind.Calendar && f.Month != null && f.Day != null && f.Hour == null && f.Weekday == null;

        // "14-16": a hyphen written between the two days.
        private static bool IsJoinedRange(TimeScan s, int k) => s.Punct(k, '-') && s.Joined(k) && s.Joined(k + 1);

        /// <summary>Token <paramref name="k"/> joins two days: a hyphen written between them, or "and", "or", "to" on their line.</summary>
        private static bool JoinsDays(TimeScan s, int k) =>
            IsJoinedRange(s, k) || (s.OnLine(k) && s.OnLine(k + 1) && (s.Mod(k, Mod.And) || s.Mod(k, Mod.Or) || s.Mod(k, Mod.To)));

        /// <summary>A date of the month and year of <paramref name="f"/> on the bare day at token <paramref name="d"/>.</summary>
        private static TimexCandidate SameMonthOn(TimeScan s, TimexFrame f, int d)
        {
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
