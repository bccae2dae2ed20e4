using System.Runtime.CompilerServices;
using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Parsers
{
    /// <summary>Fixed-date holidays from the vocabulary: "Christmas", "Christmas 2017", "Halloween".</summary>
    internal sealed class HolidayParser : ITimeParser
    {
        /// <summary>Begins at a holiday's name.</summary>
        public ParserStart Start { get; } = ParserStart.At(LexKind.Holiday);

        [MethodImpl(HotPath.Optimize)]
        public TimexCandidate? TryParse(TimeScan s, int i)
        {
            if (!s.Is(i, LexKind.Holiday, out var holiday) || !s.Capitalized(i))
            {
                return null;
            }

            var frame = new TimexFrame { Month = holiday.Value / 100, Day = holiday.Value % 100 };
            var end = i + 1;
            if (s.OnLine(end) && YearParser.IsBareYear(s, end, true))
            {
                frame.Year = s.Tokens[end].Number;
                end++;
            }

            return new TimexCandidate(i, end, frame);
        }
    }
}
