using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Parsers
{
    /// <summary>
    /// A weekday counted within a month: "the last Friday of April", "the first Monday in May 2019", "the third Thursday of
    /// November". One day, placed in a year as a named day is (the rule of a holiday such as Thanksgiving, "11/thu/4"), not
    /// "last Friday" and a month apart.
    /// </summary>
    internal sealed class WeekdayOfMonthParser : ITimeParser
    {
        /// <summary>Begins at the ordinal or "last", or at "the" before it.</summary>
        public ParserStart Start { get; } = ParserStart.At(LexKind.Ordinal).OrModifiers(Mod.The, Mod.Last, Mod.Final);

        // The fifth is the most a month holds of one weekday.
        private const int MaxCount = 5;

        public TimexCandidate? TryParse(TimeScan s, int i)
        {
            var j = s.Mod(i, Mod.The) ? i + 1 : i;
            int nth;
            if (s.Is(j, LexKind.Ordinal, out var ordinal) && ordinal.Value <= MaxCount)
            {
                nth = ordinal.Value;
            }
            else if (s.Mod(j, Mod.Last) || s.Mod(j, Mod.Final))
            {
                nth = -1;
            }
            else
            {
                return null;
            }

            if (!s.OnLine(j) || !s.OnLine(j + 1) || !s.Is(j + 1, LexKind.Weekday, out var weekday) || weekday.Value2 == 1 || !s.Capitalized(j + 1) ||
                !s.OnLine(j + 2) || !(s.Mod(j + 2, Mod.Of) || s.Mod(j + 2, Mod.In)) || !s.OnLine(j + 3) || !s.Is(j + 3, LexKind.Month, out var month) ||
                !s.Capitalized(j + 3))
            {
                return null;
            }

            var frame = s.Pool.Frame();
            frame.Holiday = HolidayRule.WeekdayOfMonth(month.Value, weekday.Value, nth);
            var end = j + 4;
            if (s.OnLine(end) && YearParser.IsBareYear(s, end, true))
            {
                frame.Year = s.Tokens[end].Number;
                end++;
            }

            return s.Pool.Candidate(i, end, frame);
        }
    }
}
