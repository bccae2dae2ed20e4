using System;

namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>
    /// '"...," Harry Bond, 30, of Raleigh, N.C., who was among those polled, said': a name right after the quote, then
    /// descriptions between commas, then the cue.
    /// </summary>
    internal sealed class NamedOpeningRule : ICueRule
    {
        // The descriptions between the name and its cue: an age, a home town, a relative clause.
        private const int MaxDescriptionTokens = 24;
        private readonly CueFinder cues;

        public NamedOpeningRule(CueFinder cues)
        {
            this.cues = cues;
        }

        public CueCandidate? Find(QuoteContext q)
        {
            if (!q.HasAfter)
            {
                return null;
            }

            var p = q.Paragraph;
            var after = q.After;
            var first = CueFinder.FirstWordAfterComma(p, after.First);
            // '"..." Of Carson, Levine, who ..., said,': a sentence that opens with a preposition opens with an adverbial, and the
            // name after it is the preposition's object, not a speaker set off by descriptions.
            if (!p.IsCapitalised(first) || p.IsLowerIn(first, WordClass.IntroPreposition, cues.Lexicon.IntroPrepositions))
            {
                return null;
            }

            var name = cues.Parser.PhraseAfter(p, first, after.End);
            if (name == null || !name.IsNamed || !p.IsPunct(name.EndToken, ','))
            {
                return null;
            }

            var limit = Math.Min(after.End, name.EndToken + MaxDescriptionTokens);
            for (var t = name.EndToken + 1; t < limit; t++)
            {
                if (!p.IsPunct(t - 1, ','))
                {
                    continue;
                }

                var k = t;
                while (p.IsWord(k) && p.Is(k, WordClass.CueModifier))
                {
                    k++;
                }

                var cue = cues.MatchCue(p, k, after.End);
                if (cue != null && !p.EndsWithIgnoringCase(k, "ing") && !CueFinder.IsPassive(p, k) && CueFinder.Fits(p, cue, name))
                {
                    // '"..." Arsenal keeper Jens Lehmann, whose rivalry ..., said: "..."': after a quote that ended its
                    // sentence, a cue before a colon is the next quotation's.
                    if (CueFinder.ClosedSentence(p, q.Span) && CueFinder.IsColonAt(p, cue.End))
                    {
                        return null;
                    }

                    cue.Speaker = name;
                    return new CueCandidate(cue, adjacent: true);
                }
            }

            return null;
        }
    }
}
