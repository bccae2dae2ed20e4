using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Parsers
{
    /// <summary>
    /// "that year", "that month", "that quarter", "that same day", "the same week", "that night": the one the text is
    /// talking about, not the one of the article's date.
    /// </summary>
    internal sealed class DemonstrativeParser : ITimeParser
    {
        /// <summary>Begins at "that day", "the same day": "that" before a unit, a part of the day or "same", "the" before "same".</summary>
        public ParserStart Start { get; } = ParserStart.At().OrModifiers(Mod.That, Mod.The).BeforeOnly(false, false, LexKind.Modifier, LexKind.PartOfDay, LexKind.Unit);

        public TimexCandidate? TryParse(TimeScan s, int i)
        {
            var that = s.Mod(i, Mod.That);
            if (!that && !s.Mod(i, Mod.The))
            {
                return null;
            }

            // "the" needs "same" ("the same day"); "that" may take it ("that same day").
            var j = i + 1;
            if (s.OnLine(j) && s.Mod(j, Mod.Same))
            {
                j++;
            }
            else if (!that)
            {
                return null;
            }

            if (!s.OnLine(j))
            {
                return null;
            }

            // "that night", "the same morning": a part of the narrative's day.
            if (s.Is(j, LexKind.PartOfDay, out var part) && part.Value2 == 0)
            {
                var frame = s.Pool.Anaphoric(TimeUnit.Day, 0);
                frame.PartOfDay = part.Value;
                frame.Type = TimexType.Time;
                return s.Pool.Candidate(i, j + 1, frame);
            }

            if (!s.Unit(j, out var unit, out var plural) || plural)
            {
                return null;
            }

            switch (unit)
            {
                case TimeUnit.Year:
                case TimeUnit.Month:
                case TimeUnit.Week:
                case TimeUnit.Day:
                    return s.Pool.Candidate(i, j + 1, s.Pool.Anaphoric(unit, 0));
                case TimeUnit.Quarter:
                    return s.Pool.Candidate(i, j + 1, s.Pool.TopicQuarter());
                default:
                    return null;
            }
        }
    }
}
