using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Parsers
{
    /// <summary>
    /// A part of the day placed within it: "mid-afternoon", "late afternoon yesterday", "early morning" (TIMEX3 TIME, the
    /// day and its part: "1989-11-01TAF"), and "overnight", the night before. A bare "afternoon" or "morning" is left alone
    /// ("morning talk shows"); the modifier itself joins in <c>PartOfPeriodRefiner</c>.
    /// </summary>
    internal sealed class PartOfDayParser : ITimeParser
    {
        /// <summary>Begins at "morning", "afternoon", "evening", "night".</summary>
        public ParserStart Start { get; } = ParserStart.At(LexKind.PartOfDay);

        public TimexCandidate? TryParse(TimeScan s, int i)
        {
            if (!s.Is(i, LexKind.PartOfDay, out var part) || !s.OnLine(i))
            {
                return null;
            }

            // "overnight losses in New York": TimeML tags it as the night before the day the story is on, like "the night before".
            if (part.Value2 == 2)
            {
                var night = s.Pool.Anaphoric(TimeUnit.Day, -1);
                night.PartOfDay = part.Value;
                night.Type = TimexType.Time;
                return s.Pool.Candidate(i, i + 1, night);
            }

            if (part.Value2 != 0 || !PlacedInDay(s, i - 1))
            {
                return null;
            }

            // "mid-afternoon yesterday": the day word after it says which day; else the article's.
            var offset = 0;
            var end = i + 1;
            if (s.OnLine(end) && s.Is(end, LexKind.DayWord, out var day) && day.Value != TimeVocabulary.Tonight)
            {
                offset = day.Value;
                end++;
            }

            var frame = s.Pool.Relative(TimeUnit.Day, offset);
            frame.PartOfDay = part.Value;
            frame.Type = TimexType.Time;
            return s.Pool.Candidate(i, end, frame);
        }

        /// <summary>"mid", "mid-", "early", "late" right before the part of the day.</summary>
        private static bool PlacedInDay(TimeScan s, int k) =>
            s.Mod(k, Mod.Mid) || s.Mod(k, Mod.Early) || s.Mod(k, Mod.Late)
            || (s.Punct(k, '-') && s.Joined(k) && s.Joined(k + 1) && s.Mod(k - 1, Mod.Mid));
    }
}
