using NewsTools.Time.Resolution;
using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Parsers
{
    /// <summary>
    /// Periods named relative to now: "last year", "this month", "next week", "the past year", "the current fiscal year",
    /// "last August", "next Friday", "this summer", "the weekend", and spans counted forward or back from now:
    /// "the past two months", "the next three years".
    /// </summary>
    internal sealed class RelativePeriodParser : ITimeParser
    {
        private static readonly MonthDateParser Dated = new MonthDateParser();

        /// <summary>Begins at "the ...", a modifier that needs no article ("last week", "this spring"), or a season ("in early summer").</summary>
        public ParserStart Start { get; } = ParserStart.At(LexKind.Season).OrModifiers(Mod.The, Mod.Last, Mod.Past, Mod.Next, Mod.Coming, Mod.This);

        public TimexCandidate? TryParse(TimeScan s, int i)
        {
            if (s.Is(i, LexKind.Season))
            {
                return BareSeason(s, i);
            }

            if (SameTimeOneAway(s, i) is TimexCandidate sameTime)
            {
                return sameTime;
            }

            var j = i;
            var hasThe = s.Mod(j, Mod.The);
            if (hasThe)
            {
                j++;
            }
            else if (s.Mod(j, Mod.This) && (s.Mod(j + 1, Mod.Coming) || s.Mod(j + 1, Mod.Past)) && s.OnLine(j + 1))
            {
                // "this coming Sunday", "this past spring": "this" belongs to the expression; the second word gives the way.
                j++;
            }

            if ((hasThe && !s.OnLine(j)) || !s.Is(j, LexKind.Modifier, out var modEntry) || !Heading((Mod)modEntry.Value, out var offset, out var direction))
            {
                return hasThe ? Definite(s, i, j) : null;
            }

            // "this" and "past" need no article; "previous", "following", "current", "latest" do.
            var mod = (Mod)modEntry.Value;
            if (!hasThe && (mod == Mod.Previous || mod == Mod.Following || mod == Mod.Latest || mod == Mod.Current))
            {
                return null;
            }

            var k = j + 1;
            if (!s.OnLine(k))
            {
                return null;
            }

            var fiscal = s.Mod(k, Mod.Fiscal);
            if (fiscal)
            {
                k++;
            }

            if (s.Unit(k, out var unit, out var plural) && s.OnLine(k))
            {
                return UnitPeriod(s, i, k, mod, offset, unit, plural, hasThe);
            }

            // "the next morning", "the following night", "the previous evening": a part of a day of the narrative.
            if (hasThe && offset != 0 && (mod == Mod.Next || mod == Mod.Following || mod == Mod.Previous)
                && s.Is(k, LexKind.PartOfDay, out var narrativePart) && narrativePart.Value2 == 0)
            {
                var frame = s.Pool.Anaphoric(TimeUnit.Day, offset);
                frame.PartOfDay = narrativePart.Value;
                frame.Type = TimexType.Time;
                return s.Pool.Candidate(i, k + 1, frame);
            }

            if (fiscal)
            {
                return null;
            }

            // Months, weekdays and seasons take "last", "next", "this" without an article ("last August"); with one only
            // "the previous", "the following" ("the following Monday").
            return CountedSpan(s, i, k, mod) ?? (hasThe && mod != Mod.Previous && mod != Mod.Following ? null : CalendarName(s, i, k, mod, direction));
        }

        /// <summary>
        /// "this time last year", "the same time next year", "this time last week": the same point of the year or week, one
        /// away; not the whole year or week, so the month a year off, or the day a week off.
        /// </summary>
        private static TimexCandidate? SameTimeOneAway(TimeScan s, int i)
        {
            var j = s.Mod(i, Mod.This) ? i + 1 : s.Mod(i, Mod.The) && s.Mod(i + 1, Mod.Same) && s.OnLine(i + 1) ? i + 2 : -1;
            if (j < 0 || !s.Mod(j, Mod.Time) || !s.OnLine(j) || !s.OnLine(j + 1) || !s.OnLine(j + 2))
            {
                return null;
            }

            var offset = s.Mod(j + 1, Mod.Last) ? -1 : s.Mod(j + 1, Mod.Next) ? 1 : 0;
            if (offset == 0 || !s.Unit(j + 2, out var unit, out var plural) || plural)
            {
                return null;
            }

            var frame = unit == TimeUnit.Year ? s.Pool.Relative(TimeUnit.Month, 12 * offset)
                : unit == TimeUnit.Week ? s.Pool.Relative(TimeUnit.Day, 7 * offset)
                : null;
            return frame == null ? null : s.Pool.Candidate(i, j + 3, frame);
        }

        /// <summary>Which way a modifier points: back ("last", "past", "previous", "latest"), on ("next", "coming", "following"), or at now.</summary>
        private static bool Heading(Mod mod, out int offset, out Direction direction)
        {
            switch (mod)
            {
                case Mod.Last:
                case Mod.Past:
                case Mod.Previous:
                case Mod.Latest:
                    offset = -1;
                    direction = Direction.StrictPast;
                    return true;
                case Mod.Next:
                case Mod.Coming:
                case Mod.Following:
                    offset = 1;
                    direction = Direction.StrictFuture;
                    return true;
                case Mod.This:
                case Mod.Current:
                    offset = 0;
                    direction = Direction.Same;
                    return true;
                default:
                    offset = 0;
                    direction = Direction.ByTense;
                    return false;
            }
        }

        /// <summary>
        /// A season named without an article, in lower case, after "in" or a part of a period: "in summer", "in early spring",
        /// "late fall", "mid-winter" (the part joins it in <c>PartOfPeriodRefiner</c>, with the article of "the early summer"),
        /// or before a year after any word ("in spring 2006", "for autumn 2027").
        /// The tense says which one. A capitalised "Spring" or a season after any other word ("hot spring") is left alone.
        /// </summary>
        private static TimexCandidate? BareSeason(TimeScan s, int i)
        {
            if (!s.Is(i, LexKind.Season, out var season) || season.Value2 != 0 || s.Capitalized(i) || !s.OnLine(i))
            {
                return null;
            }

            // "in spring 2006", "in late summer 2004", "planned for autumn 2027": the year written after it makes it a season
            // whatever word stands before.
            if (s.OnLine(i + 1) && YearParser.IsBareYear(s, i + 1, true))
            {
                return s.Pool.Candidate(i, i + 2, s.Pool.Calendar(year: s.Tokens[i + 1].Number, season: season.Value));
            }

            var k = s.Punct(i - 1, '-') && s.Joined(i) && s.Joined(i - 1) ? i - 2 : i - 1;
            if (!(s.Mod(k, Mod.In) || s.Mod(k, Mod.Early) || s.Mod(k, Mod.Late) || s.Mod(k, Mod.Mid)) || !s.In(k) || (k < i - 1 && !s.Mod(k, Mod.Mid)))
            {
                return null;
            }

            return s.Pool.Candidate(i, i + 1, s.Pool.Calendar(season: season.Value));
        }

        /// <summary>"last year", "this month", "the following week", "the latest quarter"; plural units are vague spans.</summary>
        private static TimexCandidate? UnitPeriod(TimeScan s, int i, int k, Mod mod, int offset, TimeUnit unit, bool plural, bool hasThe)
        {
            // "over the past decade", "for the last decade": the ten years up to now, a span; a calendar decade ("the
            // 1980s") is another thing. "in the last decade" stays a date.
            if (unit == TimeUnit.Decade && !plural && hasThe && (mod == Mod.Past || mod == Mod.Last) && s.IsSpanPreposition(i - 1))
            {
                return s.Pool.Candidate(i, k + 1, s.Pool.Duration(TimeUnit.Decade, 1));
            }

            if (plural)
            {
                // "the past years", "the coming months": vague spans.
                if (mod == Mod.Coming || mod == Mod.Next)
                {
                    return s.Pool.Candidate(i, k + 1, s.Pool.Reference("FUTURE_REF"));
                }

                if (mod == Mod.Past || mod == Mod.Last || mod == Mod.Previous)
                {
                    return s.Pool.Candidate(i, k + 1, s.Pool.Reference("PAST_REF"));
                }

                return null;
            }

            if (unit == TimeUnit.Second || unit == TimeUnit.Minute || unit == TimeUnit.Hour)
            {
                return null;
            }

            if (mod == Mod.Latest && unit == TimeUnit.Quarter)
            {
                return s.Pool.Candidate(i, k + 1, s.Pool.TopicQuarter(latest: true));
            }

            // "the following year", "the previous week": counted from the date under discussion; so is "the next day" (a day
            // after the narrative's), while "next week" and "the next year" count from now.
            var frame = mod == Mod.Following || mod == Mod.Previous || (hasThe && mod == Mod.Next && unit == TimeUnit.Day)
                ? s.Pool.Anaphoric(unit, offset)
                : s.Pool.Relative(unit, offset);
            return s.Pool.Candidate(i, k + 1, frame);
        }

        /// <summary>"the past two months", "the next three years", "the last few days": durations.</summary>
        private static TimexCandidate? CountedSpan(TimeScan s, int i, int k, Mod mod)
        {
            if (mod == Mod.Past || mod == Mod.Last || mod == Mod.Next || mod == Mod.Coming || mod == Mod.Previous || mod == Mod.Following)
            {
                var counted = DurationParser.CountedUnits(s, k, out var amount, out var durationUnit);
                if (counted > k)
                {
                    return s.Pool.Candidate(i, counted, s.Pool.Duration(durationUnit, amount));
                }
            }

            return null;
        }

        /// <summary>"last August", "next Friday", "next Friday night", "this summer", "this morning", "last night".</summary>
        private static TimexCandidate? CalendarName(TimeScan s, int i, int k, Mod mod, Direction direction)
        {
            if (MonthDateParser.IsMonthAt(s, k))
            {
                s.Is(k, LexKind.Month, out var month);
                return s.Pool.Candidate(i, k + 1, s.Pool.Calendar(month: month.Value, direction: direction));
            }

            if (s.Is(k, LexKind.Weekday, out var weekday) && weekday.Value2 == 0 && s.Capitalized(k))
            {
                // "next Sunday, March 8": the written date says which Sunday, as in "Sunday, March 8".
                var dated = Dated.TryParse(s, k);
                if (dated != null && dated.Frame.Month != null && dated.Frame.Day != null)
                {
                    return s.Pool.Candidate(i, dated.End, dated.Frame);
                }

                // "the previous Friday", "the following Monday": the one before or after the day under discussion.
                var frame = s.Pool.Calendar(weekday: weekday.Value, direction: direction);
                frame.FollowTopic = mod == Mod.Previous || mod == Mod.Following;
                var end = k + 1;
                if (s.OnLine(end) && s.Is(end, LexKind.PartOfDay, out var part) && part.Value2 == 0)
                {
                    frame.PartOfDay = part.Value;
                    frame.Type = TimexType.Time;
                    end++;
                }

                return s.Pool.Candidate(i, end, frame);
            }

            if (s.Is(k, LexKind.Season, out var season) && season.Value2 == 0)
            {
                return s.Pool.Candidate(i, k + 1, s.Pool.Calendar(season: season.Value, direction: direction));
            }

            // "this morning", "last night"
            if (s.Is(k, LexKind.PartOfDay, out var partOfDay) && partOfDay.Value2 == 0 && (mod == Mod.This || (mod == Mod.Last && partOfDay.Value == 4)))
            {
                var frame = s.Pool.Relative(TimeUnit.Day, mod == Mod.Last ? -1 : 0);
                frame.PartOfDay = partOfDay.Value;
                frame.Type = TimexType.Time;
                return s.Pool.Candidate(i, k + 1, frame);
            }

            return null;
        }

        /// <summary>
        /// "the year ended March 31", "the year to March 2005" is a twelve-month span (a fiscal year); "for the year", "a high
        /// for the year" mean the current one.
        /// </summary>
        private static TimexFrame TheYear(TimeScan s, int next) =>
            s.OnLine(next) && PeriodEnds.EndWrittenAt(s, next) ? s.Pool.Duration(TimeUnit.Year, 1) : s.Pool.Relative(TimeUnit.Year, 0);

        /// <summary>
        /// "the weeks ahead", and "over the years", "during the months" after a preposition of spans: an unspecified number of
        /// units ("the years of war", "the years 1990 to 1995", "the years from 2006" are other things).
        /// </summary>
        private static TimexCandidate? UnspecifiedUnits(TimeScan s, int i, int j, TimeUnit unit)
        {
            if (unit == TimeUnit.Weekend || unit == TimeUnit.Second)
            {
                return null;
            }

            if (s.Mod(j + 1, Mod.Ahead) && s.OnLine(j + 1))
            {
                return s.Pool.Candidate(i, j + 2, s.Pool.Duration(unit, null));
            }

            if (s.IsSpanPreposition(i - 1) && !(s.OnLine(j + 1) && (s.Mod(j + 1, Mod.Of) || s.IsNumber(j + 1) || s.Mod(j + 1, Mod.Ago) || s.Mod(j + 1, Mod.Before) || s.Mod(j + 1, Mod.After)
                || s.Mod(j + 1, Mod.Between) || s.Word(j + 1, "from"))))
            {
                return s.Pool.Candidate(i, j + 1, s.Pool.Duration(unit, null));
            }

            return null;
        }

        private static bool EndsPhrase(TimeScan s, int k) => !s.OnLine(k) || s.Tokens[k].Kind == TokenKind.Punct;

        /// <summary>
        /// 2 for "after next", -2 for "before last" right after a week, weekend, month or year at <paramref name="j"/>, else 0.
        /// Not when a calendar name or a number follows: "the week before last year's election" is "the week" and "last year".
        /// </summary>
        private static int BeforeLastOrAfterNext(TimeScan s, int j, TimeUnit unit)
        {
            if (!(unit == TimeUnit.Week || unit == TimeUnit.Weekend || unit == TimeUnit.Month || unit == TimeUnit.Year) || !s.OnLine(j + 1) || !s.OnLine(j + 2))
            {
                return 0;
            }

            var step = s.Mod(j + 1, Mod.Before) && s.Mod(j + 2, Mod.Last) ? -2 : s.Mod(j + 1, Mod.After) && s.Mod(j + 2, Mod.Next) ? 2 : 0;
            var k = j + 3;
            var named = s.OnLine(k) && (s.Unit(k, out _, out _) || s.IsNumber(k) || s.Is(k, LexKind.Month) || s.Is(k, LexKind.Weekday) || s.Is(k, LexKind.Season)
                || s.Is(k, LexKind.PartOfDay) || s.Is(k, LexKind.Holiday));
            return named ? 0 : step;
        }

        /// <summary>"the week", "the weekend", "the quarter", "the year", "the day", "the month" with no other modifier.</summary>
        private static TimexCandidate? Definite(TimeScan s, int i, int j)
        {
            if (!s.OnLine(j))
            {
                return null;
            }

            // "the summer": the one the tense points to; "the spring of 2016", "the winter of nineteen ninety-four".
            if (s.Is(j, LexKind.Season, out var season) && season.Value2 == 0)
            {
                if (s.Mod(j + 1, Mod.Of) && s.OnLine(j + 1) && s.OnLine(j + 2))
                {
                    if (YearParser.IsBareYear(s, j + 2, true))
                    {
                        return s.Pool.Candidate(i, j + 3, s.Pool.Calendar(year: s.Tokens[j + 2].Number, season: season.Value));
                    }

                    if (SpokenYearParser.TryParse(s, j + 2, out var spoken, out var afterSpoken))
                    {
                        return s.Pool.Candidate(i, afterSpoken, s.Pool.Calendar(year: spoken, season: season.Value));
                    }

                    return null;
                }

                // "the winter ahead": the coming one, whatever the tense of the clause ("spoke about the winter ahead").
                if (s.Mod(j + 1, Mod.Ahead) && s.OnLine(j + 1))
                {
                    return s.Pool.Candidate(i, j + 2, s.Pool.Calendar(season: season.Value, direction: Direction.StrictFuture));
                }

                return s.Pool.Candidate(i, j + 1, s.Pool.Calendar(season: season.Value));
            }

            // "the full year" is the current one; "the fiscal year" a span like "the year".
            var full = s.Mod(j, Mod.Full) || s.Mod(j, Mod.Whole) || s.Mod(j, Mod.Entire);
            var fiscal = s.Mod(j, Mod.Fiscal);
            if ((full || fiscal) && s.OnLine(j + 1) && s.Unit(j + 1, out var yearUnit, out var yearPlural) && yearUnit == TimeUnit.Year && !yearPlural)
            {
                return s.Pool.Candidate(i, j + 2, full ? s.Pool.Relative(TimeUnit.Year, 0) : TheYear(s, j + 2));
            }

            // "the day before", "the night after": a day of the narrative, when "before"/"after" ends the phrase ("the day
            // before the plunge" is "the day", with a preposition after it).
            if (s.OnLine(j + 1) && (s.Mod(j + 1, Mod.Before) || s.Mod(j + 1, Mod.After)) && EndsPhrase(s, j + 2))
            {
                var shift = s.Mod(j + 1, Mod.Before) ? -1 : 1;
                if (s.Unit(j, out var dayUnit, out var dayPlural) && dayUnit == TimeUnit.Day && !dayPlural)
                {
                    return s.Pool.Candidate(i, j + 2, s.Pool.Anaphoric(TimeUnit.Day, shift));
                }

                if (s.Is(j, LexKind.PartOfDay, out var nightPart) && nightPart.Value2 == 0)
                {
                    var frame = s.Pool.Anaphoric(TimeUnit.Day, shift);
                    frame.PartOfDay = nightPart.Value;
                    frame.Type = TimexType.Time;
                    return s.Pool.Candidate(i, j + 2, frame);
                }
            }

            if (!s.Unit(j, out var unit, out var plural))
            {
                return null;
            }

            if (plural)
            {
                return UnspecifiedUnits(s, i, j, unit);
            }

            // "the year-ago quarter" and "the year earlier" belong to other parsers.
            if (s.Joined(j + 1) && s.Punct(j + 1, '-'))
            {
                return null;
            }

            // "the week after next", "the year before last": two units on from now, or two back.
            var twoAway = BeforeLastOrAfterNext(s, j, unit);
            if (twoAway != 0)
            {
                return s.Pool.Candidate(i, j + 3, s.Pool.Relative(unit, twoAway));
            }

            switch (unit)
            {
                case TimeUnit.Weekend:
                case TimeUnit.Week:
                case TimeUnit.Month:
                case TimeUnit.Day:
                    return s.Pool.Candidate(i, j + 1, s.Pool.Relative(unit, 0));
                case TimeUnit.Quarter:
                    return s.Pool.Candidate(i, j + 1, s.Pool.TopicQuarter());
                case TimeUnit.Year:
                    return s.Pool.Candidate(i, j + 1, TheYear(s, j + 1));
                case TimeUnit.Decade:
                case TimeUnit.Century:
                    // "by the end of the decade", "the start of the century": the current one, as a part of it (PartOfPeriodRefiner
                    // takes the "end of"); alone, "over the decade" is a span, left out.
                    return i >= 2 && s.Mod(i - 1, Mod.Of) && (s.Mod(i - 2, Mod.End) || s.Mod(i - 2, Mod.Beginning) || s.Mod(i - 2, Mod.Start) || s.Mod(i - 2, Mod.Middle))
                        && s.OnLine(i - 1) && s.OnLine(i) ? s.Pool.Candidate(i, j + 1, s.Pool.Relative(unit, 0)) : null;
                default:
                    return null;
            }
        }
    }
}
