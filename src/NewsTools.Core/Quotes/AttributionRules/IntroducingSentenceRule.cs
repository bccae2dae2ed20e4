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
            if (subject == null || !(subject.IsPronoun || subject.IsNamed || IsDefiniteRole(p, subject)) || IsImpersonal(subject) ||
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

        /// <summary>The subject's own verb, as a cue phrase when one starts there ("chimed in"), or the copula of a stance.</summary>
        private CueMatch? CueOf(ParagraphText p, Mention subject, int end)
        {
            var t = GoverningVerbRule.SubjectVerb(cues, p, subject, end, pastForms: true);
            if (t < 0)
            {
                t = StanceCopula(p, subject, end);
            }

            return t < 0 ? null : cues.MatchCue(p, t, end) ?? new CueMatch { First = t, End = t + 1, Text = p.Word(t) };
        }

        /// <summary>
        /// 'Viguerie is upbeat about Cruz's chances.', 'She was blunt.': a sentence that tells a person's stance with a copula and
        /// a predicate adjective introduces that person's words as surely as one with a verb of saying does; -1 otherwise. Not a
        /// passive ("was arrested"), a progressive (read as a verb already) or a predicate noun or place ("is a senator", "was in Ohio").
        /// </summary>
        private int StanceCopula(ParagraphText p, Mention subject, int end)
        {
            // The copula stands among the auxiliaries and adverbs after the subject ("is also", "was not"), which the verb finder skips.
            var copula = -1;
            var k = subject.EndToken;
            while (k < end && p.IsWord(k) && p.Is(k, WordClass.CueModifier))
            {
                copula = IsCopula(p.Word(k)) ? k : copula;
                k++;
            }

            if (copula < 0 || k >= end || !p.IsWord(k) || p.IsCapitalised(k) || p.Tokens[k].Quote >= 0 ||
                p.Is(k, WordClass.Determiner | WordClass.ClauseWord))
            {
                return -1;
            }

            var w = p.Word(k);
            return w.EndsWith("ed", System.StringComparison.Ordinal) || w.EndsWith("ing", System.StringComparison.Ordinal) ? -1 : copula;
        }

        /// <summary>
        /// "The Christian leader further related that ...", "the senator was blunt": a role with "the" refers back to someone the
        /// article has named, as a name or a pronoun does.
        /// </summary>
        private static bool IsDefiniteRole(ParagraphText p, Mention m) =>
            !m.IsPronoun && m.EndToken - m.FirstToken >= 2 && (p.WordIs(m.FirstToken, "the") || p.WordIs(m.FirstToken, "The")) &&
            p.Is(m.EndToken - 1, WordClass.TitleWord) && !p.IsCapitalised(m.EndToken - 1);

        private static bool IsCopula(string w) => w == "is" || w == "was" || w == "are" || w == "were";

        // "It", "I", "we", "you" before a quote are the writer's or no one's: only a third person is introduced this way.
        private static bool IsImpersonal(Mention m) =>
            m.IsPronoun && (m.Text.Equals("it", System.StringComparison.OrdinalIgnoreCase) || m.Text.Equals("i", System.StringComparison.OrdinalIgnoreCase) ||
                m.Text.Equals("we", System.StringComparison.OrdinalIgnoreCase) || m.Text.Equals("you", System.StringComparison.OrdinalIgnoreCase));
    }
}
