namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>"the ministry", "the foreign minister": a common noun phrase is the latest body with that head, or the latest person given that title.</summary>
    internal sealed class NominalSpeakerRule : ISpeakerRule
    {
        private readonly SpeakerResolver resolver;

        public NominalSpeakerRule(SpeakerResolver resolver)
        {
            this.resolver = resolver;
        }

        public ResolvedSpeaker? Resolve(Mention m, int position)
        {
            var entity = m.IsNamed ? null : resolver.LatestNamedBy(m, position);
            return entity == null ? null : entity.AsSpeaker(m.Title ?? entity.Title);
        }
    }
}
