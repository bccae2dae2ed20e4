using System.Runtime.CompilerServices;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Parsers
{
    /// <summary>How a frame is anchored to the calendar.</summary>
    internal enum FrameKind : byte
    {
        /// <summary>Calendar fields as written (year, month, day, weekday, quarter...); missing ones come from the reference date.</summary>
        Calendar,

        /// <summary>An offset in <see cref="TimexFrame.Unit"/> from the reference date ("last year", "two days ago").</summary>
        Relative,

        /// <summary>An offset from the last date the text mentioned ("a year earlier", "the year-ago quarter").</summary>
        Anaphoric,

        /// <summary>The quarter under discussion ("the quarter", "the latest period").</summary>
        CurrentTopicQuarter,

        Duration,

        Set,

        /// <summary>PRESENT_REF, PAST_REF, FUTURE_REF.</summary>
        Reference,

        /// <summary>A value needing no anchor ("197X", "19" for the 20th century).</summary>
        Fixed,
    }

    /// <summary>Which occurrence a bare month, weekday or season means.</summary>
    internal enum Direction : byte
    {
        /// <summary>Decided by the tense of the clause, leaning to the past as news does.</summary>
        ByTense,

        /// <summary>"last August": the latest one strictly before the reference date's period.</summary>
        StrictPast,

        /// <summary>"next Friday": the first one strictly after.</summary>
        StrictFuture,

        /// <summary>"this September": the one in the reference date's year (or week).</summary>
        Same,
    }

    /// <summary>What a parser understood, before it is resolved against a reference date.</summary>
    internal sealed class TimexFrame
    {
        // The optional numbers are kept as plain ints with one bit each saying whether they are set: a nullable int takes
        // twice the room, and a frame is made for every expression found.
        private int present;
        private int year;
        private int month;
        private int day;
        private int weekday;
        private int quarter;
        private int half;
        private int season;
        private int hour;
        private int minute;
        private int yearOffset;
        private int amount;
        private int zoneOffset;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int? Get(int bit, int value) => (present & (1 << bit)) != 0 ? value : (int?)null;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Set(int bit, ref int field, int? value)
        {
            if (value.HasValue)
            {
                field = value.GetValueOrDefault();
                present |= 1 << bit;
            }
            else
            {
                field = 0;
                present &= ~(1 << bit);
            }
        }

        public FrameKind Kind;
        public TimexType Type = TimexType.Date;

        public int? Year { get => Get(0, year); set => Set(0, ref year, value); }
        public int? Month { get => Get(1, month); set => Set(1, ref month, value); }
        public int? Day { get => Get(2, day); set => Set(2, ref day, value); }
        public int? Weekday { get => Get(3, weekday); set => Set(3, ref weekday, value); }
        public int? Quarter { get => Get(4, quarter); set => Set(4, ref quarter, value); }
        public int? Half { get => Get(5, half); set => Set(5, ref half, value); }
        public int? Season { get => Get(6, season); set => Set(6, ref season, value); }
        public int? Hour { get => Get(7, hour); set => Set(7, ref hour, value); }
        public int? Minute { get => Get(8, minute); set => Set(8, ref minute, value); }
        public int PartOfDay;

        /// <summary>Year relative to the reference date ("June last year": -1) when no year is written.</summary>
        public int? YearOffset { get => Get(9, yearOffset); set => Set(9, ref yearOffset, value); }

        /// <summary>The written date cannot exist (February 30, year 99999): reported unresolved.</summary>
        public bool Invalid;

        public Direction Direction;

        public TimeUnit Unit;
        public int Offset;

        /// <summary>Duration amount; null for an unspecified one ("several years" is PXY).</summary>
        public int? Amount { get => Get(10, amount); set => Set(10, ref amount, value); }

        /// <summary>A named day ("Thanksgiving", "Christmas Eve"): its date in the year the text means.</summary>
        public HolidayRule? Holiday;

        /// <summary>The week of the named day ("Thanksgiving week"), not the day.</summary>
        public bool HolidayWeek;

        /// <summary>The clock time's zone, minutes east of UTC ("EST" -300), when one is written.</summary>
        public int? ZoneOffset { get => Get(11, zoneOffset); set => Set(11, ref zoneOffset, value); }

        /// <summary>The clause's tense cue stands before the expression ("faces re-election in November"), set by the tagger.</summary>
        public bool TenseCueBefore;

        /// <summary>The cue is a simple past verb the expression dates itself ("ended Oct. 31"), set by the tagger.</summary>
        public bool OwnPastVerb;

        /// <summary>Half a unit more than <see cref="Amount"/>: "2 1/2 years", "a minute and a half", "a half-hour" (amount 0).</summary>
        public bool PlusHalf;

        public string? Fixed;

        /// <summary>A "year-ago"/"year-earlier" frame that should follow the granularity of the date under discussion.</summary>
        public bool FollowTopic;

        public TimePrecision FixedPrecision;

        /// <summary>"the latest quarter": the last quarter that has ended, whatever the text discussed before.</summary>
        public bool Latest;

        /// <summary>A period of a fiscal year ("the fiscal second quarter"), numbered from the company's own year start.</summary>
        public bool Fiscal;

        /// <summary>Back to a blank frame, as <c>new TimexFrame()</c> makes it: the tagger reuses its frames paragraph after paragraph (TimexPool).</summary>
        internal void Clear()
        {
            present = 0;
            year = month = day = weekday = quarter = half = season = hour = minute = yearOffset = amount = zoneOffset = 0;
            Kind = FrameKind.Calendar;
            Type = TimexType.Date;
            PartOfDay = 0;
            Invalid = false;
            Direction = Direction.ByTense;
            Unit = TimeUnit.None;
            Offset = 0;
            Holiday = null;
            HolidayWeek = false;
            TenseCueBefore = false;
            OwnPastVerb = false;
            PlusHalf = false;
            Fixed = null;
            FollowTopic = false;
            FixedPrecision = default;
            Latest = false;
            Fiscal = false;
        }
    }

    /// <summary>A parser's finding: a token range and its frame.</summary>
    internal sealed class TimexCandidate
    {
        public TimexCandidate(int first, int end, TimexFrame frame)
        {
            First = first;
            End = end;
            Frame = frame;
        }

        /// <summary>First token.</summary>
        public int First;

        /// <summary>One past the last token.</summary>
        public int End;

        public TimexFrame Frame;

        public int Length => End - First;
    }
}
