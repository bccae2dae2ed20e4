using System.Runtime.CompilerServices;
using NewsTools.Time.Scanning;

namespace NewsTools.Time.Resolution
{
    /// <summary>
    /// The tense of the clause around an expression, from the nearest verb cue within the sentence: auxiliaries
    /// ("will", "was", "is"), common irregular past forms, and regular "-ed" forms.
    /// </summary>
    internal static class TenseDetector
    {
        private const int Window = 10;

        [MethodImpl(HotPath.Optimize)]
        public static Tense Detect(TimeScan s, int first, int end)
        {
            var best = Tense.Unknown;
            var bestDistance = int.MaxValue;

            // Leftwards, then rightwards, each stopping at the sentence's edge.
            for (var k = first - 1; k >= 0 && first - k <= Window; k--)
            {
                if (IsBoundary(s, k) || s.Tokens[k + 1].BreakBefore)
                {
                    break;
                }

                var cue = Cue(s, k);
                if (cue != Tense.Unknown)
                {
                    best = cue;
                    bestDistance = first - k;
                    break;
                }
            }

            for (var k = end; k < s.Count && k - end + 1 <= Window && k - end + 1 < bestDistance; k++)
            {
                if (IsBoundary(s, k) || s.Tokens[k].BreakBefore)
                {
                    break;
                }

                var cue = Cue(s, k);
                if (cue != Tense.Unknown)
                {
                    // A cue at equal distance on the left wins: "said Friday" beats a later verb.
                    return cue;
                }
            }

            return best;
        }

        [MethodImpl(HotPath.Optimize)]
        private static bool IsBoundary(TimeScan s, int k)
        {
            ref var t = ref s.Tokens[k];
            if (t.Kind != TokenKind.Punct)
            {
                return false;
            }

            var c = s.Text[t.Start];
            if (c == '!' || c == '?' || c == ';')
            {
                return true;
            }

            // A period ends a sentence unless it closes an abbreviation ("Jan.", "Mr.", "U.S.").
            return c == '.' && !(k > 0 && s.Tokens[k - 1].Kind == TokenKind.Word && s.Tokens[k - 1].Length <= 4 && s.Tokens[k - 1].Capitalized && !s.Tokens[k].SpaceBefore);
        }

        [MethodImpl(HotPath.Optimize)]
        private static Tense Cue(TimeScan s, int k)
        {
            ref var t = ref s.Tokens[k];
            if (t.Kind != TokenKind.Word)
            {
                return Tense.Unknown;
            }

            if (t.Lex != null)
            {
                switch (t.Lex.Tense)
                {
                    case TenseCue.Past: return Tense.Past;
                    case TenseCue.Present: return Tense.Present;
                    case TenseCue.Future: return Tense.Future;
                }
            }

            // Regular past forms: lower-case words ending in "-ed" ("announced", "opened").
            if (t.Length >= 5 && !t.Capitalized && s.Text[t.End - 1] == 'd' && s.Text[t.End - 2] == 'e')
            {
                return Tense.Past;
            }

            return Tense.Unknown;
        }
    }
}
