using System;
using System.Globalization;
using NewsTools.Time.Parsers;
using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Resolution
{
    /// <summary>
    /// Turns frames into TIMEX3 values against a reference date, leaning to the past as news does; keeps track of the date
    /// under discussion so "a year earlier" and "the quarter" follow the text. Never throws on impossible dates: they
    /// come back with a null value.
    /// </summary>
    internal sealed class TimexResolver
    {
        private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
        private DateTime? reference;

        // The last quarter the text mentioned, and the last date of any kind (its start and precision).
        private int topicQuarterYear;
        private int topicQuarter;
        private DateTime? topicDate;
        private TimePrecision topicPrecision;
        private bool lastWasQuarter;

        // The last quarter mentioned that has ended by the reference date, or begun by it and told in the past: the one a
        // report compares with the year before ("expect the trend to continue into the fourth quarter" is a forecast, and
        // "has no estimate of the effect on fourth-quarter results" a prospect, not what "the year-ago period" counts from).
        private int reportedQuarterYear;
        private int reportedQuarter;

        // The text last reported on a span of months longer than a quarter ("For the nine months, ..."): a comparison with a
        // year before is then with the year, not with the quarter discussed earlier.
        private bool spanTopic;

        /// <summary>Whether the text has named a quarter yet, which "the quarter" would then be.</summary>
        public bool HasTopicQuarter => topicQuarter > 0;

        /// <summary>Whether relative expressions can be placed: the article has a reference date.</summary>
        public bool HasReference => reference != null;

        public TimexResolver(DateTime? reference)
        {
            Reset(reference);
        }

        /// <summary>This resolver made over for another text, as the constructor makes it: the tagger keeps one per thread.</summary>
        internal TimexResolver Reset(DateTime? reference)
        {
            this.reference = reference?.Date;
            topicQuarterYear = 0;
            topicQuarter = 0;
            topicDate = null;
            topicPrecision = TimePrecision.Unknown;
            lastWasQuarter = false;
            reportedQuarterYear = 0;
            reportedQuarter = 0;
            spanTopic = false;
            return this;
        }

        public ResolvedTimex Resolve(TimexFrame f, Tense tense)
        {
            ResolvedTimex r;
            try
            {
                r = ResolveCore(f, tense);
            }
            catch (ArgumentOutOfRangeException)
            {
                // Arithmetic at the edge of the calendar (year 1 or 9999): unresolved rather than a failure.
                r = new ResolvedTimex(null, f.Type, TimePrecision.Unknown, null, null);
            }

            // Only dates anchored on their own set the topic: "a year earlier" after "a year earlier" must not drift.
            if (f.Kind == FrameKind.Calendar || f.Kind == FrameKind.Fixed || (f.Kind == FrameKind.Relative && !f.FollowTopic))
            {
                Remember(r, tense, f.Fiscal);
            }
            else if (f.Kind == FrameKind.Duration && f.Unit == TimeUnit.Month && f.Amount > 3 && f.Amount < 12)
            {
                spanTopic = true;
            }

            return r;
        }

        /// <param name="fiscal">The date is a period of a fiscal year ("its fiscal second quarter").</param>
        private void Remember(ResolvedTimex r, Tense tense, bool fiscal)
        {
            if (r.Start == null || r.Value == null || r.Type == TimexType.Duration || r.Type == TimexType.Set)
            {
                return;
            }

            topicDate = r.Start;
            topicPrecision = r.Precision;
            lastWasQuarter = r.Precision == TimePrecision.Quarter;
            if (lastWasQuarter)
            {
                RememberQuarter(r, tense, fiscal);
            }
        }

        /// <summary>
        /// A quarter already remembered, placed again by the day written after it ("the second quarter ended Oct. 31"): the
        /// quarter under discussion becomes the revised one; the date under discussion stays the day that was written last.
        /// </summary>
        public void ReviseQuarter(ResolvedTimex r, Tense tense)
        {
            if (r.Start != null && r.Value != null && r.Precision == TimePrecision.Quarter)
            {
                // It corrects the quarter just remembered, whichever way it moves.
                RememberQuarter(r, tense, true);
            }
        }

        /// <param name="mayGoBack">A quarter before the one reported on may still become the one reported on: a fiscal
        /// quarter, or a revision of the quarter just remembered.</param>
        private void RememberQuarter(ResolvedTimex r, Tense tense, bool mayGoBack)
        {
            topicQuarterYear = r.Start!.Value.Year;
            topicQuarter = ((r.Start.Value.Month - 1) / 3) + 1;
            spanTopic = false;
            // A quarter before the one already reported on is a comparison, not a new report ("posted a gain in third-quarter
            // net ... After a flat second quarter, ..."): "the year-earlier period" still counts from the later one. A fiscal
            // quarter is numbered in another calendar, so its number says nothing of its order ("its fiscal second quarter").
            var earlier = !mayGoBack && reportedQuarter > 0 && (topicQuarterYear * 4) + topicQuarter < (reportedQuarterYear * 4) + reportedQuarter;
            if (!earlier && (reference == null || r.End < reference.Value || (tense == Tense.Past && r.Start.Value <= reference.Value)))
            {
                reportedQuarterYear = topicQuarterYear;
                reportedQuarter = topicQuarter;
            }
        }

        private ResolvedTimex ResolveCore(TimexFrame f, Tense tense)
        {
            switch (f.Kind)
            {
                case FrameKind.Reference:
                    return new ResolvedTimex(f.Fixed, TimexType.Date, TimePrecision.Unknown, null, null);
                case FrameKind.Set:
                    return new ResolvedTimex(f.Fixed, TimexType.Set, f.FixedPrecision, null, null);
                case FrameKind.Fixed:
                    return FixedDates(f);
                case FrameKind.Duration:
                    return new ResolvedTimex(SetParser.DurationValue(f.Unit, f.Amount, f.PlusHalf), TimexType.Duration, TimePrecision.Unknown, null, null);
                case FrameKind.Relative:
                    if (reference != null && f.Unit == TimeUnit.Weekend && f.Offset == 0 && tense != Tense.Future)
                    {
                        // "the weekend" in past tense: the one just gone.
                        var saturday = reference.Value.AddDays(-((IsoDay(reference.Value) - 6 + 7) % 7));
                        return Week(saturday, f.Type, true);
                    }

                    return reference == null ? Unresolved(f) : Shift(reference.Value, f.Unit, f.Offset, f);
                case FrameKind.Anaphoric:
                    return ResolveAnaphoric(f);
                case FrameKind.CurrentTopicQuarter:
                    return ResolveTopicQuarter(f);
                default:
                    return ResolveCalendar(f, tense);
            }
        }

        private static ResolvedTimex Unresolved(TimexFrame f) => new ResolvedTimex(null, f.Type, TimePrecision.Unknown, null, null);

        private static ResolvedTimex FixedDates(TimexFrame f)
        {
            var v = f.Fixed!;
            if (f.FixedPrecision == TimePrecision.Decade && v.Length == 4 && int.TryParse(v.Substring(0, 3), NumberStyles.None, Inv, out var decade) && decade > 0)
            {
                return new ResolvedTimex(v, TimexType.Date, TimePrecision.Decade, new DateTime(decade * 10, 1, 1), new DateTime((decade * 10) + 9, 12, 31));
            }

            if (f.FixedPrecision == TimePrecision.Century && int.TryParse(v, NumberStyles.None, Inv, out var century) && century >= 1 && century < 99)
            {
                return new ResolvedTimex(v, TimexType.Date, TimePrecision.Century, new DateTime(century * 100, 1, 1), new DateTime((century * 100) + 99, 12, 31));
            }

            return new ResolvedTimex(v, TimexType.Date, f.FixedPrecision, null, null);
        }

        /// <summary>"a year earlier", "the following year", "two weeks later": counted from the date under discussion.</summary>
        private ResolvedTimex ResolveAnaphoric(TimexFrame f)
        {
            // In a text that reports by quarter, "a year earlier" is that quarter a year before.
            if (f.FollowTopic && reportedQuarter > 0 && !spanTopic)
            {
                return Quarter(reportedQuarterYear + f.Offset, reportedQuarter, f.Type);
            }

            // "a year earlier" outside a quarterly report is, in news, nearly always the year before the story's own.
            if (f.FollowTopic && reference != null)
            {
                return Shift(reference.Value, f.Unit, f.Offset, f);
            }

            var anchor = topicDate != null && topicPrecision <= PrecisionOf(f.Unit) ? topicDate : reference;
            return anchor == null ? Unresolved(f) : Shift(anchor.Value, f.Unit, f.Offset, f);
        }

        /// <summary>The day under discussion: the last date the text named, when it named a day or a time of one.</summary>
        private DateTime? NarrativeDay() =>
            topicDate != null && topicPrecision != TimePrecision.Unknown && topicPrecision <= TimePrecision.Day ? topicDate.Value.Date : (DateTime?)null;

        /// <summary>"the quarter", "the latest period", "the year-ago quarter", "the current quarter".</summary>
        private ResolvedTimex ResolveTopicQuarter(TimexFrame f)
        {
            if (reference == null && (topicQuarter == 0 || f.Latest))
            {
                return Unresolved(f);
            }

            if (f.YearOffset == 0 && !f.FollowTopic && reference != null)
            {
                return Quarter(reference.Value.Year, ((reference.Value.Month - 1) / 3) + 1, f.Type);
            }

            // After a span of months ("For the nine months, ... in the 1988 period"), the period a year before is that year.
            if (spanTopic && (f.FollowTopic || f.Year != null) && reference != null)
            {
                var spanYear = f.Year ?? reference.Value.Year + f.Offset;
                return spanYear < 1 || spanYear > 9999 ? Unresolved(f)
                    : new ResolvedTimex(IsoValue.Year(spanYear), f.Type, TimePrecision.Year, new DateTime(spanYear, 1, 1), new DateTime(spanYear, 12, 31));
            }

            int year, quarter;
            if ((f.FollowTopic || f.Year != null) && reportedQuarter > 0 && !f.Latest)
            {
                // "the year-ago period" counts from the quarter reported on, not from one a forecast named; "the 1989 period",
                // set against it, is the same quarter in the year written.
                year = reportedQuarterYear;
                quarter = reportedQuarter;
            }
            else if (f.Latest && reportedQuarter > 0)
            {
                year = reportedQuarterYear;
                quarter = reportedQuarter;
            }
            else if (topicQuarter > 0 && !f.Latest)
            {
                year = topicQuarterYear;
                quarter = topicQuarter;
            }
            else
            {
                // Nothing mentioned yet: the last quarter that has ended, the one business news reports on.
                var q = ((reference!.Value.Month - 1) / 3) + 1 - 1;
                year = reference.Value.Year;
                if (q == 0)
                {
                    q = 4;
                    year--;
                }

                quarter = q;
            }

            if (f.FollowTopic)
            {
                year += f.Offset;
            }
            else if (f.YearOffset != null && f.YearOffset != 0 && reference != null)
            {
                // "last year's quarter": the quarter under discussion, in the year named.
                year = reference.Value.Year + f.YearOffset.Value;
            }

            if (f.Year != null)
            {
                // "the 1988 period": the quarter under discussion, in the year written.
                year = f.Year.Value;
            }

            return Quarter(year, quarter, f.Type);
        }

        /// <summary>Dates written on the calendar: a month and day, a month, a weekday, a quarter, half or season, a year.</summary>
        private ResolvedTimex ResolveCalendar(TimexFrame f, Tense tense)
        {
            if (f.Invalid)
            {
                return Unresolved(f);
            }

            var year = f.Year;
            if (year == null && f.YearOffset != null)
            {
                if (reference == null)
                {
                    return Unresolved(f);
                }

                year = reference.Value.Year + f.YearOffset.Value;
            }

            // A clock time alone is on the day the story is on: the day under discussion when the text has named one ("The
            // summit opened on March 3. At 9 a.m. the leaders met"), else the reference day.
            if (f.Hour != null && f.Month == null && f.Weekday == null && year == null)
            {
                var day = NarrativeDay() ?? reference;
                return day == null ? Unresolved(f) : Day(day.Value, f);
            }

            if (f.Holiday != null)
            {
                return ResolveHoliday(f, year, tense);
            }

            if (f.Month != null && f.Day != null)
            {
                return ResolveMonthDay(f, year, tense);
            }

            if (f.Month != null)
            {
                return ResolveMonth(f, year, tense);
            }

            if (f.Weekday != null)
            {
                // "the previous Friday", "the following Monday" count from the day under discussion.
                var from = (f.FollowTopic ? NarrativeDay() : null) ?? reference;
                return from == null ? Unresolved(f) : Day(from.Value.AddDays(WeekdayShift(IsoDay(from.Value), f.Weekday.Value, f.Direction, tense, f.TenseCueBefore)), f);
            }

            if (f.Quarter != null || f.Half != null || f.Season != null)
            {
                return ResolvePartOfYear(f, year, tense);
            }

            if (year != null)
            {
                return year < 1 || year > 9999 ? Unresolved(f)
                    : new ResolvedTimex(IsoValue.Year(year.Value), f.Type, TimePrecision.Year, new DateTime(year.Value, 1, 1), new DateTime(year.Value, 12, 31));
            }

            return Unresolved(f);
        }

        /// <summary>"March 12", "March 12, 2024": without a year, the year that puts the date where the tense says.</summary>
        private ResolvedTimex ResolveMonthDay(TimexFrame f, int? year, Tense tense)
        {
            if (f.Day < 1 || f.Day > 31)
            {
                return Unresolved(f);
            }

            if (year != null)
            {
                return f.Day <= DaysIn(year.Value, f.Month!.Value) ? Day(new DateTime(year.Value, f.Month.Value, f.Day!.Value), f) : Unresolved(f);
            }

            if (reference == null)
            {
                return Unresolved(f);
            }

            var r = reference.Value;
            DateTime? best = null;
            for (var y = r.Year - 1; y <= r.Year + 1; y++)
            {
                if (y < 1 || y > 9999 || f.Day > DaysIn(y, f.Month!.Value))
                {
                    continue;
                }

                var d = new DateTime(y, f.Month.Value, f.Day!.Value);
                if (Better(d, best, r, tense, f.Direction, f.OwnPastVerb, f.TenseCueBefore))
                {
                    best = d;
                }
            }

            return best == null ? Unresolved(f) : Day(best.Value, f);
        }

        /// <summary>"Thanksgiving", "Christmas Eve 2017": without a year, the one the tense points to, as for a written date.</summary>
        private ResolvedTimex ResolveHoliday(TimexFrame f, int? year, Tense tense)
        {
            if (year != null)
            {
                var on = f.Holiday!.On(year.Value);
                return on == null ? Unresolved(f) : HolidayValue(on.Value, f);
            }

            if (reference == null)
            {
                return Unresolved(f);
            }

            var r = reference.Value;
            DateTime? best = null;
            for (var y = r.Year - 1; y <= r.Year + 1; y++)
            {
                var d = f.Holiday!.On(y);
                if (d != null && Better(d.Value, best, r, tense, f.Direction, f.OwnPastVerb, f.TenseCueBefore))
                {
                    best = d;
                }
            }

            return best == null ? Unresolved(f) : HolidayValue(best.Value, f);
        }

        /// <summary>The named day, or the ISO week it falls in for "Thanksgiving week" and names of weeks ("Easter Week").</summary>
        private static ResolvedTimex HolidayValue(DateTime d, TimexFrame f) => f.HolidayWeek || f.Holiday!.Week ? Week(d, f.Type, false) : Day(d, f);

        /// <summary>"November", "last November", "November 2023".</summary>
        private ResolvedTimex ResolveMonth(TimexFrame f, int? year, Tense tense)
        {
            if (year == null)
            {
                if (reference == null)
                {
                    return Unresolved(f);
                }

                year = YearOfBareMonth(reference.Value, f.Month!.Value, f.Direction, tense, f.TenseCueBefore);
            }

            if (year < 1 || year > 9999)
            {
                return Unresolved(f);
            }

            var start = new DateTime(year.Value, f.Month!.Value, 1);
            return new ResolvedTimex(IsoValue.YearMonth(year.Value, f.Month.Value), f.Type, TimePrecision.Month, start, start.AddMonths(1).AddDays(-1));
        }

        /// <summary>The year of a month named without one: the written direction ("last", "next"), else the tense, else the nearer.</summary>
        private static int YearOfBareMonth(DateTime r, int m, Direction direction, Tense tense, bool cueBefore)
        {
            switch (direction)
            {
                case Direction.StrictPast:
                    return m < r.Month ? r.Year : r.Year - 1;
                case Direction.StrictFuture:
                    return m > r.Month ? r.Year : r.Year + 1;
                case Direction.Same:
                    return r.Year;
            }

            // A month after a present or future verb is the coming one ("faces re-election in November", "will leave in May").
            if (tense == Tense.Future || (tense == Tense.Present && cueBefore))
            {
                return m >= r.Month ? r.Year : r.Year + 1;
            }

            if (tense == Tense.Past)
            {
                return m <= r.Month ? r.Year : r.Year - 1;
            }

            // No tense to go by: the nearest such month, the earlier one on a tie.
            var back = (r.Month - m + 12) % 12;
            var ahead = (m - r.Month + 12) % 12;
            return back <= ahead ? (m <= r.Month ? r.Year : r.Year - 1) : (m >= r.Month ? r.Year : r.Year + 1);
        }

        /// <summary>
        /// Days from the reference weekday <paramref name="today"/> to the weekday named: back in past narrative, on with a
        /// future cue or a present-tense verb before it, as for a month ("the talks resume Tuesday", "he faces a vote Friday":
        /// the present of a timetable).
        /// </summary>
        private static int WeekdayShift(int today, int target, Direction direction, Tense tense, bool cueBefore)
        {
            switch (direction)
            {
                case Direction.StrictPast:
                    return -(((today - target + 7 - 1) % 7) + 1);
                case Direction.StrictFuture:
                    return ((target - today + 7 - 1) % 7) + 1;
                case Direction.Same:
                    return target - today;
                default:
                    return tense == Tense.Future || (tense == Tense.Present && cueBefore) ? (target - today + 7) % 7 : -((today - target + 7) % 7);
            }
        }

        /// <summary>"the third quarter", "the first half", "last summer", "the spring of 2016".</summary>
        private ResolvedTimex ResolvePartOfYear(TimexFrame f, int? year, Tense tense)
        {
            if (year == null)
            {
                if (reference == null)
                {
                    return Unresolved(f);
                }

                var r = reference.Value;
                year = r.Year;
                if (f.Quarter != null)
                {
                    // Business news reports on quarters of the current year; a later quarter in past tense is last year's.
                    var current = ((r.Month - 1) / 3) + 1;
                    if (tense == Tense.Past && f.Quarter > current)
                    {
                        year--;
                    }
                }
                else if (f.Season != null)
                {
                    year = YearOfBareSeason(r, f.Season.Value, f.Direction, tense);
                }
            }

            if (year < 1 || year > 9999)
            {
                return Unresolved(f);
            }

            if (f.Quarter != null)
            {
                return Quarter(year.Value, f.Quarter.Value, f.Type);
            }

            if (f.Half != null)
            {
                var hs = new DateTime(year.Value, f.Half.Value == 1 ? 1 : 7, 1);
                return new ResolvedTimex(IsoValue.Year(year.Value) + "-H" + f.Half.Value.ToString(Inv), f.Type, TimePrecision.Half, hs, hs.AddMonths(6).AddDays(-1));
            }

            // Meteorological seasons: spring from March, summer from June, fall from September, winter from December.
            var seasonStart = new DateTime(year.Value, f.Season!.Value == 4 ? 12 : f.Season.Value * 3, 1);
            return new ResolvedTimex(IsoValue.Year(year.Value) + "-" + TimeVocabulary.SeasonCodes[f.Season.Value], f.Type, TimePrecision.Season, seasonStart, seasonStart.AddMonths(3).AddDays(-1));
        }

        /// <summary>
        /// The year of a season named without one. Seasons run spring, summer, fall, winter within a "season year"; January
        /// and February belong to the winter that began the year before. A season is named by the year it starts in.
        /// </summary>
        private static int YearOfBareSeason(DateTime r, int s, Direction written, Tense tense)
        {
            var current = SeasonOf(r.Month);
            var seasonYear = r.Month <= 2 ? r.Year - 1 : r.Year;
            var direction = written == Direction.ByTense
                ? (tense == Tense.Past ? Direction.StrictPast : tense == Tense.Future ? Direction.StrictFuture : Direction.Same)
                : written;
            switch (direction)
            {
                case Direction.StrictPast:
                    return s < current || (written == Direction.ByTense && s == current) ? seasonYear : seasonYear - 1;
                case Direction.StrictFuture:
                    return s > current || (written == Direction.ByTense && s == current) ? seasonYear : seasonYear + 1;
                default:
                    return s == current ? seasonYear : r.Year;
            }
        }

        /// <summary>Whether <paramref name="d"/> suits the tense better than <paramref name="best"/> as the year of a month and day.</summary>
        private static bool Better(DateTime d, DateTime? best, DateTime r, Tense tense, Direction direction, bool ownVerb, bool cueBefore)
        {
            // A written day of the month is near the reference date: the tense decides, but a date within three months on the
            // other side still wins ("said the offer expires Dec. 15" in late October), unless the past verb is the date's
            // own ("the quarter ended Oct. 31" in late October is last year's). A present-tense verb before the date is a
            // timetable's, as for a month or a weekday ("takes office on Jan. 6" in June is next January's).
            bool Allowed(DateTime x) => direction == Direction.StrictPast ? x < r
                : direction == Direction.StrictFuture ? x > r
                : tense == Tense.Past ? x <= r.AddDays(ownVerb ? 0 : 90)
                : tense == Tense.Future || (tense == Tense.Present && cueBefore) ? x >= r.AddDays(-90)
                : true;

            if (!Allowed(d))
            {
                return false;
            }

            if (best == null)
            {
                return true;
            }

            return Math.Abs((d - r).TotalDays) < Math.Abs((best.Value - r).TotalDays);
        }

        private ResolvedTimex Shift(DateTime anchor, TimeUnit unit, int offset, TimexFrame f)
        {
            switch (unit)
            {
                case TimeUnit.Second:
                case TimeUnit.Minute:
                case TimeUnit.Hour:
                case TimeUnit.Day:
                    return Day(unit == TimeUnit.Day ? anchor.AddDays(offset) : anchor, f);
                case TimeUnit.Week:
                case TimeUnit.Fortnight:
                    return Week(anchor.AddDays(7 * offset * (unit == TimeUnit.Fortnight ? 2 : 1)), f.Type, false);
                case TimeUnit.Weekend:
                    return Week(anchor.AddDays(7 * offset), f.Type, true);
                case TimeUnit.Month:
                    var m = new DateTime(anchor.Year, anchor.Month, 1).AddMonths(offset);
                    return new ResolvedTimex(IsoValue.YearMonth(m.Year, m.Month), f.Type, TimePrecision.Month, m, m.AddMonths(1).AddDays(-1));
                case TimeUnit.Quarter:
                    var qm = new DateTime(anchor.Year, (((anchor.Month - 1) / 3) * 3) + 1, 1).AddMonths(3 * offset);
                    return Quarter(qm.Year, ((qm.Month - 1) / 3) + 1, f.Type);
                case TimeUnit.Half:
                    var hm = new DateTime(anchor.Year, anchor.Month <= 6 ? 1 : 7, 1).AddMonths(6 * offset);
                    return new ResolvedTimex(IsoValue.Year(hm.Year) + "-H" + (hm.Month == 1 ? "1" : "2"), f.Type, TimePrecision.Half, hm, hm.AddMonths(6).AddDays(-1));
                case TimeUnit.Year:
                    var y = anchor.Year + offset;
                    if (f.FollowTopic && reportedQuarter > 0 && !spanTopic && f.Kind == FrameKind.Relative)
                    {
                        return Quarter(reportedQuarterYear + offset, reportedQuarter, f.Type);
                    }

                    return y < 1 || y > 9999 ? Unresolved(f) : new ResolvedTimex(IsoValue.Year(y), f.Type, TimePrecision.Year, new DateTime(y, 1, 1), new DateTime(y, 12, 31));
                case TimeUnit.Decade:
                    var dec = (anchor.Year / 10) + offset;
                    return dec < 1 || dec > 999 ? Unresolved(f) : new ResolvedTimex(dec.ToString("000", Inv) + "X", f.Type, TimePrecision.Decade, new DateTime(dec * 10, 1, 1), new DateTime((dec * 10) + 9, 12, 31));
                case TimeUnit.Century:
                    var cen = (anchor.Year / 100) + offset;
                    return cen < 1 || cen > 99 ? Unresolved(f) : new ResolvedTimex(cen.ToString("00", Inv), f.Type, TimePrecision.Century, new DateTime(cen * 100, 1, 1), new DateTime((cen * 100) + 99, 12, 31));
                default:
                    return Unresolved(f);
            }
        }

        private static ResolvedTimex Day(DateTime d, TimexFrame f)
        {
            var value = IsoValue.Date(d);
            var precision = TimePrecision.Day;
            if (f.Hour != null)
            {
                value += "T" + f.Hour.Value.ToString("00", Inv) + ":" + (f.Minute ?? 0).ToString("00", Inv) + Zone(f.ZoneOffset);
                precision = TimePrecision.Minute;
            }
            else if (f.PartOfDay > 0)
            {
                value += "T" + TimeVocabulary.PartOfDayCodes[f.PartOfDay];
                precision = TimePrecision.PartOfDay;
            }

            return new ResolvedTimex(value, f.Type, precision, d, d);
        }

        /// <summary>A written zone as ISO 8601 puts it after a clock time: "Z" for UTC, else the offset ("-05:00").</summary>
        private static string Zone(int? offset)
        {
            if (offset == null)
            {
                return "";
            }

            if (offset == 0)
            {
                return "Z";
            }

            var minutes = Math.Abs(offset.Value);
            return (offset < 0 ? "-" : "+") + (minutes / 60).ToString("00", Inv) + ":" + (minutes % 60).ToString("00", Inv);
        }

        private static ResolvedTimex Quarter(int year, int quarter, TimexType type)
        {
            if (year < 1 || year > 9999 || quarter < 1 || quarter > 4)
            {
                return new ResolvedTimex(null, type, TimePrecision.Unknown, null, null);
            }

            var start = new DateTime(year, ((quarter - 1) * 3) + 1, 1);
            return new ResolvedTimex(IsoValue.Quarter(year, quarter), type, TimePrecision.Quarter, start, start.AddMonths(3).AddDays(-1));
        }

        private static ResolvedTimex Week(DateTime d, TimexType type, bool weekend)
        {
            var monday = d.AddDays(1 - IsoDay(d));
            var thursday = monday.AddDays(3);
            var week = ((thursday.DayOfYear - 1) / 7) + 1;
            var value = IsoValue.Year(thursday.Year) + "-W" + week.ToString("00", Inv) + (weekend ? "-WE" : "");
            return weekend
                ? new ResolvedTimex(value, type, TimePrecision.Week, monday.AddDays(5), monday.AddDays(6))
                : new ResolvedTimex(value, type, TimePrecision.Week, monday, monday.AddDays(6));
        }

        private static int IsoDay(DateTime d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;

        private static int SeasonOf(int month) => month >= 3 && month <= 5 ? 1 : month >= 6 && month <= 8 ? 2 : month >= 9 && month <= 11 ? 3 : 4;

        private static int DaysIn(int year, int month) => year >= 1 && year <= 9999 && month >= 1 && month <= 12 ? DateTime.DaysInMonth(year, month) : 0;

        /// <summary>The precision of a date counted in <paramref name="unit"/> (a day for any unit without a precision of its own here).</summary>
        internal static TimePrecision PrecisionOf(TimeUnit unit) => unit switch
        {
            TimeUnit.Day => TimePrecision.Day,
            TimeUnit.Week => TimePrecision.Week,
            TimeUnit.Month => TimePrecision.Month,
            TimeUnit.Quarter => TimePrecision.Quarter,
            TimeUnit.Year => TimePrecision.Year,
            _ => TimePrecision.Day,
        };
    }
}
