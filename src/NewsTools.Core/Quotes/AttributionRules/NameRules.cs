namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>The order in which the name rules link a name to an entity; the first rule that answers decides.</summary>
    internal sealed class NameRules
    {
        public NameRules(CueLexicon lexicon, EntityTable entities)
        {
            Rules = new INameRule[]
            {
                // The configuration's speaker profiles are the user's own word on a name: before anything the word lists guess.
                new AliasNameRule(entities),

                // Listed group words and metonyms are exact entries, so they come before the rules that read the head word:
                // "Beijing" is a listed place too, but as a speaker it stands for China.
                new GroupNameRule(entities),
                new MetonymNameRule(entities),

                // A body or place before a person: "Chinese Foreign Ministry" and "Port Alder" have two words, as a full name does.
                new BodyOrPlaceNameRule(lexicon, entities),

                // A full name introduces its person and every word of it; a later single word is then that person's
                // surname, and only a word no one's name holds is a new one-word entity.
                new FullNameRule(entities),
                new SurnameRule(entities),
                new SingleNameRule(entities),
            };
        }

        /// <summary>The rules in the order they are asked (an array: walked by index, with no enumerator or interface call per rule).</summary>
        public INameRule[] Rules { get; }
    }
}
