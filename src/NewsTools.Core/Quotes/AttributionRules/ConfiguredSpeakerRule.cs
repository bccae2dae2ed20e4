namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>"the mayor", "Varga": a phrase the configuration's speaker profiles list (as written, its core, or without its determiner) is that speaker.</summary>
    internal sealed class ConfiguredSpeakerRule : ISpeakerRule
    {
        private readonly CueLexicon lexicon;
        private readonly EntityTable entities;

        public ConfiguredSpeakerRule(CueLexicon lexicon, EntityTable entities)
        {
            this.lexicon = lexicon;
            this.entities = entities;
        }

        public ResolvedSpeaker? Resolve(Mention m, int position)
        {
            var aliases = lexicon.SpeakerAliases;
            if (aliases.TryGetValue(m.Text, out var profile) || aliases.TryGetValue(m.Core, out profile) || aliases.TryGetValue(entities.StripDeterminer(m.Text), out profile))
            {
                return new ResolvedSpeaker(profile.Name, EntityTable.ParseType(profile.Type), profile.Title ?? m.Title);
            }

            return null;
        }
    }
}
