namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>"Wang", "Deutsche Bank's Simon Champion": a named phrase is the entity the article linked there (or would link it to), else the name as written.</summary>
    internal sealed class NamedSpeakerRule : ISpeakerRule
    {
        private readonly SpeakerResolver resolver;

        public NamedSpeakerRule(SpeakerResolver resolver)
        {
            this.resolver = resolver;
        }

        public ResolvedSpeaker? Resolve(Mention m, int position)
        {
            if (!m.IsNamed)
            {
                return null;
            }

            var entity = resolver.EntityNamed(m);
            return entity != null ? entity.AsSpeaker(m.Title ?? entity.Title) : new ResolvedSpeaker(m.Core, SpeakerType.Unknown, m.Title);
        }
    }
}
