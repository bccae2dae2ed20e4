namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>One way a speaker phrase at a cue resolves to the speaker. A rule reads the phrase's mention and answers a speaker or nothing.</summary>
    internal interface ISpeakerRule
    {
        /// <param name="position">Where the phrase stands: only names the article gave before it count.</param>
        ResolvedSpeaker? Resolve(Mention m, int position);
    }
}
