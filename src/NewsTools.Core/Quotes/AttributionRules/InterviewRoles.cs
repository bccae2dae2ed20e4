namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>
    /// Who asks and who answers in an interview, as the piece introduces it: "Smith told Jane Doe in an interview" (the teller
    /// answers), "Jane Doe interviewed John Smith" (the subject asks), "Smith was interviewed by
    /// Jane Doe" (the passive turns them round), "Biden spoke with POLITICO's Michael Grunwald" (a verb of conversation: the
    /// newsmaker, its subject, answers), "an interview with Ana Ruiz" (she answers). The latest introduction wins. Read for
    /// <see cref="TranscriptTurnRule"/>'s Q: and A: lines.
    /// </summary>
    internal sealed class InterviewRoles
    {
        private readonly CueLexicon lexicon;
        private readonly MentionParser parser;
        private readonly SpeakerResolver resolver;

        public InterviewRoles(CueLexicon lexicon, MentionParser parser, SpeakerResolver resolver)
        {
            this.lexicon = lexicon;
            this.parser = parser;
            this.resolver = resolver;
        }

        /// <summary>Who asks the questions, or null when the piece names nobody.</summary>
        public ResolvedSpeaker? Interviewer { get; private set; }

        /// <summary>Who answers them, or null when the piece names nobody.</summary>
        public ResolvedSpeaker? Interviewee { get; private set; }

        public void Clear()
        {
            Interviewer = null;
            Interviewee = null;
        }

        /// <summary>Reads a paragraph for an introduction of the interview.</summary>
        public void Learn(ParagraphText p)
        {
            for (var t = 0; t < p.Tokens.Count; t++)
            {
                if (!p.IsWord(t))
                {
                    continue;
                }

                var (first, end) = p.Sentences[p.SentenceOf(t)];
                if (lexicon.TellVerbs.Contains(p.Word(t)) && HasInterviewNoun(p, t + 1, end))
                {
                    // "Smith told Jane Doe in an interview": Smith answers, Jane Doe asks.
                    Set(p, asker: parser.PhraseAfter(p, t + 1, end), answerer: parser.SubjectBefore(p, t, first));
                    continue;
                }

                // "an interview with Mayor Ana Ruiz", a headline's or an introduction's: the person named answers; who asks
                // stays as an earlier introduction gave it, or unknown. In "said in an interview with Ledger reporter Ann
                // Marsh" the subject answers and the one named asks: after "in" or "during" it is no introduction of this kind.
                if (lexicon.InterviewNouns.Contains(p.Word(t)) && p.IsWord(t + 1) && p.WordIs(t + 1, "with") && !AfterInOrDuring(p, t) &&
                    parser.PhraseAfter(p, t + 2, end) is Mention with && !with.IsPronoun && Speaker(p, with) is ResolvedSpeaker interviewee &&
                    interviewee.Type == SpeakerType.Person)
                {
                    Interviewee = interviewee;
                    continue;
                }

                var answered = PhraseAt(p, t, lexicon.IntervieweeVerbs);
                if (answered > 0)
                {
                    // "Biden spoke with POLITICO's Michael Grunwald": the newsmaker answers.
                    Set(p, asker: parser.PhraseAfter(p, t + answered, end), answerer: parser.SubjectBefore(p, t, first));
                    continue;
                }

                var length = PhraseAt(p, t, lexicon.InterviewerVerbs);
                if (length == 0)
                {
                    continue;
                }

                var after = t + length;
                if (p.IsWord(after) && p.WordIs(after, "by"))
                {
                    Set(p, asker: parser.PhraseAfter(p, after + 1, end), answerer: parser.SubjectBefore(p, t, first));
                }
                else
                {
                    Set(p, asker: parser.SubjectBefore(p, t, first), answerer: parser.PhraseAfter(p, after, end));
                }
            }
        }

        private void Set(ParagraphText p, Mention? asker, Mention? answerer)
        {
            if (asker == null || answerer == null)
            {
                return;
            }

            var a = Speaker(p, asker);
            var b = Speaker(p, answerer);
            if (a != null && b != null)
            {
                Interviewer = a;
                Interviewee = b;
            }
        }

        private ResolvedSpeaker? Speaker(ParagraphText p, Mention m)
        {
            if (!m.IsPronoun)
            {
                return resolver.Resolve(m, m.Start);
            }

            var e = resolver.ResolvePronoun(m.Text.ToLowerInvariant(), m.Start, p.Index);
            return e == null ? null : e.AsSpeaker(e.Title);
        }

        // "in an interview", "during an exclusive interview": "in" or "during" within the three words before the noun.
        private static bool AfterInOrDuring(ParagraphText p, int noun)
        {
            for (var k = noun - 1; k >= 0 && noun - k <= 3 && p.IsWord(k); k--)
            {
                if (p.WordIsIgnoringCase(k, "in") || p.WordIsIgnoringCase(k, "during"))
                {
                    return true;
                }
            }

            return false;
        }

        private bool HasInterviewNoun(ParagraphText p, int from, int end)
        {
            for (var t = from; t < end; t++)
            {
                if (p.IsWord(t) && lexicon.InterviewNouns.Contains(p.Word(t)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The number of words of the first of <paramref name="phrases"/> at <paramref name="t"/> ("sat down with": 3), or 0.</summary>
        private static int PhraseAt(ParagraphText p, int t, System.Collections.Generic.List<string[]> phrases)
        {
            foreach (var phrase in phrases)
            {
                if (p.PhraseIs(t, phrase))
                {
                    return phrase.Length;
                }
            }

            return 0;
        }
    }
}
