namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>
    /// "The talks were frank, the Chinese Foreign Ministry said in a statement.": the attribution closes the sentence after
    /// its last comma, or after the one before it when a closing phrase follows ("..., growers said on Thursday, a week
    /// before the festival.").
    /// </summary>
    internal sealed class SentenceEndAttributionRule : IReportedSpeechRule
    {
        // The reported clause before the attribution has a few words at least.
        private const int MinClauseTokens = 4;

        // The attribution and any closing phrase after it are short: the comma stands this close to the sentence end...
        private const int MaxTokensFromComma = 16;

        // ...and the last comma, when it is the attribution's own, closer still.
        private const int MaxTokensFromLastComma = 12;

        // A clause that hangs on the attribution may be long ("..., NASA officials have said, making it a key resource for a
        // long-term human presence on the moon."): the last comma is looked for this far back, and kept only before such a clause.
        private const int MaxAdjunctTokens = 40;

        // The attribution's comma and at most one closing phrase's comma.
        private const int MaxCommas = 2;

        // "told reporters", "said on Tuesday", "said in a statement": what may follow the cue before a clause that hangs on it.
        private const int MaxTokensAfterCueBeforeAdjunct = 3;
        private readonly CueFinder cues;

        public SentenceEndAttributionRule(CueFinder cues)
        {
            this.cues = cues;
        }

        public ReportedClause? Find(ReportedSentence r)
        {
            var p = r.Paragraph;
            var s = r.Sentence;
            var last = r.ContentEnd;
            var limit = last;
            var commas = 0;

            // The tokens of a clause that closes the sentence after the attribution ("..., the sources said, asking not to be
            // named because ..."): the attribution's comma stands near that clause, however long it is.
            var adjunct = 0;
            for (var t = last - 1; t > s.First + MinClauseTokens - 1 && (last - t - adjunct <= MaxTokensFromComma || (commas == 0 && last - t <= MaxAdjunctTokens)); t--)
            {
                // A number's separator ("the 3,000 cases mentioned last week") parts no clause.
                if (!p.IsPunct(t, ',') || p.IsNumberSeparator(t))
                {
                    continue;
                }

                if (++commas > MaxCommas || (commas == 1 && last - t > MaxTokensFromLastComma && !OpensAdjunctClause(p, t + 1)))
                {
                    break;
                }

                var sawCue = false;
                for (var c = t + 1; c < limit; c++)
                {
                    var cue = cues.MatchCue(p, c, limit);
                    if (cue == null)
                    {
                        continue;
                    }

                    sawCue = true;

                    // "..., said Bart Naylor, an advocate for Public Citizen.": the inverted order, the cue right after the comma.
                    // "..., said Rob Wood of Pantheon, adding that ...": the speaker ends where a clause that hangs on the attribution begins.
                    if (c == t + 1 && Inverted(p, cue, r, adjunct > 0 ? limit : r.ContentEnd) is Mention speaker)
                    {
                        cue.Speaker = speaker;
                        return new ReportedClause(cue, s.First, t);
                    }

                    // "..., Mr. Ryan said he welcomed the deal": a clause after the cue is what was reported, not what came before the comma.
                    if (OpensReportedClause(p, cue))
                    {
                        break;
                    }

                    // "So far this year, the economy is adding roughly 182,000 jobs a month": a verb in -ing after its subject is
                    // a progressive that acts on what follows, no attribution of what came before.
                    var subject = cues.Parser.SubjectBefore(p, cue.First, t + 1);
                    // "..., he said.": "he" or "she" attributes as a name does, and stands for the person named before. "it" and
                    // "they" are left out: without quote marks the clause before may be the article's own, and they reach
                    // places and documents as readily as speakers; a relative pronoun ("supporters, who criticised") opens a
                    // clause about the noun before the comma.
                    // After a pronoun no verb may follow the cue: "Questioned about the disaster, he said his faith had not been
                    // shaken" reports the clause after the cue.
                    // Nor may the clause before the comma report with a cue of its own ("the chancellor said the cuts ... were
                    // ..., he told activists"): the attribution there is the earlier one's.
                    // Nor, whatever the subject, when a verb follows the cue: "Speaking at the festival, Santos said filming
                    // would begin" reports what follows "said".
                    // Nor after a negation: "When the council proposed closing the school, the parents did not write letters"
                    // attributes nothing to the parents.
                    if (subject == null || subject.FirstToken != t + 1 || HasFiniteVerb(p, cue.End, limit) || IsNegated(p, cue.First)
                        || (subject.IsPronoun && (!cues.Lexicon.IsGenderedPronoun(subject.Text) || HasVerb(p, cue.End, r.ContentEnd) || HasCueVerb(p, s.First, t)))
                        || !CueFinder.Fits(p, cue, subject) || p.EndsWithIgnoringCase(cue.First, "ing"))
                    {
                        break;
                    }

                    // After the attribution, a clause that hangs on it (below) leaves what was said a plain clause before the
                    // attribution: no comma in it, a verb, and only a short phrase after the cue ("told reporters", "said on
                    // Tuesday"): "On an annual basis, the data suggests annual growth of 0.2%, suggesting ..." reports nothing.
                    // A dateline's comma ("FRANKFURT, May 14 (Reuters) -") is no part of the clause.
                    if (adjunct > 0 && (limit - cue.End > MaxTokensAfterCueBeforeAdjunct || HasVerb(p, cue.End, limit) ||
                        HasComma(p, ReportedSentence.AfterDateline(p, s.First, t), t) || !BareClauseRule.VerbAfter(p, s.First, t)))
                    {
                        break;
                    }

                    cue.Speaker = subject;
                    return new ReportedClause(cue, s.First, t);
                }

                // A participle or subordinate clause after the last comma hangs on the attribution before it ("asking not to
                // be named", "in what would be ..."), whatever cue words of its own it holds.
                // A participle is that clause's verb itself ("making it a key resource for ...").
                if (commas == 1 && OpensAdjunctClause(p, t + 1) && (HasVerb(p, t + 1, limit) || p.EndsWith(t + 1, "ing")))
                {
                    adjunct = last - t;
                    limit = t;
                    continue;
                }

                // Only a closing phrase may follow the attribution ("a week before the festival"), or a clause that hangs on it
                // (above), not a clause of its own: in "In Kabul, officials said, the mood was tense" what was said comes after
                // the attribution.
                if (sawCue || HasVerb(p, t + 1, limit))
                {
                    break;
                }

                limit = t;
            }

            return null;
        }

        /// <summary>
        /// The speaker after an inverted cue that closes the sentence ("..., said Maria Lopez, a lawyer for the tenants.", "...,
        /// says the ministry."): a verb that inverts (the invertedCueVerbs list), a clause with a verb before the comma ("Ellen
        /// Simonetti, known as Queen of the Sky, wrote an account" is a subject and its apposition), a name or noun phrase
        /// after the cue, with its apposition, and no verb after it, which would make the words after the cue a clause ("The
        /// senator, a Republican, said the deal was bad" reports what follows "said"). The subject
        /// opens with a name or a determiner ("said Lopez", "said a spokesman", "said his lawyer"); an object pronoun makes
        /// the verb transitive ("..., called him a master at ...").
        /// </summary>
        private Mention? Inverted(ParagraphText p, CueMatch cue, ReportedSentence r, int end)
        {
            if (cue.End - cue.First != 1 || !cues.Lexicon.InvertedCueVerbs.Contains(p.Word(cue.First)) || HasVerb(p, cue.End, end) ||
                !HasVerb(p, r.Sentence.First, cue.First - 1) || ClosesApposition(p, r.Sentence.First, cue.First - 1) ||
                !(p.IsCapitalised(cue.End) || p.Is(cue.End, WordClass.Determiner) || MentionParser.IsPossessiveDeterminer(p, cue.End)))
            {
                return null;
            }

            var probe = new CueMatch { First = cue.First, End = cue.End, Text = cue.Text };
            if (!cues.WithSubject(p, probe, cue.First, end, r.Sentence) || probe.Speaker == null || probe.Speaker.FirstToken < cue.End || probe.Speaker.IsPronoun)
            {
                return null;
            }

            return probe.Speaker;
        }

        /// <summary>
        /// "Bruce Misamore, who had moved to the US, acknowledged the point.", "Ellen Okafor, a lawyer, wrote an account": the comma
        /// before the cue closes an apposition or relative clause of the subject, so the verb after it is the subject's own.
        /// </summary>
        private static bool ClosesApposition(ParagraphText p, int first, int comma)
        {
            var t = comma - 1;
            while (t > first && !p.IsPunct(t, ','))
            {
                if (p.IsWord(t) && (p.WordIs(t, "who") || p.WordIs(t, "which")))
                {
                    return true;
                }

                t--;
            }

            if (t <= first)
            {
                return false;
            }

            // The words before the first comma are a name alone ("Ellen Okafor, known as ...").
            for (var k = first; k < t; k++)
            {
                if (p.IsWord(k) && !p.IsCapitalised(k))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// After "said": a pronoun, "that", or a determiner opening a noun ("said the deal", not "said two weeks ago") starts the
        /// clause that was reported. After "told", "asked" and the like a determiner opens the one spoken to ("told the AP").
        /// </summary>
        private static bool OpensReportedClause(ParagraphText p, CueMatch cue)
        {
            var k = cue.End;
            if (k >= p.Tokens.Count || !p.IsWord(k))
            {
                return false;
            }

            if (p.Is(k, WordClass.SubjectPronoun) || p.WordIs(k, "that"))
            {
                return true;
            }

            return p.Is(k, WordClass.Determiner) && !ReportedSentence.IsTellVerb(p.Word(cue.First)) && !p.WordIs(cue.First, "asked") && !p.Is(k + 1, WordClass.TimeWord);
        }

        /// <summary>
        /// A clause that can close a sentence after its attribution: a participle ("asking not to be named", "citing ..."), a
        /// subordinator other than "that" ("as the talks went on"), or a preposition before "what" or a determiner ("in what
        /// would be the sector's biggest deal", "in a deal that could be announced next week").
        /// </summary>
        private bool OpensAdjunctClause(ParagraphText p, int k)
        {
            if (!p.IsWord(k) || p.IsCapitalised(k))
            {
                return false;
            }

            // "..., the agency announced Wednesday, a finding that could shape ...": a noun phrase that restates the clause
            // before, with its own relative clause, hangs on the attribution too.
            // "..., the company said, but will focus on managers": a second predicate of the reported clause's subject, opened by
            // "and" or "but" and an auxiliary, goes on with what was said; the clause before the attribution is reported.
            var word = p.Word(k);
            if ((word == "and" || word == "but") && cues.Lexicon.IsAuxiliary(p, k + 1))
            {
                return true;
            }

            return (p.EndsWith(k, "ing") && word.Length > 4) || IndirectSpeechFinder.RelativeAfterComma(p, k - 1) > k || (cues.Lexicon.Subordinators.Contains(word) && word != "that" && word != "who" && word != "which") ||
                (p.Is(k, WordClass.IntroPreposition) && p.IsWord(k + 1) && (p.WordIs(k + 1, "what") || (p.Is(k + 1, WordClass.Determiner) && !p.IsCapitalised(k + 1))));
        }

        // "did not write", "never said", "wouldn't say": the cue is denied, not done.
        private static bool IsNegated(ParagraphText p, int cue) =>
            p.IsWord(cue - 1) && (p.WordIs(cue - 1, "not") || p.WordIs(cue - 1, "never") || MentionParser.IsContraction(p, cue - 1));

        /// <summary>
        /// Whether tokens [first, end) hold a comma that parts clauses or phrases: not the separator of a number ("$600,000"),
        /// nor one of a list ("drinking water, oxygen and even rocket fuel").
        /// </summary>
        private static bool HasComma(ParagraphText p, int first, int end)
        {
            for (var t = first; t < end; t++)
            {
                if (p.IsPunct(t, ',') && !p.IsNumberSeparator(t) && !IsListComma(p, t, end))
                {
                    return true;
                }
            }

            return false;
        }

        // A list's items between its commas and its "and" are short: "water, oxygen and even rocket fuel".
        private const int MaxListItemWords = 4;

        /// <summary>The comma at <paramref name="comma"/> parts a list's items: only words follow it, a few, up to "and" or "or" before <paramref name="end"/>.</summary>
        private static bool IsListComma(ParagraphText p, int comma, int end)
        {
            for (var t = comma + 1; t < end && t - comma <= MaxListItemWords + 1; t++)
            {
                if (!p.IsWord(t))
                {
                    return false;
                }

                if (t > comma + 1 && (p.WordIs(t, "and") || p.WordIs(t, "or")))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether tokens [first, end) hold a finite verb's mark: an auxiliary or a lowercase form in -ed ("filming would
        /// begin", "Mars denied"); not a cue that is also a noun ("said in its report") or an adverb ("said later").
        /// </summary>
        private bool HasFiniteVerb(ParagraphText p, int first, int end)
        {
            for (var t = first; t < end; t++)
            {
                if (p.IsWord(t) && !p.IsCapitalised(t) && (p.IsEdForm(t) || cues.Lexicon.IsAuxiliary(p, t)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether tokens [first, end) hold a word of the cue verbs ("said", "told").</summary>
        private static bool HasCueVerb(ParagraphText p, int first, int end)
        {
            for (var t = first; t < end; t++)
            {
                if (p.Is(t, WordClass.CueVerb))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether tokens [first, end) hold a verb form: an auxiliary, a cue verb or a lowercase "-ed" word.</summary>
        internal static bool HasVerb(ParagraphText p, int first, int end)
        {
            for (var t = first; t < end; t++)
            {
                if (ReportedSentence.IsVerbForm(p, t, WordClass.CueModifier | WordClass.CueVerb))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
