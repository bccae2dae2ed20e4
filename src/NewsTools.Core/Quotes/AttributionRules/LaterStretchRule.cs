namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>'"Frank" and "useful" were the words Wang used, the minister said.': a cue in a later stretch of the sentence, nearest first.</summary>
    internal sealed class LaterStretchRule : ICueRule
    {
        private readonly CueFinder cues;

        public LaterStretchRule(CueFinder cues)
        {
            this.cues = cues;
        }

        public CueCandidate? Find(QuoteContext q)
        {
            var p = q.Paragraph;
            for (var i = q.BeforeIndex + 1; i < q.Segments.Count && i <= q.BeforeIndex + CueFinder.NearbySegments; i++)
            {
                var s = q.Segments[i];
                for (var t = s.First; t < s.End && t - s.First < CueFinder.ScanWindow; t++)
                {
                    var cue = cues.MatchCue(p, t, s.End);
                    if (cue != null && cues.WithSubject(p, cue, s.First, s.End, q.Sentence))
                    {
                        return new CueCandidate(cue, adjacent: false);
                    }
                }
            }

            return null;
        }
    }
}
