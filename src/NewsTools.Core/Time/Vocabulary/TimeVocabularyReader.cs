using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NewsTools.Config;
using NewsTools.Engine;

namespace NewsTools.Time.Vocabulary
{
    /// <summary>The time vocabulary of one configuration, read from its word lists (time.defaults.yaml and the user's additions).</summary>
    internal sealed class TimeVocabularyData
    {
        public List<LexEntry> Entries { get; } = new List<LexEntry>();

        public List<string> FutureCues { get; } = new List<string>();

        public List<string> PastCues { get; } = new List<string>();

        public List<string> PresentCues { get; } = new List<string>();

        /// <summary>Named days; a <see cref="LexKind.Holiday"/> entry's value is an index here.</summary>
        public List<HolidayRule> Holidays { get; } = new List<HolidayRule>();

        /// <summary>Words after which "a year" is a rate.</summary>
        public List<string> RateWords { get; } = new List<string>();

        /// <summary>Auxiliaries an insertion set off by commas may part from their verb ("will, after weeks of talks, meet").</summary>
        public List<string> Auxiliaries { get; } = new List<string>();

        /// <summary>Modal verbs after which "last" before a count is the verb ("could last two months").</summary>
        public List<string> Modals { get; } = new List<string>();

        /// <summary>Prepositions after which a word in -s is read as a plural noun, not a verb ("rains on Monday").</summary>
        public List<string> NounPrepositions { get; } = new List<string>();

        public List<string> NounsAfterTo { get; } = new List<string>();

        public List<string> ImplicativeVerbs { get; } = new List<string>();

        public List<string> RelativeWords { get; } = new List<string>();

        public List<string> ClauseOpeners { get; } = new List<string>();

        /// <summary>Subject pronouns: a verb in -s after one is present.</summary>
        public List<string> SubjectPronouns { get; } = new List<string>();

        /// <summary>Phrases before an expression that place it ahead ("as soon as Tuesday"), each as its words.</summary>
        public List<string[]> FuturePhrases { get; } = new List<string[]>();

        /// <summary>Phrases that end a state at the expression ("until Tuesday"), each as its words.</summary>
        public List<string[]> LimitPhrases { get; } = new List<string[]>();

        /// <summary>Phrases that open a period from the expression ("since October"), each as its words.</summary>
        public List<string[]> PastPhrases { get; } = new List<string[]>();

        /// <summary>Prepositions that make the period after them a span ("over the past decade", "for a while").</summary>
        public List<string> SpanPrepositions { get; } = new List<string>();

        /// <summary>Phrases that name a span of no stated length ("a while", "some time"), each as its words.</summary>
        public List<string[]> UnspecifiedSpans { get; } = new List<string[]>();

        /// <summary>Words or marks between the two ends of a range ("Monday to Wednesday", "Monday-Wednesday").</summary>
        public List<string> RangeConnectors { get; } = new List<string>();

        /// <summary>Words that make a four-digit number after them a year even before 1800 ("in 1066", "circa 1500").</summary>
        public List<string> YearIntroducers { get; } = new List<string>();

        /// <summary>Words after a four-digit number that make it a count, not a year ("1988 shares").</summary>
        public List<string> YearCountNouns { get; } = new List<string>();

        /// <summary>Verb forms that write a period's last day after it ("the quarter ended Oct. 31", "the year ending March 31").</summary>
        public List<string> PeriodEndVerbs { get; } = new List<string>();

        /// <summary>Prepositions that write a period's last month or day after it ("the year to March 2005").</summary>
        public List<string> PeriodEndPrepositions { get; } = new List<string>();

        /// <summary>Nouns that make a possessive "today's" before them the present age ("today's world"), not the day.</summary>
        public List<string> EraNouns { get; } = new List<string>();

        /// <summary>Nouns of measure that a "quarter" before them is a fraction of ("a quarter point", "the quarter mile").</summary>
        public List<string> FractionNouns { get; } = new List<string>();

        /// <summary>Periods named only as a recurrence after "each"/"every" ("each season"), with the TIMEX3 value of the set.</summary>
        public List<(string Word, string Value)> RecurringPeriods { get; } = new List<(string Word, string Value)>();
    }

    /// <summary>
    /// Reads the time word lists of a configuration. Each entry is "word value [flag]"; the value is read the way its list
    /// says (a number, a TIMEX3 code, a unit or modifier name), the flag names the entry's second meaning.
    /// </summary>
    internal static class TimeVocabularyReader
    {
        private delegate int ValueReader(string value);

        // The lists in the order their entries enter the lexicon: for two entries of one kind for one word, the first wins.
        private static readonly (string List, LexKind Kind, ValueReader Read)[] Lists =
        {
            ("timeMonths", LexKind.Month, Number),
            ("timeWeekdays", LexKind.Weekday, Number),
            ("timeNumbers", LexKind.Number, Number),
            ("timeOrdinals", LexKind.Ordinal, Number),
            ("timeUnits", LexKind.Unit, v => (int)Named<TimeUnit>(v)),
            ("timeSeasons", LexKind.Season, v => Code(TimeVocabulary.SeasonCodes, v)),
            ("timePartsOfDay", LexKind.PartOfDay, v => Code(TimeVocabulary.PartOfDayCodes, v)),
            ("timeMeridiems", LexKind.Meridiem, Number),
            ("timeDayWords", LexKind.DayWord, v => v == "tonight" ? TimeVocabulary.Tonight : Number(v)),
            ("timeReferences", LexKind.Reference, Reference),
            ("timeDecades", LexKind.Decade, Number),
            ("timeVagueAmounts", LexKind.Vague, v => (int)Named<Mod>(v)),
            ("timeModifiers", LexKind.Modifier, v => (int)Named<Mod>(v)),
            ("timeZones", LexKind.Zone, Offset),
            ("timePeriodLetters", LexKind.PeriodLetter, v => (int)Named<TimeUnit>(v)),
            ("timeFrequencyWords", LexKind.SetWord, v => (int)Named<TimeUnit>(v)),
        };

        // An entry's second meaning: a short form, a plural, an adjective ("current", "recent"), a part of the night, an
        // adverb that is never an adjective ("annually").
        private static readonly Dictionary<string, int> Flags = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["abbreviation"] = 1,
            ["plural"] = 1,
            ["adjective"] = 1,
            ["nightlong"] = 2,
            ["adverb"] = 1,
        };

        public static TimeVocabularyData Read(NewsToolsConfig config)
        {
            var data = new TimeVocabularyData();
            foreach (var (list, kind, read) in Lists)
            {
                foreach (var item in Items(config, list))
                {
                    var parts = item.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                    if (parts.Length < 2 || parts.Length > 3)
                    {
                        throw Invalid(list, item, "an entry is a word, its value and an optional flag");
                    }

                    int value;
                    try
                    {
                        value = read(parts[1]);
                    }
                    catch (FormatException)
                    {
                        throw Invalid(list, item, $"'{parts[1]}' is not a value this list takes");
                    }

                    var value2 = 0;
                    if (parts.Length == 3 && !Flags.TryGetValue(parts[2], out value2))
                    {
                        throw Invalid(list, item, $"'{parts[2]}' is not a flag (abbreviation, plural, adjective, nightlong or adverb)");
                    }

                    data.Entries.Add(new LexEntry(parts[0].ToLowerInvariant().Replace('\u2019', '\''), kind, value, value2));
                }
            }

            data.FutureCues.AddRange(Items(config, "timeFutureCues").Select(w => w.ToLowerInvariant()));
            data.PastCues.AddRange(Items(config, "timePastCues").Select(w => w.ToLowerInvariant()));
            // Holidays are "name words... rule": the first word enters the lexicon and leads to the rule.
            foreach (var item in Items(config, "timeHolidays"))
            {
                var parts = item.ToLowerInvariant().Replace('\u2019', '\'').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length < 2)
                {
                    throw Invalid("timeHolidays", item, "an entry is a name and its date rule");
                }

                // A last word "week" names the week of the rule's day ("easter week easter+1 week").
                var week = parts.Length >= 3 && parts[parts.Length - 1] == "week";
                var ruleAt = week ? parts.Length - 2 : parts.Length - 1;
                HolidayRule rule;
                try
                {
                    rule = HolidayRule.Parse(string.Join(" ", parts, 0, ruleAt), parts[ruleAt]);
                }
                catch (FormatException)
                {
                    throw Invalid("timeHolidays", item, $"'{parts[ruleAt]}' is not a date rule (MM-DD, MM/ddd/N, MM/ddd/last, MM-DD/ddd or easter±N, then optionally 'week')");
                }

                if (week)
                {
                    rule = rule.AsWeek();
                }

                data.Entries.Add(new LexEntry(parts[0], LexKind.Holiday, data.Holidays.Count));
                data.Holidays.Add(rule);
            }

            data.RateWords.AddRange(Items(config, "timeRateWords").Select(w => w.ToLowerInvariant()));
            data.SubjectPronouns.AddRange(Items(config, "timeSubjectPronouns").Select(w => w.ToLowerInvariant()));
            data.Auxiliaries.AddRange(Items(config, "timeAuxiliaries").Select(w => w.ToLowerInvariant()));
            data.Modals.AddRange(Items(config, "timeModals").Select(w => w.ToLowerInvariant()));
            data.NounPrepositions.AddRange(Items(config, "timeNounPrepositions").Select(w => w.ToLowerInvariant()));
            data.NounsAfterTo.AddRange(Items(config, "timeNounsAfterTo").Select(w => w.ToLowerInvariant()));
            data.ImplicativeVerbs.AddRange(Items(config, "timeImplicativeVerbs").Select(w => w.ToLowerInvariant()));
            data.RelativeWords.AddRange(Items(config, "relativeWords").Select(w => w.ToLowerInvariant()));
            data.ClauseOpeners.AddRange(Items(config, "clauseOpeners").Select(w => w.ToLowerInvariant()));
            data.PresentCues.AddRange(Items(config, "timePresentCues").Select(w => w.ToLowerInvariant()));
            data.FuturePhrases.AddRange(Items(config, "timeFuturePhrases").Select(Words));
            data.LimitPhrases.AddRange(Items(config, "timeLimitPhrases").Select(Words));
            data.PastPhrases.AddRange(Items(config, "timePastPhrases").Select(Words));
            data.SpanPrepositions.AddRange(Items(config, "timeSpanPrepositions").Select(w => w.ToLowerInvariant()));
            data.UnspecifiedSpans.AddRange(Items(config, "timeUnspecifiedSpans").Select(Words));
            data.PeriodEndVerbs.AddRange(Items(config, "timePeriodEndVerbs").Select(w => w.ToLowerInvariant()));
            data.PeriodEndPrepositions.AddRange(Items(config, "timePeriodEndPrepositions").Select(w => w.ToLowerInvariant()));
            data.RangeConnectors.AddRange(Items(config, "timeRangeConnectors").Select(w => w.Trim().ToLowerInvariant()));
            data.EraNouns.AddRange(Items(config, "timeEraNouns").Select(w => w.ToLowerInvariant()));
            data.FractionNouns.AddRange(Items(config, "timeFractionNouns").Select(w => w.ToLowerInvariant()));
            data.YearIntroducers.AddRange(Items(config, "timeYearIntroducers").Select(w => w.Trim().ToLowerInvariant()));
            data.YearCountNouns.AddRange(Items(config, "timeYearCountNouns").Select(w => w.Trim().ToLowerInvariant()));
            foreach (var item in Items(config, "timeRecurringPeriods"))
            {
                var parts = item.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length != 2 || parts[1].Length < 3 || parts[1][0] != 'P')
                {
                    throw Invalid("timeRecurringPeriods", item, "an entry is a word and the TIMEX3 value of its set (P3M)");
                }

                data.RecurringPeriods.Add((parts[0].ToLowerInvariant(), parts[1]));
            }

            return data;
        }

        private static IEnumerable<string> Items(NewsToolsConfig config, string list) =>
            config.WordLists.TryGetValue(list, out var items) ? items : (IEnumerable<string>)Array.Empty<string>();

        private static NewsToolsException Invalid(string list, string item, string why) =>
            new NewsToolsException("ConfigInvalid", InputErrorKind.InvalidData, "wordLists." + list, $"The time word list '{list}' has an entry '{item}' that cannot be read: {why}.");

        private static string[] Words(string phrase) => phrase.ToLowerInvariant().Replace('\u2019', '\'').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

        private static int Number(string v) => int.Parse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

        private static T Named<T>(string v)
            where T : struct
        {
            if (Enum.TryParse<T>(v, true, out var result) && !int.TryParse(v, out _))
            {
                return result;
            }

            throw new FormatException();
        }

        private static int Code(string[] codes, string v)
        {
            var index = Array.IndexOf(codes, v);
            return index > 0 ? index : throw new FormatException();
        }

        // A zone's offset from UTC as written in ISO 8601 ("Z", "-05:00", "+05:30"), kept in minutes.
        private static int Offset(string v)
        {
            if (v == "Z")
            {
                return 0;
            }

            if (v.Length != 6 || (v[0] != '+' && v[0] != '-') || v[3] != ':')
            {
                throw new FormatException();
            }

            var minutes = (Number(v.Substring(1, 2)) * 60) + Number(v.Substring(4, 2));
            return v[0] == '-' ? -minutes : minutes;
        }

        private static int Reference(string v) => v switch
        {
            "PRESENT_REF" => TimeVocabulary.PresentRef,
            "PAST_REF" => TimeVocabulary.PastRef,
            "FUTURE_REF" => TimeVocabulary.FutureRef,
            _ => throw new FormatException(),
        };
    }
}
