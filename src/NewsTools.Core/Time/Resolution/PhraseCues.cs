using NewsTools.Time.Scanning;

namespace NewsTools.Time.Resolution
{
    /// <summary>
    /// Phrases right before an expression that say which way it lies, more surely than the clause's verb (the phrases are
    /// data: timeFuturePhrases, timePastPhrases, timeLimitPhrases). A phrase, not a lone word: "soon" alone opens past narrative as often
    /// ("Soon after Friday's vote, he resigned").
    /// </summary>
    internal static class PhraseCues
    {
        /// <summary>The tense to resolve the expression at token <paramref name="first"/> by, given the clause's.</summary>
        /// <param name="cueBefore">Set when a phrase decides: the cue then stands before the expression.</param>
        public static Tense Apply(TimeScan s, Lexicon lexicon, int first, Tense tense, ref bool cueBefore)
        {
            // "could come as soon as Tuesday", "as early as next week": the earliest point of something still to come,
            // unless the verb the phrase qualifies is itself past ("knew as early as Monday").
            foreach (var phrase in lexicon.FuturePhrases)
            {
                var at = PhraseStart(s, first, phrase);
                if (at >= 0)
                {
                    // The phrase qualifies the verb right before it, whichever cue is nearer the expression.
                    cueBefore = true;
                    return TenseDetector.CueAt(s, at - 1) == Tense.Past ? Tense.Past : Tense.Future;
                }
            }

            // "the fifth deal since October": a period that runs from the expression to the clause's time starts behind it.
            foreach (var phrase in lexicon.PastPhrases)
            {
                if (PhraseStart(s, first, phrase) >= 0)
                {
                    cueBefore = true;
                    return Tense.Past;
                }
            }

            // "the curfew lasts until 9 a.m. Tuesday": a state that holds now ends ahead; in past narrative the end lies
            // behind ("stayed until Tuesday"), and a future clause needs no help.
            if (tense == Tense.Present || tense == Tense.Unknown)
            {
                foreach (var phrase in lexicon.LimitPhrases)
                {
                    if (PhraseStart(s, first, phrase) >= 0)
                    {
                        cueBefore = true;
                        return Tense.Future;
                    }
                }
            }

            return tense;
        }

        /// <summary>The first token of <paramref name="phrase"/> when it ends right before token <paramref name="first"/> on its line, else -1.</summary>
        private static int PhraseStart(TimeScan s, int first, string[] phrase)
        {
            var k = first - phrase.Length;
            if (k < 0 || phrase.Length == 0)
            {
                return -1;
            }

            for (var w = 0; w < phrase.Length; w++)
            {
                if (!s.Spelled(k + w, phrase[w]) || s.Tokens[k + w + 1].BreakBefore)
                {
                    return -1;
                }
            }

            return k;
        }
    }
}
