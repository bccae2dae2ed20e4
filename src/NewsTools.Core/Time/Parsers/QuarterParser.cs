using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Parsers
{
    /// <summary>
    /// The fiscal calendar of business news: "the third quarter", "third-quarter", "the fiscal first quarter", "the first half",
    /// "the 1988 third quarter", "this year's third quarter", "the third quarter of 1990", "the first two quarters of 1990"
    /// (a half), "the year-ago quarter", "year-earlier", "the latest period", "its fourth quarter", "the April-June quarter".
    /// </summary>
    internal sealed class QuarterParser : ITimeParser
    {
        /// <summary>Begins at "the third quarter", "this year's", "last year's", "next year's", "fiscal first quarter", "quarter", "first-half", a bare year (four digits), "the April-June quarter".</summary>
        public ParserStart Start { get; } = ParserStart.At(LexKind.Unit, LexKind.Ordinal).OrNumberOf(4).OrModifiers(Mod.The, Mod.This, Mod.Last, Mod.Next, Mod.Fiscal)
            .BeforeOnly(true, false, LexKind.Modifier, LexKind.Ordinal, LexKind.Unit, LexKind.Month);

        public TimexCandidate? TryParse(TimeScan s, int i)
        {
            var j = i;
            var determiner = s.Mod(j, Mod.The);
            if (determiner)
            {
                j++;
                if (MonthSpanQuarter(s, j, out var spanned, out var afterSpan))
                {
                    var quarter = s.Pool.Calendar();
                    SetPeriod(quarter, false, spanned);
                    return s.Pool.Candidate(i, OfYear(s, afterSpan, quarter), quarter);
                }
            }

            // "the corresponding period last year", "the comparable year-ago quarter": like the period under discussion, in the
            // year the rest names.
            var comparable = determiner && s.OnLine(j) && s.Mod(j, Mod.Comparable);
            if (comparable)
            {
                j++;
            }

            // Fields are gathered in a struct on the stack; the frame is made only for a match (this runs at every "the").
            var spec = default(Specifier);
            if (ReadYearSpecifier(s, i, determiner, ref j, ref spec, out var yearAgo))
            {
                return yearAgo;
            }

            spec.Topic |= comparable;

            var fiscal = i > 0 && s.Mod(i - 1, Mod.Fiscal) && s.OnLine(i);
            if (s.Continues(i, j) && s.Mod(j, Mod.Fiscal))
            {
                fiscal = true;
                j++;
            }

            var twoQuarters = TwoQuarters(s, i, j, determiner, out var pairOrdinal, out var pairEnd);
            var ordinal = pairOrdinal;
            var hyphenated = false;
            var needsYear = false;
            var isHalf = twoQuarters;
            if (twoQuarters)
            {
                j = pairEnd;
            }
            else
            {
                j = ReadOrdinal(s, i, j, determiner, out ordinal, out hyphenated, out needsYear);
                if (!IsPeriodHead(s, i, j, ordinal, determiner, spec, out isHalf))
                {
                    return null;
                }
            }

            var frame = s.Pool.Calendar(year: spec.Year);
            frame.YearOffset = spec.YearOffset;
            frame.Latest = spec.Latest;
            frame.Fiscal = fiscal;
            var end = OfYear(s, j + 1, frame);
            if ((needsYear || twoQuarters) && frame.Year == null && frame.YearOffset == null)
            {
                return null;
            }

            SetPeriod(frame, isHalf, ordinal);
            if (!spec.Anaphoric && frame.Year == null && frame.YearOffset == null && determiner && end == j + 1 && YearBack(s, end, out var afterYearBack))
            {
                // "the quarter a year ago", "the corresponding period last year": the period under discussion, a year before;
                // "the third quarter last year" is that quarter of the year before the article's.
                end = afterYearBack;
                if (frame.Kind == FrameKind.CurrentTopicQuarter)
                {
                    spec.Anaphoric = true;
                }
                else
                {
                    frame.YearOffset = -1;
                }
            }
            else if (comparable && !spec.Anaphoric && frame.YearOffset == null)
            {
                // Without a year ("the comparable quarter") the comparison is not said.
                return null;
            }

            if (spec.Anaphoric)
            {
                CountFromTopicYear(frame);
            }

            // "the third-quarter loss": the adjective is tagged without its article.
            var first = hyphenated && determiner ? i + 1 : i;
            return s.Pool.Candidate(first, end, frame);
        }

        /// <summary>What comes before the ordinal: a year, "this year's", "year-ago", "the latest", "the current", "the same".</summary>
        private struct Specifier
        {
            public int? Year;
            public int? YearOffset;
            public bool Latest;
            public bool Anaphoric;
            public bool Topic;
        }

        /// <summary>
        /// Reads a year specifier at j into spec and moves j past it. True when the parse ends here, with its result in
        /// done: a bare "year-ago", "year-earlier" is the year before the one under discussion.
        /// </summary>
        private static bool ReadYearSpecifier(TimeScan s, int i, bool determiner, ref int j, ref Specifier spec, out TimexCandidate? done)
        {
            done = null;
            if (s.Continues(i, j) && YearParser.IsBareYear(s, j, true))
            {
                spec.Year = s.Tokens[j].Number;
                j++;
            }
            else if (s.Continues(i, j) && IsThisLastOrNext(s, j) && s.Unit(j + 1, out var yu, out _) && yu == TimeUnit.Year
                && s.Punct(j + 2, '\'') && s.Word(j + 3, "s"))
            {
                spec.YearOffset = YearOffsetOf(s, j);
                j += 4;
            }
            else if (s.Continues(i, j) && s.Unit(j, out var cu, out var cplural) && cu == TimeUnit.Year && !cplural && s.Punct(j + 1, '-') && s.Joined(j + 1)
                && s.Joined(j + 2) && (s.Mod(j + 2, Mod.Ago) || s.Mod(j + 2, Mod.Earlier)))
            {
                // "year-ago", "year-earlier"
                spec.Anaphoric = true;
                j += 3;

                // "the year-earlier nine months": a counted span of the year before is that span, a duration as its head says.
                if (determiner && s.Continues(i, j) && s.Amount(j, out var amount, out var unitAt) && amount > 1 && s.OnLine(unitAt)
                    && s.Unit(unitAt, out var spanUnit, out var spanPlural) && spanPlural && spanUnit >= TimeUnit.Day && spanUnit <= TimeUnit.Year)
                {
                    done = s.Pool.Candidate(i, unitAt + 1, s.Pool.Duration(spanUnit, amount));
                    return true;
                }

                if (!s.Continues(i, j) || !(s.Unit(j, out _, out _) || s.Mod(j, Mod.Period) || s.Is(j, LexKind.Ordinal) || s.Mod(j, Mod.Fiscal)))
                {
                    var yearAgo = s.Pool.Anaphoric(TimeUnit.Year, -1);
                    yearAgo.FollowTopic = true;
                    done = determiner ? null : s.Pool.Candidate(i, j, yearAgo);
                    return true;
                }
            }
            else if (determiner && (s.Mod(j, Mod.Latest) || s.Mod(j, Mod.Current) || s.Mod(j, Mod.Same)))
            {
                spec.Topic = !s.Mod(j, Mod.Current);
                spec.Latest = s.Mod(j, Mod.Latest);
                if (s.Mod(j, Mod.Current))
                {
                    spec.YearOffset = 0;
                }

                j++;
            }

            return false;
        }

        /// <summary>
        /// "the first two quarters", "the last two quarters" at j: a half of the year (first or second), when a year is written
        /// after it ("of 1990"; the caller checks); <paramref name="quarters"/> is the token "quarters".
        /// </summary>
        private static bool TwoQuarters(TimeScan s, int i, int j, bool determiner, out int half, out int quarters)
        {
            half = 0;
            quarters = 0;
            if (!s.Continues(i, j) || !((s.Is(j, LexKind.Ordinal, out var ord) && ord.Value == 1) || (determiner && s.Mod(j, Mod.Last)))
                || !s.OnLine(j + 1) || !s.Amount(j + 1, out var count, out var unitAt) || count != 2 || !s.OnLine(unitAt)
                || !s.Unit(unitAt, out var unit, out var plural) || unit != TimeUnit.Quarter || !plural)
            {
                return false;
            }

            half = s.Mod(j, Mod.Last) ? 2 : 1;
            quarters = unitAt;
            return true;
        }

        /// <summary>
        /// The ordinal of "the third quarter", "third-quarter", the "last" of "the last half of 1989" or the "final" of "the final
        /// quarter of 2004" (the fourth; with a year after it only, as "the final quarter" of a match is none); returns the
        /// token after it.
        /// </summary>
        private static int ReadOrdinal(TimeScan s, int i, int j, bool determiner, out int ordinal, out bool hyphenated, out bool needsYear)
        {
            ordinal = 0;
            hyphenated = false;
            needsYear = false;
            if (determiner && s.Mod(j, Mod.Last) && s.Mod(j + 1, Mod.Half) && s.OnLine(j + 1))
            {
                // "the last half of 1989": of two halves, the second (of a year written after it; "the last half of the game" is none).
                ordinal = 2;
                needsYear = true;
                return j + 1;
            }

            if (determiner && s.Mod(j, Mod.Final) && s.OnLine(j + 1) && s.Unit(j + 1, out var unit, out var plural) && unit == TimeUnit.Quarter && !plural)
            {
                ordinal = 4;
                needsYear = true;
                return j + 1;
            }

            if (s.Continues(i, j) && s.Is(j, LexKind.Ordinal, out var ord) && ord.Value <= 4)
            {
                ordinal = ord.Value;
                j++;
                if (s.Punct(j, '-') && s.Joined(j) && s.Joined(j + 1))
                {
                    j++;
                    hyphenated = true;
                }
            }

            return j;
        }

        /// <summary>"quarter", "half" after a first or second, "period" after a year or a reference to one.</summary>
        private static bool IsPeriodHead(TimeScan s, int i, int j, int ordinal, bool determiner, in Specifier spec, out bool isHalf)
        {
            isHalf = false;
            if (!s.Continues(i, j))
            {
                return false;
            }

            var isQuarter = s.Unit(j, out var unit, out var plural) && unit == TimeUnit.Quarter && !plural;
            isHalf = s.Mod(j, Mod.Half) && ordinal >= 1 && ordinal <= 2;
            var isPeriod = s.Mod(j, Mod.Period) && (spec.Anaphoric || spec.Topic || spec.Year != null);
            if (!isQuarter && !isHalf && !isPeriod)
            {
                return false;
            }

            // A bare "quarter" needs an article or a number: "a quarter of the vote" is a fraction.
            return !(isQuarter && ordinal == 0 && !determiner && !spec.Anaphoric && spec.Year == null && spec.YearOffset == null);
        }

        /// <summary>"the third quarter of 1990", "the first half of next year": sets the frame's year; returns the token after it.</summary>
        internal static int OfYear(TimeScan s, int end, TimexFrame frame)
        {
            if (!s.Mod(end, Mod.Of) || !s.OnLine(end + 1))
            {
                return end;
            }

            if (YearParser.IsBareYear(s, end + 1, true))
            {
                frame.Year = s.Tokens[end + 1].Number;
                return end + 2;
            }

            if (IsThisLastOrNext(s, end + 1) && s.Unit(end + 2, out var ofUnit, out var ofPlural) && ofUnit == TimeUnit.Year && !ofPlural)
            {
                frame.YearOffset = YearOffsetOf(s, end + 1);
                return end + 3;
            }

            return end;
        }

        /// <summary>The half or quarter numbered <paramref name="ordinal"/> on the frame; no number is the quarter under discussion.</summary>
        /// <summary>
        /// "April-June quarter", "July-to-September period", "October-December quarter" at <paramref name="j"/>: the months that
        /// open and close a calendar quarter, joined by a hyphen (or "-to-"), then "quarter" or "period". Gives the quarter's
        /// number and the token after the noun.
        /// </summary>
        private static bool MonthSpanQuarter(TimeScan s, int j, out int quarter, out int end)
        {
            quarter = 0;
            end = j;
            if (!s.OnLine(j) || !MonthDateParser.IsMonthAt(s, j) || !s.Punct(j + 1, '-') || !s.Joined(j + 1) || !s.Joined(j + 2))
            {
                return false;
            }

            var k = j + 2;
            if (s.Mod(k, Mod.To) && s.Punct(k + 1, '-') && s.Joined(k + 1) && s.Joined(k + 2))
            {
                k += 2;
            }

            if (!MonthDateParser.IsMonthAt(s, k) || !s.OnLine(k + 1) || !(s.Mod(k + 1, Mod.Period) || (s.Unit(k + 1, out var unit, out var plural) && unit == TimeUnit.Quarter && !plural)))
            {
                return false;
            }

            s.Is(j, LexKind.Month, out var first);
            s.Is(k, LexKind.Month, out var last);
            if (first.Value % 3 != 1 || last.Value != first.Value + 2)
            {
                return false;
            }

            quarter = (first.Value + 2) / 3;
            end = k + 2;
            return true;
        }

        internal static void SetPeriod(TimexFrame frame, bool isHalf, int ordinal)
        {
            if (isHalf)
            {
                frame.Half = ordinal;
            }
            else if (ordinal > 0)
            {
                frame.Quarter = ordinal;
            }
            else
            {
                frame.Kind = FrameKind.CurrentTopicQuarter;
            }
        }

        /// <summary>"the year-ago quarter": the same period a year before the one under discussion.</summary>
        private static void CountFromTopicYear(TimexFrame frame)
        {
            frame.FollowTopic = true;
            frame.YearOffset = null;
            frame.Offset = -1;
            frame.Unit = TimeUnit.Year;
            if (frame.Kind == FrameKind.Calendar)
            {
                frame.YearOffset = -1;
            }
            else
            {
                frame.Kind = FrameKind.CurrentTopicQuarter;
            }
        }

        /// <summary>"a year ago", "a year earlier", "last year" at k, on the line: the year before; <paramref name="end"/> after it.</summary>
        private static bool YearBack(TimeScan s, int k, out int end)
        {
            end = k;
            if (s.OnLine(k) && s.Mod(k, Mod.A) && s.OnLine(k + 1) && s.Unit(k + 1, out var u, out var plural) && u == TimeUnit.Year && !plural
                && s.OnLine(k + 2) && (s.Mod(k + 2, Mod.Ago) || s.Mod(k + 2, Mod.Earlier)))
            {
                end = k + 3;
                return true;
            }

            if (s.OnLine(k) && s.Mod(k, Mod.Last) && s.OnLine(k + 1) && s.Unit(k + 1, out u, out plural) && u == TimeUnit.Year && !plural
                && !(s.Punct(k + 2, '\'') && s.Word(k + 3, "s")))
            {
                end = k + 2;
                return true;
            }

            return false;
        }

        private static bool IsThisLastOrNext(TimeScan s, int j) => s.Mod(j, Mod.This) || s.Mod(j, Mod.Last) || s.Mod(j, Mod.Next);

        private static int YearOffsetOf(TimeScan s, int j) => s.Mod(j, Mod.This) ? 0 : s.Mod(j, Mod.Last) ? -1 : 1;
    }
}
