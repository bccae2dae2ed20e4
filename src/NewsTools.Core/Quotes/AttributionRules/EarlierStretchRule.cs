namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>
    /// 'Wang said the talks had gone well, calling them "frank" and "useful"': a cue in an earlier stretch of the sentence,
    /// nearest first, governs the quotes after it.
    /// </summary>
    internal sealed class EarlierStretchRule : ICueRule
    {
        private readonly CueFinder cues;

        public EarlierStretchRule(CueFinder cues)
        {
            this.cues = cues;
        }

        public CueCandidate? Find(QuoteContext q)
        {
            for (var i = q.BeforeIndex - 1; i >= 0 && i >= q.BeforeIndex - CueFinder.NearbySegments; i--)
            {
                var cue = cues.LastCue(q.Paragraph, q.Segments[i], q.Sentence);
                if (cue != null)
                {
                    return new CueCandidate(cue, adjacent: false);
                }
            }

            return null;
        }
    }
}
