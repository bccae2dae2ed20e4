namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>"Cox says Obama is trying ...", "Wang said Tuesday the talks ...": a saying verb whose clause follows without "that".</summary>
    internal sealed class BareClauseRule : IReportedSpeechRule
    {
        // The cue needs a subject before it and a clause of two words or more after it.
        private const int MinTokensAfterCue = 3;

        // "said Tuesday night", "said on Friday": the time words between the cue and its clause.
        private const int MaxTimeWords = 4;

        // "said in an interview on Sunday", "told reporters at the airport in Lagos": phrases of place, time or medium.
        private const int MaxPhrases = 3;

        // "insurers had been told": a plural noun opens the clause only when its verb follows within this many words.
        private const int MaxWordsToVerb = 6;

        // "prices", "analysts": shorter words ending in -s ("is", "has", "news") are rarely plural nouns that act.
        private const int MinPluralNounLength = 5;
        private readonly CueFinder cues;

        public BareClauseRule(CueFinder cues)
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

                if (t < s.First + 1 || !p.Is(t, WordClass.BareClauseCue) || p.IsCapitalised(t))
                {
                    continue;
                }

                var k = t + 1;
                Mention? addressee = null;
                if (ReportedSentence.IsTellVerb(p.Word(t)))
                {
                    addressee = cues.Parser.PhraseAfter(p, k, s.End);
                    if (addressee == null)
                    {
                        continue;
                    }

                    // "told the court he had acted": the phrase parser reads on over lowercase words; the subject pronoun or
                    // determiner after the addressee's first word opens the clause.
                    k = ReportedSentence.PhraseEnd(p, addressee);
                    if (k < addressee.EndToken)
                    {
                        addressee = cues.Parser.Make(p, addressee.FirstToken, k);
                    }
                    else if (NounAfterName(p, k, s.End) is int nounEnd)
                    {
                        // "told the BBC News website he ...": the name the phrase ended on modifies the noun after it.
                        addressee = cues.Parser.Make(p, addressee.FirstToken, nounEnd);
                        k = nounEnd;
                    }
                }

                k = AfterPlaceAndTime(p, t, k, s.End);

                if (k >= s.End - 1 || !OpensClause(p, k) || (OpensWithDeterminer(p, k) && !VerbAfter(p, k + 1, s.End)) ||
                    (OpensWithName(p, k) && !VerbAfter(p, k + 1, s.End) && !IsPresentAfterName(p, k + 1)))
                {
                    continue;
                }

                var cue = new CueMatch { First = t, End = t + 1, Text = p.Word(t), Addressee = addressee };
                var subject = cues.ReportingSubject(p, t, s);
                if (subject == null || !CanReport(p, subject))
                {
                    continue;
                }

                cue.Speaker = subject;
                return new ReportedClause(cue, k, r.ClauseEnd(subject, k));
            }

            return null;
        }

        /// <summary>
        /// Past the time words and the phrases of place or medium between the cue (or its addressee) and the clause: "said
        /// Tuesday night", "said on Monday", "said in a statement", "told reporters at the airport". A phrase that ends the
        /// sentence leaves no clause: "wrote on Facebook." reports nothing.
        /// </summary>
        private int AfterPlaceAndTime(ParagraphText p, int t, int k, int end)
        {
            for (var phrases = 0; k < end && p.IsWord(k);)
            {
                var after = phrases < MaxPhrases ? ReportedSentence.AfterSettingPhrase(p, k, end, cues, phrases) : -1;
                if (after >= 0)
                {
                    k = after;
                    phrases++;
                    continue;
                }

                // "said at least 50 people died": a time word that qualifies an amount opens the clause.
                if (k - t > MaxTimeWords || !p.Is(k, WordClass.TimeWord) || AmountEnd(p, k) > k)
                {
                    break;
                }

                k++;
            }

            return k;
        }

        /// <summary>
        /// A pronoun, a name, a title, a phrase with a determiner, or a bare plural noun ("Analysts said", "Critics of the
        /// government say", whose head stands before "of"): someone who can report.
        /// </summary>
        private bool CanReport(ParagraphText p, Mention subject) =>
            subject.IsPronoun || MentionParser.IsThosePolled(p, subject.EndToken - 1, subject.FirstToken) || subject.IsNamed || subject.Title != null || p.Is(subject.FirstToken, WordClass.Determiner) || IsPluralNoun(p, subject.EndToken - 1) ||
            (p.WordIs(subject.FirstToken + 1, "of") && p.EndsWith(subject.FirstToken, "s") && !p.EndsWith(subject.FirstToken, "ss"));

        /// <summary>A clause starts with its subject: a pronoun, "there", a determiner or a name.</summary>
        private bool OpensClause(ParagraphText p, int k)
        {
            if (!p.IsWord(k))
            {
                return false;
            }

            var lexicon = cues.Lexicon;
            var w = p.Word(k);
            if (p.IsCapitalised(k))
            {
                // "said Mr Brown was clever": a title before a name opens the name, though alone it is no name.
                return !lexicon.NotNames.Contains(w) || lexicon.SubjectPronouns.Contains(w) || w == "The" || w == "There"
                    || (p.Is(k, WordClass.TitleWord) && p.IsWord(k + 1) && p.IsCapitalised(k + 1) && !lexicon.NotNames.Contains(p.Word(k + 1)));
            }

            // "it" and "you" are objects too: "could not maintain it and ..." opens no clause; a subject has its verb next.
            if ((w == "it" || w == "you") && (!p.IsWord(k + 1) || MentionParser.IsVerbConjunction(p, k + 1) || (p.Is(k + 1, WordClass.IntroPreposition) && !p.Is(k + 1, WordClass.CueModifier))))
            {
                return false;
            }

            return lexicon.SubjectPronouns.Contains(w) || w == "there" || lexicon.Determiners.Contains(w) || w == "his" || w == "her" || w == "their" || w == "its" || w == "this" ||
                OpensWithNoun(p, k) || (AmountEnd(p, k) is var amount && amount > k && VerbOfSubjectAfter(p, amount)) ||
                (lexicon.PluralPeopleNouns.Contains(w) && !p.EndsWith(k, "s") && VerbSoonAfter(p, k + 1)) ||
                (lexicon.ClauseQuantifiers.Contains(w) && p.IsWord(k + 1) && !p.IsCapitalised(k + 1) && OpensWithNoun(p, k + 1));
        }

        // "the BBC News website", "the Downing Street press office": at most this many lowercase nouns after the name.
        private const int MaxNounsAfterName = 2;

        /// <summary>
        /// The end of the lowercase nouns after an addressee that ended on a name ("told the BBC News website he ..."), when a
        /// clause with a verb opens right after them; null otherwise ("told the BBC people were angry" keeps "people" in the clause).
        /// </summary>
        private int? NounAfterName(ParagraphText p, int k, int end)
        {
            if (k < 1 || !p.IsWord(k - 1) || !p.IsCapitalised(k - 1))
            {
                return null;
            }

            var t = k;
            // "told news agency Reuters such a move ...": a quantifier that opens a clause's subject (list clauseQuantifiers) is no noun.
            while (t < end && t - k < MaxNounsAfterName && MentionParser.IsPlainNoun(p, t) && !p.EndsWith(t, "s") && !cues.Lexicon.ClauseQuantifiers.Contains(p.Word(t)))
            {
                t++;
            }

            // A name after the nouns is theirs ("told the Argentine newspaper Clarin it would"): the clause opens in lower case.
            return t > k && t < end - 1 && !p.IsCapitalised(t) && OpensClause(p, t) && (p.Is(t, WordClass.SubjectPronoun) || VerbAfter(p, t + 1, end)) ? t : (int?)null;
        }

        /// <summary>
        /// A subject of nouns with no determiner opens at <paramref name="k"/> and its verb follows: a plural ("said prices
        /// rose", "said oil prices would rise"; a short one, "cuts", "jobs", only right before an auxiliary, as such words are
        /// verbs as often), or a singular noun before an auxiliary ("said growth was strong").
        /// </summary>
        private bool OpensWithNoun(ParagraphText p, int k) =>
            (PluralNounAt(p, k) is var plural && plural >= k && (plural == k ? VerbSoonAfter(p, k + 1) : VerbOfSubjectAfter(p, plural + 1))) ||
            NounBeforeAuxiliary(p, k) || (IsShortPlural(p, k) && cues.Lexicon.IsAuxiliary(p, k + 1));

        // "cuts", "jobs", "fees": four letters in -s, no mark, no pronoun, time word or preposition. A verb's form ("cuts") may
        // be the noun: no verb stands right before an auxiliary.
        private static bool IsShortPlural(ParagraphText p, int t) =>
            p.IsWord(t) && p.Tokens[t].End - p.Tokens[t].Start == MinPluralNounLength - 1 && p.EndsWith(t, "s") && !p.EndsWith(t, "ss") &&
            !p.IsCapitalised(t) && !p.HasApostrophe(t) &&
            !p.Is(t, WordClass.SubjectPronoun | WordClass.TimeWord | WordClass.ClauseWord | WordClass.IntroPreposition | WordClass.Determiner);

        /// <summary>
        /// "said growth was strong", "said consumer demand had slowed": a bare singular noun, after at most one plain noun that
        /// modifies it, or a gerund, with an auxiliary right after it (or after an adverb: "still is") is the clause's subject (a cue that is also a noun,
        /// "demand", is the noun there: no verb stands right before an auxiliary).
        /// </summary>
        private bool NounBeforeAuxiliary(ParagraphText p, int k)
        {
            // "said filming would begin in March", "said spending will rise": a gerund right before its auxiliary is the subject.
            var lexicon = cues.Lexicon;
            if (p.IsWord(k) && !p.IsCapitalised(k) && p.EndsWith(k, "ing") && p.Tokens[k].End - p.Tokens[k].Start > 5 && p.Tokens[k].Classes == WordClass.None)
            {
                return lexicon.IsAuxiliary(p, k + 1) || AuxiliaryAfterOfPhrase(p, k + 1);
            }

            for (var t = k; t <= k + 1 && (MentionParser.IsPlainNoun(p, t) || (p.Is(t, WordClass.NounCue) && !p.IsCapitalised(t))) && char.IsLetter(p.Source[p.Tokens[t].Start]); t++)
            {
                // "said human behaviour still is to blame": an adverb may stand between the noun and its auxiliary.
                if (lexicon.IsAuxiliary(p, t + 1) || AuxiliaryAfterOfPhrase(p, t + 1) || (IsAdverbBeforeVerb(p, t + 1) && lexicon.IsAuxiliary(p, t + 2)))
                {
                    return true;
                }
            }

            return false;
        }

        // "funding for testing", "compensation of Rs 4 lakh": at most this many words in the noun's own phrase before its auxiliary.
        private const int MaxOfPhraseWords = 4;

        /// <summary>
        /// "said funding for testing had been cut", "said compensation of Rs 4 lakh would be given": the noun's "of" or "for"
        /// phrase at <paramref name="t"/>, of a few words with no verb or mark, then an auxiliary.
        /// </summary>
        private bool AuxiliaryAfterOfPhrase(ParagraphText p, int t)
        {
            if (!p.IsWord(t) || !(p.WordIs(t, "of") || p.WordIs(t, "for")))
            {
                return false;
            }

            for (var k = t + 1; k <= t + MaxOfPhraseWords + 1 && p.IsWord(k); k++)
            {
                if (cues.Lexicon.IsAuxiliary(p, k))
                {
                    return k > t + 1;
                }

                if (ReportedSentence.IsVerbForm(p, k, WordClass.CueVerb | WordClass.ClauseVerb | WordClass.CueModifier) || p.Is(k, WordClass.ClauseWord | WordClass.SubjectPronoun))
                {
                    return false;
                }
            }

            return false;
        }

        // "oil prices", "asylum applications": at most this many plain nouns before the plural that heads a clause's subject.
        private const int MaxNounModifiers = 2;

        /// <summary>
        /// The plural noun that heads a subject opening at <paramref name="k"/>, alone ("prices rose") or after plain nouns
        /// that modify it ("said asylum applications were down", "said oil prices would rise"); -1 when none does.
        /// </summary>
        private static int PluralNounAt(ParagraphText p, int k)
        {
            for (var t = k; t <= k + MaxNounModifiers && p.IsWord(t); t++)
            {
                if (IsPluralNoun(p, t))
                {
                    return t;
                }

                if (!MentionParser.IsPlainNoun(p, t) || !char.IsLetter(p.Source[p.Tokens[t].Start]))
                {
                    return -1;
                }
            }

            return -1;
        }

        // At most this many qualifying words before an amount: "more than", "at least", "up to about".
        private const int MaxAmountQualifiers = 3;

        /// <summary>
        /// A verb soon after a subject read without a determiner (a compound noun, an amount): a verb form, a cue or an auxiliary
        /// (list auxiliaries), before any word that opens a subordinate clause (list subordinators).
        /// </summary>
        private bool VerbOfSubjectAfter(ParagraphText p, int from)
        {
            var lexicon = cues.Lexicon;
            for (var t = from; t < from + MaxWordsToVerb && p.IsWord(t); t++)
            {
                var w = p.Word(t);
                if (lexicon.Subordinators.Contains(w))
                {
                    return false;
                }

                if (ReportedSentence.IsVerbForm(p, t, WordClass.ClauseVerb | WordClass.CueVerb) || lexicon.Auxiliaries.Contains(w))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Where an amount that can be a clause's subject ends, past its "%": a number or a quantity noun, after words that
        /// qualify it ("about half of services would run", "more than 300 jobs could go", "80% of members voted"); -1 when
        /// none opens at <paramref name="k"/>. The verb must follow.
        /// </summary>
        private int AmountEnd(ParagraphText p, int k)
        {
            // After a name, a time word or a determiner the number belongs to that phrase: "told BBC News 24 she ...", "said in
            // November 2003 he ...", "said during his nearly 22 years in Parliament he ...".
            var lexicon = cues.Lexicon;
            if (k > 0 && p.IsWord(k - 1) && (p.IsCapitalised(k - 1) || p.Is(k - 1, WordClass.TimeWord | WordClass.Determiner) || MentionParser.IsPossessiveDeterminer(p, k - 1)))
            {
                return -1;
            }

            for (var t = k; t <= k + MaxAmountQualifiers && p.IsWord(t) && !p.IsCapitalised(t); t++)
            {
                var token = p.Tokens[t];
                if (char.IsDigit(p.Source[token.Start]))
                {
                    // "Radio 4's Today programme": a number with a possessive is a name's.
                    if (p.HasApostrophe(t))
                    {
                        return -1;
                    }

                    // "2,300": the groups of a number written with separators are tokens of their own, written together.
                    while (p.IsNumberSeparator(t + 1))
                    {
                        t += 2;
                    }

                    return p.IsPunct(t + 1, '%') ? t + 2 : t + 1;
                }

                // "at least two shelters had lost power", "nearly twenty-five people": a number in words too.
                var w = p.Word(t);
                if (lexicon.QuantityNouns.Contains(w) || lexicon.IsNumberWord(w))
                {
                    return t + 1;
                }

                if (!(lexicon.AmountQualifiers.Contains(w) || (t > k && lexicon.AmountQualifierLinks.Contains(w))))
                {
                    return -1;
                }
            }

            return -1;
        }

        /// <summary>A clause opened by a determiner or a possessive ("the talks", "his plan").</summary>
        private bool OpensWithDeterminer(ParagraphText p, int k) =>
            !p.IsCapitalised(k) && (cues.Lexicon.Determiners.Contains(p.Word(k)) || MentionParser.IsPossessiveDeterminer(p, k));

        /// <summary>
        /// A clause opened by a capitalised word that is no pronoun ("Syria's alleged involvement", "Linux-based elements"): a
        /// name or a phrase, which is the verb's object unless a verb follows it.
        /// </summary>
        private bool OpensWithName(ParagraphText p, int k) =>
            p.IsCapitalised(k) && !cues.Lexicon.SubjectPronouns.Contains(p.Word(k)) && !p.WordIs(k, "There");

        /// <summary>
        /// Whether a verb follows in the sentence: a clause opened by a noun phrase has one ("the talks would continue"), an
        /// object does not ("wrote a letter to the council").
        /// </summary>
        internal static bool VerbAfter(ParagraphText p, int from, int end)
        {
            for (var t = from; t < end; t++)
            {
                // After a possessive a word modifies the noun ("Syria's alleged involvement"), as a form in -ed does after an
                // article ("the expected rise").
                if (ReportedSentence.IsVerbForm(p, t, WordClass.CueModifier | WordClass.ClauseVerb | WordClass.CueVerb) && !(t > 0 && p.IsPossessive(t - 1)) &&
                    !(t > 0 && p.Is(t - 1, WordClass.Determiner) && !p.Is(t, WordClass.CueModifier | WordClass.ClauseVerb | WordClass.CueVerb)))
                {
                    return true;
                }
            }

            // A verb in -s right after the noun, or after one word more: "the sale amounts to", "the freeze sends the wrong
            // message", "the new catalogue opens up"; or after an adverb anywhere, which no noun follows: "the outbreak in
            // Africa no longer constitutes a global emergency".
            for (var t = from + 1; t < end; t++)
            {
                if ((t <= from + 2 && IsPresentAfterSingular(p, t)) || (IsPresentForm(p, t) && IsAdverbBeforeVerb(p, t - 1)))
                {
                    return true;
                }
            }

            return false;
        }

        // A lowercase word in -s right after a name that ends at or after t: "Trump deserves respect", "Mira Holt deserves".
        private static bool IsPresentAfterName(ParagraphText p, int t)
        {
            while (p.IsWord(t) && p.IsCapitalised(t))
            {
                t++;
            }

            return IsPresentForm(p, t) && !p.Is(t, WordClass.ClauseWord);
        }

        // A lowercase word in -s after a lowercase word that is no plural and no function word: "sale amounts", not "of policies".
        private static bool IsPresentAfterSingular(ParagraphText p, int t) =>
            IsPresentForm(p, t) && p.IsWord(t - 1) && !p.IsCapitalised(t - 1) && !p.EndsWith(t - 1, "s") && !p.Is(t - 1, WordClass.Determiner | WordClass.IntroPreposition | WordClass.ClauseWord);

        /// <summary>"no longer", "still", "now", "also", "never", "always", "rarely": an adverb that stands before a verb.</summary>
        private static bool IsAdverbBeforeVerb(ParagraphText p, int t) =>
            p.IsWord(t) && !p.IsCapitalised(t) && (p.WordIs(t, "longer") || p.WordIs(t, "still") || p.WordIs(t, "now") || p.WordIs(t, "also") ||
                p.WordIs(t, "never") || p.WordIs(t, "always") || MentionParser.IsAdverbByForm(p, t));

        // A lowercase word in -s that may be a verb's present: not "-ss" ("press"), no apostrophe ("Trump's").
        private static bool IsPresentForm(ParagraphText p, int t) =>
            p.IsWord(t) && !p.IsCapitalised(t) && p.EndsWith(t, "s") && !p.EndsWith(t, "ss") && !p.HasApostrophe(t);

        /// <summary>A plural noun opens the clause only when a verb follows ("prices rose", "heads of government should"), not when it is an object ("added features to its app").</summary>
        /// <remarks>
        /// After a word that opens a subordinate clause the verbs are that clause's ("claimed expenses for trips that never
        /// took place" has no verb of the plural's own); the plural's verb is then an auxiliary further on, not the one that
        /// opens the subordinate clause or its adverb ("residents who live nearby were angry", "analysts who had studied the
        /// plan were worried").
        /// </remarks>
        private bool VerbSoonAfter(ParagraphText p, int from)
        {
            var lexicon = cues.Lexicon;
            var subordinate = -1;
            for (var t = from; t < from + MaxWordsToVerb + (subordinate < 0 ? 0 : 2) && p.IsWord(t); t++)
            {
                if (subordinate < 0 && !p.IsCapitalised(t) && lexicon.Subordinators.Contains(p.Word(t)))
                {
                    subordinate = t;
                    continue;
                }

                if (subordinate < 0 ? ReportedSentence.IsVerbForm(p, t, WordClass.CueModifier | WordClass.ClauseVerb) :
                    t > subordinate + 2 && lexicon.Auxiliaries.Contains(p.Word(t)) && !lexicon.Auxiliaries.Contains(p.Word(t - 1)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A lowercase word that reads as a plural noun ("insurers", "analysts"), not a function word.</summary>
        private static bool IsPluralNoun(ParagraphText p, int t)
        {
            if (!p.IsWord(t))
            {
                return false;
            }

            var token = p.Tokens[t];
            return token.End - token.Start >= MinPluralNounLength && p.EndsWith(t, "s") && !p.EndsWith(t, "ss") && !p.EndsWith(t, "ous") && !p.IsCapitalised(t) && !p.HasApostrophe(t) &&
                !p.Is(t, WordClass.CueModifier | WordClass.ClauseWord | WordClass.TimeWord | WordClass.SubjectPronoun | WordClass.IntroPreposition | WordClass.CueVerb);
        }
    }
}
