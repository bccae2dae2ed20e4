using System;
using NewsTools.Text;

namespace NewsTools.Quotes
{
    // The phrase read forward from a cue or "according to": "said Wang", "told Kono", "figures from the city council".
    internal sealed partial class MentionParser
    {
        /// <summary>
        /// The source after "according to": the phrase there, or, when it names a document or figure that has an owner
        /// ("figures from the city council", "a statement issued by the ministry"), that owner.
        /// </summary>
        public Mention? SourceAfter(ParagraphText p, int from, int hi)
        {
            var m = PhraseAfter(p, from, hi);
            if (m == null || m.IsPronoun)
            {
                return m;
            }

            // "according to the Kessel weather station", "a City investment bank": the name only modifies the noun that ends the phrase.
            // ("according to the Bank of England forecast" keeps the bank: a document after the name is the name's.)
            if (p.Is(m.FirstToken, WordClass.Determiner) && p.IsCapitalised(m.EndToken - 1) && NounTailEnd(p, m.EndToken, hi) is int tailEnd &&
                !p.Is(tailEnd - 1, WordClass.SourceNoun))
            {
                return Make(p, m.FirstToken, tailEnd);
            }

            return DocumentOwner(p, m, hi) ?? m;
        }

        /// <summary>
        /// The owner of the document or figure <paramref name="m"/> names ("figures from the city council" -> the council), the
        /// document alone when who had it follows ("a memo seen by Reuters" -> "a memo"), or null.
        /// </summary>
        private Mention? DocumentOwner(ParagraphText p, Mention m, int hi)
        {
            for (var t = m.FirstToken; t < m.EndToken; t++)
            {
                if (!IsDocumentNoun(p, t))
                {
                    continue;
                }

                var k = t + 1;

                // "a memo seen by Reuters", "documents obtained by the Guardian": who saw or obtained a document did not write
                // it (list accessParticiples); the document, up to its noun, speaks.
                if (p.IsWord(k) && lexicon.AccessParticiples.Contains(p.Word(k)))
                {
                    return k < m.EndToken ? Make(p, m.FirstToken, k) : null;
                }

                if (p.Is(k, WordClass.SourceParticiple))
                {
                    k++;
                }

                if (k + 1 < hi && p.IsWord(k) && (p.WordIs(k, "from") || p.WordIs(k, "by") || p.WordIs(k, "of")))
                {
                    var owner = PhraseAfter(p, k + 1, hi);

                    // "a survey of voters by the Pew Research Center": after "of" comes the topic unless it is a name; the
                    // owner is then the one after a later "by" or "from".
                    if (p.WordIs(k, "of") && owner != null && !owner.IsNamed)
                    {
                        var by = owner.EndToken;
                        while (by < hi && by - owner.EndToken < MaxTopicWords && p.IsWord(by) && !p.WordIs(by, "by") && !p.WordIs(by, "from"))
                        {
                            by++;
                        }

                        owner = by + 1 < hi && p.IsWord(by) && (p.WordIs(by, "by") || p.WordIs(by, "from")) ? PhraseAfter(p, by + 1, hi) : null;
                    }

                    if (owner != null && !owner.IsPronoun)
                    {
                        return WithOfTail(p, owner, hi);
                    }
                }

                break;
            }

            return null;
        }

        /// <summary>"the Office" + "of the Deputy Prime Minister", "the Institute" + "for Supply Management": a name that goes on after "of" or "for".</summary>
        private Mention WithOfTail(ParagraphText p, Mention m, int hi)
        {
            var end = m.EndToken;
            if (!p.IsCapitalised(end - 1) || end >= hi || !(p.WordIs(end, "of") || p.WordIs(end, "for")))
            {
                return m;
            }

            var k = end + 1;
            if (k < hi && p.WordIs(k, "the"))
            {
                k++;
            }

            var tail = k < hi && p.IsCapitalised(k) ? PhraseAfter(p, k, hi) : null;
            return tail != null && p.IsCapitalised(tail.EndToken - 1) ? Make(p, m.FirstToken, tail.EndToken) : m;
        }

        /// <summary>The noun phrase starting at token <paramref name="from"/> (inverted subject or object), up to <paramref name="hi"/>.</summary>
        public Mention? PhraseAfter(ParagraphText p, int from, int hi)
        {
            var k = from;
            if (!p.IsWord(k) || k >= hi)
            {
                return null;
            }

            if (IsPronounWord(p, k))
            {
                return Make(p, k, k + 1);
            }

            var first = k;
            var determiner = p.IsLowerIn(k, WordClass.Determiner, lexicon.Determiners);
            if (determiner || IsPossessiveDeterminer(p, k))
            {
                // '"...," said another.', "Many believe ...": a determiner that stands alone is a pronoun, and names the speaker.
                if ((!p.IsWord(k + 1) || k + 1 >= hi) && lexicon.StandaloneDeterminers.Contains(p.Word(k).ToLowerInvariant()))
                {
                    return Make(p, k, k + 1);
                }

                // '"...," said one of the sources.', "according to two of the people": a count of a group, with the group.
                if (k + 2 < hi && p.IsWord(k + 1) && p.WordIs(k + 1, "of") && lexicon.StandaloneDeterminers.Contains(p.Word(k).ToLowerInvariant()) &&
                    PhraseAfter(p, k + 2, hi) is Mention group && !group.IsPronoun)
                {
                    return Make(p, first, group.EndToken);
                }

                k++;
            }

            var sawName = false;
            var end = k;
            for (; k < hi && k - first < MaxPhraseWords && p.IsWord(k); k++)
            {
                var goesOn = p.IsCapitalised(k) ? TakeNameWord(p, k, hi, ref sawName, ref end) : TakeLowercaseWord(p, first, determiner, hi, ref k, ref sawName, ref end);
                if (!goesOn)
                {
                    break;
                }
            }

            return end > first && end > (determiner ? first + 1 : first) ? Make(p, first, end) : null;
        }

        /// <summary>
        /// One to three plain lowercase words from <paramref name="k"/> and then a capitalised word: a role and the name it
        /// goes before ("friend Dave Hawkins", "chain expert Ann Lee").
        /// </summary>
        private static bool RoleNounsToName(ParagraphText p, int k, int hi)
        {
            var t = k;
            while (t < hi && t - k < MaxRoleModifierWords && p.IsWord(t) && !p.IsCapitalised(t) && char.IsLetter(p.Source[p.Tokens[t].Start]) &&
                !p.Is(t, WordClass.ClauseWord | WordClass.CueStart | WordClass.Determiner | WordClass.IntroPreposition | WordClass.CueVerb))
            {
                t++;
            }

            return t > k && t < hi && p.IsWord(t) && p.IsCapitalised(t);
        }

        /// <summary>
        /// A capitalised word of the phrase after a cue: false when it ends the phrase (a not-name such as "But" before any name;
        /// a month that is also a given name before a surname, "said Jan Hatzius", opens one).
        /// </summary>
        private bool TakeNameWord(ParagraphText p, int k, int hi, ref bool sawName, ref int end)
        {
            if (IsNotName(p, k) && !p.Is(k, WordClass.TitleWord) && !sawName && !IsMonthGivenName(p, k, hi))
            {
                return false;
            }

            sawName = true;
            end = k + 1;
            if (p.IsPossessive(k) && p.IsWord(k + 1) && !p.IsCapitalised(k + 1))
            {
                // "China's foreign minister": the possessive opens a longer phrase.
                sawName = false;
            }

            return true;
        }

        /// <summary>
        /// A lowercase word of the phrase after a cue (a title, a role noun's modifiers, a number before a name): false when it
        /// ends the phrase. <paramref name="k"/> moves past the words it takes with it.
        /// </summary>
        private bool TakeLowercaseWord(ParagraphText p, int first, bool determiner, int hi, ref int k, ref bool sawName, ref int end)
        {
            var word = p.Word(k);
            var lw = word.ToLowerInvariant();

            // "said lead author Dr Borja del Pozo Cruz": a particle between a given name and a capitalised word is part of the
            // name, as in the runs ("President da Silva" links by its title).
            if (sawName && IsNameParticle(p, k) && k + 1 < hi && p.IsCapitalised(k + 1) && !p.Is(k - 1, WordClass.TitleWord))
            {
                return true;
            }

            // "Republican presidential hopeful Sen. Ted Cruz": a lowercase title between capitalised words stays in the phrase.
            if (sawName && p.IsLowerIn(k, WordClass.TitleWord, lexicon.TitleWords) && p.IsCapitalised(k + 1) && k + 1 < hi)
            {
                sawName = false;
                return true;
            }

            // "the New York businessman", "Republican political consultant Chris Russell", "a senior Cruz adviser": a name
            // before lowercase words that end on a role noun is a modifier of that noun, which heads the phrase.
            if (sawName && RoleNounEnd(p, k, hi) is int roleEnd)
            {
                end = roleEnd;
                k = roleEnd - 1;
                sawName = false;
                return true;
            }

            // "Dutch firm Heineken", "Finnish security firm F-Secure": a nationality before lowercase nouns and a name describes
            // the name, which the phrase runs on to.
            if (sawName && k - 1 == (determiner ? first + 1 : first) && p.Is(k - 1, WordClass.Demonym) && NameAfterNouns(p, k, hi) is int name)
            {
                k = name - 1;
                sawName = false;
                return true;
            }

            // "told US investors that", "said American officials", "told Jewish leaders that": a country or nationality before
            // plain nouns that close the phrase, or any one capitalised word before a plural of people (pluralPeopleNouns),
            // modifies them, and they head it ("Clinton supports" is a name and its verb).
            if (sawName && k - 1 == (determiner ? first + 1 : first) && NounTailEnd(p, k, hi) is int nouns &&
                (p.Is(k - 1, WordClass.Demonym | WordClass.Place) || lexicon.PluralPeopleNouns.Contains(p.Word(nouns - 1))))
            {
                end = nouns;
                k = nouns - 1;
                sawName = false;
                return true;
            }

            // "Air Force 1st Lt. Tyler Livingston": an ordinal or number right before a capitalised title or name modifies it.
            if (sawName && char.IsDigit(word[0]) && k + 1 < hi && p.IsCapitalised(k + 1) && p.IsWord(k + 1))
            {
                sawName = false;
                return true;
            }

            // "Small groups of protesters chanted": a sentence's first word is capitalised whatever it is, so one capitalised
            // word there before plain nouns that run on to "of" or to the cue is their modifier, not a name of its own.
            // The phrase runs on over "of" and its plain nouns, which head it ("groups of protesters").
            if (sawName && k == first + 1 && IsSentenceStart(p, first) && !p.Is(first, KnownNameWord) && NounTailEnd(p, k, hi) is int tail &&
                (tail >= hi || p.WordIs(tail, "of")))
            {
                end = tail < hi ? OfTailEnd(p, tail, hi) ?? tail : tail;
                k = end - 1;
                sawName = false;
                return true;
            }

            var hasContent = end > (determiner ? first + 1 : first);

            // "said 9/11 widow Terry Strada", "said 76-year-old Morton Blackwell", "according to a 2019 study": a number compound,
            // or a year after an article, that opens the phrase modifies the noun or name after it.
            // ("The 31-year-old admitted": before a verb the number is itself the head, and the phrase is left to the subject reading.)
            if (!hasContent && !sawName && k + 1 < hi && p.IsWord(k + 1) && IsNumericModifier(word, k > first && determiner) &&
                (p.IsCapitalised(k + 1) || (!p.Is(k + 1, NotNounAfterNumber) && !p.IsEdForm(k + 1))))
            {
                return true;
            }

            // '"...," said the 19-year-old.': an age right after the article, ending the phrase, is its head, a description
            // of someone (SpeakerResolver.EpithetOf).
            if (!hasContent && !sawName && determiner && k == first + 1 && (k + 1 >= hi || !p.IsWord(k + 1)) && SpeakerResolver.IsAge(p, k))
            {
                end = k + 1;
                return true;
            }

            // The tokens split "9/11" at its slash: the three written together are one number compound, as "76-year-old" is.
            // (Asked only of a digit that opens the phrase: most words are no number, and the slash is then never looked for.)
            if (!hasContent && !sawName && char.IsDigit(word[0]) && SlashNumberLast(p, k) is var compoundLast && compoundLast > k && compoundLast + 1 < hi &&
                p.IsWord(compoundLast + 1) &&
                (p.IsCapitalised(compoundLast + 1) || (!p.Is(compoundLast + 1, NotNounAfterNumber) && !p.IsEdForm(compoundLast + 1))))
            {
                k = compoundLast;
                return true;
            }

            if (sawName || p.IsLowerIn(k, WordClass.ClauseWord, lexicon.ClauseWords) || (hasContent && p.IsLowerIn(k, WordClass.CueVerb, lexicon.CueVerbs) && !IsCompoundNounCue(p, k)) || p.IsLowerIn(k, WordClass.TimeWord, lexicon.TimeWords) || char.IsDigit(word[0]))
            {
                if ((lw == "for" || lw == "of" || lw == "at") && !sawName && end > first && p.Is(end - 1, WordClass.TitleWord))
                {
                    end = k + 1;
                    return true;
                }

                return false;
            }

            // An adverb in "-ly" ends the phrase ("said publicly"), but right after an article or a possessive and before a
            // plain word it is an adjective of the noun: "in his nightly address", "a daily briefing", "the elderly man" (not
            // before a number: "during his nearly 22 years").
            // A noun in "-ly" before a role and a name is no adverb either: "said family friend Dave Hawkins", "said rally driver
            // Colin McRae".
            if (lw.EndsWith("ly", StringComparison.Ordinal) && lw.Length >= MinAdverbLength &&
                !(k == first + 1 && (determiner || IsPossessiveDeterminer(p, first)) && k + 1 < hi && p.IsWord(k + 1) && !p.IsCapitalised(k + 1) &&
                  char.IsLetter(p.Source[p.Tokens[k + 1].Start]) && !p.Is(k + 1, WordClass.ClauseWord | WordClass.CueStart)) &&
                !(k == first && RoleNounsToName(p, k + 1, hi)))
            {
                return false;
            }

            // "said a person familiar with the matter": the adjective opens a reduced relative; the noun before it ends the phrase.
            if (end > first && p.IsWord(k + 1) && lexicon.OpensPostModifier(lw, p.Word(k + 1)))
            {
                return false;
            }

            // English noun phrases end on their head: after a role noun ("The spokesman", "the Trump campaign"), a past form
            // or a word taking an object or "to" is the clause's verb ("refused to", "sought to", "took the"), not a compound's noun.
            if (end > first && p.Is(end - 1, RoleNoun) && !p.Is(k, RoleNoun) && (lexicon.IsEdForm(lw) || OpensObject(p, k + 1)))
            {
                return false;
            }

            // After any noun an article opens, a past form that takes an object is the clause's verb ("The town released a
            // statement saying ...", "the crowd booed the senator", "several groups granted Mr. Clarke an extension"), not a
            // participle modifying the noun ("the report released Friday").
            if (determiner && end > first + 1 && lexicon.IsEdForm(lw) && (OpensObject(p, k + 1) || IsTitleBeforeName(p, k + 1)))
            {
                return false;
            }

            end = k + 1;
            return true;
        }

        /// <summary>
        /// "a conference call", "an earnings call", "the annual report", "her weekly note": a cue that is also a noun (nounCues),
        /// in its base form after an article or a possessive and one or two lowercase words, heads a compound; it is no verb,
        /// since a singular subject would take "calls". After "the" or a possessive the word before must be singular too ("the
        /// analysts call" may be a clause); after "a" or "an" the phrase is singular whatever its modifiers. Words follow a
        /// compound's head ("a conference call that", "the annual report from"); a verb may end its clause ('the editorial
        /// read.', 'the sign read: "..."', where "read" is past).
        /// </summary>
        internal static bool IsCompoundNounCue(ParagraphText p, int k)
        {
            if (!p.Is(k, WordClass.NounCue) || p.EndsWith(k, "s") || !IsModifierWord(p, k - 1) || !p.IsWord(k + 1))
            {
                return false;
            }

            for (var d = k - 1; d >= k - 3 && d >= 0; d--)
            {
                if (p.IsWord(d) && (p.Is(d, WordClass.Determiner) || IsPossessiveDeterminer(p, d)))
                {
                    // "The engineers behind the bridge claim": after a preposition "the bridge" may end a subject's modifier,
                    // and the cue be its verb; after "a" the phrase is singular whatever stands before it.
                    return d < k - 1 && (IsIndefiniteArticle(p, d) || (!p.EndsWith(k - 1, "s") && !(d > 0 && p.Is(d - 1, WordClass.IntroPreposition | WordClass.PostModifierPreposition))));
                }

                if (!IsModifierWord(p, d))
                {
                    return false;
                }
            }

            return false;
        }

        // A lowercase word that can modify a noun in a compound: not a verb, a clause word or a number.
        private static bool IsModifierWord(ParagraphText p, int t) =>
            p.IsWord(t) && !p.IsCapitalised(t) && !p.Is(t, WordClass.CueVerb | WordClass.ClauseWord | WordClass.ClauseVerb | WordClass.CueModifier | WordClass.Determiner) &&
            !p.IsEdForm(t) && !char.IsDigit(p.Source[p.Tokens[t].Start]);

        private static bool IsIndefiniteArticle(ParagraphText p, int t) => p.WordIsIgnoringCase(t, "a") || p.WordIsIgnoringCase(t, "an");

        // Words that head no noun phrase: verbs, clause words, cue modifiers and time words (a bare plural, the word after a
        // number compound).
        private const WordClass NotANoun = WordClass.CueStart | WordClass.ClauseWord | WordClass.ClauseVerb | WordClass.CueModifier | WordClass.TimeWord;

        // After a number compound a preposition is no noun either.
        private const WordClass NotNounAfterNumber = NotANoun | WordClass.IntroPreposition;

        /// <summary>
        /// The last token of a number, a slash and a number written together ("9/11", "24/7") that starts at <paramref name="k"/>,
        /// or <paramref name="k"/> itself when none starts there.
        /// </summary>
        private static int SlashNumberLast(ParagraphText p, int k)
        {
            if (k + 2 >= p.Tokens.Count || !p.IsPunct(k + 1, '/') || !p.IsWord(k + 2) || !char.IsDigit(p.Source[p.Tokens[k].Start]) ||
                !char.IsDigit(p.Source[p.Tokens[k + 2].Start]) || p.Tokens[k].End != p.Tokens[k + 1].Start || p.Tokens[k + 1].End != p.Tokens[k + 2].Start)
            {
                return k;
            }

            return k + 2;
        }

        /// <summary>A number compound ("76-year-old", "60-member") or, after an article, a year ("a 2019 study").</summary>
        private static bool IsNumericModifier(string word, bool afterDeterminer)
        {
            if (word.Length == 0 || !char.IsDigit(word[0]))
            {
                return false;
            }

            var compound = word.IndexOf('-') > 0 || word.IndexOf('/') > 0;
            var year = word.Length == 4 && char.IsDigit(word[1]) && char.IsDigit(word[2]) && char.IsDigit(word[3]);
            return compound || (afterDeterminer && year);
        }

        // Capitalised words that are names or titles wherever they stand ("Senator", "China", "Chinese", "Republicans").
        private const WordClass KnownNameWord = WordClass.TitleWord | WordClass.Place | WordClass.Demonym | WordClass.GroupWord | WordClass.Metonym |
            WordClass.SpeakerAlias | WordClass.OrganizationWord;

        /// <summary>
        /// A lowercase word that can only be a noun or a noun's modifier: no verb form (a cue, a clause verb, a form in -ed or
        /// -ing), no adverb in -ly, function word, time word or possessive ("protesters", "asylum").
        /// </summary>
        internal static bool IsPlainNoun(ParagraphText p, int t)
        {
            const WordClass NotNouns = WordClass.ClauseWord | WordClass.CueModifier | WordClass.IntroPreposition | WordClass.SubjectPronoun |
                WordClass.CueVerb | WordClass.CueStart | WordClass.TimeWord | WordClass.Determiner | WordClass.ClauseVerb;
            return p.IsWord(t) && !p.IsCapitalised(t) && !p.Is(t, NotNouns) && !p.IsEdForm(t) && !p.EndsWith(t, "ly") && !p.EndsWith(t, "ing") &&
                !p.HasApostrophe(t);
        }

        /// <summary>
        /// The end of one or two plain lowercase nouns after "of" at <paramref name="of"/> ("of protesters") when what follows
        /// them ends the phrase (a verb: a past form, "kept", a cue; a clause word, a mark, the limit); or null. (Also the end of
        /// such nouns after the count and capitalised modifiers of an "of" phrase, whose last token <paramref name="of"/> then is.)
        /// </summary>
        private static int? OfTailEnd(ParagraphText p, int of, int hi)
        {
            var t = of + 1;
            while (t < hi && t - of <= 2 && IsPlainNoun(p, t))
            {
                t++;
            }

            var ends = t >= hi || !p.IsWord(t) || p.Is(t, WordClass.ClauseWord | WordClass.IntroPreposition | WordClass.CueVerb | WordClass.CueStart | WordClass.ClauseVerb) ||
                p.IsEdForm(t);
            return t > of + 1 && ends ? t : (int?)null;
        }

        /// <summary>
        /// "A group of 40 American scientists", "a coalition of farmers": a phrase ending on a collective or quantity noun
        /// before "of" runs on over the "of" phrase, which names its members (a count, capitalised modifiers and one or two
        /// plain nouns that close the phrase); <paramref name="m"/> itself when no such phrase follows.
        /// </summary>
        public Mention WithMembers(ParagraphText p, Mention m, int hi)
        {
            var of = m.EndToken;
            var noun = of - 1;
            if (of + 1 >= hi || !p.WordIs(of, "of") || !p.IsWord(noun) || p.IsCapitalised(noun) ||
                !(lexicon.CollectiveNouns.Contains(p.Word(noun)) || lexicon.QuantityNouns.Contains(p.Word(noun))))
            {
                return m;
            }

            var t = of + 1;
            if (p.IsWord(t) && AllDigits(p, t))
            {
                t++;
            }

            while (t < hi && p.IsWord(t) && p.IsCapitalised(t) && !IsNotName(p, t) && !p.HasApostrophe(t))
            {
                t++;
            }

            return OfTailEnd(p, t - 1, hi) is int end ? Make(p, m.FirstToken, end) : m;
        }

        /// <summary>Whether token <paramref name="t"/> opens its sentence.</summary>
        private static bool IsSentenceStart(ParagraphText p, int t) => p.Sentences.Count > 0 && p.Sentences[p.SentenceOf(t)].First == t;

        /// <summary>"Mr. Clarke", "Sen. Ted Cruz": a capitalised title with a name after it, which names a person as an object does.</summary>
        private static bool IsTitleBeforeName(ParagraphText p, int t) =>
            p.IsWord(t) && p.IsCapitalised(t) && p.Is(t, WordClass.TitleWord) && p.IsWord(t + 1) && p.IsCapitalised(t + 1);

        /// <summary>Whether the word at <paramref name="t"/> opens a verb's object or infinitive: "the", "his", "to".</summary>
        private bool OpensObject(ParagraphText p, int t) =>
            p.IsWord(t) && (p.Is(t, WordClass.Determiner) || IsPossessiveDeterminer(p, t) || p.WordIs(t, "to"));

        /// <summary>The token of a capitalised name word after one to three plain lowercase words from <paramref name="k"/>, or null.</summary>
        private int? NameAfterNouns(ParagraphText p, int k, int hi)
        {
            const WordClass NotNouns = WordClass.ClauseWord | WordClass.CueModifier | WordClass.IntroPreposition | WordClass.SubjectPronoun |
                WordClass.CueVerb | WordClass.CueStart | WordClass.TimeWord | WordClass.Determiner | WordClass.ClauseVerb;
            for (var t = k; t < hi && t - k < MaxRoleModifierWords && p.IsWord(t) && !p.IsCapitalised(t) && !p.Is(t, NotNouns) && !p.HasApostrophe(t) &&
                 !p.IsEdForm(t) && !p.EndsWith(t, "ly"); t++)
            {
                if (t + 1 < hi && p.IsWord(t + 1) && p.IsCapitalised(t + 1) && !IsNotName(p, t + 1))
                {
                    return t + 1;
                }
            }

            return null;
        }

        /// <summary>
        /// The end of one to three lowercase words from <paramref name="k"/> whose last is a role noun (a title word:
        /// "consultant", "senator") or a body ("campaign"), with nothing between that could be a verb or open a clause; or null.
        /// </summary>
        private int? RoleNounEnd(ParagraphText p, int k, int hi)
        {
            const WordClass NotModifiers = WordClass.ClauseWord | WordClass.CueModifier | WordClass.IntroPreposition | WordClass.SubjectPronoun |
                WordClass.CueVerb | WordClass.CueStart | WordClass.TimeWord | WordClass.Determiner;
            int? roleEnd = null;
            for (var t = k; t < hi && t - k < MaxRoleModifierWords && p.IsWord(t) && !p.IsCapitalised(t) && !p.Is(t, NotModifiers) && !p.HasApostrophe(t); t++)
            {
                if (p.Is(t, RoleNoun))
                {
                    roleEnd = t + 1;
                }
                else if (p.EndsWith(t, "ly") || p.IsEdForm(t) || p.EndsWith(t, "ing"))
                {
                    break;
                }
            }

            return roleEnd;
        }

        // "Osbourne himself was at a loss": a reflexive after a name stresses it and is no noun of the phrase.
        private static bool IsReflexive(ParagraphText p, int t) => p.EndsWith(t, "self") || p.EndsWith(t, "selves");

        /// <summary>
        /// The end of one to three plain lowercase nouns from <paramref name="k"/> that close a noun phrase (punctuation, the
        /// limit, a clause word or a preposition follows), or null when the words there may be a verb, a pronoun or anything else.
        /// </summary>
        private int? NounTailEnd(ParagraphText p, int k, int hi)
        {
            const WordClass NotNouns = WordClass.ClauseWord | WordClass.CueModifier | WordClass.IntroPreposition | WordClass.SubjectPronoun |
                WordClass.CueVerb | WordClass.CueStart | WordClass.TimeWord | WordClass.Determiner;
            var t = k;
            while (t < hi && t - k < MaxNounTailWords && p.IsWord(t) && !p.IsCapitalised(t) && !p.Is(t, NotNouns) && char.IsLetter(p.Source[p.Tokens[t].Start]) &&
                   !p.EndsWith(t, "ly") && !p.IsEdForm(t) && !p.EndsWith(t, "ing") && !p.HasApostrophe(t) && !IsReflexive(p, t))
            {
                t++;
            }

            if (t == k)
            {
                return null;
            }

            var closes = t >= hi || !p.IsWord(t) || p.Is(t, WordClass.ClauseWord | WordClass.IntroPreposition) || p.WordIs(t, "of") || p.WordIs(t, "to");
            return closes ? t : (int?)null;
        }
    }
}
