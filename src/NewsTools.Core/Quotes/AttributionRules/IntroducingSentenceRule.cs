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
            if (!q.OpensSentence || !QuoteClassifier.LooksLikeStatement(q.Paragraph, q.Span))
            {
                return null;
            }

            // The sentence before is in this paragraph, or, for a quote that opens it, the last of an unquoted paragraph before
            // ('Viguerie is upbeat about Cruz's chances.' ¶ '"Not only can Ted Cruz win ..."'): a new paragraph of quotation after
            // a paragraph of narration about someone gives that person's words, as a continuation gives a speaker's.
            var p = q.SentenceIndex > 0 ? q.Paragraph : q.OpensParagraph ? q.PreviousParagraph : null;
            if (p == null || p.Sentences.Count == 0 || (p != q.Paragraph && p.Quotes.Count > 0))
            {
                return null;
            }

            var before = p.Sentences[p == q.Paragraph ? q.SentenceIndex - 1 : p.Sentences.Count - 1];
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
