using System;

namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>
    /// '... called it "horrendous," he said.': a partial quote inside a sentence, then its subject and cue within a few words.
    /// Not when the attribution introduces the next quote with a colon ('"less advanced schools," Trump said: "I don't ...').
    /// </summary>
    internal sealed class TrailingAttributionRule : ICueRule
    {
        // The subject or the cue is among the first words after the quote: ', he said', ', Mr. Ryan said'.
        private const int MaxWordsToCue = 6;
        private readonly CueFinder cues;

        public TrailingAttributionRule(CueFinder cues)
        {
            this.cues = cues;
        }

        public CueCandidate? Find(QuoteContext q)
        {
            if (q.OpensSentence || !q.HasAfter)
            {
                return null;
            }

            var p = q.Paragraph;
            var after = q.After;
            if (p.IsPunct(after.End - 1, ':'))
            {
                return null;
            }

            var first = CueFinder.FirstWordAfterComma(p, after.First);
            var limit = Math.Min(after.End, first + MaxWordsToCue);
            for (var t = first; t < limit; t++)
            {
                var cue = cues.MatchCue(p, t, after.End);
                if (cue == null || p.EndsWithIgnoringCase(t, "ing"))
                {
                    continue;
                }

                var attributed = cues.WithSubject(p, cue, after.First, after.End, q.Sentence) && (cue.Speaker!.FirstToken == first || cue.First == first) &&
                    (cue.Speaker.IsPronoun || cue.Speaker.IsNamed);
                return attributed ? new CueCandidate(cue, adjacent: true) : (CueCandidate?)null;
            }

            return null;
        }
    }
}
