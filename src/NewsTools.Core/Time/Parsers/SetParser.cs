using System.Globalization;
using System.Runtime.CompilerServices;
using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Parsers
{
    /// <summary>Recurring times: "every Monday", "each year", "every two weeks", "each July", "daily", "annually".</summary>
    internal sealed class SetParser : ITimeParser
    {
        /// <summary>Begins at a set word, "every ...", "each ...".</summary>
        public ParserStart Start { get; } = ParserStart.At(LexKind.SetWord).OrModifiers(Mod.Every, Mod.Each);

        [MethodImpl(HotPath.Optimize)]
        public TimexCandidate? TryParse(TimeScan s, int i)
        {
            if (s.Is(i, LexKind.SetWord, out var word))
            {
                return new TimexCandidate(i, i + 1, TimexFrame.FixedValue(DurationValue((TimeUnit)word.Value, 1), TimexType.Set, TimePrecision.Unknown));
            }

            if (!(s.Mod(i, Mod.Every) || s.Mod(i, Mod.Each)) || !s.OnLine(i + 1))
            {
                return null;
            }

            var j = i + 1;
            if (s.Is(j, LexKind.Weekday, out var weekday))
            {
                return new TimexCandidate(i, j + 1, TimexFrame.FixedValue("XXXX-WXX-" + weekday.Value.ToString(CultureInfo.InvariantCulture), TimexType.Set, TimePrecision.Day));
            }

            if (MonthDateParser.IsMonthAt(s, j))
            {
                s.Is(j, LexKind.Month, out var month);
                return new TimexCandidate(i, j + 1, TimexFrame.FixedValue("XXXX-" + month.Value.ToString("00", CultureInfo.InvariantCulture), TimexType.Set, TimePrecision.Month));
            }

            if (s.Is(j, LexKind.Season, out var season))
            {
                return new TimexCandidate(i, j + 1, TimexFrame.FixedValue("XXXX-" + TimeVocabulary.SeasonCodes[season.Value], TimexType.Set, TimePrecision.Season));
            }

            if (s.Is(j, LexKind.PartOfDay, out var part))
            {
                return new TimexCandidate(i, j + 1, TimexFrame.FixedValue("XXXX-XX-XXT" + TimeVocabulary.PartOfDayCodes[part.Value], TimexType.Set, TimePrecision.PartOfDay));
            }

            if (s.Unit(j, out var unit, out var plural) && !plural)
            {
                return new TimexCandidate(i, j + 1, TimexFrame.FixedValue(DurationValue(unit, 1), TimexType.Set, TimePrecision.Unknown));
            }

            var end = DurationParser.CountedUnits(s, j, out var amount, out var countedUnit);
            if (end > j && amount != null)
            {
                return new TimexCandidate(i, end, TimexFrame.FixedValue(DurationValue(countedUnit, amount), TimexType.Set, TimePrecision.Unknown));
            }

            return null;
        }

        /// <summary>The ISO 8601 duration TIMEX3 uses: P2D, P3Y, PT4H, PXY for an unspecified amount.</summary>
        [MethodImpl(HotPath.Optimize)]
        internal static string DurationValue(TimeUnit unit, int? amount)
        {
            var n = amount?.ToString(CultureInfo.InvariantCulture) ?? "X";
            switch (unit)
            {
                case TimeUnit.Second: return "PT" + n + "S";
                case TimeUnit.Minute: return "PT" + n + "M";
                case TimeUnit.Hour: return "PT" + n + "H";
                case TimeUnit.Day: return "P" + n + "D";
                case TimeUnit.Weekend: return "P" + n + "WE";
                case TimeUnit.Week: return "P" + n + "W";
                case TimeUnit.Fortnight: return amount == null ? "PXW" : "P" + (amount.Value * 2).ToString(CultureInfo.InvariantCulture) + "W";
                case TimeUnit.Month: return "P" + n + "M";
                case TimeUnit.Quarter: return "P" + n + "Q";
                case TimeUnit.Half: return amount == null ? "PXM" : "P" + (amount.Value * 6).ToString(CultureInfo.InvariantCulture) + "M";
                case TimeUnit.Year: return "P" + n + "Y";
                case TimeUnit.Decade: return "P" + n + "DE";
                case TimeUnit.Century: return "P" + n + "CE";
                case TimeUnit.Millennium: return "P" + n + "ML";
                default: return "P" + n;
            }
        }
    }
}
