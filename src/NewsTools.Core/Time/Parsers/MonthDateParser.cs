using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Parsers
{
    /// <summary>
    /// Dates written with a month name: "Jan. 28, 2018", "Jan 28", "28 January 2018", "December 2017", "Saturday, April 15, 2017",
    /// "June last year", "March eighth", "the 1st of March 2018", "the first of June", and a bare "November".
    /// </summary>
    internal sealed class MonthDateParser : ITimeParser
    {
        /// <summary>Begins at a weekday ("Tuesday, March 12"), a month, a day number of one or two digits ("12 March"), or an ordinal ("first of June").</summary>
        public ParserStart Start { get; } = ParserStart.At(LexKind.Weekday, LexKind.Month, LexKind.Ordinal, LexKind.Number).OrNumberOf(1, 2);

        public TimexCandidate? TryParse(TimeScan s, int i)
        {
            var j = i;
            int? weekday = null;
            if (s.Is(j, LexKind.Weekday, out var wd) && wd.Value2 == 0 && s.Capitalized(j))
            {
                var k = j + 1;
                if (s.Punct(k, ',') && s.Joined(k))
                {
                    k++;
                }

                if (!s.OnLine(k))
                {
                    return null;
                }

                if (!IsMonthAt(s, k))
                {
                    // "Monday 17 January", "Tuesday, 4th January 2005": the day before the month, as British papers write it.
                    return DayFirstAfterWeekday(s, i, k, wd.Value);
                }

                weekday = wd.Value;
                j = k;
            }

            if (IsMonthAt(s, j))
            {
                return MonthFirst(s, i, j, weekday);
            }

            // "the first of June", "the twenty-first of April 1990": an ordinal word, "of" and the month.
            if (weekday == null && OrdinalWord(s, j, out var ordinal, out var afterOrdinal) && s.OnLine(afterOrdinal + 1)
                && s.Word(afterOrdinal, "of") && IsMonthAt(s, afterOrdinal + 1))
            {
                return DayOfNamedMonth(s, i, afterOrdinal + 1, ordinal);
            }

            // "28 January 2018", "the 1st of March 2018"
            if (weekday == null && s.StandaloneNumber(j) && s.Digits(j) <= 2 && s.OnLine(j + 1))
            {
                var day = s.Tokens[j].Number;
                var k = j + 1;
                if (s.Joined(k) && IsOrdinalSuffix(s, k))
                {
                    k++;
                    if (s.OnLine(k + 1) && s.Word(k, "of") && IsMonthAt(s, k + 1))
                    {
                        k++;
                    }
                }

                if (day >= 1 && day <= 31 && s.OnLine(k) && IsMonthAt(s, k))
                {
                    return DayOfNamedMonth(s, i, k, day);
                }
            }

            return null;
        }

        internal static bool IsMonthAt(TimeScan s, int j) => s.Is(j, LexKind.Month) && s.Capitalized(j);

        /// <summary>
        /// An ordinal word from "first" to "thirty-first" at j, or one written with its tens ("twenty-first", which the
        /// tokenizer reads as "twenty", "-", "first"): a day of the month or a century. <paramref name="next"/> is the token after it.
        /// </summary>
        internal static bool OrdinalWord(TimeScan s, int j, out int day, out int next)
        {
            next = j + 1;
            if (s.Is(j, LexKind.Ordinal, out var ordinal))
            {
                day = ordinal.Value;
                return day >= 1 && day <= 31;
            }

            if (s.Is(j, LexKind.Number, out var tens) && (tens.Value == 20 || tens.Value == 30) && s.Punct(j + 1, '-') && s.Joined(j + 1) && s.Joined(j + 2)
                && s.Is(j + 2, LexKind.Ordinal, out var unit) && unit.Value >= 1 && unit.Value <= 9)
            {
                day = tens.Value + unit.Value;
                next = j + 3;
                return day <= 31;
            }

            day = 0;
            return false;
        }

        /// <summary>A day number at <paramref name="k"/> (with its ordinal suffix, if any) and a month after the weekday at <paramref name="i"/>, or null.</summary>
        private static TimexCandidate? DayFirstAfterWeekday(TimeScan s, int i, int k, int weekday)
        {
            if (!s.StandaloneNumber(k) || s.Digits(k) > 2 || s.Tokens[k].Number < 1 || s.Tokens[k].Number > 31 || !s.OnLine(k + 1))
            {
                return null;
            }

            var month = k + 1;
            if (s.Joined(month) && IsOrdinalSuffix(s, month))
            {
                month++;
            }

            return s.OnLine(month) && IsMonthAt(s, month) ? DayOfNamedMonth(s, i, month, s.Tokens[k].Number, weekday) : null;
        }

        /// <summary>The day <paramref name="day"/> of the month at <paramref name="k"/>, with the year after it if one is written.</summary>
        private static TimexCandidate DayOfNamedMonth(TimeScan s, int i, int k, int day, int? weekday = null)
        {
            s.Is(k, LexKind.Month, out var m);
            var frame = s.Pool.Calendar(month: m.Value, day: day, weekday: weekday);
            var end = SkipAbbreviationDot(s, k + 1);
            if (s.OnLine(end) && IsYear(s, end))
            {
                SetYear(frame, s.Tokens[end]);
                end++;
            }

            return s.Pool.Candidate(i, end, frame);
        }

        private static TimexCandidate? MonthFirst(TimeScan s, int i, int j, int? weekday)
        {
            s.Is(j, LexKind.Month, out var m);
            var frame = s.Pool.Calendar(month: m.Value, weekday: weekday);
            var end = j + 1;
            var dotted = s.Punct(end, '.') && s.Joined(end);
            if (dotted)
            {
                end++;
            }

            if (!s.OnLine(end))
            {
                return weekday == null ? BareMonth(s, i, end, m, dotted, frame) : null;
            }

            if (s.StandaloneNumber(end) && s.Digits(end) <= 2 && s.Tokens[end].Number >= 1)
            {
                return DayOfMonth(s, i, end, frame);
            }

            // "March eighth"
            if (s.Is(end, LexKind.Ordinal, out var ord) && ord.Value <= 31 && !s.Is(end + 1, LexKind.Unit))
            {
                frame.Day = ord.Value;
                return s.Pool.Candidate(i, end + 1, frame);
            }

            var withYear = YearOfMonth(s, i, end, frame);
            return withYear != null || weekday != null ? withYear : BareMonth(s, i, end, m, dotted, frame);
        }

        /// <summary>"Jan. 28", "Jan 28th, 2018": the day number at k, then an optional year.</summary>
        private static TimexCandidate? DayOfMonth(TimeScan s, int i, int k, TimexFrame frame)
        {
            frame.Day = s.Tokens[k].Number;
            var end = k + 1;
            if (s.Joined(end) && IsOrdinalSuffix(s, end))
            {
                end++;
            }

            k = end;
            if (s.Punct(k, ',') && s.Joined(k))
            {
                k++;
            }

            if (s.OnLine(k) && IsYear(s, k))
            {
                SetYear(frame, s.Tokens[k]);
                end = k + 1;
            }

            return frame.Day > 31 ? null : s.Pool.Candidate(i, end, frame);
        }

        /// <summary>"December 2017", "January nineteen ninety-seven", "June last year", "January this year".</summary>
        private static TimexCandidate? YearOfMonth(TimeScan s, int i, int end, TimexFrame frame)
        {
            if (IsYear(s, end))
            {
                SetYear(frame, s.Tokens[end]);
                return s.Pool.Candidate(i, end + 1, frame);
            }

            if (SpokenYearParser.TryParse(s, end, out var spoken, out var afterSpoken))
            {
                frame.Year = spoken;
                return s.Pool.Candidate(i, afterSpoken, frame);
            }

            if (s.OnLine(end + 1) && s.Unit(end + 1, out var unit, out var plural) && unit == TimeUnit.Year && !plural)
            {
                var offset = s.Mod(end, Mod.Last) ? -1 : s.Mod(end, Mod.This) ? 0 : s.Mod(end, Mod.Next) ? 1 : (int?)null;
                if (offset != null)
                {
                    frame.YearOffset = offset;
                    return s.Pool.Candidate(i, end + 2, frame);
                }
            }

            return null;
        }

        /// <summary>A bare month: abbreviations need their period; "May" must be introduced ("in May"), since it is also a verb.</summary>
        private static TimexCandidate? BareMonth(TimeScan s, int i, int end, in LexEntry m, bool dotted, TimexFrame frame)
        {
            var abbreviated = m.Value2 == 1;
            if (abbreviated && (!dotted || (IsAllCapitals(s, i) && !s.AllCaps)))
            {
                return null;
            }

            if (m.Value == 5 && !IntroducesMonth(s, i - 1))
            {
                return null;
            }

            if (m.Value == 3 && s.Word(i + 1, "on"))
            {
                return null;
            }

            return s.Pool.Candidate(i, dotted && !abbreviated ? end - 1 : end, frame);
        }

        /// <summary>
        /// A short month name in capitals with no day or year is an acronym: "the funds would go to the DEC." (the Disasters
        /// Emergency Committee). A headline's "DEC. 5" has its day; in wire copy all in capitals the case says nothing.
        /// </summary>
        private static bool IsAllCapitals(TimeScan s, int i)
        {
            ref var t = ref s.Tokens[i];
            for (var k = t.Start; k < t.End; k++)
            {
                if (!char.IsUpper(s.Text[k]))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IntroducesMonth(TimeScan s, int i) =>
            s.OnLine(i + 1) && (s.Word(i, "in") || s.Word(i, "since") || s.Word(i, "until") || s.Word(i, "by") || s.Word(i, "from")
            || s.Word(i, "through") || s.Word(i, "last") || s.Word(i, "next") || s.Word(i, "this") || s.Word(i, "early")
            || s.Word(i, "late") || s.Word(i, "mid") || s.Word(i, "of") || s.Word(i, "before") || s.Word(i, "after")
            || s.Word(i, "to") || s.Word(i, "till") || s.Word(i, "during") || (s.Punct(i, '-') && s.Word(i - 1, "mid")));

        internal static bool IsOrdinalSuffix(TimeScan s, int k) =>
            s.Word(k, "st") || s.Word(k, "nd") || s.Word(k, "rd") || s.Word(k, "th");

        /// <summary>A year after a month or day: four digits, or a longer digit run that cannot be a real year.</summary>
        internal static bool IsYear(TimeScan s, int k) =>
            s.IsNumber(k) && s.Digits(k) >= 4 && s.Digits(k) <= 12 && !(s.Joined(k + 1) && (s.Punct(k + 1, '%') || s.Punct(k + 1, ':')))
            && !(s.Joined(k + 1) && s.Punct(k + 1, ',') && s.Joined(k + 2) && s.IsNumber(k + 2));

        internal static void SetYear(TimexFrame frame, TimeToken token)
        {
            if (token.Number < 1 || token.Number > 9999)
            {
                frame.Invalid = true;
            }
            else
            {
                frame.Year = token.Number;
            }
        }

        internal static int SkipAbbreviationDot(TimeScan s, int k) => s.Punct(k, '.') && s.Joined(k) && s.OnLine(k + 1) && (s.IsNumber(k + 1)) ? k + 1 : k;
    }
}
