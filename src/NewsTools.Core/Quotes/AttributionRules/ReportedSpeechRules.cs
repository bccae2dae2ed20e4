namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>The order in which the reported-speech rules are asked about a sentence without quote marks; the first whose clause is not empty decides.</summary>
    internal sealed class ReportedSpeechRules
    {
        private readonly IReportedSpeechRule[] rules;

        public ReportedSpeechRules(CueFinder cues)
        {
            rules = new IReportedSpeechRule[]
            {
                // A dash opening the paragraph marks a line of dialogue, whatever cue follows: before "that" would read it as reported.
                new DialogueDashRule(cues),

                // "that" marks where the reported clause starts, so this rule is the surest and goes first.
                new ThatClauseRule(cues),

                // "according to" is also a cue phrase: it must be read here, with its source after "to", before the
                // sentence-end rule would look for a subject before it.
                new AccordingToRule(cues.Parser),

                // "..., the ministry said." reports what came before the cue; before the bare-clause rule, because a cue that
                // ends the sentence is a surer sign than a clause guessed after a cue.
                new SentenceEndAttributionRule(cues),

                // "Many of the closures, he said, have involved ...": the attribution between the subject and its verb;
                // before the bare-clause rule, which would read the clause after the cue.
                new InterruptingAttributionRule(cues),

                // Last, because without "that" where the clause starts is a guess.
                new BareClauseRule(cues),
            };
        }

        /// <summary>The rules in the order they are asked (an array: walked by index, with no enumerator or interface call per rule).</summary>
        public IReportedSpeechRule[] Rules => rules;
    }
}
