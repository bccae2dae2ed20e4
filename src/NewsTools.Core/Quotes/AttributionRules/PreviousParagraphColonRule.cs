namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>'Millikin's coordinator wrote:' closing one paragraph introduces the quote that opens the next.</summary>
    internal sealed class PreviousParagraphColonRule : ICueRule
    {
        private readonly CueFinder cues;

        public PreviousParagraphColonRule(CueFinder cues)
        {
            this.cues = cues;
        }

        public CueCandidate? Find(QuoteContext q)
        {
            var prev = q.PreviousParagraph;
            if (!q.OpensParagraph || prev == null || prev.Tokens.Count == 0 || !prev.IsPunct(prev.Tokens.Count - 1, ':'))
            {
                return null;
            }

            var sentence = prev.Sentences[prev.Sentences.Count - 1];
            var segments = prev.SegmentsOf(prev.Sentences.Count - 1);
            var last = segments[segments.Count - 1];
            var cue = cues.LastCue(prev, last, sentence) ?? cues.ColonCue(prev, last);
            return cue == null ? (CueCandidate?)null : new CueCandidate(cue, adjacent: true);
        }
    }
}
