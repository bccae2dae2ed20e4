using NewsTools.Time.Scanning;

namespace NewsTools.Time.Parsers
{
    /// <summary>Recognises one family of time expressions starting at a given token (chrono-node's parser idea).</summary>
    internal interface ITimeParser
    {
        /// <summary>The tokens an expression of this family can begin at; the tagger tries the parser nowhere else.</summary>
        ParserStart Start { get; }

        /// <returns>The longest expression of this family that starts at token <paramref name="i"/>, or null.</returns>
        TimexCandidate? TryParse(TimeScan s, int i);
    }
}
