using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Parsers
{
    /// <summary>
    /// Years, decades and centuries: "2012", "fiscal 1989", "nineteen ninety-six", "the year two thousand", "the 1970s",
    /// "the '90s", "the nineties", "the 20th century".
    /// </summary>
    internal sealed class YearParser : ITimeParser
    {
        /// <summary>Begins at "the 1970s", "fiscal 1989", a spoken year, "the 20th century", "the nineties", a digit run (a year and "1970s" of four digits, the "58" of "1957-58", the "20" of "20th"), the apostrophe of "'90s".</summary>
        public ParserStart Start { get; } = ParserStart.At(LexKind.Number, LexKind.Ordinal, LexKind.Decade).OrNumberOf(1, 2, 4).OrMark().OrModifiers(Mod.The, Mod.Fiscal)
            .BeforeOnly(true, true, LexKind.Decade, LexKind.Ordinal, LexKind.Unit);

        public TimexCandidate? TryParse(TimeScan s, int i)
        {
            var j = i;
            var hasThe = s.Mod(j, Mod.The);
            if (hasThe)
            {
                j++;
                if (!s.OnLine(j))
                {
                    return null;
                }
            }

            if (s.Punct(j, '\'') || s.Punct(j, '\u2019'))
            {
                return ApostropheDecade(s, i, j);
            }

            var named = Decade(s, i, j, hasThe) ?? Century(s, i, j);
            if (named != null)
            {
                return named;
            }

            if (hasThe)
            {
                return TheYear(s, i, j);
            }

            // "fiscal 1989", "fiscal year 1990"
            return s.Mod(j, Mod.Fiscal) ? FiscalYear(s, i, j) : Year(s, i, j);
        }

        /// <summary>"1970s", "the nineties".</summary>
        private static TimexCandidate? Decade(TimeScan s, int i, int j, bool hasThe)
        {
            if (s.IsNumber(j) && s.Digits(j) == 4 && s.Joined(j + 1) && s.Word(j + 1, "s") && s.Tokens[j].Number % 10 == 0)
            {
                return s.Pool.Candidate(i, j + 2, DecadeFrame(s, s.Tokens[j].Number / 10));
            }

            if (s.Is(j, LexKind.Decade, out var dec) && (hasThe || s.Mod(i - 1, Mod.The)))
            {
                return s.Pool.Candidate(i, j + 1, DecadeFrame(s, 190 + dec.Value));
            }

            return null;
        }

        /// <summary>"'90s", "the '90s".</summary>
        private static TimexCandidate? ApostropheDecade(TimeScan s, int i, int j) =>
            s.Joined(j + 1) && s.IsNumber(j + 1) && s.Digits(j + 1) == 2 && s.Joined(j + 2) && s.Word(j + 2, "s") && s.Tokens[j + 1].Number % 10 == 0
                ? s.Pool.Candidate(i, j + 3, DecadeFrame(s, 190 + (s.Tokens[j + 1].Number / 10)))
                : null;

        /// <summary>Centuries: "the 20th century", "the eleventh century", "the twenty-first century".</summary>
        private static TimexCandidate? Century(TimeScan s, int i, int j)
        {
            var centuryNumber = 0;
            var k = j;
            if (s.IsNumber(k) && s.Digits(k) <= 2 && s.Joined(k + 1) && MonthDateParser.IsOrdinalSuffix(s, k + 1))
            {
                centuryNumber = s.Tokens[k].Number;
                k += 2;
            }
            else if (MonthDateParser.OrdinalWord(s, k, out var ordinal, out var afterOrdinal))
            {
                // "the twenty-first century" is one ordinal: read from "first" alone it was the first century.
                centuryNumber = ordinal;
                k = afterOrdinal;
            }

            if (centuryNumber > 0 && s.OnLine(k) && s.Unit(k, out var cu, out var cplural) && cu == TimeUnit.Century && !cplural)
            {
                return s.Pool.Candidate(i, k + 1, s.Pool.FixedValue((centuryNumber - 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture), TimexType.Date, TimePrecision.Century));
            }

            return null;
        }

        /// <summary>"the year two thousand", "the year 2000".</summary>
        private static TimexCandidate? TheYear(TimeScan s, int i, int j)
        {
            if (!(s.Unit(j, out var yu, out var yplural) && yu == TimeUnit.Year && !yplural && s.OnLine(j + 1)))
            {
                return null;
            }

            if (SpokenYearParser.TryParse(s, j + 1, out var spokenYear, out var after))
            {
                return s.Pool.Candidate(i, after, s.Pool.Calendar(year: spokenYear));
            }

            return IsBareYear(s, j + 1, true) ? s.Pool.Candidate(i, j + 2, s.Pool.Calendar(year: s.Tokens[j + 1].Number)) : null;
        }

        private static TimexCandidate? FiscalYear(TimeScan s, int i, int j) =>
            FiscalYearAt(s, j, out var year, out var end) ? s.Pool.Candidate(i, end, s.Pool.Calendar(year: year)) : null;

        /// <summary>
        /// The year after the fiscal modifier at j: "fiscal 2024", "fiscal year 2024", "FY2024", "FY 2024", and "FY24", whose two
        /// digits written against the abbreviation are the year of this century or, from 50, of the last.
        /// </summary>
        internal static bool FiscalYearAt(TimeScan s, int j, out int year, out int end)
        {
            var y = j + 1;
            if (s.Unit(y, out var fu, out _) && fu == TimeUnit.Year)
            {
                y++;
            }

            end = y + 1;
            if (s.OnLine(y) && IsBareYear(s, y, true))
            {
                year = s.Tokens[y].Number;
                return true;
            }

            if (y == j + 1 && s.Joined(y) && s.IsNumber(y) && s.Tokens[y].End - s.Tokens[y].Start == 2 && !s.Word(j, "fiscal"))
            {
                var two = s.Tokens[y].Number;
                year = two < 50 ? 2000 + two : 1900 + two;
                return true;
            }

            year = 0;
            return false;
        }

        /// <summary>A spoken year ("nineteen ninety-six"), the second year of "1957-58", or a written one.</summary>
        private static TimexCandidate? Year(TimeScan s, int i, int j)
        {
            if (SpokenYearParser.TryParse(s, j, out var spoken, out var end) && spoken >= 1100 && spoken < 2100)
            {
                return s.Pool.Candidate(i, end, s.Pool.Calendar(year: spoken));
            }

            if (TryElidedSecondYear(s, j, out var second))
            {
                return s.Pool.Candidate(i, j + 1, s.Pool.Calendar(year: second));
            }

            return IsIntroducedBareYear(s, j) ? s.Pool.Candidate(i, j + 1, s.Pool.Calendar(year: s.Tokens[j].Number)) : null;
        }

        /// <summary>
        /// The "58" of "1957-58": two digits written against a hyphen after a year name the year that follows it in the
        /// same century ("1999-00" crosses into the next); "2018-05-03" is a date, not a range.
        /// </summary>
        private static bool TryElidedSecondYear(TimeScan s, int j, out int year)
        {
            year = 0;
            // A slash joins only consecutive years ("the 2019/20 season"): "2019/12" is no range.
            if (!s.IsNumber(j) || s.Digits(j) != 2 || !s.Joined(j) || !(s.Punct(j - 1, '-') || s.Punct(j - 1, '\u2013') || s.IsSeasonOfTwoYears(j - 2))
                || !s.Joined(j - 1) || !IsIntroducedBareYear(s, j - 2) || (s.Joined(j + 1) && !s.Punct(j + 1, ',') && !s.Punct(j + 1, '.')))
            {
                return false;
            }

            var first = s.Tokens[j - 2].Number;
            year = first - (first % 100) + s.Tokens[j].Number;
            if (year <= first)
            {
                year += 100;
            }

            // A range of years is short; "1957-12" is a month or a count, not 1957 to 2012.
            return year - first <= 10;
        }

        private static TimexFrame DecadeFrame(TimeScan s, int decade) =>
            s.Pool.FixedValue(decade.ToString(System.Globalization.CultureInfo.InvariantCulture) + "X", TimexType.Date, TimePrecision.Decade);

        /// <summary><see cref="IsBareYear"/> with the word before token j as what may introduce the year.</summary>
        private static bool IsIntroducedBareYear(TimeScan s, int j) => IsBareYear(s, j, introduced: false, byWordBefore: true);

        /// <summary>
        /// A four-digit number that reads as a year: 1800-2099 anywhere, 1000-1799 only where <paramref name="introduced"/> or,
        /// with <paramref name="byWordBefore"/>, after a word of timeYearIntroducers. That word is looked up only for a number
        /// before 1800, the one case where it decides: asked at every digit run, the list was read word by word for counts and
        /// days as well.
        /// </summary>
        internal static bool IsBareYear(TimeScan s, int j, bool introduced, bool byWordBefore = false)
        {
            if (!s.StandaloneNumber(j) || s.Digits(j) != 4)
            {
                return false;
            }

            var n = s.Tokens[j].Number;
            if (n < 1000 || n > 2099 || (n < 1800 && !introduced && !(byWordBefore && IntroducesYear(s, j - 1))))
            {
                return false;
            }

            // "1988 shares", "1,988 people" are counts (timeYearCountNouns); a year is followed by punctuation, a function word
            // or a capital.
            if (s.OnLine(j + 1) && s.WordIn(j + 1, s.Lexicon.YearCountNouns))
            {
                return false;
            }

            if (s.Punct(j - 1, '.') && s.Word(j - 2, "no"))
            {
                return false;
            }

            // "by 1030 GMT", "at 2100 local time" are clock times, and so is the start of "from 1130 to 1215 GMT".
            return !TimeOfDayParser.IsZonedClock(s, j) && !OpensZonedClockRange(s, j);
        }

        /// <summary>
        /// "from 1130 to 1215 GMT", "between 2000 and 2100 GMT": four clock digits, a range connector (timeRangeConnectors,
        /// or "and" after "between") and a zoned clock time; the zone after the second end holds for the first.
        /// </summary>
        private static bool OpensZonedClockRange(TimeScan s, int j)
        {
            var k = j + 1;
            if (!s.OnLine(k) || !s.IsNumber(k + 1) || !s.OnLine(k + 1) || !TimeOfDayParser.IsClockDigits(s, j) || !TimeOfDayParser.IsZonedClock(s, k + 1))
            {
                return false;
            }

            return s.IsRangeConnector(k, j);
        }

        /// <summary>A word of the vocabulary's timeYearIntroducers that introduces a year: "in 1990", "since 2004", "year 2000".</summary>
        internal static bool IntroducesYear(TimeScan s, int i) => s.WordIn(i, s.Lexicon.YearIntroducers);
    }
}
