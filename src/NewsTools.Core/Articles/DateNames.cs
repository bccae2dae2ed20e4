using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using NewsTools.Config;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Articles
{
    /// <summary>
    /// The month and weekday names the reference-date scan recognises: a view of the engine's calendar words
    /// (<see cref="CalendarWords"/>, the time vocabulary's timeMonths and timeWeekdays with the user's additions), with the
    /// quick tests the scan makes before it reads a word: which characters can begin a name, and which three letters.
    /// </summary>
    internal sealed class DateNames
    {
        // "Jan", "Sept", "Febr": a month is also written as the first three or four letters of its name.
        public const int MinShortMonthLength = 3;
        private const int MaxShortMonthLength = 4;

        private static readonly ConditionalWeakTable<NewsToolsConfig, DateNames> ByConfig = new ConditionalWeakTable<NewsToolsConfig, DateNames>();

        // Month names (full, or listed short forms) with their numbers, and full weekday names with their days.
        private readonly (string Name, int Month, bool Full)[] months;
        private readonly (string Name, DayOfWeek Day)[] weekdays;
        private readonly HashSet<char> monthInitials;
        private readonly HashSet<char> weekdayInitials;

        // Time zones as they are written after a clock time, in capitals ("GMT", "EST").
        private readonly HashSet<string> zones;
        private readonly int maxZoneLength;

        // Capitals that begin a month or weekday name, and digits, as a table over ASCII.
        private readonly bool[] triggers = new bool[128];

        // The first three letters of every name, lower-case, as 15-bit keys (a test without a string).
        private readonly bool[] prefixKeys = new bool[1 << 15];

        private DateNames(CalendarWords calendar)
        {
            // The calendar words' own entries (plural weekdays, which name a set of days, already left out).
            months = calendar.MonthNumbers.ToArray();
            weekdays = calendar.WeekdayDays.ToArray();
            var names = months.Select(m => m.Name).Concat(weekdays.Select(w => w.Name)).ToList();
            monthInitials = Initials(months.Select(m => m.Name));
            weekdayInitials = Initials(weekdays.Select(w => w.Name));
            MaxLength = names.Count == 0 ? 0 : names.Max(n => n.Length);
            zones = new HashSet<string>(calendar.Zones.Select(z => z.ToUpperInvariant()), StringComparer.Ordinal);
            maxZoneLength = zones.Count == 0 ? 0 : zones.Max(z => z.Length);
            foreach (var c in "0123456789")
            {
                triggers[c] = true;
            }

            foreach (var name in names.Where(n => n.Length > 0))
            {
                var initial = char.ToUpperInvariant(name[0]);
                if (initial < 128)
                {
                    triggers[initial] = true;
                }

                if (name.Length >= 3 && IsAsciiLetter(name[0]) && IsAsciiLetter(name[1]) && IsAsciiLetter(name[2]))
                {
                    prefixKeys[PrefixKey(name[0], name[1], name[2])] = true;
                }
            }

            TriggersAreDigitsAndCapitals = Enumerable.Range(0, triggers.Length).All(c => !triggers[c] || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'));
        }

        /// <summary>The longest name: a longer word is no month or weekday.</summary>
        public int MaxLength { get; }

        public static DateNames For(NewsToolsConfig config) => ByConfig.GetValue(config, c => new DateNames(CalendarWords.For(c)));

        /// <summary>
        /// Indexed by an ASCII character: true for a capital that can begin a name, and for a digit (the scan steps over
        /// everything else). The table itself, so the scan's per-character loop reads it from a local.
        /// </summary>
        public bool[] Triggers => triggers;

        /// <summary>Whether every trigger is an ASCII digit or capital (a name the user adds could begin otherwise), so that a scan may pass over characters that are neither without reading the table.</summary>
        public bool TriggersAreDigitsAndCapitals { get; }

        /// <summary>
        /// False only when three ASCII letters begin no month or weekday name (matched case-insensitively, as
        /// <see cref="Month"/> and <see cref="Weekday"/> match). Anything else (a non-ASCII letter among the three, which
        /// ordinal case-insensitive comparison may still equate) says true.
        /// </summary>
        public bool MayBegin(char a, char b, char c)
        {
            if (!IsAsciiLetter(a) || !IsAsciiLetter(b) || !IsAsciiLetter(c))
            {
                return a >= 128 || b >= 128 || c >= 128;
            }

            return prefixKeys[PrefixKey(a, b, c)];
        }

        /// <summary>The month (1-12) the word text[start, start + length) names, any case, or 0.</summary>
        public int Month(string text, int start, int length)
        {
            if (!monthInitials.Contains(text[start]))
            {
                return 0;
            }

            foreach (var (name, month, full) in months)
            {
                var shortForm = full && length >= MinShortMonthLength && length <= MaxShortMonthLength && length < name.Length;
                if ((length == name.Length || shortForm) && string.Compare(text, start, name, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return month;
                }
            }

            return 0;
        }

        /// <summary>The weekday the word text[start, start + length) names in full, any case, or null.</summary>
        public DayOfWeek? Weekday(string text, int start, int length)
        {
            if (!weekdayInitials.Contains(text[start]))
            {
                return null;
            }

            foreach (var (name, day) in weekdays)
            {
                if (length == name.Length && string.Compare(text, start, name, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return day;
                }
            }

            return null;
        }

        /// <summary>
        /// Whether a time zone in capitals begins at text[at], joined or after one space, and ends its word: the four digits
        /// before it are a clock time on the 24-hour clock ("by 1030 GMT", "2230GMT"), not a year.
        /// </summary>
        public bool ZoneAt(string text, int at, int end)
        {
            if (at < end && text[at] == ' ')
            {
                at++;
            }

            var stop = at;
            while (stop < end && stop - at <= maxZoneLength && text[stop] >= 'A' && text[stop] <= 'Z')
            {
                stop++;
            }

            if (stop == at || stop - at > maxZoneLength || (stop < end && char.IsLetterOrDigit(text[stop])))
            {
                return false;
            }

            return zones.Contains(text.Substring(at, stop - at));
        }

        private static HashSet<char> Initials(IEnumerable<string> names)
        {
            var set = new HashSet<char>();
            foreach (var name in names.Where(n => n.Length > 0))
            {
                set.Add(char.ToUpperInvariant(name[0]));
                set.Add(char.ToLowerInvariant(name[0]));
            }

            return set;
        }

        private static int PrefixKey(char a, char b, char c) => ((a | 0x20) & 31) << 10 | ((b | 0x20) & 31) << 5 | ((c | 0x20) & 31);

        private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';
    }
}
