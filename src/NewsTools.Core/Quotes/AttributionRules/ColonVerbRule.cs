namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>'Kasich resisted: "..."': before a colon that introduces the quote, any verb with a named or pronoun subject stands as the cue.</summary>
    internal sealed class ColonVerbRule : ICueRule
    {
        private readonly CueFinder cues;

        public ColonVerbRule(CueFinder cues)
        {
            this.cues = cues;
        }

        public CueCandidate? Find(QuoteContext q)
        {
            if (!q.HasBefore)
            {
                return null;
            }

            var cue = cues.ColonCue(q.Paragraph, q.Before);
            return cue == null ? (CueCandidate?)null : new CueCandidate(cue, adjacent: q.Span.OpenToken - cue.End <= 1);
        }
    }
}
