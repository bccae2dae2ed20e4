using System;

namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>
    /// '"...," Wang said' / '"...," said Wang' / '"...," the ministry said in a statement': the attribution opens the stretch
    /// after the quote, its subject or (inverted) the cue itself first.
    /// </summary>
    internal sealed class CueAfterQuoteRule : ICueRule
    {
        // The cue stands within this many tokens after the quote ('"...," Chinese Foreign Minister Wang Yi told reporters').
        private const int MaxTokensToCue = 12;

        // A cue this close to the quote is attached to it, which makes the quote a statement rather than a term.
        private const int MaxAdjacentTokens = 6;
        private readonly CueFinder cues;

        public CueAfterQuoteRule(CueFinder cues)
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
            var opening = CueFinder.FirstWordAfterComma(p, after.First);
            var limit = Math.Min(after.End, after.First + MaxTokensToCue);
            for (var t = after.First; t < limit; t++)
            {
                if (QuoteContext.IsSentenceStop(p, t) || p.IsPunct(t, ';') || p.Tokens[t].Kind == TokenKind.OpenQuote)
                {
                    break;
                }

                var cue = cues.MatchCue(p, t, after.End);
                if (cue == null || !cues.WithSubject(p, cue, after.First, after.End, q.Sentence) || !OpensStretch(p, cue, opening))
                {
                    continue;
                }

                // After a quote that ended its sentence, '"...?" Clinton asked.' attributes it, but 'Reid said both Rubio and
                // Cruz are ...' opens a new statement of its own, and so does 'Arsenal keeper Jens Lehmann said: "..."', whose
                // colon hands the cue to the quotation after it.
                var afterCue = cue.Addressee?.EndToken ?? Math.Max(cue.End, cue.Speaker!.EndToken);
                if (CueFinder.ClosedSentence(p, q.Span) && (cues.OpensClause(p, afterCue, after.End) || CueFinder.IsColonAt(p, afterCue)))
                {
                    return null;
                }

                // '"It's over," one witness, a 32-year-old teacher, said': an apposition set off by commas between the subject
                // that opens the stretch and its cue keeps the cue attached.
                var adjacent = t - after.First <= MaxAdjacentTokens ||
                    (cue.Speaker!.FirstToken == opening && p.IsPunct(cue.First - 1, ',') && p.IsPunct(cue.Speaker.EndToken, ','));
                return new CueCandidate(cue, adjacent);
            }

            return null;
        }

        /// <summary>The cue or its subject is the first word after the quote, or a named inverted subject follows a comma and the cue.</summary>
        private static bool OpensStretch(ParagraphText p, CueMatch cue, int opening) =>
            cue.First == opening || cue.Speaker!.FirstToken == opening || (p.IsPunct(cue.First - 1, ',') && cue.Speaker.FirstToken >= cue.End && cue.Speaker.IsNamed);
    }
}
