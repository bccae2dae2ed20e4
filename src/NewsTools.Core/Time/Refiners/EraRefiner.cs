using NewsTools.Time.Parsers;
using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Refiners
{
    /// <summary>
    /// "today" and "tomorrow" after a noun and "of" name an era, not a day: "the people of tomorrow", "the Britain of
    /// today". TimeBank leaves that sense out (TimeML marks only the day), so the word is dropped. The noun must follow a
    /// determiner ("the", "these") with at most one word between, and carry no time meaning of its own, so "the end of
    /// today", "as of today" and "the morning of tomorrow" keep their day; a possessive ("of today's vote") is the day too.
    /// A possessive names the age when a noun of the age follows it (list timeEraNouns: "today's world", "today's personal
    /// computers", "tomorrow's consumers"), where "today's meeting" and "today's editions" keep the day.
    /// </summary>
    internal sealed class EraRefiner : DroppingRefiner
    {
        protected override bool Drops(TimeScan s, TimexCandidate c)
        {
            var i = c.First;
            if (c.End - i != 1 || !s.Is(i, LexKind.DayWord, out var day) || day.Value == TimeVocabulary.Tonight || day.Value < 0)
            {
                return false;
            }

            // A possessive is the day's own thing ("of today's session"), unless a noun of the age is its head, right after it or
            // after one word ("today's world", "today's personal computers").
            if (s.OnLine(i + 1) && (s.Punct(i + 1, '\'') || s.Punct(i + 1, '\u2019')))
            {
                return s.Joined(i + 1) && s.Word(i + 2, "s") && s.Joined(i + 2)
                    && (EraNoun(s, i + 3) || (s.OnLine(i + 3) && Plain(s, i + 3) && !s.Capitalized(i + 3) && EraNoun(s, i + 4)));
            }

            if (!s.OnLine(i) || !s.Mod(i - 1, Mod.Of) || !s.OnLine(i - 1))
            {
                return false;
            }

            // Back over the noun (and one word before it) to the determiner.
            if (!Plain(s, i - 2))
            {
                return false;
            }

            if (Determiner(s, i - 3))
            {
                return true;
            }

            return Plain(s, i - 3) && Determiner(s, i - 4);
        }

        // A word of no time meaning on the expression's line.
        private static bool Plain(TimeScan s, int k) =>
            k >= 0 && s.OnLine(k + 1) && s.Tokens[k].Kind == TokenKind.Word && s.Tokens[k].LexIndex == 0;

        // A noun of the age in lower case; a capital makes it a name ("today's World Cup final").
        private static bool EraNoun(TimeScan s, int k) =>
            s.OnLine(k) && !s.Capitalized(k) && s.WordIn(k, s.Lexicon.EraNouns);

        private static bool Determiner(TimeScan s, int k) => k >= 0 && s.OnLine(k + 1) && (s.Mod(k, Mod.The) || s.Mod(k, Mod.These));
    }
}
