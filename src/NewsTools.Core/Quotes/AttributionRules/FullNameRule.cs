namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>"Wang Yi", "Foreign Minister Taro Kono": a name of two words or more (no body, no place) is a person, whose every word now leads back to them.</summary>
    internal sealed class FullNameRule : INameRule
    {
        private readonly EntityTable entities;

        public FullNameRule(EntityTable entities)
        {
            this.entities = entities;
        }

        public Entity? Link(Mention m, string core, NameFacts facts, bool register)
        {
            if (!facts.MultiWord)
            {
                return null;
            }

            var full = entities.Find(core) ?? entities.Add(entities.Create(core, SpeakerType.Person), register);
            full.Type = full.Type == SpeakerType.Unknown ? SpeakerType.Person : full.Type;
            if (register && full.Type == SpeakerType.Person)
            {
                entities.RememberPerson(full);
            }

            entities.GiveTitle(full, m.Title);
            full.Country ??= m.Country;
            return full;
        }
    }
}
