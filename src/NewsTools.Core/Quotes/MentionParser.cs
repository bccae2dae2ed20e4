using System;
using System.Collections.Generic;
using System.Linq;
using NewsTools.Text;

namespace NewsTools.Quotes
{
    /// <summary>A noun phrase that names or stands for a speaker, split into its parts.</summary>
    internal sealed class Mention
    {
        public int FirstToken { get; set; }

        public int EndToken { get; set; }

        public int Start { get; set; }

        public int End { get; set; }

        /// <summary>The phrase as written ("Chinese foreign minister Wang", "the ministry", "he").</summary>
        public string Text { get; set; } = "";

        /// <summary>The name or head without determiner, titles and nationality ("Wang", "Chinese Foreign Ministry", "ministry").</summary>
        public string Core { get; set; } = "";

        /// <summary>Offset of <see cref="Core"/> in the text.</summary>
        public int CoreStart { get; set; }

        public string? Title { get; set; }

        /// <summary>The country a demonym or possessive ties the phrase to ("Chinese", "China's").</summary>
        public string? Country { get; set; }

        public bool IsPronoun { get; set; }

        /// <summary>The core is one token's text as written, whose word classes are <see cref="CoreClasses"/>.</summary>
        public bool CoreIsOneToken { get; set; }

        public WordClass CoreClasses { get; set; }

        /// <summary>The head is a capitalised name (Explicit attribution) rather than a common noun (Nominal).</summary>
        public bool IsNamed { get; set; }

        public override string ToString() => Text;
    }

    /// <summary>
    /// Reads the noun phrase on either side of a cue: back from "said" to its subject (skipping "also", "on Friday", an
    /// appositive between commas), or forward for the inverted order ("said Wang") and for objects ("told Kono").
    /// </summary>
    internal sealed class MentionParser
    {
        // A speaker phrase is at most this many words ("Republican presidential hopeful Sen. Ted Cruz of Texas").
        private const int MaxPhraseWords = 9;

        // An appositive between a subject and its cue ("Chris Cox, who runs the NRA's lobbying arm, says") is read this far back.
        private const int MaxAppositiveTokens = 30;

        // ", however," / ", too,": an appositive this short is an adverb set off by commas, whatever its first word.
        private const int MaxAdverbAppositiveTokens = 4;

        // "-ed" and "-ing" words shorter than this are rarely verbs ("red", "bed", "king", "ring").
        private const int MinInflectedVerbLength = 5;

        // "-ly" words of four letters or fewer are rarely the adverbs skipped here ("July", "ugly", "fly").
        private const int MinAdverbLength = 5;

        // A capitalised "-ly" or "-ing" word longer than this opening a sentence is an adverb or participle ("Apparently", "Speaking"), not a name ("Bing", "Kelly").
        private const int MinCapitalisedAdverbLength = 6;

        // "figures of the ministry by the Pew Research Center": the "by" or "from" naming the owner follows the topic within this many words.
        private const int MaxTopicWords = 4;

        // A lowercase noun tail after a name ("the Kessel weather station") is at most this many words.
        private const int MaxNounTailWords = 3;

        // A parenthesis between subject and cue ("Gov. Pat McCrory (R) said") is this short.
        private const int MaxParenthesisTokens = 12;

        // "he'd", "they’re", "we've": an apostrophe this close to the word's end marks a clitic.
        private const int MaxCliticLength = 3;

        // The words that head a phrase naming a speaker: a title or role ("senator", "spokesman") or a body ("campaign").
        private const WordClass RoleNoun = WordClass.TitleWord | WordClass.OrganizationWord;

        // Lowercase words a role noun may take before it after a name: "Republican political consultant" (2), "senior policy adviser" (3).
        private const int MaxRoleModifierWords = 3;

        // "a woman in the audience at a campaign event in Nashua said": at most this many post-modifiers are read back over.
        private const int MaxPostModifiers = 3;
        private static readonly char[] Apostrophes = { '\'', '’' };
        private readonly CueLexicon lexicon;

        // The word tokens of the phrase being built, reused by every Make call (Make does not call itself).
        private readonly List<int> words = new List<int>(MaxPhraseWords * 2);

        // The title pieces of that phrase (first word index into words, word count), joined once at the end.
        private readonly List<(int From, int Count)> titlePieces = new List<(int From, int Count)>();

        public MentionParser(CueLexicon lexicon)
        {
            this.lexicon = lexicon;
        }

        /// <summary>The subject before a cue at token <paramref name="cue"/>, reading no further left than <paramref name="lo"/>.</summary>
        public Mention? SubjectBefore(ParagraphText p, int cue, int lo)
        {
            var j = SkipBetweenSubjectAndVerb(p, cue - 1, lo);
            if (j < lo)
            {
                return null;
            }

            if (p.IsPunct(j, ','))
            {
                // "Chris Cox, who runs the NRA's lobbying arm, says": the subject stands before the appositive.
                var m = AppositiveComma(p, j, lo);

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
            }

            if (!p.IsWord(j))
            {
                return null;
            }

            if (IsPronounWord(p.Word(j)))
            {
                return Make(p, j, j + 1);
            }

            var first = SubjectStart(p, j, lo);
            if (first > j || AllDeterminers(p, first, j + 1))
            {
                return null;
            }

            // "Trump at the time said", "the department two weeks ago said": a time phrase, not the subject, stands before the cue.
            if (!p.IsCapitalised(j) && lexicon.TimeWords.Contains(p.Word(j)) && first > lo && !AnyCapitalised(p, first, j + 1))
            {
                return SubjectBeforeTimePhrase(p, first, lo);
            }

            // "Trump’s repeated calls": a possessive owns what follows; it is not the subject of the cue.
            if (Possessive.Is(p.Word(j)))
            {
                return null;
            }

            return HeadBeforePostModifier(p, first, j + 1, lo) ?? Make(p, first, j + 1);
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
                var preposition = headFirst - 1;
                if (preposition - 1 < lo || !p.IsWord(preposition) || !lexicon.PostModifierPrepositions.Contains(p.Word(preposition)) || !p.IsWord(preposition - 1) ||
                    p.IsCapitalised(preposition) || IsPronounWord(p.Word(preposition - 1)) || Possessive.Is(p.Word(preposition - 1)))
                {
                    break;
                }

                var outer = SubjectStart(p, preposition - 1, lo);
                if (outer > preposition - 1 || AllDeterminers(p, outer, preposition))
                {
                    break;
                }

                // The noun before the preposition is a name, a role or a phrase opened by a determiner ("a woman"), never a verb
                // ("who previously worked for Sen. Lamar Alexander", "working with Priorities USA").
                var last = preposition - 1;
                if (!p.IsCapitalised(outer) && !p.Is(outer, WordClass.Determiner | WordClass.TitleWord) && !IsPossessiveDeterminer(p, outer))
                {
                    break;
                }

                // A capitalised plural alone ("Proponents of", "Leaders of") is a common noun opening the sentence, not a name.
                var isPersonalName = p.IsCapitalised(last) && !p.Is(last, WordClass.OrganizationWord | WordClass.TitleWord) && (last > outer || !p.EndsWith(last, "s"));
                if ((p.WordIs(preposition, "of") && !isPersonalName) || IsTitlePreposition(p, preposition, lo, p.Word(preposition).ToLowerInvariant()))
                {
                    // "the head of Exxon", "the Bank of England", "a spokesman for the campaign": the whole phrase names the speaker.
                    headFirst = outer;
                    continue;
                }

                headFirst = outer;
                headEnd = preposition;
            }

            // "in the wake of a Law Commission report", "Despite a short-lived increase in jobs": a phrase that is itself the
            // object of a preposition is an adverbial, not the subject; the subject read first stands.
            if (headFirst == first || (p.IsWord(headFirst - 1) && p.Is(headFirst - 1, WordClass.ClauseWord | WordClass.IntroPreposition)))
            {
                return null;
            }

            return Make(p, headFirst, headEnd);
        }

        /// <summary>The comma that opens the appositive closed by the comma at <paramref name="j"/> (or where the search stopped).</summary>
        private static int AppositiveComma(ParagraphText p, int j, int lo)
        {
            var m = j - 1;
            while (m > lo && j - m < MaxAppositiveTokens && !p.IsPunct(m, ',') && p.Tokens[m].Kind != TokenKind.CloseQuote && p.Tokens[m].Kind != TokenKind.OpenQuote)
            {
                m--;
            }

            return m;
        }

        /// <summary>", Michael Sexton," after a lowercase description: only capitalised names between the commas.</summary>
        private bool IsNameAfterDescription(ParagraphText p, int m, int j, int lo) =>
            m > lo && p.IsPunct(m, ',') && !p.IsCapitalised(m - 1) && AllCapitalised(p, m + 1, j);

        /// <summary>An appositive follows a name ("Rand Paul, R-Ky.,"), opens like a description ("who", "the", a title), or is one adverb (", however,").</summary>
        private bool IsAppositive(ParagraphText p, int m, int j, int lo) =>
            m > lo && p.IsPunct(m, ',') && p.IsWord(m + 1) && (p.IsCapitalised(m - 1) || IsAppositiveStart(p, m + 1) || j - m <= MaxAdverbAppositiveTokens);

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
                    break;
                }

                var word = p.Word(k);
                var lower = word.ToLowerInvariant();
                if (lexicon.Determiners.Contains(lower) || IsPossessiveDeterminer(lower))
                {
                    return k;
                }

                if (p.IsCapitalised(k))
                {
                    if (lexicon.NotNames.Contains(Possessive.Strip(word)) && !lexicon.TitleWords.Contains(word))
                    {
                        break;
                    }

                    first = k;
                    continue;
                }

                if (lexicon.CueVerbs.Contains(lower) || IsPronounWord(word) || IsContraction(lower))
                {
                    break;
                }

                // "A letter sent to Martin Mubanga said": the name after "to" is an object; the subject stands before it.
                // ("Ambassador to Israel Mike Huckabee said": after a title, "to" belongs to the title.)
                if ((lower == "to" || lower == "from") && first <= j && p.IsCapitalised(first) && !p.Is(k - 1, WordClass.TitleWord))
                {
                    return j + 1;
                }

                if (IsClauseVerbBefore(p, k, lower) || (lexicon.ClauseWords.Contains(lower) && !IsTitlePreposition(p, k, lo, lower)))
                {
                    break;
                }

                first = k;
            }

            return first;
        }

        /// <summary>
        /// "Hollande denounced", "the judge pointed": a past or -ing form after a name or title is the clause's verb, not part of
        /// its subject ("the order released Friday" keeps its participle: there a common noun stands before it).
        /// </summary>
        private bool IsClauseVerbBefore(ParagraphText p, int k, string lower) =>
            (lower.EndsWith("ed", StringComparison.Ordinal) || lower.EndsWith("ing", StringComparison.Ordinal)) && lower.Length >= MinInflectedVerbLength &&
            !lexicon.TitleWords.Contains(lower) && !lexicon.Descriptors.Contains(lower) &&
            p.IsWord(k - 1) && (p.IsCapitalised(k - 1) || lexicon.TitleWords.Contains(p.Word(k - 1)));

        /// <summary>"a spokesman for the campaign": a preposition after a title stays inside the phrase.</summary>
        private bool IsTitlePreposition(ParagraphText p, int k, int lo, string lower) =>
            (lower == "for" || lower == "of" || lower == "at") && p.IsWord(k - 1) && k - 1 >= lo && lexicon.TitleWords.Contains(p.Word(k - 1));

        /// <summary>The subject before a time phrase that starts at <paramref name="first"/> ("Trump" in "Trump at the time said").</summary>
        private Mention? SubjectBeforeTimePhrase(ParagraphText p, int first, int lo)
        {
            var before = first - 1;
            if (p.IsWord(before) && lexicon.ClauseWords.Contains(p.Word(before)))
            {
                before--;
            }

            return before >= lo && p.IsWord(before) ? SubjectBefore(p, before + 1, lo) : null;
        }

        internal static bool IsCapitalisedAdverbOrParticiple(ParagraphText p, int t)
        {
            var token = p.Tokens[t];
            return token.End - token.Start >= MinCapitalisedAdverbLength && (p.EndsWith(t, "ly") || p.EndsWith(t, "ing")) &&
                (t == 0 || p.Tokens[t - 1].Kind != TokenKind.Word) && !p.IsCapitalised(t + 1);
        }

        private static bool AnyCapitalised(ParagraphText p, int first, int end)
        {
            for (var t = first; t < end; t++)
            {
                if (p.IsCapitalised(t))
                {
                    return true;
                }
            }

            return false;
        }

        private bool AllCapitalised(ParagraphText p, int first, int end)
        {
            if (end <= first)
            {
                return false;
            }

            for (var t = first; t < end; t++)
            {
                if (!p.IsCapitalised(t) || lexicon.NotNames.Contains(p.Word(t)))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>"a", "the", "his": an article or possessive alone is no speaker ("one" or "some" before a cue are).</summary>
        private static bool AllDeterminers(ParagraphText p, int first, int end)
        {
            for (var t = first; t < end; t++)
            {
                var w = p.Word(t).ToLowerInvariant();
                if (w != "a" && w != "an" && w != "the" && !IsPossessiveDeterminer(w))
                {
                    return false;
                }
            }

            return true;
        }

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

            for (var t = m.FirstToken; t < m.EndToken; t++)
            {
                if (!p.Is(t, WordClass.SourceNoun) || p.IsCapitalised(t))
                {
                    continue;
                }

                var k = t + 1;
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

            return m;
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

            var w = p.Word(k);
            if (IsPronounWord(w))
            {
                return Make(p, k, k + 1);
            }

            var first = k;
            var lower = w.ToLowerInvariant();
            if (lexicon.Determiners.Contains(lower) || IsPossessiveDeterminer(lower))
            {
                k++;
            }

            var sawName = false;
            var end = k;
            for (; k < hi && k - first < MaxPhraseWords && p.IsWord(k); k++)
            {
                var word = p.Word(k);
                var lw = word.ToLowerInvariant();
                if (p.IsCapitalised(k))
                {
                    if (lexicon.NotNames.Contains(Possessive.Strip(word)) && !lexicon.TitleWords.Contains(word) && !sawName)
                    {
                        break;
                    }

                    sawName = true;
                    end = k + 1;
                    if (Possessive.Is(word) && p.IsWord(k + 1) && !p.IsCapitalised(k + 1))
                    {
                        // "China's foreign minister": the possessive opens a longer phrase.
                        sawName = false;
                    }

                    continue;
                }

                // "Republican presidential hopeful Sen. Ted Cruz": a lowercase title between capitalised words stays in the phrase.
                if (sawName && lexicon.TitleWords.Contains(lw) && p.IsCapitalised(k + 1) && k + 1 < hi)
                {
                    sawName = false;
                    continue;
                }

                // "the New York businessman", "Republican political consultant Chris Russell", "a senior Cruz adviser": a name
                // before lowercase words that end on a role noun is a modifier of that noun, which heads the phrase.
                if (sawName && RoleNounEnd(p, k, hi) is int roleEnd)
                {
                    end = roleEnd;
                    k = roleEnd - 1;
                    sawName = false;
                    continue;
                }

                // "Air Force 1st Lt. Tyler Livingston": an ordinal or number right before a capitalised title or name modifies it.
                if (sawName && char.IsDigit(word[0]) && k + 1 < hi && p.IsCapitalised(k + 1) && p.IsWord(k + 1))
                {
                    sawName = false;
                    continue;
                }

                var hasContent = end > (lexicon.Determiners.Contains(lower) ? first + 1 : first);
                if (sawName || lexicon.ClauseWords.Contains(lw) || (hasContent && lexicon.CueVerbs.Contains(lw)) || lexicon.TimeWords.Contains(lw) || char.IsDigit(word[0]))
                {
                    if ((lw == "for" || lw == "of" || lw == "at") && !sawName && end > first && lexicon.TitleWords.Contains(p.Word(end - 1)))
                    {
                        end = k + 1;
                        continue;
                    }

                    break;
                }

                if (lw.EndsWith("ly", StringComparison.Ordinal) && lw.Length >= MinAdverbLength)
                {
                    break;
                }

                // English noun phrases end on their head: after a role noun ("The spokesman", "the Trump campaign"), a past form
                // or a word taking an object or "to" is the clause's verb ("refused to", "sought to", "took the"), not a compound's noun.
                if (end > first && p.Is(end - 1, RoleNoun) && !p.Is(k, RoleNoun) && (lw.EndsWith("ed", StringComparison.Ordinal) || OpensObject(p, k + 1)))
                {
                    break;
                }

                end = k + 1;
            }

            return end > first && end > (lexicon.Determiners.Contains(lower) ? first + 1 : first) ? Make(p, first, end) : null;
        }

        /// <summary>Whether the word at <paramref name="t"/> opens a verb's object or infinitive: "the", "his", "to".</summary>
        private bool OpensObject(ParagraphText p, int t) =>
            p.IsWord(t) && (p.Is(t, WordClass.Determiner) || IsPossessiveDeterminer(p, t) || p.WordIs(t, "to"));

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
                else if (p.EndsWith(t, "ly") || p.EndsWith(t, "ed") || p.EndsWith(t, "ing"))
                {
                    break;
                }
            }

            return roleEnd;
        }

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
                   !p.EndsWith(t, "ly") && !p.EndsWith(t, "ed") && !p.EndsWith(t, "ing") && !p.HasApostrophe(t))
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

        /// <summary>Builds a mention over tokens [first, end), splitting off determiner, nationality and title.</summary>
        public Mention Make(ParagraphText p, int first, int end)
        {
            var start = p.Tokens[first].Start;
            var stop = p.Tokens[end - 1].End;

            // A one-word phrase (most names) is the paragraph's cached string for that word, not a new cut.
            var text = end - first == 1 ? p.Word(first) : p.Source.Substring(start, stop - start);
            var mention = new Mention { FirstToken = first, EndToken = end, Start = start, End = stop, Text = text };
            if (end - first == 1 && (p.Is(first, WordClass.SubjectPronoun) || (p.HasApostrophe(first) && IsPronounWord(text))))
            {
                return AsPronoun(mention);
            }

            CollectWords(p, first, end);
            var i = words.Count > 0 && (p.Is(words[0], WordClass.Determiner) || IsPossessiveDeterminer(p, words[0])) ? 1 : 0;
            var lastWord = words.Count > 0 ? words[words.Count - 1] : -1;
            if (IsOrganizationPhrase(p, lastWord))
            {
                // "the country's State Planning Organisation": the possessive points back, like a determiner.
                i += i < words.Count - 1 && !p.IsCapitalised(words[i]) && p.IsPossessive(words[i]) ? 1 : 0;
            }
            else
            {
                i = SkipNationalityAndTitles(p, mention, i);
                if (words.Count > 0 && p.IsCapitalised(lastWord))
                {
                    i = SkipRoleDescription(p, i);
                }
            }

            if (titlePieces.Count > 0)
            {
                mention.Title = JoinTitle(p, words);
            }

            SetCore(p, mention, Math.Min(i, words.Count - 1), end);
            mention.IsNamed = words.Count > 0 && p.IsCapitalised(lastWord) && !p.Is(lastWord, WordClass.TitleWord);
            if (!mention.IsNamed && mention.Title == null && words.Count > 0)
            {
                // A role phrase without a name: its title is the phrase itself ("the foreign minister").
                mention.Title = MatchTitleEndingAt(p, words);
            }

            return mention;
        }

        /// <summary>"he’d" is the pronoun "he" with a clitic: the mention is the pronoun alone.</summary>
        private static Mention AsPronoun(Mention mention)
        {
            var bare = WithoutContraction(mention.Text);
            mention.IsPronoun = true;
            mention.Text = mention.Core = bare;
            mention.End = mention.Start + bare.Length;
            mention.CoreStart = mention.Start;
            return mention;
        }

        /// <summary>Fills <see cref="words"/> with the word tokens of [first, end) and clears the title pieces.</summary>
        private void CollectWords(ParagraphText p, int first, int end)
        {
            words.Clear();
            titlePieces.Clear();
            for (var t = first; t < end; t++)
            {
                if (p.IsWord(t))
                {
                    words.Add(t);
                }
            }
        }

        /// <summary>"Chinese Foreign Ministry", "Ministry of Transport" (but not "Bank of Japan chief Toshihiko Fukui"): the phrase names a body.</summary>
        private bool IsOrganizationPhrase(ParagraphText p, int lastWord) =>
            (p.Is(lastWord, WordClass.OrganizationWord) && p.IsCapitalised(lastWord)) || (HasOrganizationOf(p, words) && !EndsWithRoleAndName(p, words));

        /// <summary>Nationality and titles before the name: "Chinese foreign minister Wang", "China's president Xi". Returns the first word after them.</summary>
        private int SkipNationalityAndTitles(ParagraphText p, Mention mention, int i)
        {
            while (i < words.Count - 1)
            {
                var word = p.Word(words[i]);
                if (p.Is(words[i], WordClass.Demonym) && lexicon.Demonyms.TryGetValue(word, out var country))
                {
                    mention.Country = country;
                    i++;
                }
                else if (p.IsPossessive(words[i]) && lexicon.Places.Contains(Possessive.Strip(word)))
                {
                    var bare = Possessive.Strip(word);
                    mention.Country = lexicon.Metonyms.TryGetValue(bare, out var c) ? c : bare;
                    i++;
                }
                else if (MatchTitle(p, words, i) is int n && n > 0 && i + n < words.Count)
                {
                    titlePieces.Add((i, n));
                    i += n;
                }
                else if (!p.IsCapitalised(words[i]) && p.Is(words[i], WordClass.Descriptor) && i + 1 < words.Count)
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            return i;
        }

        /// <summary>
        /// Everything up to the last role word before the name is description: "Port director Ivo Brandt", "Senate Majority
        /// Leader Mitch McConnell", "resident Paula Reyes". Returns the name's first word.
        /// </summary>
        private int SkipRoleDescription(ParagraphText p, int i)
        {
            var cut = i;
            for (var k = i; k < words.Count - 1; k++)
            {
                // "of" and "for" join a name to its body ("Leo Park of Delta Capital"); they never end a role.
                if ((p.Is(words[k], WordClass.TitleWord) || (!p.IsCapitalised(words[k]) && !p.Is(words[k], WordClass.ClauseWord))) && p.IsCapitalised(words[k + 1]) &&
                    !IsNameParticle(p, words[k]) && !p.WordIs(words[k], "of") && !p.WordIs(words[k], "for"))
                {
                    cut = k + 1;
                }
            }

            if (cut > i)
            {
                titlePieces.Add((i, cut - i));
            }

            return cut;
        }

        /// <summary>The core runs from word <paramref name="i"/> to the phrase's end, its possessive cut off ("Wang", "Foreign Ministry").</summary>
        private void SetCore(ParagraphText p, Mention mention, int i, int end)
        {
            var coreStart = i >= 0 ? p.Tokens[words[i]].Start : mention.Start;
            mention.CoreStart = coreStart;
            var coreIsLastWord = i >= 0 && words[i] == end - 1;
            mention.Core = Possessive.Strip(coreIsLastWord ? p.Word(end - 1) : p.Source.Substring(coreStart, mention.End - coreStart));
            if (coreIsLastWord && !p.IsPossessive(end - 1))
            {
                mention.CoreClasses = p.Tokens[end - 1].Classes;
                mention.CoreIsOneToken = true;
            }
        }

        /// <summary>Maximal runs of capitalised words outside quotes: the names of the paragraph, as token ranges.</summary>
        public void NameRuns(ParagraphText p, List<(int First, int End)> runs)
        {
            runs.Clear();
            var t = 0;
            while (t < p.Tokens.Count)
            {
                if (!p.IsCapitalised(t) || p.Tokens[t].Quote >= 0)
                {
                    t++;
                    continue;
                }

                var first = t;
                var end = t + 1;
                while (!p.IsPossessive(end - 1))
                {
                    if (p.IsCapitalised(end) && p.Tokens[end].Quote < 0 && !p.Is(end, WordClass.TimeWord))
                    {
                        end++;
                    }
                    else if ((IsNameParticle(p, end) || (p.IsWord(end) && p.Word(end) == "of" && p.Is(end - 1, WordClass.OrganizationWord | WordClass.PlaceWord | WordClass.TitleWord))) && p.IsCapitalised(end + 1))
                    {
                        // "Ministry of Transport", "Secretary of State John Kerry", "Abu al Bakr".
                        end += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                // Sentence-initial words such as "But", "The", "Apparently" or "Speaking" are not part of the name.
                while (first < end && (IsNotName(p, first) || IsCapitalisedAdverbOrParticiple(p, first)))
                {
                    first++;
                }

                if (first < end)
                {
                    runs.Add((first, end));
                }

                t = end;
            }
        }

        /// <summary>A pronoun that can be a cue's subject ("he", "they", "who"); possessives and objects are not.</summary>
        public bool IsPronounWord(string word) => lexicon.SubjectPronouns.Contains(word) || lexicon.SubjectPronouns.Contains(WithoutContraction(word));

        /// <summary>"he'd" -> "he", "they’re" -> "they": a pronoun with a clitic auxiliary.</summary>
        public static string WithoutContraction(string word)
        {
            var apostrophe = word.IndexOfAny(Apostrophes);
            return apostrophe > 0 && word.Length - apostrophe <= MaxCliticLength ? word.Substring(0, apostrophe) : word;
        }

        /// <summary>"can't", "won't": an auxiliary, never part of a subject.</summary>
        private static bool IsContraction(string lower) => lower.EndsWith("n't", StringComparison.Ordinal) || lower.EndsWith("n’t", StringComparison.Ordinal);

        /// <summary><see cref="IsPossessiveDeterminer(string)"/> of the token lower-cased, cutting the word only when it may be one.</summary>
        internal static bool IsPossessiveDeterminer(ParagraphText p, int t)
        {
            var token = p.Tokens[t];
            var length = token.End - token.Start;
            var c = p.Source[token.Start];
            return (length == 3 || length == 5) && "hHtTiIoO\u0130".IndexOf(c) >= 0 && IsPossessiveDeterminer(p.Word(t).ToLowerInvariant());
        }

        private static bool IsPossessiveDeterminer(string lower) => lower == "his" || lower == "her" || lower == "their" || lower == "its" || lower == "our";

        /// <summary>A capitalised word that is no name ("But", "The"), possessive or not ("Monday's").</summary>
        private bool IsNotName(ParagraphText p, int t) =>
            p.IsPossessive(t) ? lexicon.NotNames.Contains(Possessive.Strip(p.Word(t))) : p.Is(t, WordClass.NotName);

        private static bool IsNameParticle(ParagraphText p, int t)
        {
            if (!p.IsWord(t))
            {
                return false;
            }

            var w = p.Word(t);
            return w == "de" || w == "van" || w == "von" || w == "bin" || w == "al" || w == "del" || w == "da" || w == "di" || w == "du" || w == "der" || w == "la" || w == "le";
        }

        private bool IsAppositiveStart(ParagraphText p, int t)
        {
            var w = p.Word(t).ToLowerInvariant();
            return w == "who" || lexicon.Determiners.Contains(w) || lexicon.TitleWords.Contains(w) || lexicon.Descriptors.Contains(w) || Possessive.Is(w) || IsPossessiveDeterminer(w) || char.IsDigit(w[0]);
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
                if (afterTimeWord && p.IsWord(j) && !p.IsCapitalised(j) && (lexicon.Determiners.Contains(p.Word(j)) || lexicon.IntroPrepositions.Contains(p.Word(j))))
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

                var w = p.Word(j);
                var lower = w.ToLowerInvariant();
                afterTimeWord = lexicon.TimeWords.Contains(w) && !p.IsCapitalised(j);
                if (lexicon.CueModifiers.Contains(lower) || lexicon.TimeWords.Contains(w) || w.All(char.IsDigit) ||
                    (lower.EndsWith("ly", StringComparison.Ordinal) && lower.Length >= MinAdverbLength && !p.IsCapitalised(j)))
                {
                    // "on Friday" / "in a statement" only when the preposition leads a time phrase we just skipped.
                    j--;
                    continue;
                }

                return j;
            }

            return j;
        }

        private int? MatchTitle(ParagraphText p, List<int> words, int i)
        {
            if (!p.Is(words[i], WordClass.TitleFirstWord) || !lexicon.TitlesByFirstWord.TryGetValue(p.Word(words[i]), out var titles))
            {
                return null;
            }

            foreach (var title in titles)
            {
                if (i + title.Length > words.Count)
                {
                    continue;
                }

                var ok = true;
                for (var k = 1; k < title.Length && ok; k++)
                {
                    ok = string.Equals(p.Word(words[i + k]), title[k], StringComparison.OrdinalIgnoreCase);
                }

                if (ok)
                {
                    return title.Length;
                }
            }

            return null;
        }

        private string? MatchTitleEndingAt(ParagraphText p, List<int> words) =>
            TitleEndingAt(p, words[words.Count - 1], words[0]) is int n ? JoinWords(p, words, words.Count - n, n) : null;

        /// <summary>"Ministry of Transport": after the first word, an "of" that follows an organisation word.</summary>
        private bool HasOrganizationOf(ParagraphText p, List<int> words)
        {
            for (var i = 1; i < words.Count; i++)
            {
                var t = words[i];
                if (p.WordIs(t, "of") && p.Is(t - 1, WordClass.OrganizationWord))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"Bank of Japan chief Toshihiko Fukui": a lowercase role word and then only capitalised words close the phrase, so it names a person.</summary>
        private static bool EndsWithRoleAndName(ParagraphText p, List<int> words)
        {
            var k = words.Count - 1;
            while (k >= 0 && p.IsCapitalised(words[k]))
            {
                k--;
            }

            return k > 0 && k < words.Count - 1 && !p.WordIs(words[k], "of") && !p.WordIs(words[k], "for") && !p.WordIs(words[k], "the") && !p.WordIs(words[k], "and");
        }

        /// <summary>Words [from, from + count) of a phrase joined by single spaces (without the LINQ chain's allocations).</summary>
        /// <summary>The title pieces found by Make, joined once: a chain of titles ("Mr. Mr. ...") costs its length, not its square.</summary>
        private string JoinTitle(ParagraphText p, List<int> words)
        {
            if (titlePieces.Count == 1)
            {
                return JoinWords(p, words, titlePieces[0].From, titlePieces[0].Count);
            }

            var b = new System.Text.StringBuilder();
            foreach (var (from, count) in titlePieces)
            {
                for (var k = from; k < from + count; k++)
                {
                    if (b.Length > 0)
                    {
                        b.Append(' ');
                    }

                    b.Append(p.Word(words[k]));
                }
            }

            return b.ToString();
        }

        private static string JoinWords(ParagraphText p, List<int> words, int from, int count)
        {
            if (count == 1)
            {
                return p.Word(words[from]);
            }

            var b = new System.Text.StringBuilder();
            for (var k = from; k < from + count; k++)
            {
                if (k > from)
                {
                    b.Append(' ');
                }

                b.Append(p.Word(words[k]));
            }

            return b.ToString();
        }

        /// <summary>The number of words of the longest title ending at token <paramref name="last"/> and starting no earlier than <paramref name="lo"/>.</summary>
        public int? TitleEndingAt(ParagraphText p, int last, int lo)
        {
            if (!p.Is(last, WordClass.TitleLastWord) || !lexicon.TitlesByLastWord.TryGetValue(p.Word(last), out var titles))
            {
                return null;
            }

            foreach (var title in titles)
            {
                var first = last - title.Length + 1;
                if (first < lo)
                {
                    continue;
                }

                var ok = true;
                for (var k = 0; k < title.Length - 1 && ok; k++)
                {
                    ok = p.IsWord(first + k) && string.Equals(p.Word(first + k), title[k], StringComparison.OrdinalIgnoreCase);
                }

                if (ok)
                {
                    return title.Length;
                }
            }

            return null;
        }
    }
}
