using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Parsers
{
    /// <summary>
    /// Weekdays, with a part of the day ("Saturday night"); plurals ("on Mondays", "Tuesday nights") are sets, and so is a
    /// weekday coordinated with one, sharing its part of the day ("Monday and Tuesday nights": Monday nights).
    /// </summary>
    internal sealed class WeekdayParser : ITimeParser
    {
        /// <summary>Begins at a weekday.</summary>
        public ParserStart Start { get; } = ParserStart.At(LexKind.Weekday);

        public TimexCandidate? TryParse(TimeScan s, int i)
        {
            if (!s.Is(i, LexKind.Weekday, out var wd) || !s.Capitalized(i))
            {
                return null;
            }

            var frame = s.Pool.Calendar(weekday: wd.Value);
            var end = i + 1;
            var plural = wd.Value2 == 1;
            if (s.OnLine(end) && s.Is(end, LexKind.PartOfDay, out var part) && part.Value2 != 2)
            {
                frame.PartOfDay = part.Value;
                frame.Type = TimexType.Time;
                plural |= part.Value2 == 1;
                end++;
            }

            else if (!plural && s.OnLine(end) && (s.Mod(end, Mod.And) || s.Mod(end, Mod.Or)) && s.OnLine(end + 1) && s.Is(end + 1, LexKind.Weekday)
                && s.OnLine(end + 2) && s.Is(end + 2, LexKind.PartOfDay, out var shared) && shared.Value2 == 1)
            {
                // "on Monday and Tuesday nights": the first weekday shares the plural part of the day, a set as the second.
                frame.PartOfDay = shared.Value;
                plural = true;
            }

            if (plural)
            {
                var value = "XXXX-WXX-" + wd.Value + (frame.PartOfDay > 0 ? "T" + TimeVocabulary.PartOfDayCodes[frame.PartOfDay] : "");
                return s.Pool.Candidate(i, end, s.Pool.FixedValue(value, TimexType.Set, TimePrecision.Day));
            }

            return s.Pool.Candidate(i, end, frame);
        }
    }
}
