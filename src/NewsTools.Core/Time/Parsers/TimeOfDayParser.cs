using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Parsers
{
    /// <summary>
    /// Clock times: "10 p.m.", "7:15 a.m. EST", "noon", "midnight", "at 14:30", "1030 GMT"; a date right after joins them
    /// ("10 p.m. Wednesday").
    /// </summary>
    internal sealed class TimeOfDayParser : ITimeParser
    {
        /// <summary>Begins at "noon", "midnight", or a clock number ("10 p.m.", "7:15", "1030 GMT").</summary>
        public ParserStart Start { get; } = ParserStart.At(LexKind.Meridiem).OrNumberOf(1, 2, 4);

        public TimexCandidate? TryParse(TimeScan s, int i)
        {
            int hourOfDay;
            int minuteOfHour;
            int end;
            if (s.Is(i, LexKind.Meridiem, out var named) && named.Value >= 12)
            {
                if (s.Mod(i - 1, Mod.Mid) || (s.Punct(i - 1, '-') && s.Mod(i - 2, Mod.Mid)))
                {
                    return null;
                }

                hourOfDay = named.Value;
                minuteOfHour = 0;
                end = i + 1;
            }
            else if (s.IsNumber(i) && s.Digits(i) <= 2 && !(s.Joined(i) && (s.Punct(i - 1, ':') || s.Punct(i - 1, '.') || s.Punct(i - 1, ','))))
            {
                var hour = s.Tokens[i].Number;
                var minute = 0;
                end = i + 1;
                var clock = false;
                if ((s.Punct(end, ':') || s.Punct(end, '.')) && s.Joined(end) && s.Joined(end + 1) && s.IsNumber(end + 1) && s.Digits(end + 1) == 2)
                {
                    minute = s.Tokens[end + 1].Number;
                    end += 2;
                    clock = s.Punct(i + 1, ':');
                }

                if (s.OnLine(end) && s.Is(end, LexKind.Meridiem, out var meridiem) && meridiem.Value <= 1)
                {
                    if (hour < 1 || hour > 12)
                    {
                        return null;
                    }

                    hour = (hour % 12) + (meridiem.Value == 1 ? 12 : 0);
                    end++;
                }
                else if (!(clock && (AfterClockWord(s, i) || IsZone(s, end) || InClockRange(s, i, end))))
                {
                    return null;
                }

                if (hour > 24 || minute > 59)
                {
                    return null;
                }

                hourOfDay = hour;
                minuteOfHour = minute;
            }
            else if (s.IsNumber(i) && IsZonedClock(s, i))
            {
                // "by 1030 GMT", "the 2230GMT flight", "at 2100 local time": the 24-hour clock as wire copy writes it.
                hourOfDay = s.Tokens[i].Number / 100;
                minuteOfHour = s.Tokens[i].Number % 100;
                end = i + 1;
            }
            else
            {
                return null;
            }

            var frame = s.Pool.Frame();
            frame.Type = TimexType.Time;
            frame.Hour = hourOfDay;
            frame.Minute = minuteOfHour;
            if (s.OnLine(end) && IsZone(s, end))
            {
                s.Is(end, LexKind.Zone, out var zone);
                frame.ZoneOffset = zone.Value;
                end++;
            }

            return s.Pool.Candidate(i, end, frame);
        }

        // A bare "10:30" is a time of day after a word that places something on the clock ("at 10:30", "from 10:00"); elsewhere
        // the same digits are often a score, odds, a verse or a race time ("won in 2:08").
        private static bool AfterClockWord(TimeScan s, int i) =>
            s.Word(i - 1, "at") || s.Word(i - 1, "by") || s.Word(i - 1, "until") || s.Word(i - 1, "till") || s.Word(i - 1, "from")
            || s.Word(i - 1, "between") || s.Word(i - 1, "since");

        /// <summary>
        /// Either end of a range of clock times, the other end a time too: "10:00 to 11:30 GMT", "9:00-17:00", "between 10:00
        /// and 11:30", "from 10 a.m. to 11:30". <paramref name="end"/> is where the clock at <paramref name="i"/> ends.
        /// </summary>
        /// <remarks>The connectors are the range's own (<see cref="TimeScan.IsRangeConnector"/>: list timeRangeConnectors, and "and" after "between").</remarks>
        private static bool InClockRange(TimeScan s, int i, int end) =>
            (s.OnLine(end) && s.IsRangeConnector(end, i) && s.OnLine(end + 1) && ClockStartsAt(s, end + 1))
            || (s.OnLine(i) && ClockEndingAt(s, i - 2) is int first && s.IsRangeConnector(i - 1, first));

        // "11:30" or "11 a.m." from k.
        private static bool ClockStartsAt(TimeScan s, int k) =>
            s.IsNumber(k) && s.Digits(k) <= 2
            && ((s.Punct(k + 1, ':') && s.Joined(k + 1) && s.Joined(k + 2) && s.IsNumber(k + 2) && s.Digits(k + 2) == 2)
                || (s.OnLine(k + 1) && s.Is(k + 1, LexKind.Meridiem, out var m) && m.Value <= 1));

        // Where "10:00" or "10 a.m." ending at k begins, or null when none ends there.
        private static int? ClockEndingAt(TimeScan s, int k) =>
            s.IsNumber(k) && s.Digits(k) == 2 && s.Joined(k) && s.Punct(k - 1, ':') && s.Joined(k - 1) && s.IsNumber(k - 2) && s.Digits(k - 2) <= 2 ? k - 2
            : s.Is(k, LexKind.Meridiem, out var m) && m.Value <= 1 && s.IsNumber(k - 1) ? k - 1
            : (int?)null;

        /// <summary>
        /// Four digits HHMM (hour 00-23, minute 00-59) right before a zone or "local time" are a 24-hour clock time: "by 1030
        /// GMT", "1600 BST", "2230GMT". Without one the same digits are a year or a count ("in 1030", "1030 votes").
        /// </summary>
        internal static bool IsZonedClock(TimeScan s, int i) => IsClockDigits(s, i) && s.OnLine(i + 1) && (IsZone(s, i + 1) || IsLocalTime(s, i + 1));

        /// <summary>A standalone run of four digits that reads as HHMM on the 24-hour clock ("0630", "2359").</summary>
        internal static bool IsClockDigits(TimeScan s, int i) =>
            s.Digits(i) == 4 && s.StandaloneNumber(i) && s.Tokens[i].Number / 100 <= 23 && s.Tokens[i].Number % 100 <= 59;

        // "local time" stands where a zone would ("at 2100 local time"); it names no offset, so the value has none.
        private static bool IsLocalTime(TimeScan s, int k) => s.Word(k, "local") && s.OnLine(k + 1) && s.Mod(k + 1, Mod.Time);

        // Zones are written in capitals ("EST", "GMT"); "est" or "Ist" in a sentence is another word.
        private static bool IsZone(TimeScan s, int k) => s.Is(k, LexKind.Zone) && s.Tokens[k].Capitalized && char.IsUpper(s.Text[s.Tokens[k].End - 1]);
    }
}
