namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>"a spokesman", "analysts": a phrase nothing earlier names is the speaker as written, without its determiner, of unknown kind.</summary>
    internal sealed class AsWrittenSpeakerRule : ISpeakerRule
    {
        private readonly EntityTable entities;

        public AsWrittenSpeakerRule(EntityTable entities)
        {
            this.entities = entities;
        }

        public ResolvedSpeaker? Resolve(Mention m, int position) => new ResolvedSpeaker(entities.StripDeterminer(m.Text), SpeakerType.Unknown, m.Title);
    }
}
