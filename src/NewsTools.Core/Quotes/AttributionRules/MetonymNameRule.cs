namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>"Beijing said", "Washington warned": a capital or other listed metonym speaks for its country.</summary>
    internal sealed class MetonymNameRule : INameRule
    {
        private readonly EntityTable entities;

        public MetonymNameRule(EntityTable entities)
        {
            this.entities = entities;
        }

        public Entity? Link(Mention m, string core, NameFacts facts, bool register)
        {
            var country = facts.MetonymOf;
            return country == null ? null : entities.Find(country) ?? entities.Add(entities.Create(country, SpeakerType.Place), register);
        }
    }
}
