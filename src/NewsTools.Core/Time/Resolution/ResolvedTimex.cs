using System;

namespace NewsTools.Time.Resolution
{
    /// <summary>A frame placed on the calendar.</summary>
    internal readonly struct ResolvedTimex
    {
        public ResolvedTimex(string? value, TimexType type, TimePrecision precision, DateTime? start, DateTime? end)
        {
            Value = value;
            Type = type;
            Precision = precision;
            Start = start;
            End = end;
        }

        public string? Value { get; }

        public TimexType Type { get; }

        public TimePrecision Precision { get; }

        public DateTime? Start { get; }

        public DateTime? End { get; }
    }
}
