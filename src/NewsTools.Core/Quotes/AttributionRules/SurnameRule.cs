namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>"Wang" after "Wang Yi", "Kono" after "Taro Kono": one word of a person's full name is the latest person introduced with it.</summary>
    internal sealed class SurnameRule : INameRule
    {
        private readonly EntityTable entities;

        public SurnameRule(EntityTable entities)
        {
            this.entities = entities;
        }

        public Entity? Link(Mention m, string core, NameFacts facts, bool register)
        {
            var person = entities.PersonByWord(core);
            if (person != null && register)
            {
                entities.GiveTitle(person, m.Title);
            }

            return person;
        }
    }
}
