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
        /// <summary>Begins at "the ...", a bare unit, counted units ("a", "several", "two", "2"), the qualifiers "nearly", "more than", "less than", "no more than", "at least", "up to", and "half an hour".</summary>
        public ParserStart Start { get; } = ParserStart.At(LexKind.Unit).OrCountedUnits().OrModifiers(Mod.The, Mod.A, Mod.Nearly, Mod.More, Mod.Less, Mod.No, Mod.At, Mod.Up, Mod.Half);

        public TimexCandidate? TryParse(TimeScan s, int i)
        {
            var hasThe = s.Mod(i, Mod.The);
            var j = hasThe ? AfterArticle(s, i + 1) : Qualifiers(s, i);
            if (!s.In(j) || (j > i && !s.OnLine(j)))
            {
                return null;
            }

            if (j == i && IsBarePluralUnit(s, j))
            {
                return BarePluralUnits(s, i);
            }

            if (j == i)
            {
                var unspecified = UnspecifiedSpan(s, i);
                if (unspecified != null)
                {
                    return unspecified;
                }
            }

            // "the first hours of the war", "the final days": a span of the first or last units of something.
            if (hasThe && j == i + 2 && (s.Is(j - 1, LexKind.Ordinal) || s.Mod(j - 1, Mod.Final)) && s.Unit(j, out var edgeUnit, out var edgePlural) && edgePlural
                && edgeUnit != TimeUnit.Weekend && edgeUnit != TimeUnit.Quarter)
            {
                return s.Pool.Candidate(i, j + 1, s.Pool.Duration(edgeUnit, null));
            }

            var halfUnit = HalfUnit(s, j);
            if (halfUnit > j)
            {
                s.Unit(halfUnit - 1, out var halved, out _);
                var half = s.Pool.Duration(halved, 0);
                half.PlusHalf = true;
                return s.Pool.Candidate(i, halfUnit, half);
            }

            var quarterEnd = QuarterOfUnit(s, j, out var partUnit, out var parts);
            if (quarterEnd > j)
            {
                return s.Pool.Candidate(i, quarterEnd, s.Pool.Duration(partUnit, parts));
            }

            var end = CountedUnits(s, j, out var amount, out var unit, out var plusHalf);
            if (end == j)
            {
                return null;
            }

            // "a minute and a half", "a decade and a half".
            if (amount != null && !plusHalf && s.OnLine(end) && s.OnLine(end + 1) && s.OnLine(end + 2) && s.Mod(end, Mod.And) && s.Mod(end + 1, Mod.A) && s.Mod(end + 2, Mod.Half))
            {
                plusHalf = true;
                end += 3;
            }

            // "will one day be": right after a future auxiliary, "one day" is some day to come (TimeML FUTURE_REF), not a length.
            if (j == i && end == j + 2 && amount == 1 && unit == TimeUnit.Day && s.Word(j, "one") && s.In(i - 1) && s.LexOf(s.Tokens[i - 1])?.Tense == TenseCue.Future)
            {
                return s.Pool.Candidate(i, end, s.Pool.Reference("FUTURE_REF"));
            }

            if (IsNotALength(s, i, j, end, unit, amount, hasThe))
            {
                return null;
            }

            if (hasThe && IsAdjective(s, j, end, amount, plusHalf))
            {
                i++;
                if (s.Is(i, LexKind.Ordinal) || IsWholeOrLast(s, i))
                {
                    i++;
                }
            }

            end = CompoundAdjective(s, ref i, end, hasThe);
            var frame = s.Pool.Duration(unit, amount);
            frame.PlusHalf = plusHalf && amount != null;
            return s.Pool.Candidate(i, end, frame);
        }

        /// <summary>After "the": skips "first", "latest", "final", "full", "entire", "whole" ("the first nine months").</summary>
        private static int AfterArticle(TimeScan s, int j) =>
            s.OnLine(j) && (s.Is(j, LexKind.Ordinal, out var o) && o.Value == 1 || IsWholeOrLast(s, j)) ? j + 1 : j;

        /// <summary>"latest", "final", "full", "entire", "whole" after "the".</summary>
        private static bool IsWholeOrLast(TimeScan s, int j) =>
            s.Mod(j, Mod.Latest) || s.Mod(j, Mod.Final) || s.Mod(j, Mod.Full) || s.Mod(j, Mod.Entire) || s.Mod(j, Mod.Whole);

        /// <summary>
        /// Bare plural units after "for", "in", "within", "over" ("for years", "within weeks"), or measuring what follows
        /// "of" ("months of talks", "after years of war").
        /// </summary>
        private static bool IsBarePluralUnit(TimeScan s, int j) =>
            s.Unit(j, out var bareUnit, out var barePlural) && barePlural && bareUnit != TimeUnit.Weekend && bareUnit != TimeUnit.Second
            && !s.Mod(j + 1, Mod.Ago) && !s.Mod(j + 1, Mod.Earlier) && !s.Mod(j + 1, Mod.Later)
            && (((s.Word(j - 1, "for") || s.Word(j - 1, "in") || s.Word(j - 1, "within") || s.Word(j - 1, "over")) && !s.Mod(j + 1, Mod.Of))
                || MeasuresWhatFollows(s, j));

        /// <summary>
        /// "months of talks", "years of war": a plural unit with no determiner or count before it, followed by "of" and a
        /// word that is no calendar name, is a span of no stated length. "the days of the week", "20 years of age", "the
        /// first months of 1990" and "months of the year" have a determiner, a count or a calendar name, and "three-quarters
        /// of the vote" is a fraction.
        /// </summary>
        private static bool MeasuresWhatFollows(TimeScan s, int j)
        {
            if (!s.OnLine(j + 1) || !s.Mod(j + 1, Mod.Of) || !s.OnLine(j + 2) || s.Tokens[j + 2].Kind != TokenKind.Word
                || s.Is(j + 2, LexKind.Month) || s.Is(j + 2, LexKind.Weekday) || s.Is(j + 2, LexKind.Season) || s.Is(j + 2, LexKind.Holiday)
                || s.Mod(j + 2, Mod.The) || s.Mod(j + 2, Mod.This) || s.Mod(j + 2, Mod.That) || s.Mod(j + 2, Mod.Its) || s.Mod(j + 2, Mod.Their))
            {
                return false;
            }

            // "three-quarters of respondents" is a fraction.
            var b = j - 1;
            return !(s.In(b) && s.OnLine(j) && (!s.Tokens[j].SpaceBefore || s.Tokens[b].Kind == TokenKind.Number || s.Is(b, LexKind.Number) || s.Is(b, LexKind.Ordinal)
                || s.Is(b, LexKind.Vague) || (s.Tokens[b].LexIndex != 0 && s.LexOf(s.Tokens[b])!.Modifier != int.MinValue && !s.Mod(b, Mod.After) && !s.Mod(b, Mod.Over)
                    && !s.Mod(b, Mod.Within) && !s.Mod(b, Mod.In) && !s.Mod(b, Mod.And) && !s.Mod(b, Mod.Or))));
        }

        private static TimexCandidate BarePluralUnits(TimeScan s, int i)
        {
            s.Unit(i, out var bareUnit, out _);

            // "within weeks or months": coordinated alternatives are one span, with the first unit's value.
            var bareEnd = i + 1;
            if ((s.Mod(bareEnd, Mod.Or) || s.Mod(bareEnd, Mod.And)) && s.OnLine(bareEnd) && s.OnLine(bareEnd + 1) && s.Unit(bareEnd + 1, out _, out var otherPlural) && otherPlural
                && !s.Mod(bareEnd + 2, Mod.Ago))
            {
                bareEnd += 2;
            }

            return s.Pool.Candidate(i, bareEnd, s.Pool.Duration(bareUnit, null));
        }

        /// <summary>"for a while", "after some time": a span of no stated length (PXX) after a preposition of spans (data: timeUnspecifiedSpans).</summary>
        private static TimexCandidate? UnspecifiedSpan(TimeScan s, int i)
        {
            var phrases = s.LexOf(s.Tokens[i])?.UnspecifiedSpans;
            if (phrases == null || !s.IsSpanPreposition(i - 1) || !s.OnLine(i))
            {
                return null;
            }

            foreach (var phrase in phrases)
            {
                var n = 1;
                while (n < phrase.Length && s.OnLine(i + n) && s.Spelled(i + n, phrase[n]))
                {
                    n++;
                }

                if (n == phrase.Length)
                {
                    return s.Pool.Candidate(i, i + n, s.Pool.Duration(TimeUnit.None, null));
                }
            }

            return null;
        }

        /// <summary>Whether <paramref name="word"/> stands before the amount at i and the words that qualify it ("by up to", "by almost").</summary>
        private static bool WordBeforeAmount(TimeScan s, int i, string word)
        {
            var k = i - 1;
            while (k >= 0 && s.OnLine(k + 1) && (s.Mod(k, Mod.Up) || s.Mod(k, Mod.To) || s.Mod(k, Mod.More) || s.Mod(k, Mod.Less) || s.Mod(k, Mod.Than) ||
                   s.Mod(k, Mod.Nearly) || s.Mod(k, Mod.Least) || s.Mod(k, Mod.At) || s.Mod(k, Mod.Around) || s.Word(k, "almost") || s.Word(k, "about")))
            {
                k--;
            }

            return k >= 0 && s.OnLine(k + 1) && s.Word(k, word);
        }

        /// <summary>Rates ("$5 a year"), ages ("52 years old"), fractions ("a quarter of the vote", "by a quarter") and "a year-earlier loss".</summary>
        private static bool IsNotALength(TimeScan s, int i, int j, int end, TimeUnit unit, int? amount, bool hasThe)
        {
            // "$5 a year", "twice a day" are rates, not durations (SetParser takes them).
            if (!hasThe && j == i && s.Mod(i, Mod.A) && s.RateBefore(i))
            {
                return true;
            }

            // "52 years old" is an age; "three-quarters of its food", "a quarter of the vote", "in some quarters of the party"
            // are fractions, where "several quarters of losses" counts quarters of the year.
            if (s.OnLine(end) && ((unit == TimeUnit.Year && s.Mod(end, Mod.Old) && !s.Joined(end))
                || ((unit == TimeUnit.Quarter || unit == TimeUnit.Half) && s.Mod(end, Mod.Of) && (amount != null || (s.Is(j, LexKind.Vague, out var vague) && vague.Value == (int)Mod.Some)))))
            {
                return true;
            }

            // "could cut the risk by up to a quarter", "sales fell by a quarter": a change by a quarter or a half is a fraction.
            if ((unit == TimeUnit.Quarter || unit == TimeUnit.Half) && !hasThe && WordBeforeAmount(s, i, "by"))
            {
                return true;
            }

            // "a year-earlier loss": the compound is the quarter parser's "year-earlier".
            return s.Joined(end) && s.Punct(end, '-') && s.Joined(end + 1) && (s.Mod(end + 1, Mod.Earlier) || s.Mod(end + 1, Mod.Ago));
        }

        /// <summary>
        /// Adjectival durations leave their article outside: "the 30-day period" tags "30-day"; so does one written
        /// without its hyphen, which a singular unit after a count of more than one shows ("the two day rally").
        /// </summary>
        private static bool IsAdjective(TimeScan s, int j, int end, int? amount, bool plusHalf) =>
            (end - 2 > j && s.Punct(end - 2, '-') && s.Joined(end - 2)) || (amount > 1 && !plusHalf && s.Unit(end - 1, out _, out var unitPlural) && !unitPlural);

        /// <summary>
        /// "8-month-old", "a two-week-long trip": the compound adjective is one expression; its article stays outside
        /// ("a week-long strike" tags "week-long"). Returns the end of the expression.
        /// </summary>
        private static int CompoundAdjective(TimeScan s, ref int i, int end, bool hasThe)
        {
            if (!(s.Joined(end) && s.Punct(end, '-') && s.Joined(end + 1) && (s.Mod(end + 1, Mod.Old) || s.Mod(end + 1, Mod.Long))))
            {
                return end;
            }

            if (s.Mod(end + 1, Mod.Long) && !hasThe && s.Mod(i, Mod.A) && end == i + 2)
            {
                i++;
            }

            return end + 2;
        }

        /// <summary>"a half-hour", "a half hour", "half an hour", "half a day": the token after the unit, or j when none.</summary>
        private static int HalfUnit(TimeScan s, int j)
        {
            int unitAt;
            if (s.Mod(j, Mod.A) && s.Mod(j + 1, Mod.Half) && s.OnLine(j + 1))
            {
                unitAt = s.Punct(j + 2, '-') && s.Joined(j + 2) && s.Joined(j + 3) ? j + 3 : j + 2;
            }
            else if (s.Mod(j, Mod.Half) && s.Mod(j + 1, Mod.A) && s.OnLine(j + 1))
            {
                unitAt = j + 2;
            }
            else
            {
                return j;
            }

            return s.OnLine(unitAt) && s.Unit(unitAt, out var unit, out var plural) && !plural && unit != TimeUnit.Second && unit != TimeUnit.Quarter && unit != TimeUnit.Half ? unitAt + 1 : j;
        }

        /// <summary>
        /// "a quarter-hour", "a quarter of an hour", "three quarters of a century": quarters of a unit, as that many of the next
        /// smaller unit (PT15M, P75Y); the token after them, or j when none stands there.
        /// </summary>
        private static int QuarterOfUnit(TimeScan s, int j, out TimeUnit part, out int count)
        {
            part = TimeUnit.None;
            count = 0;
            var quarters = s.Mod(j, Mod.A) ? 1 : s.Is(j, LexKind.Number, out var number) && number.Value >= 1 && number.Value <= 3 && !s.IsNumber(j) ? number.Value : 0;
            var k = j + 1;
            if (quarters == 0 || !s.OnLine(k) || !(quarters == 1 ? s.Word(k, "quarter") : s.Word(k, "quarters")))
            {
                return j;
            }

            var unitAt = s.Punct(k + 1, '-') && s.Joined(k + 1) && s.Joined(k + 2) ? k + 2
                : s.OnLine(k + 1) && s.OnLine(k + 2) && s.OnLine(k + 3) && s.Mod(k + 1, Mod.Of) && s.Mod(k + 2, Mod.A) ? k + 3 : -1;
            if (unitAt < 0 || !s.Unit(unitAt, out var whole, out var plural) || plural)
            {
                return j;
            }

            // A quarter of each unit in the next smaller one.
            (part, count) = whole switch
            {
                TimeUnit.Minute => (TimeUnit.Second, 15),
                TimeUnit.Hour => (TimeUnit.Minute, 15),
                TimeUnit.Day => (TimeUnit.Hour, 6),
                TimeUnit.Year => (TimeUnit.Month, 3),
                TimeUnit.Decade => (TimeUnit.Month, 30),
                TimeUnit.Century => (TimeUnit.Year, 25),
                TimeUnit.Millennium => (TimeUnit.Year, 250),
                _ => (TimeUnit.None, 0),
            };
            count *= quarters;
            return part == TimeUnit.None ? j : unitAt + 1;
        }

        /// <summary>The written fraction "1/2" at token k.</summary>
        private static bool IsOneHalf(TimeScan s, int k) =>
            s.IsNumber(k) && s.Tokens[k].Number == 1 && s.Punct(k + 1, '/') && s.Joined(k + 1) && s.Joined(k + 2) && s.IsNumber(k + 2) && s.Tokens[k + 2].Number == 2;

        /// <summary>"nearly", "almost", "more than", "less than", "no more than", "at least", "up to".</summary>
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

            // "no more than sixty days", "no less than a year": the bound is part of the amount.
            if (s.Mod(j, Mod.No) && (s.Mod(j + 1, Mod.More) || s.Mod(j + 1, Mod.Less)) && s.Mod(j + 2, Mod.Than) && s.OnLine(j + 1) && s.OnLine(j + 3))
            {
                return j + 3;
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
        internal static int CountedUnits(TimeScan s, int k, out int? amount, out TimeUnit unit) => CountedUnits(s, k, out amount, out unit, out _);

        /// <summary>As <see cref="CountedUnits(TimeScan, int, out int?, out TimeUnit)"/>, with a written half ("2 1/2 years").</summary>
        internal static int CountedUnits(TimeScan s, int k, out int? amount, out TimeUnit unit, out bool plusHalf)
        {
            // AgoParser, then this parser, ask at the same token ("two", "a", a digit run) in turn: the last answer is kept.
            ref var kept = ref s.CountedUnitsKept;
            if (kept.At != k)
            {
                kept.End = ReadCountedUnits(s, k, out kept.Amount, out kept.Unit, out kept.PlusHalf);
                kept.At = k;
            }

            amount = kept.Amount;
            unit = kept.Unit;
            plusHalf = kept.PlusHalf;
            return kept.End;
        }

        private static int ReadCountedUnits(TimeScan s, int k, out int? amount, out TimeUnit unit, out bool plusHalf)
        {
            plusHalf = false;
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
            else if (s.Is(k, LexKind.Vague, out var couple) && couple.Value == (int)Mod.Couple && s.Mod(k + 1, Mod.Of) && s.OnLine(k + 1))
            {
                // "the next couple of years": a couple is two, with or without its article.
                next = k + 2;
                amount = 2;
            }
            else if (s.Amount(k, out var n, out next))
            {
                amount = n;

                // "2 1/2 years", "5 1/2 hours": a whole number and the fraction one half.
                if (s.IsNumber(k) && s.OnLine(next) && IsOneHalf(s, next))
                {
                    plusHalf = true;
                    next += 3;
                }

                // "two to three weeks", "12 to 18 months", "between 12 and 18 months": the span is unspecified. Like the
                // "from" of "from Monday to Friday", "between" stays outside the expression: it is the range's signal.
                if ((s.Mod(next, Mod.To) || (s.Mod(next, Mod.And) && s.Mod(k - 1, Mod.Between))) && s.OnLine(next + 1) && s.Amount(next + 1, out _, out var afterRange) && s.OnLine(afterRange) && s.Unit(afterRange, out _, out _))
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
            else if ((s.Mod(next, Mod.More) || s.Mod(next, Mod.UnitQualifier)) && s.OnLine(next + 1))
            {
                // "20 more years", "an additional year", "eight trading days"
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
