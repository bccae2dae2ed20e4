namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>"the White House", "Number 10": a name the configuration's speaker profiles list is the profile's entity, with its type and title.</summary>
    internal sealed class AliasNameRule : INameRule
    {
        private readonly EntityTable entities;

        public AliasNameRule(EntityTable entities)
        {
            this.entities = entities;
        }

        public Entity? Link(Mention m, string core, NameFacts facts, bool register)
        {
            var profile = facts.Alias;
            if (profile == null)
            {
                return null;
            }

            if (entities.Find(profile.Name) is Entity known)
            {
                return known;
            }

            var entity = entities.Create(profile.Name, EntityTable.ParseType(profile.Type));
            entity.AddTitle(profile.Title);
            return entities.Add(entity, register);
        }
    }
}
