using System;

namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>
    /// "Wang noted that the talks were frank", "Wang told Kono that ...", "the ministry said in a statement that ...": a cue,
    /// perhaps its addressee and phrases of place, time or medium, then "that" and the reported clause.
    /// </summary>
    internal sealed class ThatClauseRule : IReportedSpeechRule
    {
        // The cue needs "that" and at least one word of the clause after it.
        private const int MinTokensAfterCue = 2;

        // "told reporters in Beijing on Sunday that": phrases of place, time or medium between the cue (or its addressee) and "that".
        private const int MaxPhrasesBeforeThat = 3;

        // "said late last week that": the bare time words between the cue (or its addressee) and "that".
        private const int MaxTimeWordsBeforeThat = 3;
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
                // A participle reports only as a saying verb that opens a clause after a comma ("..., saying that") or after
                // "as" ("was quoted as saying that").
                var cueEnd = cues.MatchCueEnd(p, t, s.End);
                if (cueEnd < 0 || (p.EndsWithIgnoringCase(t, "ing") && !(p.Is(t, WordClass.BareClauseCue) && (p.IsPunct(t - 1, ',') || (p.IsWord(t - 1) && p.WordIs(t - 1, "as"))))))
                {
                    continue;
                }

                // Cheap checks first: a "that" right after the cue or after its object ("told Kono that").
                var k = AfterPhrases(p, cueEnd, s.End);
                Mention? addressee = null;
                if (!IsThat(p, k))
                {
                    // The object of a telling verb may be a bare plural too ("told reporters that").
                    if (!p.IsCapitalised(k) && !(p.IsWord(k) && (p.Is(k, WordClass.Determiner) || (ReportedSentence.IsTellVerb(p.Word(t)) && !p.Is(k, WordClass.IntroPreposition)))))
                    {
                        continue;
                    }

                    addressee = cues.Parser.PhraseAfter(p, k, s.End);
                    if (addressee == null || addressee.IsPronoun)
                    {
                        continue;
                    }

                    // Phrases of setting after an object only for a telling verb's addressee ("told reporters in Beijing that"):
                    // "called for a change to the perception in Germany that" is a noun's clause.
                    k = ReportedSentence.IsTellVerb(p.Word(t)) ? AfterPhrases(p, addressee.EndToken, s.End) : addressee.EndToken;
                }

                // "hinted at that in a news conference": "that" right after a preposition is its object, no clause's opener.
                if (!IsThat(p, k) || k + 1 >= s.End || (p.IsWord(k - 1) && !p.IsCapitalised(k - 1) && p.Is(k - 1, WordClass.IntroPreposition | WordClass.PostModifierPreposition)))
                {
                    continue;
                }

                var subject = cues.ReportingSubject(p, t, s);
                var cue = CueMatch.Over(p, t, cueEnd);
                if (subject == null || !CueFinder.Fits(p, cue, subject))
                {
                    continue;
                }

                cue.Speaker = subject;
                cue.Addressee = addressee;
                return new ReportedClause(cue, k + 1, r.ClauseEnd(subject, k + 1));
            }

            return null;
        }

        private static bool IsThat(ParagraphText p, int t) => p.IsWord(t) && p.WordIs(t, "that");

        // "however", "for his part", "in a statement": an aside between commas is a few words.
        private const int MaxAsideWords = 4;

        /// <summary>The "that" after an aside the comma at <paramref name="comma"/> opens and a second comma closes; -1 if none.</summary>
        private static int AfterAsideBeforeThat(ParagraphText p, int comma, int end)
        {
            if (!p.IsPunct(comma, ','))
            {
                return -1;
            }

            for (var t = comma + 1; t < end && t - comma <= MaxAsideWords + 1; t++)
            {
                if (p.IsPunct(t, ','))
                {
                    return t > comma + 1 && IsThat(p, t + 1) ? t + 1 : -1;
                }

                if (!p.IsWord(t) || p.Tokens[t].Quote >= 0)
                {
                    return -1;
                }
            }

            return -1;
        }

        /// <summary>
        /// Past the prepositional phrases that say where, when or how the words were said, up to a "that": "said in a statement
        /// that", "told reporters in Beijing on Sunday that", "wrote on Twitter that". Where no "that" follows, <paramref name="k"/>.
        /// </summary>
        private int AfterPhrases(ParagraphText p, int k, int end)
        {
            var at = k;
            var timeWords = 0;
            for (var n = 0; n < MaxPhrasesBeforeThat && at < end && !IsThat(p, at);)
            {
                var after = ReportedSentence.AfterSettingPhrase(p, at, end, cues, n);
                if (after >= 0)
                {
                    at = after;
                    n++;
                    continue;
                }

                // "warned, however, that", "added, though, that": a few words set off by commas before "that" are an aside.
                var aside = AfterAsideBeforeThat(p, at, end);
                if (aside >= 0)
                {
                    return aside;
                }

                // "told reporters last week that", "said Friday that": bare time words stand there too.
                if (timeWords >= MaxTimeWordsBeforeThat || !p.Is(at, WordClass.TimeWord))
                {
                    return k;
                }

                at++;
                timeWords++;
            }

            // After a phrase's noun, a "that" with a verb next is a relative pronoun: "deals on voice calls at rates that will
            // probably have to be matched" reports nothing.
            return at > k && IsThat(p, at) && !ReportedSentence.IsVerbForm(p, at + 1, WordClass.CueModifier | WordClass.ClauseVerb | WordClass.CueVerb) ? at : k;
        }
    }
}
