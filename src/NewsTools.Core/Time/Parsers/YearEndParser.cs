using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Parsers
{
    /// <summary>"year-end", "year end", "year's end": the end of the current year.</summary>
    internal sealed class YearEndParser : ITimeParser
    {
        /// <summary>Begins at "year-end", "year-earlier".</summary>
        public ParserStart Start { get; } = ParserStart.At(LexKind.Unit);

        public TimexCandidate? TryParse(TimeScan s, int i)
        {
            if (!s.Unit(i, out var unit, out var plural) || unit != TimeUnit.Year || plural)
            {
                return null;
            }

            var k = i + 1;
            if (s.Punct(k, '-') && s.Joined(k) && s.Joined(k + 1))
            {
                k++;
            }
            else if (s.Punct(k, '\'') && s.Joined(k) && s.Word(k + 1, "s") && s.Joined(k + 1) && s.OnLine(k + 2))
            {
                k += 2;
            }

            if (k < s.Count && s.OnLine(k) && s.Mod(k, Mod.End))
            {
                return s.Pool.Candidate(i, k + 1, s.Pool.Relative(TimeUnit.Year, 0));
            }

            return null;
        }
    }
}
