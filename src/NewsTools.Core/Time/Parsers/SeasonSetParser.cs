using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Parsers
{
    /// <summary>
    /// A count of one season in the plural is that season recurring, a set: "the past three summers", "two winters"
    /// (XXXX-SU, XXXX-WI). The seasons counted are not one stretch of time, so the phrase is no span; TimeBank writes SET
    /// and the season's code. A bare plural ("hot summers") and a singular ("one summer") are left to the other parsers.
    /// </summary>
    internal sealed class SeasonSetParser : ITimeParser
    {
        /// <summary>Begins at the count, or at "the" and "past"/"last"/"next" before it (or before "past"/"last"/"next", or "a").</summary>
        public ParserStart Start { get; } = ParserStart.At(LexKind.Number).OrNumber().OrModifiers(Mod.The, Mod.Past, Mod.Last, Mod.Next).BeforeOnly(true, false, LexKind.Modifier, LexKind.Number);

        public TimexCandidate? TryParse(TimeScan s, int i)
        {
            var j = i;
            if (s.Mod(j, Mod.The))
            {
                j++;
            }

            if (j > i && !s.OnLine(j))
            {
                return null;
            }

            if (s.Mod(j, Mod.Past) || s.Mod(j, Mod.Last) || s.Mod(j, Mod.Next))
            {
                j++;
                if (!s.OnLine(j))
                {
                    return null;
                }
            }

            if (!s.Amount(j, out var count, out var next) || count < 2 || !s.OnLine(next)
                || !s.Is(next, LexKind.Season, out var season) || season.Value2 != 1 || s.Capitalized(next))
            {
                return null;
            }

            // "two winters ago", "three summers later": a count of seasons as an offset names one point in time, not the season
            // recurring. ("before"/"after" are left: "for 4 summers before she retired" is the set.)
            if (IsOffset(s, next + 1))
            {
                return null;
            }

            return s.Pool.Candidate(i, next + 1, s.Pool.FixedValue("XXXX-" + TimeVocabulary.SeasonCodes[season.Value], TimexType.Set, TimePrecision.Season));
        }

        private static bool IsOffset(TimeScan s, int k) =>
            s.OnLine(k) && (s.Mod(k, Mod.Ago) || s.Mod(k, Mod.Earlier) || s.Mod(k, Mod.Later));
    }
}
