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
                        // 'Prices are "out of control," while Ann Lee said sales were strong': a clause that a contrasting
                        // conjunction opens (list contrastOpeners) about someone else is a statement of its own; its cue does
                        // not reach back. ('..., but he said' goes on about the one the quotation may well be from.)
                        if (OpensContrast(p, cue) && !cue.Speaker!.IsPronoun)
                        {
                            return null;
                        }

                        return new CueCandidate(cue, adjacent: false);
                    }
                }
            }

            return null;
        }

        /// <summary>A contrasting conjunction stands right before the cue's subject, or before the cue when the subject is inverted.</summary>
        private bool OpensContrast(ParagraphText p, CueMatch cue)
        {
            var opener = cue.Speaker != null && cue.Speaker.FirstToken < cue.First ? cue.Speaker.FirstToken - 1 : cue.First - 1;
            return opener >= 0 && p.IsWord(opener) && !p.IsCapitalised(opener) && cues.Lexicon.ContrastOpeners.Contains(p.Word(opener));
        }
    }
}
