using System.Runtime.CompilerServices;
using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Parsers
{
    /// <summary>"that year", "that month", "that quarter": the one the text is talking about.</summary>
    internal sealed class DemonstrativeParser : ITimeParser
    {
        /// <summary>Begins at "that day".</summary>
        public ParserStart Start { get; } = ParserStart.At().OrModifiers(Mod.That);

        [MethodImpl(HotPath.Optimize)]
        public TimexCandidate? TryParse(TimeScan s, int i)
        {
            if (!s.Mod(i, Mod.That) || !s.OnLine(i + 1) || !s.Unit(i + 1, out var unit, out var plural) || plural)
            {
                return null;
            }

            switch (unit)
            {
                case TimeUnit.Year:
                case TimeUnit.Month:
                case TimeUnit.Week:
                case TimeUnit.Day:
                    return new TimexCandidate(i, i + 2, TimexFrame.Anaphoric(unit, 0));
                case TimeUnit.Quarter:
                    return new TimexCandidate(i, i + 2, new TimexFrame { Kind = FrameKind.CurrentTopicQuarter });
                default:
                    return null;
            }
        }
    }
}
