namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>"Putin", "Treasury": any other one-word name is an entity of its own, a person when the text gives it a title.</summary>
    internal sealed class SingleNameRule : INameRule
    {
        private readonly EntityTable entities;

        public SingleNameRule(EntityTable entities)
        {
            this.entities = entities;
        }

        public Entity? Link(Mention m, string core, NameFacts facts, bool register)
        {
            var single = entities.Find(core) ?? entities.Add(entities.Create(core, m.Title != null ? SpeakerType.Person : SpeakerType.Unknown), register);
            if (m.Title != null)
            {
                single.Type = SpeakerType.Person;
                entities.GiveTitle(single, m.Title);
            }

            single.Country ??= m.Country;
            return single;
        }
    }
}
