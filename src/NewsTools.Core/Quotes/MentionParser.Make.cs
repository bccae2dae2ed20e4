using System;
using System.Collections.Generic;
using NewsTools.Text;

namespace NewsTools.Quotes
{
    // Mention typing: a phrase split into determiner, nationality, titles and the name or head that is its core.
    internal sealed partial class MentionParser
    {
        /// <summary>Builds a mention over tokens [first, end), splitting off determiner, nationality and title.</summary>
        /// <param name="recycled">A mention nothing refers to any more, renewed instead of allocating one.</param>
        public Mention Make(ParagraphText p, int first, int end, Mention? recycled = null)
        {
            var start = p.Tokens[first].Start;
            var stop = p.Tokens[end - 1].End;

            // A one-word phrase (most names) is the paragraph's cached string for that word; a longer one is cut only if its
            // text is asked for (registering names reads their cores).
            var text = end - first == 1 ? p.Word(first) : null;
            var mention = (recycled ?? new Mention()).Renew(first, end, start, stop, text, p.Source, p.Strings);
            if (text != null && IsPronounWord(p, first))
            {
                return AsPronoun(mention);
            }

            if (IsPostNominal(p, first, end))
            {
                // "Frank Field MP", "John Smith QC": the name is the mention, the letters after it its title.
                var name = Make(p, first, end - 1, mention);
                name.Title ??= p.Word(end - 1);
                return name;
            }

            CollectWords(p, first, end);
            var i = words.Count > 0 && (p.Is(words[0], WordClass.Determiner) || IsPossessiveDeterminer(p, words[0])) ? 1 : 0;

            // "three out of four girls", "One in four": a count that opens a ratio is no determiner but part of who speaks.
            if (words.Count > 2 && OpensRatio(p, words[0]))
            {
                i = 0;
            }

            var lastWord = words.Count > 0 ? words[words.Count - 1] : -1;
            if (IsOrganizationPhrase(p, lastWord))
            {
                // "the country's State Planning Organisation": the possessive points back, like a determiner.
                i += i < words.Count - 1 && !p.IsCapitalised(words[i]) && p.IsPossessive(words[i]) ? 1 : 0;
                i = Math.Max(i, BodyNameStart(p, i));
            }
            else
            {
                i = SkipNationalityAndTitles(p, mention, i);
                if (words.Count > 0 && p.IsCapitalised(lastWord))
                {
                    i = SkipRoleDescription(p, i);
                }
            }

            // "a spokeswoman for Okafor", "the spokesman for Harbour Group", "an adviser to President Biden": a role "for" or "to"
            // someone heads the phrase; the name after it is whom the role serves, not the speaker's name nor a title before it.
            // (A title in capitals before "to" is the name's: "Ambassador to Israel Mike Huckabee".)
            var roleFor = titlePieces.Count > 0 && i > 0 && i < words.Count - 1 && !p.IsCapitalised(words[i]) &&
                (p.WordIs(words[i], "for") || (p.WordIs(words[i], "to") && !p.IsCapitalised(words[i - 1])));
            if (roleFor)
            {
                titlePieces.Clear();
                i = words.Count > 0 && (p.Is(words[0], WordClass.Determiner) || IsPossessiveDeterminer(p, words[0])) ? 1 : 0;
            }

            if (titlePieces.Count > 0)
            {
                mention.Title = JoinTitle(p, words);

                // "The Bishop of Durham", "the chairman of Migration Watch UK": a title's "of" phrase with no name after it names
                // the office; the core is the office, never "of Durham".
                if (i < words.Count - 1 && p.WordIs(words[i], "of"))
                {
                    i = titlePieces[0].From;
                }
            }

            SetCore(p, mention, Math.Min(i, words.Count - 1), end);
            mention.IsNamed = !roleFor && words.Count > 0 && p.IsCapitalised(lastWord) && !p.Is(lastWord, WordClass.TitleWord);
            if (!mention.IsNamed && mention.Title == null && words.Count > 0 && TitleEndingAt(p, lastWord, words[0]) is int n)
            {
                // A role phrase without a name: its title is the phrase itself ("the foreign minister"), and the names in
                // capitals before the title say whose role it is ("the United manager").
                mention.Title = JoinWords(p, words, words.Count - n, n);
                mention.Affiliation = Affiliation(p, words[Math.Min(i, words.Count - n)], words[words.Count - n]);
            }

            return mention;
        }

        /// <summary>Most words of a side or body set before a lowercase title ("Manchester United manager").</summary>
        private const int MaxAffiliationWords = 3;

        /// <summary>
        /// The tokens [from, to) as an affiliation: one to three capitalised words, none a title, determiner, demonym or word
        /// that is no name ("Their", "But"), a possessive's mark left off ("Chelsea's manager"); else null.
        /// </summary>
        internal string? Affiliation(ParagraphText p, int from, int to)
        {
            if (to <= from || to - from > MaxAffiliationWords)
            {
                return null;
            }

            for (var t = from; t < to; t++)
            {
                if (!p.IsWord(t) || !p.IsCapitalised(t) || p.Is(t, WordClass.TitleWord | WordClass.Determiner | WordClass.Demonym) ||
                    IsNotName(p, t) || IsPossessiveDeterminer(p, t) || (t < to - 1 && p.IsPossessive(t)))
                {
                    return null;
                }
            }

            var start = p.Tokens[from].Start;
            var end = p.Tokens[to - 1].End;
            return p.Cut(start, end - start - Possessive.Length(p.Source, start, end));
        }

        /// <summary>
        /// Every word of <paramref name="asked"/> is a word of <paramref name="known"/>, or the start of one, or one starts it,
        /// three letters or more ("United" in "Manchester United", "Lib Dem" in "Liberal Democrat").
        /// </summary>
        internal static bool AffiliationHolds(string known, string asked)
        {
            var start = 0;
            while (start < asked.Length)
            {
                var space = asked.IndexOf(' ', start);
                var end = space < 0 ? asked.Length : space;
                if (!HasWordLike(known, asked, start, end - start))
                {
                    return false;
                }

                start = end + 1;
            }

            return true;
        }

        private static bool HasWordLike(string known, string asked, int at, int length)
        {
            var start = 0;
            while (start < known.Length)
            {
                var space = known.IndexOf(' ', start);
                var end = space < 0 ? known.Length : space;
                var shorter = Math.Min(length, end - start);
                if ((shorter == length && shorter == end - start) || shorter >= 3)
                {
                    if (string.Compare(known, start, asked, at, shorter, StringComparison.OrdinalIgnoreCase) == 0)
                    {
                        return true;
                    }
                }

                start = end + 1;
            }

            return false;
        }

        /// <summary>
        /// The phrase ends with a title in capitals ("MP", "QC") after a person's name: capitalised words that are no titles,
        /// opening with a given name ("Frank Field MP") or after an honorific ("Mr Field MP"). A place before the letters
        /// makes a role phrase instead ("the Glasgow Kelvin MP", "Labour MP").
        /// </summary>
        private bool IsPostNominal(ParagraphText p, int first, int end)
        {
            var last = end - 1;
            if (last - first < 1 || !p.IsWord(last) || !p.Is(last, WordClass.TitleWord) || !IsInCapitals(p, last))
            {
                return false;
            }

            var run = last;
            while (run > first && p.IsWord(run - 1) && p.IsCapitalised(run - 1) && !p.Is(run - 1, WordClass.TitleWord | WordClass.Demonym | WordClass.Determiner)
                && !p.IsPossessive(run - 1))
            {
                run--;
            }

            if (run == last)
            {
                return false;
            }

            var given = p.Word(run);
            // A title may stand before the phrase: a name run starts after it ("Mr [Field MP]").
            var honorific = run > 0 && p.IsWord(run - 1) && p.IsCapitalised(run - 1) && p.Is(run - 1, WordClass.TitleWord);
            return honorific || (last - run >= 2 && lexicon.IsGivenName(given));
        }

        /// <summary>Token t is a word of two or more letters, all capitals ("MP", "QC").</summary>
        internal static bool IsInCapitals(ParagraphText p, int t)
        {
            var token = p.Tokens[t];
            for (var k = token.Start; k < token.End; k++)
            {
                if (!char.IsUpper(p.Source[k]))
                {
                    return false;
                }
            }

            return token.End - token.Start >= 2;
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
            ((p.Is(lastWord, WordClass.OrganizationWord) && p.IsCapitalised(lastWord)) || (HasOrganizationOf(p, words) && !EndsWithRoleAndName(p, words))) &&
            !IsPersonOfBody(p);

        /// <summary>
        /// "official Xinhua News Agency", "trade publication Screen Daily", "local newspaper the Daily Telegraph": a description in
        /// lower case before a body's name in capitals is no part of the name, which starts at its run of capitals (with "of"
        /// or "for" inside it: "Bank of England"). Not after a role and "of" or "for" ("chairman of Migration Watch UK"), whose
        /// phrase names the role. The word the name starts at, or <paramref name="i"/>.
        /// </summary>
        private int BodyNameStart(ParagraphText p, int i)
        {
            var start = words.Count - 1;
            while (start > i && (p.IsCapitalised(words[start - 1]) || (start - 1 > i && JoinsBodyName(p, words[start - 1]) && p.IsCapitalised(words[start - 2]))))
            {
                start--;
            }

            var before = start - 1;
            if (before >= i && p.Is(words[before], WordClass.Determiner))
            {
                before--;
            }

            // The run opens the phrase, or follows a preposition (a role of the body): the phrase stays as it is.
            if (start == i || before < i || p.IsCapitalised(words[before]) || p.WordIs(words[before], "of") || p.WordIs(words[before], "for") ||
                p.WordIs(words[before], "at") || p.WordIs(words[before], "to") || p.WordIs(words[before], "from") || p.WordIs(words[before], "and"))
            {
                return i;
            }

            return start;
        }

        /// <summary>
        /// "analyst Orin Middleton of Barclays Capital", "retail analyst Nick Bubb of Evolution Securities": a role, a person's
        /// full name, then "of" or "for" and the body they work for; the phrase names the person, not the body.
        /// </summary>
        private bool IsPersonOfBody(ParagraphText p)
        {
            for (var j = 2; j < words.Count - 1; j++)
            {
                if (!(p.WordIs(words[j], "of") || p.WordIs(words[j], "for")))
                {
                    continue;
                }

                var m = j;
                while (m > 0 && p.IsCapitalised(words[m - 1]) && !p.Is(words[m - 1], WordClass.TitleWord | WordClass.OrganizationWord | WordClass.Determiner))
                {
                    m--;
                }

                return j - m >= 2 && m > 0 && p.Is(words[m - 1], WordClass.TitleWord);
            }

            return false;
        }

        /// <summary>Nationality and titles before the name: "Chinese foreign minister Wang", "China's president Xi". Returns the first word after them.</summary>
        private int SkipNationalityAndTitles(ParagraphText p, Mention mention, int i)
        {
            while (i < words.Count - 1)
            {
                // The word's text is cut only for the two lookups that need it; most words are neither.
                if (p.Is(words[i], WordClass.Demonym) && lexicon.Demonyms.TryGetValue(p.Word(words[i]), out var country))
                {
                    mention.Country = country;
                    i++;
                }
                else if (p.IsPossessive(words[i]) && IsPlacePossessive(p, words[i]))
                {
                    var bare = Possessive.Strip(p.Word(words[i]));
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
                else if (NameAfterAffiliation(p, i) is int name && name > i)
                {
                    i = name;
                }
                else
                {
                    break;
                }
            }

            return i;
        }

        /// <summary>
        /// "Republican Donald Trump", "Liberal Democrat Paul Tyler", "House Intelligence Republican Mike Pompeo", "Kenyan Susan
        /// Chepkemei": a party or a nationality set before a full name (a given name and more capitalised words) says what the
        /// person is, and the name starts at the given name. The given name's word, or -1.
        /// </summary>
        private int NameAfterAffiliation(ParagraphText p, int i)
        {
            // "Defiant Matt Williams says": a word that opens the sentence before a listed given name and a surname, and is no
            // given name or title itself, describes the person.
            if (i + 2 < words.Count && IsSentenceStart(p, words[i]) && !lexicon.IsGivenName(p.Word(words[i])) && !p.Is(words[i], WordClass.TitleWord) &&
                lexicon.IsGivenName(p.Word(words[i + 1])) && AllCapitalisedFrom(p, i + 2))
            {
                return i + 1;
            }

            for (var g = i + 1; g < words.Count - 1; g++)
            {
                if (!p.IsCapitalised(words[g - 1]))
                {
                    return -1;
                }

                if (IsAffiliation(p, words[g - 1]) && AllCapitalisedFrom(p, g + 1) && (lexicon.IsGivenName(p.Word(words[g])) || IsNationalityBeforeName(p, g)))
                {
                    return g;
                }
            }

            return -1;
        }

        /// <summary>
        /// "Spaniard Guillermo Garcia-Lopez", "Swede Joachim Johansson": a noun for one person of a nation is followed by that
        /// person's name, listed given name or not, unless the words after it end in a body's or a place's word.
        /// </summary>
        private bool IsNationalityBeforeName(ParagraphText p, int g) =>
            lexicon.NationalityNouns.Contains(p.Word(words[g - 1])) && !p.Is(words[words.Count - 1], WordClass.OrganizationWord | WordClass.PlaceWord);

        /// <summary>A party's member or a nation's ("Republican", "Tory", "Kenyan", "Spaniard"): lists groupWords, partyMembers and nationalityNouns.</summary>
        private bool IsAffiliation(ParagraphText p, int t)
        {
            if (p.Is(t, WordClass.GroupWord))
            {
                return true;
            }

            var word = p.Word(t);
            return lexicon.PartyMembers.Contains(word) || lexicon.NationalityNouns.Contains(word);
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
                // "a personal assistant to property developer Marcus Hale": the role in lower case before "to" heads the phrase,
                // whatever describes the one it serves. ("for" may name the role's brief before the name: "spokeswoman for
                // women Sandra Gidley".)
                if (k > 0 && p.WordIs(words[k], "to") && !p.IsCapitalised(words[k - 1]) && p.Is(words[k - 1], WordClass.TitleWord))
                {
                    break;
                }

                // "of" and "for" join a name to its body ("Leo Park of Delta Capital"); they never end a role.
                // "A spokesman for Mr Howard", "a spokeswoman for Treasurer Jim Chalmers": a title in capitals after a lowercase
                // role and its "for" or "of" is that of the person spoken for; the role speaks, unnamed, as in "a spokesman for
                // Michael Howard".
                if (k >= 2 && p.IsCapitalised(words[k]) && p.Is(words[k], WordClass.TitleWord) && (p.WordIs(words[k - 1], "for") || p.WordIs(words[k - 1], "of") || p.WordIs(words[k - 1], "to")) &&
                    !p.IsCapitalised(words[k - 2]) && p.Is(words[k - 2], WordClass.TitleWord))
                {
                    break;
                }

                if ((p.Is(words[k], WordClass.TitleWord) || (!p.IsCapitalised(words[k]) && !p.Is(words[k], WordClass.ClauseWord))) && p.IsCapitalised(words[k + 1]) &&
                    !IsNameParticle(p, words[k]) && !p.WordIs(words[k], "of") && !p.WordIs(words[k], "for"))
                {
                    cut = k + 1;
                }
            }

            // The title may be the word before i, matched as a listed title ("Director" + "of Public Prosecutions").
            cut = Math.Max(cut, NameAfterOfTitle(p, Math.Max(0, i - 1)));
            if (cut > i)
            {
                titlePieces.Add((i, cut - i));
            }

            return cut;
        }

        /// <summary>
        /// "Director of Public Prosecutions Max Hill", "Supervisor of Elections Susan Bucher", "Ambassador to Israel Mike
        /// Huckabee": a title with an "of", "for" or "to" phrase naming the office runs on to a given name that opens the closing name, which the phrase's words would
        /// otherwise join. The given name's word, or -1 when there is none.
        /// </summary>
        private int NameAfterOfTitle(ParagraphText p, int from)
        {
            for (var k = from; k + 2 < words.Count; k++)
            {
                if (!p.Is(words[k], WordClass.TitleWord) || !(p.WordIs(words[k + 1], "of") || p.WordIs(words[k + 1], "for") || p.WordIs(words[k + 1], "to")))
                {
                    continue;
                }

                // The office's own name stands between ("of Public Prosecutions"): "a spokesman for Ruth Okafor" speaks for her,
                // and so does "a spokeswoman for Treasurer Jim Chalmers", whose capitalised word is a person's title.
                var office = false;
                for (var g = k + 2; g < words.Count - 1; g++)
                {
                    if (!office && p.IsCapitalised(words[g]) && p.Is(words[g], WordClass.TitleWord) && !p.IsCapitalised(words[k]))
                    {
                        break;
                    }

                    if (office && p.IsCapitalised(words[g]) && lexicon.IsGivenName(p.Word(words[g])) && AllCapitalisedFrom(p, g + 1))
                    {
                        return g;
                    }

                    office |= p.IsCapitalised(words[g]);
                }
            }

            return -1;
        }

        private bool AllCapitalisedFrom(ParagraphText p, int from)
        {
            for (var k = from; k < words.Count; k++)
            {
                if (!p.IsCapitalised(words[k]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The core runs from word <paramref name="i"/> to the phrase's end, its possessive cut off ("Wang", "Foreign Ministry").</summary>
        private void SetCore(ParagraphText p, Mention mention, int i, int end)
        {
            var coreStart = i >= 0 ? p.Tokens[words[i]].Start : mention.Start;
            var coreIsLastWord = i >= 0 && words[i] == end - 1;

            // Without its possessive mark (not the whole name and then the name again without the mark), and cut only when
            // asked unless it is the last word's string.
            if (coreIsLastWord && Possessive.Length(p.Source, coreStart, mention.End) == 0)
            {
                mention.CoreStart = coreStart;
                mention.Core = p.Word(end - 1);
                mention.CoreClasses = p.Tokens[end - 1].Classes;
                mention.CoreIsOneToken = true;
            }
            else
            {
                mention.CoreFrom(coreStart);
            }
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
                    ok = p.WordIsIgnoringCase(words[i + k], title[k]);
                }

                if (ok)
                {
                    return title.Length;
                }
            }

            return null;
        }

        /// <summary>"Ministry of Transport", "Office for National Statistics": after the first word, an "of" or "for" that follows an organisation word.</summary>
        private bool HasOrganizationOf(ParagraphText p, List<int> words)
        {
            for (var i = 1; i < words.Count; i++)
            {
                var t = words[i];
                if (JoinsBodyName(p, t))
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

        /// <summary>Words [from, from + count) of a phrase joined by single spaces (without the LINQ chain's allocations).</summary>
        private static string JoinWords(ParagraphText p, List<int> words, int from, int count)
        {
            if (count == 1)
            {
                return p.Word(words[from]);
            }

            // Words one space apart in the text ("foreign minister", most titles) are the text itself: cut once, through the
            // article's word strings, without a builder.
            var last = from + count - 1;
            if (OneSpaceApart(p, words, from, last))
            {
                var start = p.Tokens[words[from]].Start;
                return p.Cut(start, p.Tokens[words[last]].End - start);
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

        /// <summary>Words [from, last] of a phrase are adjacent tokens with one space between each and the next.</summary>
        private static bool OneSpaceApart(ParagraphText p, List<int> words, int from, int last)
        {
            for (var k = from; k < last; k++)
            {
                var end = p.Tokens[words[k]].End;
                if (words[k + 1] != words[k] + 1 || p.Tokens[words[k + 1]].Start != end + 1 || p.Source[end] != ' ')
                {
                    return false;
                }
            }

            return true;
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
                    ok = p.IsWord(first + k) && p.WordIsIgnoringCase(first + k, title[k]);
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
