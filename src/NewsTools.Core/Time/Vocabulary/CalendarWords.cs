using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using NewsTools.Config;

namespace NewsTools.Time.Vocabulary
{
    /// <summary>
    /// The month and weekday names (and number words) of one configuration, for every capability that must know them (sentence ends after
    /// "Jan.", names that stop before "January", quote cues that skip "on Friday"). They are the time vocabulary's
    /// timeMonths and timeWeekdays lists (time.defaults.yaml and the user's additions): one list for the whole engine.
    /// </summary>
    internal sealed class CalendarWords
    {
        private static readonly ConditionalWeakTable<NewsToolsConfig, CalendarWords> Cache = new ConditionalWeakTable<NewsToolsConfig, CalendarWords>();

        private readonly HashSet<string> months;
        private readonly HashSet<string> weekdays;

        private CalendarWords(NewsToolsConfig config)
        {
            var data = TimeVocabularyReader.Read(config);
            var monthEntries = data.Entries.Where(e => e.Kind == LexKind.Month).ToList();
            MonthNumbers = monthEntries.Select(e => (e.Word, e.Value, e.Value2 == 0)).ToList();
            Months = Distinct(monthEntries.Select(e => e.Word));
            MonthAbbreviations = Distinct(monthEntries.Where(e => e.Value2 != 0).Select(e => e.Word));

            // "Tuesdays" reads as a set of days, but only the singular names a day. ISO numbers Sunday 7, .NET 0.
            var weekdayEntries = data.Entries.Where(e => e.Kind == LexKind.Weekday && e.Value2 == 0).ToList();
            WeekdayDays = weekdayEntries.Select(e => (e.Word, (DayOfWeek)(e.Value % 7))).ToList();
            Weekdays = Distinct(weekdayEntries.Select(e => e.Word));
            months = new HashSet<string>(Months, StringComparer.OrdinalIgnoreCase);
            weekdays = new HashSet<string>(Weekdays, StringComparer.OrdinalIgnoreCase);
            NotNames = Months.Concat(Weekdays).Select(Capitalised).ToList();
            Zones = Distinct(data.Entries.Where(e => e.Kind == LexKind.Zone).Select(e => e.Word));
            Numbers = Distinct(data.Entries.Where(e => e.Kind == LexKind.Number).Select(e => e.Word));
        }

        /// <summary>The cardinal number words of the vocabulary's timeNumbers list, lower case ("two", "twenty", "dozen").</summary>
        public IReadOnlyList<string> Numbers { get; }

        /// <summary>The time zones of the vocabulary's timeZones list, lower case ("gmt", "est"): "1030 GMT" is a clock time.</summary>
        public IReadOnlyList<string> Zones { get; }

        /// <summary>Every month name, full and short, lower case, in the vocabulary's order ("january", "jan", ...).</summary>
        public IReadOnlyList<string> Months { get; }

        /// <summary>The short forms of month names ("jan", "sept"), lower case.</summary>
        public IReadOnlyList<string> MonthAbbreviations { get; }

        /// <summary>Every month entry in the vocabulary's order with its number; Full is false for a listed short form ("sept").</summary>
        public IReadOnlyList<(string Name, int Month, bool Full)> MonthNumbers { get; }

        /// <summary>Every singular weekday entry in the vocabulary's order with the day it names.</summary>
        public IReadOnlyList<(string Name, DayOfWeek Day)> WeekdayDays { get; }

        /// <summary>The weekday names, singular, lower case ("monday").</summary>
        public IReadOnlyList<string> Weekdays { get; }

        /// <summary>
        /// Month and weekday names as the case-sensitive name lists spell them ("January", "Jan", "Monday"): capitalised,
        /// they open sentences and name times, never people, so every name finder counts them among its not-names.
        /// </summary>
        public IReadOnlyList<string> NotNames { get; }

        /// <summary>The calendar words of the configuration (built once per configuration object).</summary>
        public static CalendarWords For(NewsToolsConfig config) => Cache.GetValue(config, c => new CalendarWords(c));

        /// <summary>A month name, full or short, in any case.</summary>
        public bool IsMonth(string word) => months.Contains(word);

        /// <summary>A weekday name, singular ("Monday", not "Mondays"), in any case.</summary>
        public bool IsWeekday(string word) => weekdays.Contains(word);

        /// <summary>A word as it is written capitalised ("jan" to "Jan"), the way name lists spell calendar words.</summary>
        public static string Capitalised(string word) =>
            word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word.Substring(1);

        private static IReadOnlyList<string> Distinct(IEnumerable<string> words) => words.Distinct(StringComparer.Ordinal).ToList();
    }
}
