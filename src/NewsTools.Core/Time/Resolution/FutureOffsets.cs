using NewsTools.Time.Parsers;
using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Resolution
{
    /// <summary>
    /// "in" before a counted span in a clause about the future names the point that far ahead, a DATE in TimeML, not a
    /// length: "the bonds will be redeemed in five years" is five years from the reference date (1994 told in 1989), "will
    /// decide in two weeks" the week two weeks on, "in a few years" and "in a year or two" FUTURE_REF. "within five years",
    /// "in the past five years", "in the first nine months" and past narrative ("finished in three days") stay lengths.
    /// </summary>
    internal static class FutureOffsets
    {
        /// <summary>Rewrites the frame of <paramref name="c"/> as an offset from the reference date when it is one.</summary>
        public static void Apply(TimeScan s, TimexCandidate c, Tense tense, bool hasReference)
        {
            // Without a reference date the point cannot be named; the length at least is known.
            var f = c.Frame;
            if (!hasReference || tense != Tense.Future || f.Kind != FrameKind.Duration || f.PlusHalf || c.First == 0 || !s.Mod(c.First - 1, Mod.In)
                || !s.OnLine(c.First) || f.Unit < TimeUnit.Day || f.Unit > TimeUnit.Year || f.Unit == TimeUnit.Weekend)
            {
                return;
            }

            // A count or "a" opens the span; "the next two years", "the first nine months" are spans with their own reading.
            var opening = s.Tokens[c.First];
            if (!(opening.Kind == TokenKind.Number || s.Is(c.First, LexKind.Number) || s.Mod(c.First, Mod.A) || s.Mod(c.First, Mod.Few)
                || s.Mod(c.First, Mod.Several) || s.Mod(c.First, Mod.Couple)))
            {
                return;
            }

            // "the first annual fall in nine years", "its lowest level in five years": after an ordinal or a superlative
            // the span is the stretch that ends now, a length.
            for (var k = c.First - 2; k >= 0 && k >= c.First - 5 && s.OnLine(k + 1) && s.Tokens[k].Kind == TokenKind.Word; k--)
            {
                if (s.Is(k, LexKind.Ordinal) || s.Mod(k, Mod.Last) || IsSuperlative(s, k))
                {
                    return;
                }
            }

            // A relative clause makes the span a kind of period, not a distance ahead: "would be minimal in a quarter that
            // produced such a loss".
            if (s.Word(c.End, "that") || s.Word(c.End, "which") || s.Word(c.End, "when"))
            {
                return;
            }

            // An amount left open ("in a few years") or given as alternatives ("in a year or two", ending past its unit) is
            // some time ahead, not a point.
            var vague = f.Amount == null || !s.Unit(c.End - 1, out _, out _);
            c.Frame = vague ? s.Pool.Reference("FUTURE_REF") : s.Pool.Relative(f.Unit, f.Amount!.Value);
        }

        /// <summary>A lower-case word in -est of six letters or more: "lowest", "biggest", "largest".</summary>
        private static bool IsSuperlative(TimeScan s, int k)
        {
            ref var t = ref s.Tokens[k];
            return t.Length >= 6 && !t.Capitalized && t.LexIndex == 0 && s.Text[t.End - 1] == 't' && s.Text[t.End - 2] == 's' && s.Text[t.End - 3] == 'e';
        }
    }
}
