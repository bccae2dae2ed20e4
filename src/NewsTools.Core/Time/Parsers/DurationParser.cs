using System.Runtime.CompilerServices;
using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Parsers
{
    /// <summary>
    /// Lengths of time: "three years", "a two-day visit" ("two-day"), "the nine months", "the first nine months",
    /// "nearly forty years", "more than four hours", "at least 20 more years", "several years", "a few days", "for years".
    /// </summary>
    internal sealed class DurationParser : ITimeParser
    {
        /// <summary>Begins at "the ...", a bare unit, counted units ("a", "several", "two", "2"), and the qualifiers "nearly", "more than", "less than", "at least", "up to".</summary>
        public ParserStart Start { get; } = ParserStart.At(LexKind.Unit).OrCountedUnits().OrModifiers(Mod.The, Mod.A, Mod.Nearly, Mod.More, Mod.Less, Mod.At, Mod.Up);

        [MethodImpl(HotPath.Optimize)]
        public TimexCandidate? TryParse(TimeScan s, int i)
        {
            var j = i;
            var hasThe = s.Mod(j, Mod.The);
            if (hasThe)
            {
                j++;
                if (s.OnLine(j) && (s.Is(j, LexKind.Ordinal, out var o) && o.Value == 1 || s.Mod(j, Mod.Latest) || s.Mod(j, Mod.Final)
                    || s.Mod(j, Mod.Full) || s.Mod(j, Mod.Entire) || s.Mod(j, Mod.Whole)))
                {
                    j++;
                }
            }
            else
            {
                j = Qualifiers(s, j);
            }

            if (!s.In(j) || (j > i && !s.OnLine(j)))
            {
                return null;
            }

            // Bare plural units after "for", "in", "within", "over": "for years", "within weeks".
            if (j == i && s.Unit(j, out var bareUnit, out var barePlural) && barePlural && bareUnit != TimeUnit.Weekend && bareUnit != TimeUnit.Second
                && (s.Word(i - 1, "for") || s.Word(i - 1, "in") || s.Word(i - 1, "within") || s.Word(i - 1, "over")) && !s.Mod(j + 1, Mod.Of)
                && !s.Mod(j + 1, Mod.Ago) && !s.Mod(j + 1, Mod.Earlier) && !s.Mod(j + 1, Mod.Later))
            {
                return new TimexCandidate(i, j + 1, TimexFrame.Duration(bareUnit, null));
            }

            var end = CountedUnits(s, j, out var amount, out var unit);
            if (end == j)
            {
                return null;
            }

            // "$5 a year", "twice a day" are rates, not durations.
            if (!hasThe && j == i && s.Mod(i, Mod.A) && (s.IsNumber(i - 1) || s.Word(i - 1, "million") || s.Word(i - 1, "billion")
                || s.Word(i - 1, "percent") || s.Punct(i - 1, '%') || s.Word(i - 1, "twice") || s.Word(i - 1, "times") || s.Word(i - 1, "once")))
            {
                return null;
            }

            // "52 years old" is an age; "three-quarters of its food", "a quarter of the vote" are fractions.
            if (s.OnLine(end) && ((unit == TimeUnit.Year && s.Mod(end, Mod.Old) && !s.Joined(end)) || ((unit == TimeUnit.Quarter || unit == TimeUnit.Half) && s.Mod(end, Mod.Of))))
            {
                return null;
            }

            // "a year-earlier loss": the compound is the quarter parser's "year-earlier".
            if (s.Joined(end) && s.Punct(end, '-') && s.Joined(end + 1) && (s.Mod(end + 1, Mod.Earlier) || s.Mod(end + 1, Mod.Ago)))
            {
                return null;
            }

            // Adjectival durations leave their article outside: "the 30-day period" tags "30-day".
            if (hasThe && end - 2 > j && s.Punct(end - 2, '-') && s.Joined(end - 2))
            {
                i++;
                if (s.Is(i, LexKind.Ordinal) || s.Mod(i, Mod.Latest) || s.Mod(i, Mod.Final) || s.Mod(i, Mod.Full) || s.Mod(i, Mod.Entire) || s.Mod(i, Mod.Whole))
                {
                    i++;
                }
            }

            // "8-month-old"
            if (s.Joined(end) && s.Punct(end, '-') && s.Joined(end + 1) && s.Mod(end + 1, Mod.Old))
            {
                end += 2;
            }

            return new TimexCandidate(i, end, TimexFrame.Duration(unit, amount));
        }

        /// <summary>"nearly", "almost", "more than", "less than", "at least", "up to", "over".</summary>
        [MethodImpl(HotPath.Optimize)]
        private static int Qualifiers(TimeScan s, int j)
        {
            if (s.Mod(j, Mod.Nearly))
            {
                return s.OnLine(j + 1) ? j + 1 : j;
            }

            if ((s.Mod(j, Mod.More) || s.Mod(j, Mod.Less)) && s.Mod(j + 1, Mod.Than) && s.OnLine(j + 2))
            {
                return j + 2;
            }

            if ((s.Mod(j, Mod.At) && s.Mod(j + 1, Mod.Least)) || (s.Mod(j, Mod.Up) && s.Mod(j + 1, Mod.To)))
            {
                return s.OnLine(j + 2) ? j + 2 : j;
            }

            return j;
        }

        /// <summary>
        /// An amount and a unit from token k ("two days", "two-day", "a few weeks", "20 more years", "two to three weeks").
        /// Returns the token after the unit, or k when there is none. A null amount means an unspecified one.
        /// </summary>
        [MethodImpl(HotPath.Optimize)]
        internal static int CountedUnits(TimeScan s, int k, out int? amount, out TimeUnit unit)
        {
            amount = null;
            unit = TimeUnit.None;
            int next;
            if (s.Mod(k, Mod.A) && s.OnLine(k + 1) && s.Is(k + 1, LexKind.Vague, out var v) && (v.Value == (int)Mod.Few || v.Value == (int)Mod.Couple))
            {
                next = k + 2;
                if (v.Value == (int)Mod.Couple)
                {
                    if (!s.Mod(next, Mod.Of))
                    {
                        return k;
                    }

                    next++;
                    amount = 2;
                }
            }
            else if (s.Is(k, LexKind.Vague, out var vague) && vague.Value != (int)Mod.Couple)
            {
                next = k + 1;
            }
            else if (s.Amount(k, out var n, out next))
            {
                amount = n;

                // "two to three weeks", "12 to 18 months": the span is unspecified.
                if (s.Mod(next, Mod.To) && s.OnLine(next + 1) && s.Amount(next + 1, out _, out var afterRange) && s.OnLine(afterRange) && s.Unit(afterRange, out _, out _))
                {
                    amount = null;
                    next = afterRange;
                }
            }
            else
            {
                return k;
            }

            if (!s.OnLine(next))
            {
                return k;
            }

            if (s.Punct(next, '-') && s.Joined(next) && s.Joined(next + 1))
            {
                next++;
            }
            else if (s.Mod(next, Mod.More) && s.OnLine(next + 1))
            {
                next++;
            }

            if (!s.Unit(next, out unit, out var plural) || !s.OnLine(next))
            {
                return k;
            }

            // "the second quarter" is an ordinal, not two seconds; "a second" is too ambiguous to count.
            if (unit == TimeUnit.Second && !plural)
            {
                return k;
            }

            if (plural && amount == 1 && !s.IsNumber(k))
            {
                return k;
            }

            return next + 1;
        }
    }
}
