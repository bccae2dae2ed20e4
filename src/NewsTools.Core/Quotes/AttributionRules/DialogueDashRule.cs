namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>
    /// '— We are ready to talk, the minister said.', '— We will not sign, said Lavrov.', '— We are ready, — he said.', '— Is it over? asked a reporter.': in French
    /// and Russian typography (and in news translated from them) a dash that opens a paragraph marks a line of direct speech,
    /// and the attribution after its last comma closes the sentence. The clause is the speech without the dash; the finder
    /// makes it Direct (<see cref="OpensWithDash"/>). Asked first: the dash is surer than any cue.
    /// </summary>
    internal sealed class DialogueDashRule : IReportedSpeechRule
    {
        // The attribution after the comma is short: "the deputy foreign minister said on Monday".
        private const int MaxAttributionTokens = 12;
        private readonly CueFinder cues;

        public DialogueDashRule(CueFinder cues)
        {
            this.cues = cues;
        }

        public ReportedClause? Find(ReportedSentence r)
        {
            var p = r.Paragraph;
            var s = r.Sentence;
            if (s.First != 0 || !OpensWithDash(p))
            {
                return null;
            }

            // Only the last comma, question or exclamation mark of the sentence can open the attribution; a question or an
            // exclamation keeps its mark ("— Is it over? asked a reporter."), a comma is the attribution's.
            var last = r.ContentEnd;
            for (var t = last - 1; t > s.First + 1 && last - t <= MaxAttributionTokens; t--)
            {
                var comma = p.IsPunct(t, ',');
                if (comma || p.IsPunct(t, '?') || p.IsPunct(t, '!'))
                {
                    var from = IsDash(p, t + 1) ? t + 2 : t + 1;
                    var cue = Attribution(p, from, last);
                    return cue == null ? (ReportedClause?)null : new ReportedClause(cue, s.First + 1, comma ? t : t + 1);
                }
            }

            return null;
        }

        /// <summary>Whether the paragraph's first token is a dash ("—", "―", "–") before words.</summary>
        public static bool OpensWithDash(ParagraphText p) => p.Tokens.Count > 1 && IsDash(p, 0) && p.IsWord(1);

        private static bool IsDash(ParagraphText p, int t) =>
            t < p.Tokens.Count && p.Tokens[t].Kind == TokenKind.Punct && p.Tokens[t].End - p.Tokens[t].Start == 1 && "—―–".IndexOf(p.Source[p.Tokens[t].Start]) >= 0;

        /// <summary>"said Lavrov" (inverted) or "the minister said", "he said" from <paramref name="from"/>: the cue with its speaker, or null.</summary>
        private CueMatch? Attribution(ParagraphText p, int from, int end)
        {
            var cue = cues.MatchCue(p, from, end);
            if (cue != null)
            {
                cue.Speaker = cues.Parser.PhraseAfter(p, cue.End, end);
                return cue.Speaker == null ? null : cue;
            }

            for (var c = from + 1; c < end; c++)
            {
                cue = cues.MatchCue(p, c, end);
                if (cue == null)
                {
                    continue;
                }

                var subject = cues.Parser.SubjectBefore(p, cue.First, from);
                if (subject == null || subject.FirstToken != from)
                {
                    return null;
                }

                cue.Speaker = subject;
                return cue;
            }

            return null;
        }
    }
}
