namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>
    /// 'Continued Okafor: "..."', 'Added Jane Hale, the harbour master: "..."': a reporting verb that opens the sentence before
    /// its subject and a colon introduce the quote; the verb is the cue and the name after it the speaker, never a name that
    /// begins with the verb ("Continued Okafor").
    /// </summary>
    internal sealed class InvertedColonRule : ICueRule
    {
        // The verb, a name and its description: "Added Jane Hale, the harbour master" is eight tokens.
        private const int MaxLabelTokens = 14;
        private readonly CueFinder cues;

        public InvertedColonRule(CueFinder cues)
        {
            this.cues = cues;
        }

        public CueCandidate? Find(QuoteContext q)
        {
            var p = q.Paragraph;
            var colon = q.Span.OpenToken - 1;
            var verb = q.Sentence.First;
            if (!p.IsPunct(colon, ':') || colon - verb < 2 || colon - verb > MaxLabelTokens || !p.IsCapitalised(verb) ||
                !cues.Lexicon.InvertedCueVerbs.Contains(p.Word(verb)))
            {
                return null;
            }

            // The subject fills the stretch up to the colon, or up to the comma that sets off its description.
            var speaker = cues.Parser.PhraseAfter(p, verb + 1, colon);
            if (speaker == null || speaker.IsPronoun || (speaker.EndToken != colon && !p.IsPunct(speaker.EndToken, ',')))
            {
                return null;
            }

            var cue = CueMatch.Over(p, verb, verb + 1);
            cue.Speaker = speaker;
            return new CueCandidate(cue, adjacent: true);
        }
    }
}
