using System;
using System.Collections.Generic;
using NewsTools.Text;

namespace NewsTools.Quotes
{
    /// <summary>
    /// Reads the noun phrase on either side of a cue: back from "said" to its subject (skipping "also", "on Friday", an
    /// appositive between commas), or forward for the inverted order ("said Wang") and for objects ("told Kono").
    /// </summary>
    internal sealed partial class MentionParser
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


        /// <summary>
        /// "Theresa May", "Brian May": a month that is also a surname (list monthsAlsoNames), right after a capitalised word that is
        /// no title and no time word, and not before a day's number ("Friday, May 5").
        /// </summary>
        private bool IsMonthSurname(ParagraphText p, int t) =>
            p.IsWord(t) && lexicon.MonthsAlsoNames.Contains(p.Word(t)) && t > 0 && p.IsWord(t - 1) && p.IsCapitalised(t - 1)
            && !p.Is(t - 1, WordClass.TitleWord | WordClass.TimeWord) && !p.IsPossessive(t - 1) && !(t + 1 < p.Tokens.Count && p.IsWord(t + 1) && char.IsDigit(p.Source[p.Tokens[t + 1].Start]));

        /// <summary>
        /// "Jan Brewer", "April Ryan": a month that is also a given name (list monthsAlsoGivenNames) opening a run of names
        /// [t, end) before a surname that is no time word, and not after a preposition or a time word ("in June Smith said"). A
        /// month is a time word: that class is asked before the word is cut for the list, as every sentence's "The" comes here.
        /// </summary>
        private bool IsMonthGivenName(ParagraphText p, int t, int end) =>
            t + 1 < end && p.Is(t, WordClass.TimeWord) && lexicon.MonthsAlsoGivenNames.Contains(p.Word(t)) && !p.Is(t + 1, WordClass.TimeWord | WordClass.NotName) &&
            !(t > 0 && p.IsWord(t - 1) && p.Is(t - 1, WordClass.IntroPreposition | WordClass.PostModifierPreposition | WordClass.TimeWord));

        // "Britain's": a place's possessive, which owns the body named after it. Asked after cheaper conditions: it cuts the word.
        private bool IsPlacePossessive(ParagraphText p, int t) => lexicon.Places.Contains(Possessive.Strip(p.Word(t)));

        private const int MaxBranchNameWords = 4;

        /// <summary>
        /// The end of two to four capitalised words from <paramref name="t"/> (outside quotes, no title, no possessive) whose last
        /// is a place and that no capitalised word follows: "Research UK"; else null.
        /// </summary>
        private int? BranchNameEnd(ParagraphText p, int t)
        {
            var k = t;
            while (k < p.Tokens.Count && k - t < MaxBranchNameWords && p.IsCapitalised(k) && p.Tokens[k].Quote < 0 && !p.Is(k, WordClass.TitleWord) && !p.IsPossessive(k))
            {
                k++;
            }

            return k - t >= 2 && !p.IsCapitalised(k) && lexicon.Places.Contains(p.Word(k - 1)) ? k : null;
        }

        /// <summary>Maximal runs of capitalised words outside quotes: the names of the paragraph, as token ranges.</summary>
        public void NameRuns(ParagraphText p, List<(int First, int End)> runs)
        {
            runs.Clear();
            var t = 0;
            while ((t = p.NextCapitalisedOutsideQuotes(t)) < p.Tokens.Count)
            {
                var first = t;
                var end = t + 1;
                var bodyJoined = false;
                while (!p.IsPossessive(end - 1))
                {
                    // "Clinton Says Trump Is": a headline's capitalised cue verb before more capitals or a quote ends the name.
                    if (p.Is(end, WordClass.HeadlineCueVerb) && p.IsCapitalised(end) && end + 1 < p.Tokens.Count &&
                        (p.IsCapitalised(end + 1) || p.Tokens[end + 1].Kind == TokenKind.OpenQuote))
                    {
                        break;
                    }

                    if (p.IsCapitalised(end) && p.Tokens[end].Quote < 0 && (!p.Is(end, WordClass.TimeWord) || IsMonthSurname(p, end)))
                    {
                        end++;
                    }
                    else if ((IsNameParticle(p, end) || JoinsBodyName(p, end) || (p.IsWord(end) && p.WordIs(end, "of") && p.Is(end - 1, WordClass.PlaceWord | WordClass.TitleWord)))
                        && p.IsCapitalised(end + 1))
                    {
                        // "Ministry of Transport", "Secretary of State John Kerry", "Abu al Bakr", "Office for National
                        // Statistics" (only after an organisation's word: "Minister for Europe David Lidington" is a title).
                        bodyJoined |= JoinsBodyName(p, end);
                        end += 2;
                    }
                    else if (p.IsPunct(end, '&') && p.IsCapitalised(end + 1) && p.Tokens[end + 1].Quote < 0)
                    {
                        // "Ernst & Young", "Pew Internet & American Life": an ampersand joins the words of one firm's name.
                        // ("Cable & Wireless and NTL" are two firms: "and" after it joins no more.)
                        end += 2;
                    }
                    else if (bodyJoined && p.IsWord(end) && p.WordIs(end, "and") && p.IsCapitalised(end + 1) && p.Tokens[end + 1].Quote < 0)
                    {
                        // "Department of Health and Social Care": a body's name after "of" or "for" may join two fields.
                        end += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                // "the Alzheimer's Society", "Sainsbury's Bank": one organisation word after a possessive that is no place's is
                // the rest of one name, not a body the possessor owns ("Britain's Foreign Office", "Trump's Justice Department").
                if (p.IsPossessive(end - 1) && p.IsCapitalised(end) && p.Tokens[end].Quote < 0 && p.Is(end, WordClass.OrganizationWord) &&
                    !p.IsCapitalised(end + 1) && !(p.IsWord(end + 1) && (p.WordIs(end + 1, "of") || p.WordIs(end + 1, "for")) && p.IsCapitalised(end + 2)) &&
                    !IsPlacePossessive(p, end - 1))
                {
                    end++;
                }
                else if (p.IsPossessive(end - 1) && BranchNameEnd(p, end) is int branchEnd && !IsPlacePossessive(p, end - 1))
                {
                    // "Alzheimer's Research UK": words after a possessive that is no place's, ending in a country's name, are
                    // one body's name with its branch, as "Cancer Research UK" is, not something the possessor owns.
                    end = branchEnd;
                }

                // Sentence-initial words such as "But", "The", "Apparently" or "Speaking" are not part of the name.
                while (first < end && ((IsNotName(p, first) && !IsMonthGivenName(p, first, end)) || IsCapitalisedAdverbOrParticiple(p, first)))
                {
                    first++;
                }

                // "Continued Okafor: ...", "Added Jane Hale, the harbour master: ...": a reporting verb that opens the sentence before
                // its subject and a colon (or the comma of a description) is no part of the name.
                if (end - first >= 2 && (p.IsPunct(end, ':') || p.IsPunct(end, ',')) && lexicon.InvertedCueVerbs.Contains(p.Word(first)) && IsSentenceStart(p, first))
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

        /// <summary>
        /// <see cref="IsPronounWord(string)"/> of a word token, from its classes unless it holds an apostrophe. A pronoun's letters
        /// in capitals among words that are not ("the WHO said", "the US") are an acronym's.
        /// </summary>
        public bool IsPronounWord(ParagraphText p, int t) =>
            (p.Is(t, WordClass.SubjectPronoun) && !IsAcronymAmongWords(p, t)) || (p.HasApostrophe(t) && IsPronounBeforeClitic(p.Source, p.Tokens[t].Start, p.Tokens[t].End));

        /// <summary>Token <paramref name="t"/> is two or more capital letters, and a word next to it is not all capitals.</summary>
        private static bool IsAcronymAmongWords(ParagraphText p, int t)
        {
            return IsInCapitals(p, t) && p.Tokens[t].End - p.Tokens[t].Start >= 2 &&
                ((t + 1 < p.Tokens.Count && p.IsWord(t + 1) && !IsInCapitals(p, t + 1)) || (t > 0 && p.IsWord(t - 1) && !IsInCapitals(p, t - 1)));
        }

        /// <summary>
        /// "he'd": the word before a clitic (as <see cref="WithoutContraction"/> cuts it) is a subject pronoun, looked up in
        /// place in the lexicon's table (which answers as the list does): "Obama's" and every other possessive name was cut to ask.
        /// </summary>
        private bool IsPronounBeforeClitic(string text, int start, int end)
        {
            var clitic = CliticStart(text, start, end);
            return clitic >= 0 && (lexicon.Classes.Lookup(text, start, clitic - start) & WordClass.SubjectPronoun) != 0;
        }

        /// <summary>"he'd" -> "he", "they’re" -> "they": a pronoun with a clitic auxiliary.</summary>
        public static string WithoutContraction(string word)
        {
            var clitic = CliticStart(word, 0, word.Length);
            return clitic >= 0 ? word.Substring(0, clitic) : word;
        }

        /// <summary>Where a short clitic ("'d", "’re") begins in the word text[start, end): its first apostrophe, after a letter at least; -1 for none.</summary>
        private static int CliticStart(string text, int start, int end)
        {
            var apostrophe = text.IndexOfAny(Apostrophes, start, end - start);
            return apostrophe > start && end - apostrophe <= MaxCliticLength ? apostrophe : -1;
        }

        /// <summary>"can't", "won't": an auxiliary, never part of a subject.</summary>
        private static bool IsContraction(string lower) => lower.EndsWith("n't", StringComparison.Ordinal) || lower.EndsWith("n’t", StringComparison.Ordinal);

        /// <summary><see cref="IsContraction(string)"/> of a token lower-cased, without cutting it: only "N" and "T" lower-case to "n" and "t".</summary>
        internal static bool IsContraction(ParagraphText p, int t) => p.EndsWithIgnoringCase(t, "n't") || p.EndsWithIgnoringCase(t, "n’t");

        /// <summary>
        /// <see cref="IsPossessiveDeterminer(string)"/> of the token lower-cased, compared in place (lower-casing the word made a
        /// string for every capitalised "The" and "This" met); false past the paragraph's last token, as the other word tests
        /// are (a cue may end the paragraph).
        /// </summary>
        internal static bool IsPossessiveDeterminer(ParagraphText p, int t)
        {
            if ((uint)t >= (uint)p.Tokens.Count)
            {
                return false;
            }

            var token = p.Tokens[t];
            var length = token.End - token.Start;
            var c = p.Source[token.Start];
            if ((length != 3 && length != 5) || "hHtTiIoO\u0130".IndexOf(c) < 0)
            {
                return false;
            }

            foreach (var determiner in PossessiveDeterminers)
            {
                if (p.LowerIs(t, determiner))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsPossessiveDeterminer(string lower) => Array.IndexOf(PossessiveDeterminers, lower) >= 0;

        /// <summary>A possessive determiner in any case ("her", "His").</summary>
        internal static bool IsPossessiveDeterminerWord(string word) => IsPossessiveDeterminer(word.ToLowerInvariant());

        private static readonly string[] PossessiveDeterminers = { "his", "her", "their", "its", "our" };

        /// <summary>A capitalised word that is no name ("But", "The"), possessive or not ("Monday's").</summary>
        private bool IsNotName(ParagraphText p, int t)
        {
            ref readonly var token = ref p.Tokens[t];
            var mark = token.Apostrophe ? Possessive.Length(p.Source, token.Start, token.End) : 0;

            // The word without its mark is looked up in place (the table answers as the list does), not cut twice.
            return mark > 0 ? (lexicon.Classes.Lookup(p.Source, token.Start, token.End - token.Start - mark) & WordClass.NotName) != 0 : p.Is(t, WordClass.NotName) && !IsNumberSign(p, t);
        }

        /// <summary>"No 10", "No. 10": a capitalised "No" before a number is short for "Number", part of a name ("a No 10 spokesman").</summary>
        private static bool IsNumberSign(ParagraphText p, int t)
        {
            if (!p.WordIs(t, "No"))
            {
                return false;
            }

            var next = t + 1 < p.Tokens.Count && p.IsPunct(t + 1, '.') ? t + 2 : t + 1;
            return next < p.Tokens.Count && char.IsDigit(p.Source[p.Tokens[next].Start]);
        }

        /// <summary>
        /// "of" or "for" after an organisation's word: the name of a body goes on ("Ministry of Transport", "Office for National
        /// Statistics"), and the word before heads it. After a title "for" is no part of a name ("Minister for Europe David Lidington").
        /// </summary>
        internal static bool JoinsBodyName(ParagraphText p, int t) =>
            p.IsWord(t) && (p.WordIs(t, "of") || p.WordIs(t, "for")) && p.Is(t - 1, WordClass.OrganizationWord);

        private static bool IsNameParticle(ParagraphText p, int t)
        {
            if (!p.IsWord(t))
            {
                return false;
            }

            // Compared in place: this is asked of nearly every word of every name run.
            var length = p.Tokens[t].End - p.Tokens[t].Start;
            return (length == 2 || length == 3) &&
                (p.WordIs(t, "de") || p.WordIs(t, "van") || p.WordIs(t, "von") || p.WordIs(t, "bin") || p.WordIs(t, "al") || p.WordIs(t, "del") ||
                 p.WordIs(t, "da") || p.WordIs(t, "di") || p.WordIs(t, "du") || p.WordIs(t, "der") || p.WordIs(t, "la") || p.WordIs(t, "le"));
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
                // "The head teacher, Mrs Patel, said": an honorific before the name is no name alone, but opens this one.
                if (!p.IsCapitalised(t) || (p.Is(t, WordClass.NotName) && !(t == first && t + 1 < end && IsHonorific(p, t))))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>"Mr", "Mrs", "Ms", "Dr" (the honorifics of lists maleTitles and femaleTitles, and titles in capitals).</summary>
        private bool IsHonorific(ParagraphText p, int t) => p.Is(t, WordClass.TitleWord) || lexicon.IsGenderedTitle(p.Word(t));

        /// <summary>"a", "the", "his": an article or possessive alone is no speaker ("one" or "some" before a cue are).</summary>
        private static bool AllDeterminers(ParagraphText p, int first, int end)
        {
            for (var t = first; t < end; t++)
            {
                if (!p.LowerIs(t, "a") && !p.LowerIs(t, "an") && !p.LowerIs(t, "the") && !IsPossessiveDeterminer(p, t))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
