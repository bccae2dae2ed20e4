using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Parsers
{
    /// <summary>
    /// A day counted within a stretch of events and said to be today by a present "is": "It's the second day of an
    /// offensive", "today is the eighth day of the blockade". The present copula identifies the counted day with the day
    /// of writing, so its value is today's date; in past narrative ("Tuesday was the third day of protests") or without
    /// the copula ("on the first day of the trial") the day has no anchor the sentence gives, and is left out.
    /// </summary>
    internal sealed class OrdinalDayParser : ITimeParser
    {
        /// <summary>Begins at the ordinal, or at "the" before it.</summary>
        public ParserStart Start { get; } = ParserStart.At(LexKind.Ordinal).OrModifiers(Mod.The).BeforeOnly(false, false, LexKind.Ordinal);

        public TimexCandidate? TryParse(TimeScan s, int i)
        {
            var j = s.Mod(i, Mod.The) ? i + 1 : i;
            if (!s.Is(j, LexKind.Ordinal) || !s.OnLine(j) || !s.OnLine(j + 1) || !s.Unit(j + 1, out var unit, out var plural)
                || unit != TimeUnit.Day || plural || !s.OnLine(j + 2) || !s.Word(j + 2, "of") || !AfterPresentBe(s, i))
            {
                return null;
            }

            return s.Pool.Candidate(i, j + 2, s.Pool.Relative(TimeUnit.Day, 0));
        }

        /// <summary>"is" or a clitic "'s" ("It's") right before token i, on its line.</summary>
        private static bool AfterPresentBe(TimeScan s, int i)
        {
            if (i < 1 || !s.OnLine(i))
            {
                return false;
            }

            if (s.Word(i - 1, "is"))
            {
                return true;
            }

            // The tokenizer cuts "It's" into "It", the apostrophe and "s".
            return i >= 3 && s.Word(i - 1, "s") && s.Joined(i - 1) && (s.Punct(i - 2, '\'') || s.Punct(i - 2, '\u2019')) && s.Joined(i - 2)
                && s.Tokens[i - 3].Kind == TokenKind.Word;
        }
    }
}
