namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>One way a name in the text links to an entity. A rule reads the name's mention and word-list facts and answers an entity or nothing.</summary>
    internal interface INameRule
    {
        /// <param name="core">The name without determiner, titles and nationality ("Wang Yi", "Foreign Ministry").</param>
        /// <param name="register">Whether the name was read in the text (a new entity is then remembered) rather than only looked up.</param>
        Entity? Link(Mention m, string core, NameFacts facts, bool register);
    }
}
