using System;
using System.Collections.Generic;
using NewsTools.Engine;

namespace NewsTools.Time
{
    /// <summary>TIMEX3 types.</summary>
    [Newtonsoft.Json.JsonConverter(typeof(Newtonsoft.Json.Converters.StringEnumConverter))]
    public enum TimexType
    {
        Date,
        Time,
        Duration,
        Set,
    }

    /// <summary>How fine a resolved value is.</summary>
    [Newtonsoft.Json.JsonConverter(typeof(Newtonsoft.Json.Converters.StringEnumConverter))]
    public enum TimePrecision
    {
        Unknown,
        Minute,
        Hour,
        PartOfDay,
        Day,
        Week,
        Month,
        Season,
        Quarter,
        Half,
        Year,
        Decade,
        Century,
    }

    [Newtonsoft.Json.JsonConverter(typeof(Newtonsoft.Json.Converters.StringEnumConverter))]
    public enum Tense
    {
        Unknown,
        Past,
        Present,
        Future,
    }

    /// <summary>A time expression found in a text, with its TIMEX3 value.</summary>
    public sealed class TimeExpression
    {
        // The dates without Nullable's padding and the enums in a byte each: one is made for every expression of every
        // article, and the object takes 80 bytes rather than 104.
        private OptionalDates dates;
        private byte type;
        private byte precision;
        private byte tense;

        /// <summary>The expression as written, without leading "on", "since", "about".</summary>
        public string Text { get; internal set; } = "";

        public TimexType Type { get => (TimexType)type; internal set => type = (byte)value; }

        /// <summary>TIMEX3 value ("2018-01-28", "2017-08", "197X", "P2D", "PRESENT_REF"), or null when it cannot be resolved.</summary>
        public string? Value { get; internal set; }

        public TimePrecision Precision { get => (TimePrecision)precision; internal set => precision = (byte)value; }

        /// <summary>First day the value covers, when it is a resolved calendar date.</summary>
        public DateTime? Date { get => dates.Start; internal set => dates.Start = value; }

        /// <summary>Last day the value covers.</summary>
        public DateTime? End { get => dates.End; internal set => dates.End = value; }

        public bool IsResolved => Value != null;

        public string ArticleId { get; internal set; } = "";

        public int Start { get; internal set; }

        /// <summary>End offset (exclusive) in the article text as given.</summary>
        public int EndOffset { get; internal set; }

        public int Paragraph { get; internal set; }

        public bool IsCaption { get; internal set; }

        public Tense Tense { get => (Tense)tense; internal set => tense = (byte)value; }

        public override string ToString() => Text + " = " + (Value ?? "?");
    }

    /// <summary>An outlet's report of an event, kept with its own wording.</summary>
    public sealed class EventSource
    {
        public string? Outlet { get; internal set; }

        public string ArticleId { get; internal set; } = "";

        /// <summary>The clause or sentence that reports the event in this article.</summary>
        public string Text { get; internal set; } = "";

        public string Expression { get; internal set; } = "";

        public override string ToString() => (Outlet ?? ArticleId) + ": " + Text;
    }

    /// <summary>One dated event on a timeline, possibly reported by several articles.</summary>
    public sealed class TimelineEvent
    {
        // As in TimeExpression: one is made for every dated event, and the object takes 104 bytes rather than 120.
        private OptionalDates dates;
        private byte type;
        private byte precision;
        private byte tense;

        public DateTime? Date { get => dates.Start; internal set => dates.Start = value; }

        public DateTime? End { get => dates.End; internal set => dates.End = value; }

        public string? Value { get; internal set; }

        public TimexType Type { get => (TimexType)type; internal set => type = (byte)value; }

        public TimePrecision Precision { get => (TimePrecision)precision; internal set => precision = (byte)value; }

        /// <summary>The time expression as written (first source).</summary>
        public string Expression { get; internal set; } = "";

        /// <summary>What happened: the clause or sentence around the expression (first source).</summary>
        public string Event { get; internal set; } = "";

        /// <summary>The main verb of the event clause.</summary>
        public string? Verb { get; internal set; }

        private IReadOnlyList<string> actors = JoinedList<string>.Empty;

        public IReadOnlyList<string> Actors { get => actors; internal set => actors = JoinedList.Of(value); }

        private IReadOnlyList<EventSource> sources = JoinedList<EventSource>.Empty;

        public IReadOnlyList<EventSource> Sources { get => sources; internal set => sources = JoinedList.Of(value); }

        private IReadOnlyList<string> outlets = JoinedList<string>.Empty;

        /// <summary>The outlets reporting the event, each once (the article id where the outlet is unknown), for tables and grouping.</summary>
        public IReadOnlyList<string> Outlets { get => outlets; internal set => outlets = JoinedList.Of(value); }

        public bool IsCaption { get; internal set; }

        public Tense Tense { get => (Tense)tense; internal set => tense = (byte)value; }

        public override string ToString() => (Value ?? "?") + " " + Event;
    }

    /// <summary>
    /// A first and a last day, each optional, in 24 bytes where two nullable dates take 32 (each pads its flag to eight):
    /// time expressions and timeline events hold one, and are made by the dozen per article.
    /// </summary>
    internal struct OptionalDates
    {
        private DateTime start;
        private DateTime end;
        private bool hasStart;
        private bool hasEnd;

        public DateTime? Start { get => Get(hasStart, start); set => Set(out hasStart, out start, value); }

        public DateTime? End { get => Get(hasEnd, end); set => Set(out hasEnd, out end, value); }

        private static DateTime? Get(bool has, DateTime value) => has ? value : (DateTime?)null;

        private static void Set(out bool has, out DateTime field, DateTime? value)
        {
            has = value.HasValue;
            field = value.GetValueOrDefault();
        }
    }
}
