using System.Globalization;
using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Parsers
{
    /// <summary>
    /// Recurring times: "every Monday", "each year", "every two weeks", "every other week", "each July", and rates
    /// ("$1 billion a year", "twice a month").
    /// </summary>
    internal sealed class SetParser : ITimeParser
    {
        /// <summary>Begins at a set word, "every ...", "each ...", and the "a" of a rate.</summary>
        public ParserStart Start { get; } = ParserStart.At(LexKind.SetWord).OrModifiers(Mod.Every, Mod.Each, Mod.A);

        public TimexCandidate? TryParse(TimeScan s, int i)
        {
            if (s.Is(i, LexKind.SetWord, out var word))
            {
                return word.Value2 == 1 || IsFrequencyAdverb(s, i)
                    ? s.Pool.Candidate(i, i + 1, s.Pool.FixedValue(DurationValue((TimeUnit)word.Value, 1), TimexType.Set, TimePrecision.Unknown))
                    : null;
            }

            if (s.Mod(i, Mod.A))
            {
                return Rate(s, i);
            }

            if (!(s.Mod(i, Mod.Every) || s.Mod(i, Mod.Each)) || !s.OnLine(i + 1))
            {
                return null;
            }

            var j = i + 1;

            // "every other week": every second one; "every second month", "every third year": every so many. ("second" is also a
            // unit: "every second" alone is each second.)
            var nth = s.Mod(j, Mod.Other) ? 2 : s.Is(j, LexKind.Ordinal, out var ordinal) && ordinal.Value >= 2 ? ordinal.Value : 0;
            if (s.Mod(i, Mod.Every) && nth > 0 && s.OnLine(j + 1))
            {
                if (s.Unit(j + 1, out var otherUnit, out var otherPlural) && !otherPlural)
                {
                    return s.Pool.Candidate(i, j + 2, s.Pool.FixedValue(DurationValue(otherUnit, nth), TimexType.Set, TimePrecision.Unknown));
                }

                // "every other Thursday": a weekday's recurrence, which the value writes as every Thursday's.
                if (s.Is(j + 1, LexKind.Weekday, out var nthWeekday))
                {
                    return WeekdaySet(s, i, j + 2, nthWeekday.Value);
                }
            }

            if (s.Is(j, LexKind.Weekday, out var weekday))
            {
                return WeekdaySet(s, i, j + 1, weekday.Value);
            }

            if (MonthDateParser.IsMonthAt(s, j))
            {
                s.Is(j, LexKind.Month, out var month);
                return s.Pool.Candidate(i, j + 1, s.Pool.FixedValue("XXXX-" + month.Value.ToString("00", CultureInfo.InvariantCulture), TimexType.Set, TimePrecision.Month));
            }

            if (s.Is(j, LexKind.Season, out var season))
            {
                return s.Pool.Candidate(i, j + 1, s.Pool.FixedValue("XXXX-" + TimeVocabulary.SeasonCodes[season.Value], TimexType.Set, TimePrecision.Season));
            }

            // "each season": a period the vocabulary names only as a recurrence (timeRecurringPeriods).
            var recurring = s.LexOf(s.Tokens[j])?.RecurringValue;
            if (recurring != null)
            {
                return s.Pool.Candidate(i, j + 1, s.Pool.FixedValue(recurring, TimexType.Set, TimePrecision.Unknown));
            }

            if (s.Is(j, LexKind.PartOfDay, out var part))
            {
                return s.Pool.Candidate(i, j + 1, s.Pool.FixedValue("XXXX-XX-XXT" + TimeVocabulary.PartOfDayCodes[part.Value], TimexType.Set, TimePrecision.PartOfDay));
            }

            if (s.Unit(j, out var unit, out var plural) && !plural)
            {
                return s.Pool.Candidate(i, j + 1, s.Pool.FixedValue(DurationValue(unit, 1), TimexType.Set, TimePrecision.Unknown));
            }

            var end = DurationParser.CountedUnits(s, j, out var amount, out var countedUnit);
            if (end > j && amount != null)
            {
                return s.Pool.Candidate(i, end, s.Pool.FixedValue(DurationValue(countedUnit, amount), TimexType.Set, TimePrecision.Unknown));
            }

            return null;
        }

        /// <summary>
        /// "daily", "weekly" as adverbs ("published daily", "meets weekly in Geneva", "twice daily."): not after an article or
        /// a possessive ("the daily tally", "a weekly", "its monthly report"), and followed by a mark, the line's end, a
        /// preposition or a conjunction rather than by the noun an adjective would qualify ("daily volume").
        /// </summary>
        private static bool IsFrequencyAdverb(TimeScan s, int i)
        {
            if (s.OnLine(i) && (s.Mod(i - 1, Mod.A) || s.Mod(i - 1, Mod.The) || s.Mod(i - 1, Mod.Its) || s.Mod(i - 1, Mod.Their)))
            {
                return false;
            }

            var j = i + 1;
            if (!s.OnLine(j) || s.Tokens[j].Kind == TokenKind.Punct)
            {
                return true;
            }

            if (s.Tokens[j].Kind != TokenKind.Word)
            {
                return false;
            }

            // "monthly or yearly subscriptions": coordinated, the two words qualify the same noun.
            if ((s.Mod(j, Mod.And) || s.Mod(j, Mod.Or)) && s.OnLine(j + 1) && s.Is(j + 1, LexKind.SetWord))
            {
                return IsFrequencyAdverb(s, j + 1);
            }

            if (s.IsSpanPreposition(j) || s.Mod(j, Mod.In) || s.Mod(j, Mod.At) || s.Mod(j, Mod.To) || s.Mod(j, Mod.And) || s.Mod(j, Mod.Or)
                || s.Mod(j, Mod.Than) || s.Mod(j, Mod.Before) || s.Mod(j, Mod.After))
            {
                return true;
            }

            return s.WordIn(j, s.Lexicon.NounPrepositions);
        }

        /// <summary>"a year" after an amount, a count of times or of things: "$1 billion a year" (P1Y), "twice a month" (P1M), "four flights a week" (P1W).</summary>
        private static TimexCandidate? Rate(TimeScan s, int i)
        {
            if (!s.RateBefore(i) || !s.OnLine(i) || !s.OnLine(i + 1) || !s.Unit(i + 1, out var unit, out var plural) || plural || unit == TimeUnit.Second
                || unit == TimeUnit.Quarter || unit == TimeUnit.Half)
            {
                return null;
            }

            // "a year earlier", "a year ago", "a year-earlier loss" date; "a year old" is an age.
            if (s.OnLine(i + 2) && (s.Mod(i + 2, Mod.Earlier) || s.Mod(i + 2, Mod.Ago) || s.Mod(i + 2, Mod.Later) || s.Mod(i + 2, Mod.Old) || (s.Punct(i + 2, '-') && s.Joined(i + 2))))
            {
                return null;
            }

            return s.Pool.Candidate(i, i + 2, s.Pool.FixedValue(DurationValue(unit, 1), TimexType.Set, TimePrecision.Unknown));
        }

        /// <summary>
        /// A duration half a unit longer than <paramref name="amount"/> units. TimeBank writes the half in the next smaller
        /// unit where it comes out whole ("2 1/2 years" P2Y6M, "a minute and a half" PT1M30S, "a half-hour" PT30M), and
        /// ISO 8601 allows a decimal fraction in the last part where it does not ("1 1/2 weeks" P1.5W).
        /// </summary>
        internal static string DurationValue(TimeUnit unit, int? amount, bool plusHalf)
        {
            if (!plusHalf || amount == null)
            {
                return DurationValue(unit, amount);
            }

            var a = amount.Value;
            string N(int n) => n.ToString(CultureInfo.InvariantCulture);
            switch (unit)
            {
                case TimeUnit.Minute: return "PT" + (a > 0 ? N(a) + "M" : "") + "30S";
                case TimeUnit.Hour: return "PT" + (a > 0 ? N(a) + "H" : "") + "30M";
                case TimeUnit.Day: return "P" + (a > 0 ? N(a) + "D" : "") + "T12H";
                case TimeUnit.Year: return "P" + (a > 0 ? N(a) + "Y" : "") + "6M";
                case TimeUnit.Decade: return "P" + N((a * 10) + 5) + "Y";
                case TimeUnit.Century: return "P" + N((a * 100) + 50) + "Y";
                default:
                    var whole = DurationValue(unit, a);
                    var digits = whole.IndexOfAny("0123456789".ToCharArray());
                    var afterDigits = digits;
                    while (afterDigits < whole.Length && char.IsDigit(whole[afterDigits]))
                    {
                        afterDigits++;
                    }

                    return digits < 0 ? whole : whole.Substring(0, afterDigits) + ".5" + whole.Substring(afterDigits);
            }
        }

        /// <summary>Tokens [i, end) as the set of a weekday ("every Monday": XXXX-WXX-1).</summary>
        private static TimexCandidate WeekdaySet(TimeScan s, int i, int end, int weekday) =>
            s.Pool.Candidate(i, end, s.Pool.FixedValue("XXXX-WXX-" + weekday.ToString(CultureInfo.InvariantCulture), TimexType.Set, TimePrecision.Day));

        /// <summary>
        /// The ISO 8601 duration TIMEX3 uses: P2D, P3Y, PT4H, PXY for an unspecified amount, PXX for an unspecified unit
        /// ("a while"). A decade counted is ten years (P10Y, P20Y), as a decade and a half is P15Y.
        /// </summary>
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
                case TimeUnit.Decade: return amount == null ? "PXDE" : "P" + (amount.Value * 10).ToString(CultureInfo.InvariantCulture) + "Y";
                case TimeUnit.Century: return "P" + n + "CE";
                case TimeUnit.Millennium: return "P" + n + "ML";
                case TimeUnit.None: return "PXX";
                default: return "P" + n;
            }
        }
    }
}
