namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>
    /// 'Wang told reporters: "..."', 'After Scalia said that the court ... "a national embarrassment," Trump said': the
    /// nearest cue before the quote in its stretch of the sentence (a quote that opens its sentence has no such stretch).
    /// </summary>
    internal sealed class CueBeforeQuoteRule : ICueRule
    {
        private readonly CueFinder cues;

        public CueBeforeQuoteRule(CueFinder cues)
        {
            this.cues = cues;
        }

        public CueCandidate? Find(QuoteContext q)
        {
            if (!q.HasBefore)
            {
                return null;
            }

            var cue = cues.LastCue(q.Paragraph, q.Before, q.Sentence);

            // Adjacent when only the colon or comma stands between cue and quote ('said: "...', 'said, "...').
            return cue == null ? (CueCandidate?)null : new CueCandidate(cue, adjacent: q.Span.OpenToken - cue.End <= 1);
        }
    }
}
