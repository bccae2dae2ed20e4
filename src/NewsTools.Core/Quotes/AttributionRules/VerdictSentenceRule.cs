namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>
    /// '"We are not ready." That was the blunt verdict of coach Tim Lee.', '"..." So said Maria Gomez.': a quotation that is a
    /// sentence of its own, named as someone's words by the sentence after it: a demonstrative and "was" or "were" before a
    /// speech noun (list speechNouns: "verdict", "message", "words") and "of" or "from" with the speaker; or "So said" and the
    /// speaker.
    /// </summary>
    internal sealed class VerdictSentenceRule : ICueRule
    {
        // "That was the blunt, early verdict of": at most this many words between the verb and the speech noun.
        private const int MaxWordsBeforeNoun = 4;

        private readonly CueFinder cues;

        public VerdictSentenceRule(CueFinder cues)
        {
            this.cues = cues;
        }

        public CueCandidate? Find(QuoteContext q)
        {
            var p = q.Paragraph;
            if (!q.OpensSentence || q.SentenceIndex + 1 >= p.Sentences.Count || HasWord(p, q.Span.CloseToken + 1, q.Sentence.End))
            {
                return null;
            }

            var (first, end) = p.Sentences[q.SentenceIndex + 1];
            if (!p.IsWord(first) || !p.IsWord(first + 1) || HasQuote(p, first, end))
            {
                return null;
            }

            // "So said the club owner, Maria Gomez.": the inverted cue and its subject, read as after any quotation.
            if (p.WordIs(first, "So") && (p.WordIs(first + 1, "said") || p.WordIs(first + 1, "says")))
            {
                var said = cues.MatchCue(p, first + 1, end);
                return said != null && cues.WithSubject(p, said, first + 1, end, (first, end)) && said.Speaker is Mention subject && !subject.IsPronoun
                    ? new CueCandidate(said, adjacent: false) : (CueCandidate?)null;
            }

            int cue;
            int speakerStart;
            if (IsDemonstrative(p, first) && IsBe(p, first + 1) && SpeechNounAfter(p, first + 2, end) is int noun &&
                p.IsWord(noun + 1) && (p.WordIs(noun + 1, "of") || p.WordIs(noun + 1, "from")))
            {
                cue = noun;
                speakerStart = noun + 2;
            }
            else
            {
                return null;
            }

            var speaker = speakerStart < end ? cues.Parser.PhraseAfter(p, speakerStart, end) : null;
            if (speaker == null || speaker.IsPronoun || !GoverningVerbRule.CanSpeak(cues, speaker))
            {
                return null;
            }

            return new CueCandidate(new CueMatch { First = cue, End = cue + 1, Text = p.Word(cue), Speaker = speaker }, adjacent: false);
        }

        private static bool HasWord(ParagraphText p, int from, int end)
        {
            for (var t = from; t < end; t++)
            {
                if (p.IsWord(t))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasQuote(ParagraphText p, int from, int end)
        {
            for (var t = from; t < end; t++)
            {
                if (p.Tokens[t].Quote >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsDemonstrative(ParagraphText p, int t) =>
            p.WordIs(t, "That") || p.WordIs(t, "This") || p.WordIs(t, "Those") || p.WordIs(t, "These") || p.WordIs(t, "Such");

        private static bool IsBe(ParagraphText p, int t) => p.WordIs(t, "was") || p.WordIs(t, "were") || p.WordIs(t, "is") || p.WordIs(t, "are");

        /// <summary>The speech noun after the article and a few lowercase modifiers from <paramref name="from"/>, or null.</summary>
        private int? SpeechNounAfter(ParagraphText p, int from, int end)
        {
            for (var t = from; t < end && t - from <= MaxWordsBeforeNoun && p.IsWord(t) && !p.IsCapitalised(t); t++)
            {
                if (cues.Lexicon.SpeechNouns.Contains(p.Word(t)))
                {
                    return t;
                }

                if (p.Is(t, WordClass.ClauseWord | WordClass.CueVerb))
                {
                    return null;
                }
            }

            return null;
        }
    }
}
