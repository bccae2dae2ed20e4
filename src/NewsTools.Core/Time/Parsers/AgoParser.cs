using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Parsers
{
    /// <summary>Spans counted back from now or from the date under discussion: "two days ago", "a year earlier", "several years ago", "nearly four years ago", "a week or so ago"; and forward from now: "two years from now".</summary>
    internal sealed class AgoParser : ITimeParser
    {
        /// <summary>Begins at "nearly ...", a bare unit ("years ago"), or counted units ("two weeks ago", "a year ago").</summary>
        public ParserStart Start { get; } = ParserStart.At(LexKind.Unit).OrCountedUnits().OrModifiers(Mod.Nearly, Mod.A);

        public TimexCandidate? TryParse(TimeScan s, int i)
        {
            var j = i;
            var nearly = s.Mod(j, Mod.Nearly);
            if (nearly)
            {
                j++;
            }

            var after = DurationParser.CountedUnits(s, j, out var amount, out var unit);
            if (after == j && s.Unit(j, out _, out var barePlural) && barePlural && s.OnLine(j + 1) && s.Mod(j + 1, Mod.Ago))
            {
                return s.Pool.Candidate(i, j + 2, s.Pool.Reference("PAST_REF"));
            }

            if (after == j || !s.OnLine(after))
            {
                return null;
            }

            var k = after;
            if (s.Mod(k, Mod.Or) && s.Mod(k + 1, Mod.So) && s.OnLine(k + 2))
            {
                k += 2;
            }

            // "two years from now", "a week from today": counted forward from the reference day, as "ago" counts back.
            if (amount != null && s.Word(k, "from") && s.OnLine(k + 1) && (s.Word(k + 1, "now") || s.Word(k + 1, "today")))
            {
                return s.Pool.Candidate(i, k + 2, s.Pool.Relative(unit, amount.Value));
            }

            // "three days later" is annotated as the duration alone, "a year earlier" and "two days ago" as dates.
            var ago = s.Mod(k, Mod.Ago);
            var earlier = s.Mod(k, Mod.Earlier) || (s.Mod(k, Mod.Before) && EndsPhrase(s, k + 1));
            if (!ago && !earlier)
            {
                return null;
            }

            if (amount == null)
            {
                return s.Pool.Candidate(i, k + 1, s.Pool.Reference("PAST_REF"));
            }

            var n = -amount.Value;
            var frame = ago ? s.Pool.Relative(unit, n) : s.Pool.Anaphoric(unit, n);
            frame.FollowTopic = unit == TimeUnit.Year && amount == 1;
            return s.Pool.Candidate(i, k + 1, frame);
        }

        private static bool EndsPhrase(TimeScan s, int k) => !s.OnLine(k) || s.Tokens[k].Kind == TokenKind.Punct;
    }
}
