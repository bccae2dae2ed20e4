namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>"Hamas", "Nato": a listed group word is an organisation under the name as written.</summary>
    internal sealed class GroupNameRule : INameRule
    {
        private readonly EntityTable entities;

        public GroupNameRule(EntityTable entities)
        {
            this.entities = entities;
        }

        public Entity? Link(Mention m, string core, NameFacts facts, bool register) =>
            !facts.IsGroup ? null : entities.Find(core) ?? entities.Add(entities.Create(core, SpeakerType.Organization), register);
    }
}
