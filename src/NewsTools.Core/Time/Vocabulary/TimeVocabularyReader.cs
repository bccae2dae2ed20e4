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
            ("timeHolidays", LexKind.Holiday, MonthDay),
            ("timeVagueAmounts", LexKind.Vague, v => (int)Named<Mod>(v)),
            ("timeModifiers", LexKind.Modifier, v => (int)Named<Mod>(v)),
        };

        // An entry's second meaning: a short form, a plural, an adjective ("current", "recent"), a part of the night.
        private static readonly Dictionary<string, int> Flags = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["abbreviation"] = 1,
            ["plural"] = 1,
            ["adjective"] = 1,
            ["nightlong"] = 2,
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
                        throw Invalid(list, item, $"'{parts[2]}' is not a flag (abbreviation, plural, adjective or nightlong)");
                    }

                    data.Entries.Add(new LexEntry(parts[0].ToLowerInvariant().Replace('\u2019', '\''), kind, value, value2));
                }
            }

            data.FutureCues.AddRange(Items(config, "timeFutureCues").Select(w => w.ToLowerInvariant()));
            data.PastCues.AddRange(Items(config, "timePastCues").Select(w => w.ToLowerInvariant()));
            data.PresentCues.AddRange(Items(config, "timePresentCues").Select(w => w.ToLowerInvariant()));
            return data;
        }

        private static IEnumerable<string> Items(NewsToolsConfig config, string list) =>
            config.WordLists.TryGetValue(list, out var items) ? items : (IEnumerable<string>)Array.Empty<string>();

        private static NewsToolsException Invalid(string list, string item, string why) =>
            new NewsToolsException("ConfigInvalid", InputErrorKind.InvalidData, "wordLists." + list, $"The time word list '{list}' has an entry '{item}' that cannot be read: {why}.");

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

        private static int Reference(string v) => v switch
        {
            "PRESENT_REF" => TimeVocabulary.PresentRef,
            "PAST_REF" => TimeVocabulary.PastRef,
            "FUTURE_REF" => TimeVocabulary.FutureRef,
            _ => throw new FormatException(),
        };

        // A fixed-date holiday as month * 100 + day ("12-25" for Christmas).
        private static int MonthDay(string v)
        {
            var dash = v.IndexOf('-');
            if (dash < 0)
            {
                throw new FormatException();
            }

            var month = Number(v.Substring(0, dash));
            var day = Number(v.Substring(dash + 1));
            return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? (month * 100) + day : throw new FormatException();
        }
    }
}
