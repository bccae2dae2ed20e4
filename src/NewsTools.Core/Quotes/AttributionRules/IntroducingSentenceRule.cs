namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>
    /// 'Lopez touted her record on the bill. "We need to protect workers ..."': a quote that opens a later sentence of the
    /// paragraph, with no cue and no statement before it to continue, is the words of the person the sentence before it is
    /// about; that sentence's verb stands as the cue. Asked by the attributor only after continuation found nothing.
    /// </summary>
    internal sealed class IntroducingSentenceRule
    {
        private readonly CueFinder cues;

        public IntroducingSentenceRule(CueFinder cues)
        {
            this.cues = cues;
        }

        public CueCandidate? Find(QuoteContext q)
        {
            var p = q.Paragraph;
            if (!q.OpensSentence || q.SentenceIndex == 0 || !QuoteClassifier.LooksLikeStatement(p, q.Span))
            {
                return null;
            }

            var before = p.Sentences[q.SentenceIndex - 1];
            var subject = cues.ClauseSubject(p, before.First, before.End);
            if (subject == null || !(subject.IsPronoun || subject.IsNamed) || IsImpersonal(subject) ||
                !GoverningVerbRule.CanSpeak(cues, subject) || GoverningVerbRule.IsShouted(p, subject))
            {
                return null;
            }

            var cue = CueOf(p, subject, before.End);
            if (cue == null)
            {
                return null;
            }

            cue.Speaker = subject;
            return new CueCandidate(cue, adjacent: false);
        }

        /// <summary>The subject's own verb, as a cue phrase when one starts there ("chimed in").</summary>
        private CueMatch? CueOf(ParagraphText p, Mention subject, int end)
        {
            var t = GoverningVerbRule.SubjectVerb(cues, p, subject, end);
            return t < 0 ? null : cues.MatchCue(p, t, end) ?? new CueMatch { First = t, End = t + 1, Text = p.Word(t) };
        }

        // "It", "I", "we", "you" before a quote are the writer's or no one's: only a third person is introduced this way.
        private static bool IsImpersonal(Mention m) =>
            m.IsPronoun && (m.Text.Equals("it", System.StringComparison.OrdinalIgnoreCase) || m.Text.Equals("i", System.StringComparison.OrdinalIgnoreCase) ||
                m.Text.Equals("we", System.StringComparison.OrdinalIgnoreCase) || m.Text.Equals("you", System.StringComparison.OrdinalIgnoreCase));
    }
}
