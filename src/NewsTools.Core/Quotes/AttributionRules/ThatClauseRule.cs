using System;

namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>"Wang noted that the talks were frank", "Wang told Kono that ...": a cue, perhaps its addressee, then "that" and the reported clause.</summary>
    internal sealed class ThatClauseRule : IReportedSpeechRule
    {
        // The cue needs "that" and at least one word of the clause after it.
        private const int MinTokensAfterCue = 2;
        private readonly CueFinder cues;

        public ThatClauseRule(CueFinder cues)
        {
            this.cues = cues;
        }

        public ReportedClause? Find(ReportedSentence r)
        {
            var p = r.Paragraph;
            var s = r.Sentence;
            foreach (var t in r.CueWords)
            {
                if (t >= s.End - MinTokensAfterCue)
                {
                    break;
                }

                // The match is made only for a cue that a "that" follows: most cue words here report without one.
                var cueEnd = cues.MatchCueEnd(p, t, s.End);
                if (cueEnd < 0 || p.EndsWithIgnoringCase(t, "ing"))
                {
                    continue;
                }

                // Cheap checks first: a "that" right after the cue or after its object ("told Kono that").
                var k = cueEnd;
                Mention? addressee = null;
                if (!IsThat(p, k))
                {
                    if (!p.IsCapitalised(k) && !(p.IsWord(k) && p.Is(k, WordClass.Determiner)))
                    {
                        continue;
                    }

                    addressee = cues.Parser.PhraseAfter(p, k, s.End);
                    if (addressee == null || addressee.IsPronoun)
                    {
                        continue;
                    }

                    k = addressee.EndToken;
                }

                if (!IsThat(p, k) || k + 1 >= s.End)
                {
                    continue;
                }

                var subject = cues.Parser.SubjectBefore(p, t, s.First);
                var cue = CueMatch.Over(p, t, cueEnd);
                if (subject == null || !CueFinder.Fits(p, cue, subject))
                {
                    continue;
                }

                cue.Speaker = subject;
                cue.Addressee = addressee;
                return new ReportedClause(cue, k + 1, r.ContentEnd);
            }

            return null;
        }

        private static bool IsThat(ParagraphText p, int t) => p.IsWord(t) && p.WordIs(t, "that");
    }
}
