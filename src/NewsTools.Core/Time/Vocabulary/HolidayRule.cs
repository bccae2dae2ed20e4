using System;
using System.Globalization;

namespace NewsTools.Time.Vocabulary
{
    /// <summary>
    /// A named day and how its date is found in a given year: a fixed date ("12-25"), the n-th or last weekday of a month
    /// ("11/thu/4" Thanksgiving, "05/mon/last" Memorial Day), the first weekday on or after a date ("11-02/tue" US Election
    /// Day, the Tuesday after the first Monday of November), or days from Western Easter ("easter-2" Good Friday).
    /// </summary>
    internal sealed class HolidayRule
    {
        private static readonly string[] Weekdays = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

        private readonly int month;
        private readonly int day;
        private readonly int weekday;
        private readonly int nth;
        private readonly int? easterOffset;

        private HolidayRule(string name, int month, int day, int weekday, int nth, int? easterOffset)
        {
            Name = name;
            this.month = month;
            this.day = day;
            this.weekday = weekday;
            this.nth = nth;
            this.easterOffset = easterOffset;
        }

        /// <summary>The name as written, lower case ("new year's day").</summary>
        public string Name { get; }

        /// <summary>The name is of the week the rule's day falls in ("Easter Week", from Easter Monday), not of the day.</summary>
        public bool Week { get; private set; }

        /// <summary>The same rule, naming the ISO week its day falls in.</summary>
        public HolidayRule AsWeek()
        {
            var rule = (HolidayRule)MemberwiseClone();
            rule.Week = true;
            return rule;
        }

        /// <summary>Reads "name words... rule"; throws <see cref="FormatException"/> for a rule it cannot read.</summary>
        public static HolidayRule Parse(string name, string rule)
        {
            if (rule.StartsWith("easter", StringComparison.Ordinal))
            {
                var offset = rule.Length == 6 ? 0 : int.Parse(rule.Substring(6), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                return new HolidayRule(name, 0, 0, 0, 0, offset);
            }

            var parts = rule.Split('/');
            var date = parts[0].Split('-');
            var m = int.Parse(date[0], NumberStyles.None, CultureInfo.InvariantCulture);
            var d = date.Length == 2 ? int.Parse(date[1], NumberStyles.None, CultureInfo.InvariantCulture) : 0;
            if (m < 1 || m > 12 || d < 0 || d > 31 || parts.Length > 3 || (parts.Length == 1 && d == 0))
            {
                throw new FormatException();
            }

            var w = parts.Length > 1 ? Array.IndexOf(Weekdays, parts[1]) + 1 : 0;
            if (parts.Length > 1 && w == 0)
            {
                throw new FormatException();
            }

            // "11/thu/4": the fourth Thursday; "05/mon/last": the last Monday; "11-02/tue": the first Tuesday from the 2nd.
            var n = parts.Length == 3 ? (parts[2] == "last" ? -1 : int.Parse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture)) : 1;
            if (parts.Length == 2 && d == 0)
            {
                throw new FormatException();
            }

            return new HolidayRule(name, m, parts.Length == 3 ? 1 : d, w, n, null);
        }

        // The rules of "the N-th weekday of a month", made once each: [month, weekday, N] with N 0 for the last.
        private static readonly HolidayRule?[] WeekdayRules = new HolidayRule?[13 * 8 * 6];

        /// <summary>The rule of the <paramref name="nth"/> (1 to 5, or -1 for the last) ISO <paramref name="weekday"/> of a month.</summary>
        public static HolidayRule WeekdayOfMonth(int month, int weekday, int nth)
        {
            var slot = (((month * 8) + weekday) * 6) + (nth < 0 ? 0 : nth);
            return WeekdayRules[slot] ??= new HolidayRule("", month, 1, weekday, nth, null);
        }

        /// <summary>The day in <paramref name="year"/>, or null where the rule does not fall (a fifth Monday some years lack).</summary>
        public DateTime? On(int year)
        {
            if (year < 2 || year > 9998)
            {
                return null;
            }

            if (easterOffset != null)
            {
                return Easter(year).AddDays(easterOffset.Value);
            }

            if (weekday == 0)
            {
                return day <= DateTime.DaysInMonth(year, month) ? new DateTime(year, month, day) : (DateTime?)null;
            }

            if (nth < 0)
            {
                var last = new DateTime(year, month, DateTime.DaysInMonth(year, month));
                return last.AddDays(-((IsoDay(last) - weekday + 7) % 7));
            }

            var from = new DateTime(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
            var first = from.AddDays((weekday - IsoDay(from) + 7) % 7);
            var result = first.AddDays(7 * (nth - 1));
            return result.Month == month ? result : (DateTime?)null;
        }

        private static int IsoDay(DateTime d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;

        /// <summary>Western Easter Sunday (the anonymous Gregorian algorithm of Meeus).</summary>
        private static DateTime Easter(int y)
        {
            int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
            var h = ((19 * a) + b - d - g + 15) % 30;
            int i = c / 4, k = c % 4;
            var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
            var m = (a + (11 * h) + (22 * l)) / 451;
            var month = (h + l - (7 * m) + 114) / 31;
            var day = ((h + l - (7 * m) + 114) % 31) + 1;
            return new DateTime(y, month, day);
        }
    }
}
