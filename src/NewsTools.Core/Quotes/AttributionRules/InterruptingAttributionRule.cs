namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>
    /// "Many of the closures, he said, have involved public courses.": an attribution set off by commas between the reported
    /// clause's subject and its verb. The whole sentence is what was reported, the attribution inside it.
    /// </summary>
    internal sealed class InterruptingAttributionRule : IReportedSpeechRule
    {
        // The clause's subject before the attribution is a noun phrase of a few words, with no verb of its own.
        private const int MaxSubjectTokens = 8;

        private readonly CueFinder cues;

        public InterruptingAttributionRule(CueFinder cues)
        {
            this.cues = cues;
        }

        public ReportedClause? Find(ReportedSentence r)
        {
            var p = r.Paragraph;
            var s = r.Sentence;
            var first = ReportedSentence.AfterDateline(p, s.First, r.ContentEnd);
            foreach (var c in r.CueWords)
            {
                // The comma that opens the attribution, right before its subject.
                var open = OpeningComma(p, first, c);
                if (open < 0)
                {
                    continue;
                }

                var cue = cues.MatchCue(p, c, r.ContentEnd);
                if (cue == null || !p.IsPunct(cue.End, ',') || cue.End + 1 >= r.ContentEnd)
                {
                    continue;
                }

                // "he" or "she", or a name: "it" and "they" reach documents and places as readily as speakers.
                var subject = cues.Parser.SubjectBefore(p, cue.First, open + 1);
                if (subject == null || subject.FirstToken != open + 1 || subject.EndToken != cue.First ||
                    (subject.IsPronoun ? !cues.Lexicon.IsGenderedPronoun(subject.Text) : !subject.IsNamed) || !CueFinder.Fits(p, cue, subject))
                {
                    continue;
                }

                // What stands before the attribution is the clause's subject, no clause of its own; what follows it goes on
                // with the clause's verb.
                if (SentenceEndAttributionRule.HasVerb(p, first, open) || !BareClauseRule.VerbAfter(p, cue.End + 1, r.ContentEnd))
                {
                    return null;
                }

                cue.Speaker = subject;
                return new ReportedClause(cue, first, r.ContentEnd);
            }

            return null;
        }

        /// <summary>The comma before the attribution's subject that ends at the cue word <paramref name="cue"/>, a few words after the sentence's start; -1 if none.</summary>
        private static int OpeningComma(ParagraphText p, int first, int cue)
        {
            for (var t = cue - 1; t > first && cue - t <= MaxSubjectTokens; t--)
            {
                if (p.IsPunct(t, ','))
                {
                    return t - first <= MaxSubjectTokens && !p.IsNumberSeparator(t) ? t : -1;
                }

                if (!p.IsWord(t))
                {
                    return -1;
                }
            }

            return -1;
        }
    }
}
