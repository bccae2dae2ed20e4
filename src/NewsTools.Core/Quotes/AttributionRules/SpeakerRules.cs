namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>The order in which the speaker rules resolve the phrase at a cue; the first rule that answers decides.</summary>
    internal sealed class SpeakerRules
    {
        public SpeakerRules(CueLexicon lexicon, EntityTable entities, SpeakerResolver resolver)
        {
            Rules = new ISpeakerRule[]
            {
                // The configuration's speaker profiles are the user's own word, and cover common nouns too ("the mayor").
                new ConfiguredSpeakerRule(lexicon, entities),

                // A name says who it is; only a phrase without one is read back to an earlier name.
                new NamedSpeakerRule(resolver),
                new NominalSpeakerRule(resolver),

                // Last: always answers, with the phrase itself.
                new AsWrittenSpeakerRule(entities),
            };
        }

        /// <summary>The rules in the order they are asked (an array: walked by index, with no enumerator or interface call per rule).</summary>
        public ISpeakerRule[] Rules { get; }
    }
}
