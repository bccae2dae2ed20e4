using System;

namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>
    /// '"You squeezed employees to the breaking point" to drive up the stock price, she said.': an attribution set off by
    /// commas later in the stretch after the quote, a named or pronoun subject and then a finite cue.
    /// </summary>
    internal sealed class ParentheticalRule : ICueRule
    {
        // As far as the stretch after a quote is read.
        private const int MaxTokensToComma = 60;
        private readonly CueFinder cues;

        public ParentheticalRule(CueFinder cues)
        {
            this.cues = cues;
        }

        public CueCandidate? Find(QuoteContext q)
        {
            if (!q.HasAfter)
            {
                return null;
            }

            var p = q.Paragraph;
            var after = q.After;
            var parser = cues.Parser;
            for (var t = after.First + 1; t + 2 < after.End + 1 && t - after.First < MaxTokensToComma; t++)
            {
                if (!p.IsPunct(t - 1, ','))
                {
                    continue;
                }

                var subject = parser.IsPronounWord(p.Word(t)) || p.IsCapitalised(t) ? parser.PhraseAfter(p, t, after.End) : null;
                if (subject == null || !(subject.IsPronoun || subject.IsNamed))
                {
                    continue;
                }

                var cue = cues.MatchCue(p, subject.EndToken, after.End);
                if (cue == null || p.EndsWithIgnoringCase(cue.First, "ing") || !CueFinder.Fits(p, cue, subject))
                {
                    continue;
                }

                // The cue closes the parenthetical: a comma, a period or the stretch's end follows it.
                var next = cue.End;
                if (next >= after.End || p.IsPunct(next, ',') || p.IsPunct(next, '.'))
                {
                    cue.Speaker = subject;
                    return new CueCandidate(cue, adjacent: false);
                }
            }

            return null;
        }
    }
}
