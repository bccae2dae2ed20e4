using System;
using NewsTools.Time.Parsers;
using NewsTools.Time.Scanning;

namespace NewsTools.Time.Resolution
{
    /// <summary>
    /// The end of a range is counted from its start, not from the reference date: "from Monday to Wednesday" is the
    /// Wednesday after that Monday, "from November to February" the February after that November. Both ends then lie the
    /// same way, whichever way the start was read. The connectors are data (timeRangeConnectors); "between ... and" too.
    /// </summary>
    internal static class RangeEnds
    {
        /// <summary>
        /// When <paramref name="end"/> closes a range that <paramref name="start"/> (resolved to <paramref name="startValue"/>)
        /// opens, writes the end's date into its frame so that it resolves after the start.
        /// </summary>
        public static void Anchor(TimeScan s, TimexCandidate start, ResolvedTimex startValue, TimexCandidate end)
        {
            var f = end.Frame;
            if (f.Kind != FrameKind.Calendar || f.Year != null || f.YearOffset != null || f.Direction != Direction.ByTense || f.Holiday != null
                || f.Invalid || startValue.Start == null || startValue.Value == null || (f.Month == null && f.Weekday == null)
                || !Joins(s, start, end))
            {
                return;
            }

            // The two ends name the same kind of day or period: a weekday after a written date ("from Sept. 14 to
            // Thursday") or a month after a weekday ("Friday to December's figures") is named from the reference date.
            var s0 = start.Frame;
            if (s0.Kind != FrameKind.Calendar || s0.Holiday != null || (f.Month == null) != (s0.Month == null) || (f.Weekday == null) != (s0.Weekday == null)
                || (f.Day == null) != (s0.Day == null))
            {
                return;
            }

            var from = startValue.Start.Value;
            if (f.Month == null)
            {
                // A weekday counts on from a day: "Monday to Wednesday" is two days on, "Friday to Monday" three.
                if (startValue.Precision > TimePrecision.Day)
                {
                    return;
                }

                var shift = (f.Weekday!.Value - IsoDay(from) + 7) % 7;
                var d = from.AddDays(shift == 0 ? 7 : shift);
                f.Year = d.Year;
                f.Month = d.Month;
                f.Day = d.Day;
                return;
            }

            // A month (and day) lies in the start's year, or the next one when it comes earlier in the calendar.
            if (startValue.Precision > TimePrecision.Month)
            {
                return;
            }

            var before = f.Month < from.Month || (f.Month == from.Month && f.Day != null && startValue.Precision <= TimePrecision.Day && f.Day < from.Day);
            f.Year = before ? from.Year + 1 : from.Year;
        }

        /// <summary>Only a connector stands between the two ("to", "through", "-"), or "and" after a "between" before the start.</summary>
        private static bool Joins(TimeScan s, TimexCandidate start, TimexCandidate end)
        {
            if (end.First != start.End + 1 || s.Tokens[start.End].BreakBefore || s.Tokens[end.First].BreakBefore)
            {
                return false;
            }

            return s.IsRangeConnector(start.End, start.First);
        }

        private static int IsoDay(DateTime d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;
    }
}
