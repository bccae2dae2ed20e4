namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>One way news writing attributes a quote. A rule reads the quote's paragraph tokens and answers a cue or nothing.</summary>
    internal interface ICueRule
    {
        /// <summary>The cue (with its speaker phrase) this rule reads for the quote, or null to let the next rule try.</summary>
        CueCandidate? Find(QuoteContext quote);
    }

    /// <summary>A cue a rule found, and whether it stands right against the quote (", he said" / "said:"), which tells a statement from a term.</summary>
    internal readonly struct CueCandidate
    {
        public CueCandidate(CueMatch cue, bool adjacent, bool names = false)
        {
            Cue = cue;
            Adjacent = adjacent;
            Names = names;
        }

        public CueMatch Cue { get; }

        public bool Adjacent { get; }

        /// <summary>The quote is what the speaker calls something ('called her "the Devil"'): their words, never a term.</summary>
        public bool Names { get; }
    }
}
