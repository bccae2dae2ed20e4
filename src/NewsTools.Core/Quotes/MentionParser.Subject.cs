using System;
using System.Linq;
using NewsTools.Text;

namespace NewsTools.Quotes
{
    // The subject read back from a cue: "Chris Cox, who runs the NRA's lobbying arm, says", "Trump at the time said".
    internal sealed partial class MentionParser
    {
        /// <summary>
        /// The subject before a cue at token <paramref name="cue"/>, reading no further left than <paramref name="lo"/>. When the
        /// phrase right before the cue closes a relative clause ("A neighbour who saw the crash said", "Katie Lane, who chairs
        /// the Harbour Fund said"), the subject is the noun "who" stands for (<see cref="AntecedentOfWho"/>).
        /// </summary>
        public Mention? SubjectBefore(ParagraphText p, int cue, int lo)
        {
            var j = SkipBetweenSubjectAndVerb(p, cue - 1, lo);
            if (j < lo)
            {
                return null;
            }

            // '"...," the order released Friday said': a participle before the time phrase stepped over is a reduced relative
            // of the noun before it, which heads the subject.
            if (j < cue - 1 && j - 1 >= lo && p.IsWord(j) && !p.IsCapitalised(j) && p.IsEdForm(j) && p.IsWord(j - 1) && !p.IsCapitalised(j - 1) &&
                !p.Is(j - 1, WordClass.Determiner | WordClass.CueModifier | WordClass.ClauseWord) && !IsPronounWord(p, j - 1))
            {
                j--;
            }

            // "Okafor — the harbour master — said": a parenthetical between paired dashes stands between the subject and its verb.
            if (IsDash(p, j))
            {
                var open = j - 1;
                while (open > lo && j - open < MaxAppositiveTokens && !IsDash(p, open) && p.Tokens[open].Kind != TokenKind.OpenQuote && p.Tokens[open].Kind != TokenKind.CloseQuote)
                {
                    open--;
                }

                if (open <= lo || open == j - 1 || !IsDash(p, open))
                {
                    return null;
                }

                j = SkipBetweenSubjectAndVerb(p, open - 1, lo);
                if (j < lo)
                {
                    return null;
                }
            }

            if (p.IsPunct(j, ','))
            {
                // "Chris Cox, who runs the NRA's lobbying arm, says": the subject stands before the appositive.
                var m = AppositiveComma(p, j, lo);

                // "The company, which is based in Espoo, Finland, said": a country or region after a place and its comma ends
                // the place's phrase; the appositive opens at the comma before.
                if (IsRegionOfPlace(p, m, j, lo))
                {
                    m = AppositiveComma(p, m, lo);
                }

                // "Michael Seaman, who lives outside the state capital, Sacramento, said": a name closing a relative clause is inside it;
                // the subject stands before "who".
                if (IsNameAfterDescription(p, m, j, lo) && RelativeClauseComma(p, m, lo) > lo)
                {
                    return AntecedentOfWho(p, m, lo);
                }

                // "One of the university's top executives, Michael Sexton, testified": a name between commas after a description is the subject.
                if (IsNameAfterDescription(p, m, j, lo))
                {
                    return Make(p, m + 1, j);
                }

                if (!IsAppositive(p, m, j, lo))
                {
                    return null;
                }

                j = SkipBetweenSubjectAndVerb(p, m - 1, lo);

                // "Lord Condon, head of the ICC's anti-corruption unit, who made the call, said": a relative clause after a
                // name's role describes the person; the role is an appositive too, and the name before it is the subject.
                if (IsRelativeWord(p, m + 1) && RoleAppositiveBefore(p, m, lo) is int roleComma)
                {
                    j = SkipBetweenSubjectAndVerb(p, roleComma - 1, lo);
                }

                // "Mr Johnson, MP for Henley-on-Thames, Oxfordshire, said": the place between the last commas is the region
                // of the place a role is for; the appositive is the role with both, and the subject stands before it.
                var role = RoleBeforePlace(p, j, lo);
                if (role > lo)
                {
                    j = SkipBetweenSubjectAndVerb(p, role - 1, lo);
                }

                // "Graham Pike, 72, who has lived here for 40 years, said": an age set off by commas before the appositive
                // belongs to the name before it too (the step back over the appositive passes the number and stops at its comma).
                if (j > lo && p.IsPunct(j, ',') && IsAge(p, j + 1) && p.IsWord(j - 1) && p.IsCapitalised(j - 1))
                {
                    j = SkipBetweenSubjectAndVerb(p, j - 1, lo);
                }

                // "Sen. Lisa Murkowski, R-Alaska, one of two Republicans who ..., told": so does a party and state.
                if (j - 2 > lo && IsPartyTag(p, j) && p.IsPunct(j - 1, ',') && p.IsWord(j - 2) && p.IsCapitalised(j - 2))
                {
                    j = SkipBetweenSubjectAndVerb(p, j - 2, lo);
                }
            }

            if (!p.IsWord(j))
            {
                return null;
            }

            if (IsPronounWord(p, j))
            {
                return Make(p, j, j + 1);
            }

            // "those polled said", "Nearly half of those surveyed say": "those" and a participle name the people it was done to.
            if (IsThosePolled(p, j, lo))
            {
                return HeadBeforePostModifier(p, j - 1, j + 1, lo) ?? Make(p, j - 1, j + 1);
            }

            var first = SubjectStart(p, j, lo);
            if (first > j)
            {
                // "kept rates unchanged on Thursday but said": a verb joined by a conjunction shares the clause's subject,
                // and the capitalised words before the conjunction are not the object of a participle.
                if (IsVerbConjunction(p, j))
                {
                    return null;
                }

                // "A source speaking to Fox News said": a name after "to" is an object; a participle before it modifies the subject.
                var name = j;
                while (name > lo && p.IsCapitalised(name - 1))
                {
                    name--;
                }

                return ParticipleModifierHead(p, name, lo) is int objectHead ? PhraseEndingAt(p, objectHead, lo) : null;
            }

            if (AllDeterminers(p, first, j + 1))
            {
                return null;
            }

            // "Trump at the time said", "the department two weeks ago said": a time phrase, not the subject, stands before the cue.
            if (!p.IsCapitalised(j) && p.Is(j, WordClass.TimeWord) && first > lo && !AnyCapitalised(p, first, j + 1))
            {
                return SubjectBeforeTimePhrase(p, first, lo);
            }

            // "Trump’s repeated calls": a possessive owns what follows; it is not the subject of the cue. Right before a cue that
            // is no form in -ed, or one that a mark, a quotation or "that" follows, nothing is owned: the name is written so
            // ("Sainsbury's said", "McDonald's added: ...").
            if (Possessive.Is(p.Word(j)) && !(j + 1 == cue && !p.IsCapitalised(j + 1) && OwnsNothing(p, cue)))
            {
                return null;
            }

            // "the official who leads the inquiry said": the phrase before the cue closes a relative clause; asked before the
            // participle reading, which would take "previously worked for X" in "a professor who previously worked for X" for
            // a noun and its participle.
            if (AntecedentOfWho(p, first, lo) is Mention antecedent)
            {
                return antecedent;
            }

            // "an official speaking to the Gazette said": the paper is spoken to; the official speaks.
            if (ParticipleModifierHead(p, first, lo) is int head && PhraseEndingAt(p, head, lo) is Mention modified)
            {
                return modified;
            }

            var subject = HeadBeforePostModifier(p, first, j + 1, lo) ?? Make(p, first, j + 1);

            // '"...," Paul Goosens, head of Preventon told the BBC': copy that leaves out the comma closing a name's role still
            // has the name speak.
            if ((!subject.IsNamed || !p.IsCapitalised(subject.FirstToken)) && NameBeforeUnclosedRole(p, Math.Min(first, subject.FirstToken), j + 1, lo) is Mention named)
            {
                return named;
            }

            return subject.IsNamed ? Coordinated(p, subject, lo) ?? subject : subject;
        }

        /// <summary>
        /// "Tom Smith and Ann Jones said", "French Finance Minister Bruno Le Maire and his German counterpart Christian Lindner
        /// said": a named subject joined by "and" to a named phrase that opens the sentence is one subject, both people; null
        /// when the words before "and" are no such phrase ("Police arrested Tom Smith and Ann Jones said" is left alone).
        /// </summary>
        private Mention? Coordinated(ParagraphText p, Mention subject, int lo)
        {
            var and = subject.FirstToken - 1;
            if (and - 1 < lo || !p.IsWord(and) || !p.WordIs(and, "and") || !p.IsWord(and - 1) || !p.IsCapitalised(and - 1))
            {
                return null;
            }

            var left = SubjectStart(p, and - 1, lo);
            var sentenceFirst = p.Sentences[p.SentenceOf(and)].First;
            if (left > and - 1 || !(left == sentenceFirst || (left == sentenceFirst + 1 && p.Is(sentenceFirst, WordClass.Determiner))) ||
                !Make(p, left, and).IsNamed)
            {
                return null;
            }

            // One word before "and" may be the first part of a title that the second phrase goes on with ("Trade and Industry
            // Secretary Patricia Hewitt", "Work and pensions minister Alan Johnson", "British and Irish Lions coach"): a
            // nationality, or a second phrase that opens with its title, joins no second person.
            if (left == and - 1 && (p.Is(left, WordClass.Demonym) || (subject.Title != null && subject.FirstToken == and + 1 && !p.Is(and + 1, WordClass.Determiner) && !IsPossessiveDeterminer(p, and + 1))))
            {
                return null;
            }

            var both = Make(p, left, subject.EndToken);
            both.FirstConjunct = Make(p, left, and);
            both.SecondConjunct = subject;
            return both;
        }

        /// <summary>"Seven" of "the Group of Seven", "Four" of "Gang of Four": a capitalised number after "of" and a capitalised word.</summary>
        private bool IsNumberInName(ParagraphText p, int k, int lo) =>
            k - 2 >= lo && lexicon.IsNumberWord(p.Word(k).ToLowerInvariant()) && p.IsWord(k - 1) && p.WordIs(k - 1, "of") && p.IsCapitalised(k - 2);

        /// <summary>A participle at <paramref name="j"/> after "those": "those polled", "those questioned".</summary>
        internal static bool IsThosePolled(ParagraphText p, int j, int lo) =>
            j - 1 >= lo && p.IsWord(j) && !p.IsCapitalised(j) && p.IsEdForm(j) && p.IsWord(j - 1) && p.WordIsIgnoringCase(j - 1, "those");

        /// <summary>"and", "but", "or", "nor" in lower case: before a cue it joins the cue to an earlier verb of the same subject.</summary>
        internal static bool IsVerbConjunction(ParagraphText p, int t) =>
            p.IsWord(t) && (p.WordIs(t, "and") || p.WordIs(t, "but") || p.WordIs(t, "or") || p.WordIs(t, "nor"));

        /// <summary>The subject phrase whose last word is token <paramref name="head"/>, or null.</summary>
        private Mention? PhraseEndingAt(ParagraphText p, int head, int lo)
        {
            var first = SubjectStart(p, head, lo);
            return first > head || AllDeterminers(p, first, head + 1) ? null : HeadBeforePostModifier(p, first, head + 1, lo) ?? Make(p, first, head + 1);
        }

        // "a source speaking to", "an aide writing for": the participle is a longer word than "king" or "ring".
        private const int MinParticipleLength = 5;

        /// <summary>
        /// "an official speaking to reporters said", "a letter mailed to Martin Mubanga said": a reduced relative clause (a participle
        /// and its preposition) after the subject's noun, whose object is not the subject; the token of that noun, or null.
        /// </summary>
        private int? ParticipleModifierHead(ParagraphText p, int first, int lo)
        {
            var preposition = first - 1;
            var participle = first - 2;
            var noun = first - 3;
            if (noun < lo || !p.IsWord(preposition) || p.IsCapitalised(preposition) || !p.IsWord(participle) || p.IsCapitalised(participle) || !p.IsWord(noun))
            {
                return null;
            }

            var prep = p.Word(preposition);
            var verb = p.Word(participle);

            // "a source familiar with the plan said", "an aide close to Okafor said": a listed adjective and its preposition
            // modify the noun before them as a participle does. "people with (direct) knowledge of the matter": a listed noun
            // and its preposition after "with" and at most two adjectives do too.
            var adjective = lexicon.OpensPostModifier(verb, prep);
            if (adjective && WithBefore(p, participle, lo) is int with)
            {
                noun = with - 1;
                if (!p.IsWord(noun))
                {
                    return null;
                }
            }

            if ((!adjective && (!(prep == "to" || p.Is(preposition, WordClass.PostModifierPreposition)) || verb.Length < MinParticipleLength ||
                !(verb.EndsWith("ing", StringComparison.Ordinal) || lexicon.IsEdForm(verb)))) ||
                p.Is(noun, WordClass.Determiner | WordClass.ClauseWord | WordClass.IntroPreposition) || IsPronounWord(p, noun) || p.IsPossessive(noun))
            {
                return null;
            }

            return noun;
        }

        // "with direct first-hand knowledge of": at most this many adjectives between "with" and the noun.
        private const int MaxAdjectivesAfterWith = 2;

        /// <summary>The "with" before the noun at <paramref name="noun"/> and its lowercase adjectives, when the noun heads no name; else null.</summary>
        private static int? WithBefore(ParagraphText p, int noun, int lo)
        {
            for (var k = noun - 1; k > lo && noun - k <= MaxAdjectivesAfterWith + 1 && p.IsWord(k) && !p.IsCapitalised(k); k--)
            {
                if (p.WordIs(k, "with"))
                {
                    return k;
                }
            }

            return null;
        }

        /// <summary>
        /// "G.K. Butterfield of North Carolina said", "the senator from Vermont said", "a woman in the audience said": the phrase
        /// after a preposition modifies the noun before it, and that noun heads the subject. "of" after a common noun or a body
        /// keeps the whole phrase ("the head of the agency", "the Bank of England"); after a personal name it is the person's.
        /// Null when no preposition stands before <paramref name="first"/>.
        /// </summary>
        private Mention? HeadBeforePostModifier(ParagraphText p, int first, int end, int lo)
        {
            var headFirst = first;
            var headEnd = end;
            for (var hops = 0; hops < MaxPostModifiers; hops++)
            {
                // "of the London School of Hygiene and Tropical Medicine": a subject read back stops at "and", inside a body's
                // name; the name runs back to its start (and its article), and the preposition before it is asked next.
                if (BodyNameBeforeAnd(p, headFirst, lo) is int bodyStart)
                {
                    headFirst = bodyStart;
                }

                var preposition = headFirst - 1;
                if (preposition - 1 < lo || !p.IsWord(preposition) || !(p.Is(preposition, WordClass.PostModifierPreposition) || IsRoleTo(p, preposition)) || !p.IsWord(preposition - 1) ||
                    p.IsCapitalised(preposition) || IsPronounWord(p, preposition - 1) || p.IsPossessive(preposition - 1))
                {
                    break;
                }

                // "About four out of 10 voters said", "Six in 10 Americans say": a ratio counts the people after it, and with
                // them heads the subject, as a quantity with its "of" phrase does.
                if (RatioStart(p, preposition, lo) is int ratio)
                {
                    headFirst = ratio;
                    continue;
                }

                // The noun before the preposition is a name, a role or a phrase opened by a determiner ("a woman"), never a verb
                // ("who previously worked for Sen. Lamar Alexander", "working with Priorities USA").
                var outer = SubjectStart(p, preposition - 1, lo);
                var last = preposition - 1;
                if (outer > last || AllDeterminers(p, outer, preposition) ||
                    (!p.IsCapitalised(outer) && !p.Is(outer, WordClass.Determiner | WordClass.TitleWord) && !IsPossessiveDeterminer(p, outer) && !IsBarePlural(p, outer, last)))
                {
                    // "At least half of voters in each state", "31 percent of Republicans": a bare quantity is no speaker of its
                    // own; with the phrase it opens with "of", naming the people it counts, it heads the subject.
                    if (p.WordIs(preposition, "of") && QuantityStart(p, last, lo) is int quantity)
                    {
                        headFirst = quantity;
                        continue;
                    }

                    break;
                }

                // A capitalised plural alone ("Proponents of", "Leaders of") is a common noun opening the sentence, not a name; nor
                // is a determiner that opens it ("Many of the fishermen").
                // Nor is a quantity that opens it ("Half of voters said").
                var isPersonalName = p.IsCapitalised(last) && !p.Is(last, WordClass.OrganizationWord | WordClass.TitleWord | WordClass.Determiner) &&
                    (last > outer || !p.EndsWith(last, "s")) && !(last == outer && lexicon.QuantityNouns.Contains(p.Word(last).ToLowerInvariant()));
                if ((p.WordIs(preposition, "of") && !isPersonalName) || IsTitlePreposition(p, preposition, lo, p.Word(preposition).ToLowerInvariant()) ||
                    (JoinsBodyName(p, preposition) && p.IsCapitalised(last) && p.IsCapitalised(preposition + 1)))
                {
                    // "the head of Exxon", "the Bank of England", "a spokesman for the campaign", "A Department for Transport
                    // spokeswoman": the whole phrase names the speaker.
                    headFirst = outer;
                    continue;
                }

                headFirst = outer;
                headEnd = preposition;
            }

            // "in the wake of a Law Commission report", "Despite a short-lived increase in jobs": a phrase that is itself the
            // object of a preposition is an adverbial, not the subject; the subject read first stands.
            // (After "that" the phrase opens the reported clause as its subject: "He noted that residents in the area said".)
            // ("About four out of 10 voters said": a qualifier of the ratio's count is no preposition.)
            if (headFirst == first || (p.IsWord(headFirst - 1) && p.Is(headFirst - 1, WordClass.ClauseWord | WordClass.IntroPreposition) && !p.WordIs(headFirst - 1, "that") &&
                !(OpensRatio(p, headFirst) && lexicon.AmountQualifiers.Contains(p.Word(headFirst - 1).ToLowerInvariant()))))
            {
                return null;
            }

            return Make(p, headFirst, headEnd);
        }

        /// <summary>
        /// The start of a body's name (with its article) that "and" right before <paramref name="first"/> continues: capitalised
        /// words before "and", back through an organisation word's "of" or "for" ("London School of Hygiene", "Department of
        /// Health"); null when no such name stands there.
        /// </summary>
        private static int? BodyNameBeforeAnd(ParagraphText p, int first, int lo)
        {
            var and = first - 1;
            if (and - 1 < lo || !p.IsWord(and) || !p.WordIs(and, "and") || !p.IsCapitalised(first) || !p.IsWord(and - 1) || !p.IsCapitalised(and - 1))
            {
                return null;
            }

            var k = and - 1;
            var joined = false;
            while (k - 1 >= lo && p.IsWord(k - 1) && (p.IsCapitalised(k - 1) || (JoinsBodyName(p, k - 1) && p.IsCapitalised(k))))
            {
                joined |= JoinsBodyName(p, k - 1);
                k--;
            }

            if (!joined || !p.IsCapitalised(k))
            {
                return null;
            }

            return k - 1 >= lo && p.IsWord(k - 1) && p.Is(k - 1, WordClass.Determiner) && !p.IsCapitalised(k - 1) ? k - 1 : k;
        }

        /// <summary>
        /// The first token of a ratio whose preposition stands at <paramref name="preposition"/>: "four out of" before a number
        /// ("four out of 10"), or "six in" before one ("six in 10"); else null.
        /// </summary>
        private int? RatioStart(ParagraphText p, int preposition, int lo)
        {
            int count;
            if (p.WordIs(preposition, "of") && p.IsWord(preposition - 1) && p.WordIs(preposition - 1, "out"))
            {
                count = preposition - 2;
            }
            else if (p.WordIs(preposition, "in") && IsCount(p, preposition + 1))
            {
                count = preposition - 1;
            }
            else
            {
                return null;
            }

            return count >= lo && IsCount(p, count) ? count : null;
        }

        /// <summary>Whether token <paramref name="t"/> is the count that opens a ratio: "three" of "three out of four", "One" of "One in four".</summary>
        private bool OpensRatio(ParagraphText p, int t) =>
            IsCount(p, t) && p.IsWord(t + 1) && ((p.WordIs(t + 1, "out") && p.IsWord(t + 2) && p.WordIs(t + 2, "of")) || (p.WordIs(t + 1, "in") && IsCount(p, t + 2)));

        // A number in figures or in words ("10", "four", "Six").
        private bool IsCount(ParagraphText p, int t) => p.IsWord(t) && (AllDigits(p, t) || lexicon.IsNumberWord(p.Word(t)));

        /// <summary>
        /// The first token of a quantity ending at <paramref name="t"/> ("half", "a majority", "31 percent"): a listed quantity
        /// noun, lowercase, with the article, number or capitalised word before it; null when the word is no quantity.
        /// </summary>
        private int? QuantityStart(ParagraphText p, int t, int lo)
        {
            if (t < lo || !p.IsWord(t) || p.IsCapitalised(t) || !lexicon.QuantityNouns.Contains(p.Word(t)))
            {
                return null;
            }

            // "31 percent", "Forty-one percent", "a majority": the number or article before it; not "least" in "at least half".
            return t - 1 >= lo && p.IsWord(t - 1) && (AllDigits(p, t - 1) || p.IsCapitalised(t - 1) || p.IsLowerIn(t - 1, WordClass.Determiner, lexicon.Determiners)) ? t - 1 : t;
        }

        /// <summary>
        /// "residents in the area said", "half of voters in each state say": a lowercase plural noun alone, with no article, heads
        /// the phrase before a preposition as a determiner-opened one does; not a verb or a clause word ending in "s".
        /// </summary>
        private static bool IsBarePlural(ParagraphText p, int outer, int last) =>
            outer == last && !p.IsCapitalised(last) && p.EndsWith(last, "s") && !p.EndsWith(last, "ss") &&
            !p.Is(last, NotANoun);

        /// <summary>The comma that opens the appositive closed by the comma at <paramref name="j"/> (or where the search stopped).</summary>
        private static int AppositiveComma(ParagraphText p, int j, int lo)
        {
            // "The company, which employs 5,000 people, said": a number's separator opens nothing.
            var m = j - 1;
            while (m > lo && j - m < MaxAppositiveTokens && !(p.IsPunct(m, ',') && !p.IsNumberSeparator(m)) && p.Tokens[m].Kind != TokenKind.CloseQuote && p.Tokens[m].Kind != TokenKind.OpenQuote)
            {
                m--;
            }

            return m;
        }

        // Lowercase nouns for people or bodies that a relative "who" can stand for.
        private const WordClass PeopleNoun = WordClass.TitleWord | WordClass.GroupWord | WordClass.SourceNoun | WordClass.Descriptor | WordClass.Demonym;

        // "who spoke anonymously to discuss internal strategy": the words of a relative clause before its antecedent's cue.
        private const int MaxRelativeClauseTokens = 12;

        /// <summary>
        /// The one reading of a relative clause in the subject: when the words right before token <paramref name="end"/> close a
        /// clause opened by "who" ("A neighbour who saw the crash said", "the official who leads the inquiry said", "Katie Lane,
        /// who chairs the Harbour Fund said", "Michael Seaman, who lives outside the state capital, Sacramento, said"), the noun
        /// "who" stands for; null when no such clause ends there. The clause holds only words, no quote and no cue, and a word
        /// (its verb) after "who": in "the man who police said" the phrase after "who" is the clause's own subject.
        /// "who has gotten less credit than aides say": a conjunction ends the clause before the phrase. After a comma "who" is
        /// relative to a name or a noun for people ("host", "group"), with the phrase it heads ("an education professor at
        /// Harvard who ..."); without one, also to any noun phrase ending right before it ("the public can see who gives ..."
        /// reads no phrase there).
        /// </summary>
        private Mention? AntecedentOfWho(ParagraphText p, int end, int lo)
        {
            for (var k = end - 1; k >= lo && end - k <= MaxRelativeClauseTokens; k--)
            {
                if (!p.IsWord(k) || p.Tokens[k].Quote >= 0 || p.Is(k, WordClass.CueStart))
                {
                    return null;
                }

                if (!p.WordIs(k, "who"))
                {
                    if (p.Is(k, WordClass.ClauseWord) && !p.Is(k, WordClass.IntroPreposition | WordClass.CueModifier) && !p.WordIs(k, "to"))
                    {
                        return null;
                    }

                    continue;
                }

                if (k == end - 1)
                {
                    return null;
                }

                var comma = p.IsPunct(k - 1, ',');
                var named = comma ? k - 2 : k - 1;
                if (named >= lo && p.IsWord(named) && (p.IsCapitalised(named) || p.Is(named, PeopleNoun)) && PhraseEndingAt(p, named, lo) is Mention person)
                {
                    return person;
                }

                if (comma)
                {
                    return null;
                }

                var antecedent = SubjectBefore(p, k, lo);
                return antecedent == null || antecedent.IsPronoun || antecedent.EndToken != k ? null : antecedent;
            }

            return null;
        }

        /// <summary>
        /// ", Finland," between the commas <paramref name="m"/> and <paramref name="j"/>: a listed place (list places) after a
        /// capitalised place that a preposition of place opens ("in Espoo"); "in Uganda, Sarah Mukasa," names a person.
        /// </summary>
        private bool IsRegionOfPlace(ParagraphText p, int m, int j, int lo)
        {
            if (m <= lo || !p.IsPunct(m, ',') || j - m > 4 || !AllCapitalised(p, m + 1, j) || !p.IsWord(m - 1) || !p.IsCapitalised(m - 1) ||
                !lexicon.Places.Contains(p.Cut(p.Tokens[m + 1].Start, p.Tokens[j - 1].End - p.Tokens[m + 1].Start)))
            {
                return false;
            }

            var k = BeforeCapitalisedRun(p, m - 1, lo);

            return p.IsWord(k) && !p.IsCapitalised(k) && lexicon.PlacePrepositions.Contains(p.Word(k));
        }

        /// <summary>The token before the capitalised words that end at <paramref name="k"/> (<paramref name="k"/> itself when it is no such word), not before <paramref name="lo"/>.</summary>
        private static int BeforeCapitalisedRun(ParagraphText p, int k, int lo)
        {
            while (k > lo && p.IsWord(k) && p.IsCapitalised(k))
            {
                k--;
            }

            return k;
        }

        /// <summary>The comma before "who" that opens the relative clause ending at the comma <paramref name="m"/>, or -1.</summary>
        private static int RelativeClauseComma(ParagraphText p, int m, int lo)
        {
            var k = AppositiveComma(p, m, lo);
            return k > lo && p.IsPunct(k, ',') && p.IsWord(k + 1) && p.WordIs(k + 1, "who") ? k : -1;
        }

        /// <summary>", Michael Sexton," after a lowercase description: only capitalised names between the commas.</summary>
        private bool IsNameAfterDescription(ParagraphText p, int m, int j, int lo) =>
            m > lo && p.IsPunct(m, ',') && (!p.IsCapitalised(m - 1) || IsTitleWithArticle(p, m - 1, lo)) && AllCapitalised(p, m + 1, j);

        // "The Chief Medical Officer": the capitalised words of a title after its article.
        private const int MaxCapitalisedTitleWords = 3;

        /// <summary>
        /// "The Prime Minister, Anthony Albanese, said", "The Opposition Leader, Peter Dutton,": a title in capitals after an
        /// article, ending at <paramref name="last"/>, describes the name set off after it as a lowercase role does.
        /// </summary>
        private static bool IsTitleWithArticle(ParagraphText p, int last, int lo)
        {
            if (!p.Is(last, WordClass.TitleWord))
            {
                return false;
            }

            var k = last;
            while (k > lo && last - k < MaxCapitalisedTitleWords && p.IsWord(k) && p.IsCapitalised(k) && !p.Is(k, WordClass.Determiner))
            {
                k--;
            }

            return k >= lo && k < last && p.IsWord(k) && p.Is(k, WordClass.Determiner);
        }

        /// <summary>
        /// The comma that opens a role phrase ending in "for", "from" or "of" and the capitalised place at <paramref name="j"/>
        /// ("MP for Henley-on-Thames"), set off by a comma after a name; else -1.
        /// </summary>
        private int RoleBeforePlace(ParagraphText p, int j, int lo)
        {
            var k = BeforeCapitalisedRun(p, j, lo);

            if (k == j || !p.IsWord(k) || !p.Is(k, WordClass.PostModifierPreposition))
            {
                return -1;
            }

            var comma = AppositiveComma(p, k, lo);
            return comma > lo && p.IsPunct(comma, ',') && p.IsCapitalised(comma - 1) && p.IsWord(comma + 1) && p.Is(comma + 1, WordClass.TitleWord | WordClass.Determiner)
                ? comma : -1;
        }

        /// <summary>
        /// The cue at <paramref name="cue"/> is a cue verb, not a noun or an adjective a possessive could own ("Mallon's claim",
        /// "Trump's repeated calls"): no noun cue, and no form in -ed unless a mark or "that" follows it.
        /// </summary>
        private static bool OwnsNothing(ParagraphText p, int cue) =>
            p.IsWord(cue) && p.Is(cue, WordClass.CueVerb) && !p.Is(cue, WordClass.NounCue) && (!p.EndsWithIgnoringCase(cue, "ed") || !p.IsWord(cue + 1) || p.WordIs(cue + 1, "that"));

        /// <summary>A number of one to three digits alone: an age set off after a name ("Graham Pike, 72,").</summary>
        internal static bool IsAge(ParagraphText p, int t) => p.IsWord(t) && p.Tokens[t].End - p.Tokens[t].Start <= 3 && AllDigits(p, t);

        /// <summary>"R-Alaska", "D-N.Y.", "I-Vt.": a party's initial, a hyphen and a state, as American news tags a lawmaker.</summary>
        private static bool IsPartyTag(ParagraphText p, int t)
        {
            var start = p.Tokens[t].Start;
            var text = p.Source;
            return p.IsWord(t) && p.Tokens[t].End - start >= 3 && (text[start] == 'R' || text[start] == 'D' || text[start] == 'I') &&
                text[start + 1] == '-' && char.IsUpper(text[start + 2]);
        }

        /// <summary>
        /// An em or en dash, which sets off a parenthetical in pairs, or a hyphen set off by spaces as plain-text copy writes a
        /// dash ("Andrei Illarionov - then adviser to the president - told").
        /// </summary>
        internal static bool IsDash(ParagraphText p, int t) =>
            p.IsPunct(t, '—') || p.IsPunct(t, '–') ||
            (p.IsPunct(t, '-') && t > 0 && t + 1 < p.Tokens.Count && p.Tokens[t - 1].End < p.Tokens[t].Start && p.Tokens[t + 1].Start > p.Tokens[t].End);

        /// <summary>"who", "which", "whose": a word that opens a relative clause after a comma ("that" does not, there).</summary>
        private bool IsRelativeWord(ParagraphText p, int t) =>
            p.IsWord(t) && !p.IsCapitalised(t) && !p.WordIsIgnoringCase(t, "that") && lexicon.RelativeWords.Contains(p.Word(t));

        // "head of", "the port authority's chief executive": a role's title is among its first this many words.
        private const int MaxRoleWords = 3;

        /// <summary>
        /// The name before the comma that opens the role [<paramref name="first"/>, <paramref name="end"/>) when nothing closes
        /// the role before the cue, and the name opens its clause (the paragraph's or sentence's start, or right after a quotation);
        /// null otherwise, or when the words there name no one.
        /// </summary>
        private Mention? NameBeforeUnclosedRole(ParagraphText p, int first, int end, int lo)
        {
            var comma = first - 1;
            if (comma - 1 <= lo || !p.IsPunct(comma, ',') || !IsRoleAt(p, first, end) || !p.IsWord(comma - 1) || !p.IsCapitalised(comma - 1))
            {
                return null;
            }

            // The capitalised words before the comma, none of them a word that is no name ("On Monday, the judge said").
            var start = comma;
            while (start - 1 >= lo && p.IsWord(start - 1) && p.IsCapitalised(start - 1) && !IsNotName(p, start - 1) && comma - start < MaxPhraseWords)
            {
                start--;
            }

            // A person's full name, two words or more: one capitalised word before a comma is as often a place opening the
            // sentence ("Frankfurt, a Lufthansa spokesman said").
            if (comma - start < 2)
            {
                return null;
            }

            var before = start - 1;
            var opensClause = before < lo || p.SentenceOf(before) != p.SentenceOf(start) || p.Tokens[before].Kind == TokenKind.CloseQuote ||
                (p.IsPunct(before, ',') && before - 1 >= lo && p.Tokens[before - 1].Kind == TokenKind.CloseQuote);
            if (!opensClause)
            {
                return null;
            }

            var name = Make(p, start, comma);
            return name.IsNamed && !name.IsPronoun ? name : null;
        }

        /// <summary>
        /// The comma before a role set off after a name ("Lord Condon, head of the unit" with <paramref name="closing"/> the comma
        /// after "unit"): one of the role's first lowercase words (past an article) is a title, and a capitalised word
        /// stands before its comma; null when the words before <paramref name="closing"/> are no such role.
        /// </summary>
        private int? RoleAppositiveBefore(ParagraphText p, int closing, int lo)
        {
            var open = AppositiveComma(p, closing, lo);
            if (open <= lo || !p.IsPunct(open, ',') || !p.IsWord(open - 1) || !p.IsCapitalised(open - 1) || !p.IsWord(open + 1) || p.IsCapitalised(open + 1))
            {
                return null;
            }

            return IsRoleAt(p, open + 1, closing) ? open : (int?)null;
        }

        /// <summary>
        /// Whether the words from <paramref name="t"/> on (before <paramref name="end"/>) open a role: one of the first lowercase
        /// words, past an article, is a title ("the port authority's chief executive", "head of the unit", "a Lufthansa spokesman",
        /// "the Manchester Central MP").
        /// </summary>
        private bool IsRoleAt(ParagraphText p, int t, int end)
        {
            // After an article a title may be capitalised too ("the Manchester Central MP"); without one a capitalised title
            // opens a name ("Senator Lisa Park").
            var article = p.IsLowerIn(t, WordClass.Determiner, lexicon.Determiners);
            if (article)
            {
                t++;
            }

            for (var stop = Math.Min(end, t + MaxRoleWords); t < stop && p.IsWord(t); t++)
            {
                if ((article || !p.IsCapitalised(t)) && p.IsLowerIn(t, WordClass.TitleWord, lexicon.TitleWords))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>An appositive follows a name ("Rand Paul, R-Ky.,"), opens like a description ("who", "the", a title), or is one adverb (", however,").</summary>
        private bool IsAppositive(ParagraphText p, int m, int j, int lo) =>
            m > lo && p.IsPunct(m, ',') && p.IsWord(m + 1) && (p.IsCapitalised(m - 1) || IsAppositiveStart(p, m + 1) || j - m <= MaxAdverbAppositiveTokens ||
                IsDocumentAside(p, m));

        /// <summary>
        /// "That letter, on company letterhead, demanded", "The study, for a security firm, shows": after a document noun, a
        /// prepositional phrase between commas tells where it came from or for whom; the document speaks past it.
        /// </summary>
        private static bool IsDocumentAside(ParagraphText p, int m) =>
            IsDocumentNoun(p, m - 1) && !p.IsCapitalised(m + 1) && p.Is(m + 1, WordClass.IntroPreposition);

        private bool IsAppositiveStart(ParagraphText p, int t)
        {
            // "Okafor, who runs the quay, said", "The survey, which collects the views of economists, said", "The board, whose
            // members ..., said": a relative clause between commas describes the subject before it.
            if (p.IsLowerIn(t, WordClass.Determiner, lexicon.Determiners) || p.IsLowerIn(t, WordClass.TitleWord, lexicon.TitleWords) || p.IsLowerIn(t, WordClass.Descriptor, lexicon.Descriptors))
            {
                return true;
            }

            // "One official, speaking on condition of anonymity, said", "The ministry, contacted by Reuters, said": a participle's
            // phrase between commas describes the subject too.
            if (!p.IsCapitalised(t) && ((p.EndsWith(t, "ing") && p.Tokens[t].End - p.Tokens[t].Start > 4) || p.IsEdForm(t)))
            {
                return true;
            }

            var w = p.Word(t).ToLowerInvariant();
            return w == "who" || w == "which" || w == "whose" || Possessive.Is(w) || IsPossessiveDeterminer(w) || char.IsDigit(w[0]);
        }

        /// <summary>
        /// The first token of the subject phrase that ends at <paramref name="j"/>, read leftwards: names, a determiner that
        /// opens it, lowercase nouns; or <paramref name="j"/> + 1 when the words there cannot be a subject.
        /// </summary>
        private int SubjectStart(ParagraphText p, int j, int lo)
        {
            var first = j + 1;
            for (var k = j; k >= lo && j - k < MaxPhraseWords; k--)
            {
                if (!p.IsWord(k))
                {
                    // "a survey of 1,300 bosses": a number's separator is inside the phrase, as an ampersand is inside a firm's
                    // name ("Ernst & Young").
                    if (p.IsNumberSeparator(k) || (p.IsPunct(k, '&') && first == k + 1 && p.IsCapitalised(k + 1) && p.IsWord(k - 1) && p.IsCapitalised(k - 1)))
                    {
                        continue;
                    }

                    break;
                }

                if (p.IsLowerIn(k, WordClass.Determiner, lexicon.Determiners) || IsPossessiveDeterminer(p, k))
                {
                    return k;
                }

                if (p.IsCapitalised(k))
                {
                    if (IsNotName(p, k) && !p.Is(k, WordClass.TitleWord) && !IsMonthSurname(p, k) && !IsMonthGivenName(p, k, j + 1) && !IsNumberInName(p, k, lo))
                    {
                        break;
                    }

                    first = k;
                    continue;
                }

                // "the report said", "his tweet read": a cue that is also a noun, right before the cue, heads the subject as a noun.
                if ((p.IsLowerIn(k, WordClass.CueVerb, lexicon.CueVerbs) && !(k == j && p.Is(k, WordClass.NounCue))) || IsPronounWord(p, k) || IsContraction(p, k))
                {
                    break;
                }

                var lower = p.Word(k).ToLowerInvariant();

                // "A letter sent to Martin Mubanga said": the name after "to" is an object; the subject stands before it.
                // ("Ambassador to Israel Mike Huckabee said": after a title, "to" belongs to the title. "The letter from Qwest said":
                // after a document, "from" names its sender and modifies it, as "the senator from Vermont"; the document speaks.)
                if ((lower == "to" || lower == "from") && first <= j && p.IsCapitalised(first) && !p.Is(k - 1, WordClass.TitleWord) &&
                    !(lower == "from" && IsDocumentNoun(p, k - 1)))
                {
                    return j + 1;
                }

                if (IsClauseVerbBefore(p, k, lower) || (p.IsLowerIn(k, WordClass.ClauseWord, lexicon.ClauseWords) && !IsTitlePreposition(p, k, lo, lower)))
                {
                    break;
                }

                first = k;
            }

            return first;
        }

        /// <summary>A lowercase document noun ("letter", "statement"), which speaks for itself.</summary>
        internal static bool IsDocumentNoun(ParagraphText p, int t) => p.IsWord(t) && p.Is(t, WordClass.SourceNoun) && !p.IsCapitalised(t);

        /// <summary>
        /// "Hollande denounced", "the judge pointed": a past or -ing form after a name or title is the clause's verb, not part of
        /// its subject ("the order released Friday" keeps its participle: there a common noun stands before it; so does "Cruz's
        /// thinking": after a possessive the word is a noun).
        /// </summary>
        private bool IsClauseVerbBefore(ParagraphText p, int k, string lower) =>
            (lexicon.IsEdForm(lower) || lower.EndsWith("ing", StringComparison.Ordinal)) && lower.Length >= MinInflectedVerbLength &&
            !p.IsLowerIn(k, WordClass.TitleWord, lexicon.TitleWords) && !p.IsLowerIn(k, WordClass.Descriptor, lexicon.Descriptors) &&
            p.IsWord(k - 1) && (p.IsCapitalised(k - 1) || p.Is(k - 1, WordClass.TitleWord)) && !p.IsPossessive(k - 1);

        /// <summary>"a spokesman for the campaign", "an adviser to President Biden": a preposition after a title stays inside the phrase.</summary>
        private bool IsTitlePreposition(ParagraphText p, int k, int lo, string lower) =>
            ((lower == "for" || lower == "of" || lower == "at") && p.IsWord(k - 1) && k - 1 >= lo && p.Is(k - 1, WordClass.TitleWord)) ||
            (lower == "to" && k - 1 >= lo && IsRoleTo(p, k));

        /// <summary>
        /// "A senior adviser to President Biden", "the US envoy to North Korea", "an assistant to Marcus Hale": "to" after a
        /// role in lower case names whom or where the role serves; the role heads the phrase. A verb after "to" is an
        /// infinitive ("prompted the prime minister to say"), no one served.
        /// </summary>
        private static bool IsRoleTo(ParagraphText p, int k)
        {
            if (!p.WordIs(k, "to") || k == 0 || !p.IsWord(k - 1) || !p.Is(k - 1, WordClass.TitleWord))
            {
                return false;
            }

            // "to the governor", "to President Lee", "to property developer Marcus Hale": an article, a name, or a few words
            // in lower case that a name closes.
            var t = k + 1;
            while (t < p.Tokens.Count && t - k <= MaxRoleModifierWords && p.IsWord(t) && !p.IsCapitalised(t) && !p.Is(t, WordClass.Determiner | WordClass.CueVerb))
            {
                t++;
            }

            return t < p.Tokens.Count && p.IsWord(t) && (p.IsCapitalised(t) || (t == k + 1 && p.Is(t, WordClass.Determiner)));
        }

        /// <summary>The subject before a time phrase that starts at <paramref name="first"/> ("Trump" in "Trump at the time said").</summary>
        private Mention? SubjectBeforeTimePhrase(ParagraphText p, int first, int lo)
        {
            var before = first - 1;
            if (p.IsWord(before) && p.Is(before, WordClass.ClauseWord))
            {
                before--;
            }

            return before >= lo && p.IsWord(before) ? SubjectBefore(p, before + 1, lo) : null;
        }

        /// <summary>Skips what may stand between a subject and its cue: "also", "has", time phrases, a parenthesis.</summary>
        private int SkipBetweenSubjectAndVerb(ParagraphText p, int j, int lo)
        {
            const int MaxSkipped = 10;
            var from = j;
            var afterTimeWord = false;
            while (j >= lo && from - j < MaxSkipped)
            {
                // "in the past", "at the time", "this week": the determiner and preposition of a time phrase go with it.
                if (afterTimeWord && p.IsWord(j) && !p.IsCapitalised(j) && p.Is(j, WordClass.Determiner | WordClass.IntroPreposition))
                {
                    j--;
                    continue;
                }

                afterTimeWord = false;
                if (p.IsPunct(j, ')'))
                {
                    var m = j - 1;
                    while (m >= lo && j - m < MaxParenthesisTokens && !p.IsPunct(m, '('))
                    {
                        m--;
                    }

                    if (m < lo || !p.IsPunct(m, '('))
                    {
                        return j;
                    }

                    j = m - 1;
                    continue;
                }

                if (!p.IsWord(j))
                {
                    return j;
                }

                afterTimeWord = p.Is(j, WordClass.TimeWord) && !p.IsCapitalised(j);
                // "Theresa May said": a month that is a surname after a name is the subject's, no time word (nor the modal "may").
                if (!IsMonthSurname(p, j) && (p.IsLowerIn(j, WordClass.CueModifier, lexicon.CueModifiers) || p.Is(j, WordClass.TimeWord) || AllDigits(p, j) ||
                    (IsAdverbByForm(p, j) && !p.IsCapitalised(j) && !lexicon.LyNouns.Contains(p.Word(j)))))
                {
                    // "on Friday" / "in a statement" only when the preposition leads a time phrase we just skipped.
                    j--;
                    continue;
                }

                return j;
            }

            return j;
        }

        /// <summary>Whether every character of the token is a digit, as <c>w.All(char.IsDigit)</c> without cutting the word.</summary>
        private static bool AllDigits(ParagraphText p, int t)
        {
            var token = p.Tokens[t];
            for (var i = token.Start; i < token.End; i++)
            {
                if (!char.IsDigit(p.Source[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// "-ly" words of five letters or more ("recently"), as <c>lower.EndsWith("ly") &amp;&amp; lower.Length &gt;= 5</c> of the
        /// word lower-cased: no letter but "L" and "Y" lower-cases to "l" or "y", and lower-casing keeps the length.
        /// </summary>
        internal static bool IsAdverbByForm(ParagraphText p, int t) =>
            p.Tokens[t].End - p.Tokens[t].Start >= MinAdverbLength && p.EndsWithIgnoringCase(t, "ly");
    }
}
