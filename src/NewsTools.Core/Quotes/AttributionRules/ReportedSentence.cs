using System.Collections.Generic;
using NewsTools.Text;

namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>One sentence without quote marks as every reported-speech rule sees it: its paragraph's tokens and the words that can open a cue.</summary>
    internal sealed class ReportedSentence
    {
        /// <summary>This object made over another sentence (one per finder, renewed for each sentence it reads).</summary>
        public ReportedSentence Renew(ParagraphText paragraph, (int First, int End) sentence, List<int> cueWords, List<int>? sentenceCueWords = null)
        {
            Paragraph = paragraph;
            Sentence = sentence;
            CueWords = cueWords;
            SentenceCueWords = sentenceCueWords ?? cueWords;
            var end = sentence.End;
            // The closing marks are not what was said; a per cent sign is ("were down 40%.").
            while (end > sentence.First && paragraph.Tokens[end - 1].Kind == TokenKind.Punct && !paragraph.IsPunct(end - 1, '%'))
            {
                end--;
            }

            ContentEnd = end;
            return this;
        }

        public ParagraphText Paragraph { get; private set; } = null!;

        public (int First, int End) Sentence { get; private set; }

        /// <summary>The sentence's tokens that can open a cue, in order (a rule looks only at these: at any other word it finds nothing).</summary>
        /// <remarks>A List, not an interface: a foreach over it takes the list's struct enumerator, with no allocation or interface call per word.</remarks>
        public List<int> CueWords { get; private set; } = null!;

        /// <summary>
        /// Every cue word of the sentence, when the rules are asked of one of them alone (<see cref="CueWords"/> then holds only
        /// that one): where a later report begins is read from all of them.
        /// </summary>
        public List<int> SentenceCueWords { get; private set; } = null!;

        /// <summary>The end of the sentence's words, before its final punctuation.</summary>
        public int ContentEnd { get; private set; }

        /// <summary>
        /// Where a clause reported from <paramref name="first"/> ends: at the sentence's end, or, when the speaker is "who" of a
        /// relative clause set off by a comma ("Mira Holt, who said the plan was flawed, voted against it"), at the comma that
        /// closes it.
        /// </summary>
        public int ClauseEnd(Mention speaker, int first)
        {
            var p = Paragraph;
            if (!speaker.IsPronoun || !p.WordIsIgnoringCase(speaker.FirstToken, "who") || !p.IsPunct(speaker.FirstToken - 1, ','))
            {
                return NextReportStart(first) ?? ContentEnd;
            }

            for (var t = first; t < ContentEnd; t++)
            {
                if (p.IsPunct(t, ','))
                {
                    return t;
                }
            }

            return ContentEnd;
        }

        // "but he said", "and some analysts suggest": at most this many words of a later report's subject.
        private const int MaxNextSubjectWords = 3;

        /// <summary>
        /// Where a later report in the sentence begins, joined by "and" or "but" after a comma or dash ("... had been expected
        /// - and some suggest ...", "..., but he said ..."): the clause reported from <paramref name="first"/> ends before its
        /// mark. The later report's subject is a pronoun, or a short phrase opened by a determiner, a capital or a plural,
        /// right before a reporting verb (an adverb, "also", may stand between); null when no such report follows.
        /// </summary>
        private int? NextReportStart(int first)
        {
            var p = Paragraph;
            foreach (var cue in SentenceCueWords)
            {
                if (cue <= first + 2 || cue >= ContentEnd || !p.Is(cue, WordClass.CueVerb) || p.IsCapitalised(cue))
                {
                    continue;
                }

                var subjectEnd = cue;
                if (p.IsWord(subjectEnd - 1) && (p.WordIs(subjectEnd - 1, "also") || MentionParser.IsAdverbByForm(p, subjectEnd - 1)))
                {
                    subjectEnd--;
                }

                for (var conjunction = subjectEnd - 2; conjunction >= subjectEnd - 1 - MaxNextSubjectWords && conjunction > first; conjunction--)
                {
                    if (!p.IsWord(conjunction + 1) || !(p.WordIs(conjunction, "and") || p.WordIs(conjunction, "but")))
                    {
                        continue;
                    }

                    var mark = conjunction - 1;
                    var subject = conjunction + 1;
                    if (mark <= first || !(p.IsPunct(mark, ',') || MentionParser.IsDash(p, mark)) || !AllWords(p, subject, subjectEnd) ||
                        !OpensSubject(p, subject, subjectEnd))
                    {
                        continue;
                    }

                    return mark;
                }
            }

            return null;
        }

        private static bool AllWords(ParagraphText p, int from, int end)
        {
            for (var t = from; t < end; t++)
            {
                if (!p.IsWord(t) || (p.Is(t, WordClass.CueVerb | WordClass.ClauseWord) && !p.Is(t, WordClass.SubjectPronoun)))
                {
                    return false;
                }
            }

            return true;
        }

        // "he", "some", "analysts", "the minister", "Mr Hale": a subject pronoun alone, or a phrase a determiner, a capital or a
        // plural opens. A determiner right before the verb makes that word a noun ("and the answers weren't researched").
        private static bool OpensSubject(ParagraphText p, int subject, int end) =>
            (end - subject == 1 && p.Is(subject, WordClass.SubjectPronoun)) ||
            (!p.Is(subject, WordClass.SubjectPronoun) && !p.Is(end - 1, WordClass.Determiner) &&
                (p.Is(subject, WordClass.Determiner) || p.IsCapitalised(subject) || (end - subject == 1 && p.EndsWith(subject, "s"))));

        // A dateline is short: "BEIJING (Sputnik) -", "PORTLAND, Maine, March 14, 2019 -".
        private const int MaxDatelineTokens = 16;

        // Words in capitals before a dash with no comma or credit: "NEW YORK -", "SALT LAKE CITY -".
        private const int MaxDatelinePlaceWords = 3;

        /// <summary>
        /// The first token after a dateline that opens the paragraph at <paramref name="first"/> ("BEIJING (Sputnik) - During
        /// the meeting ...", "PORTLAND, Maine, March 14, 2019 - A judge ..."): a word in capitals, then names, numbers, commas
        /// and a bracketed credit, up to a dash. The dateline is neither what was reported nor who spoke; <paramref name="first"/>
        /// when there is none.
        /// </summary>
        public static int AfterDateline(ParagraphText p, int first, int end)
        {
            if (first != 0 || !p.IsWord(first) || !IsUpperWord(p, first))
            {
                return first;
            }

            var inCredit = false;
            var placeWords = 1;
            var punctuated = false;
            var allUpper = true;
            for (var k = first + 1; k < end && k - first <= MaxDatelineTokens; k++)
            {
                if (p.IsWord(k))
                {
                    if (!inCredit && !p.IsCapitalised(k) && !char.IsDigit(p.Source[p.Tokens[k].Start]))
                    {
                        return first;
                    }

                    placeWords++;
                    allUpper &= IsUpperWord(p, k);
                    continue;
                }

                var c = p.Source[p.Tokens[k].Start];
                inCredit = c == '(' || (inCredit && c != ')');
                if (!inCredit && (TextNormalizer.IsDash(c) || c == '―'))
                {
                    // "CONGRESS HAS INVESTIGATED HIM - Oz's advice ...": a heading in capitals; a place's name before the dash
                    // has three words at most ("SALT LAKE CITY -") unless a comma or a credit goes with it.
                    return placeWords <= MaxDatelinePlaceWords || punctuated ? k + 1 : first;
                }

                // "THIRUVANANTHAPURAM: At least 23 people ...": a place in capitals before a colon, as Indian papers write it.
                if (!inCredit && c == ':' && allUpper && placeWords <= MaxDatelinePlaceWords)
                {
                    return k + 1;
                }

                punctuated |= c == ',' || c == '(';
            }

            return first;
        }

        /// <summary>A word of two characters or more whose letters (one at least) are all capitals.</summary>
        private static bool IsUpperWord(ParagraphText p, int t) => p.Tokens[t].End - p.Tokens[t].Start > 1 && TextNormalizer.CapitalLetterCount(p.Word(t)) > 0;

        /// <summary>"told", "tells": the object after the verb is the one spoken to, not the start of the reported clause.</summary>
        public static bool IsTellVerb(string verb) => verb == "told" || verb == "tells" || verb == "tell";

        /// <summary>
        /// The token after the phrase of setting at t, the <paramref name="phrasesBefore"/>+1-th in a row ("in a statement",
        /// "on Sunday", "to the exchange" after one), or -1 when none stands there. Both reported-speech rules step over them.
        /// </summary>
        public static int AfterSettingPhrase(ParagraphText p, int t, int end, CueFinder cues, int phrasesBefore)
        {
            // "said by email that", "told reporters in writing": a listed phrase of medium.
            foreach (var medium in cues.Lexicon.MediumPhrases)
            {
                if (t + medium.Length < end && p.PhraseIs(t, medium))
                {
                    return t + medium.Length;
                }
            }

            if (!OpensSettingPhrase(p, t, cues.Lexicon, phrasesBefore) || !p.IsWord(t + 1))
            {
                return -1;
            }

            // A day or time ("on Sunday", "in May") is no noun phrase the parser gives: its words are the time words.
            if (IsTimeWord(p, t + 1))
            {
                return t + 2;
            }

            var phrase = OpensNounPhrase(p, t + 1) ? cues.Parser.PhraseAfter(p, t + 1, end) : null;
            return phrase == null || phrase.IsPronoun ? -1 : PhraseEnd(p, phrase);
        }

        /// <summary>
        /// Whether token t opens a phrase of the setting: one of the list settingPrepositions, or after such a phrase
        /// (<paramref name="after"/> of them already) a preposition its noun takes ("in a statement to the exchange").
        /// </summary>
        public static bool OpensSettingPhrase(ParagraphText p, int t, CueLexicon lexicon, int after) =>
            p.IsWord(t) && (lexicon.SettingPrepositions.Contains(p.Word(t)) || (after > 0 && (p.Is(t, WordClass.PostModifierPreposition) || p.WordIs(t, "to"))));

        /// <summary>
        /// Whether a noun phrase a speaker's setting names opens at t ("in a statement", "on Twitter", "at the airport", "in
        /// his letter"): a determiner, a possessive or a capital. A lowercase word opens none here: "insisted on finishing".
        /// </summary>
        public static bool OpensNounPhrase(ParagraphText p, int t) =>
            p.IsWord(t) && (p.Is(t, WordClass.Determiner) || p.IsCapitalised(t) || MentionParser.IsPossessiveDeterminer(p, t));

        /// <summary>A word of time a phrase of setting holds instead of a noun phrase: "on Sunday", "in May", "at night".</summary>
        public static bool IsTimeWord(ParagraphText p, int t) =>
            p.IsWord(t) && (p.Is(t, WordClass.TimeWord) || (p.IsCapitalised(t) && p.Is(t, WordClass.NotName)));

        /// <summary>
        /// Where a phrase of setting or an addressee ends: the phrase parser reads on over lowercase words ("a statement the
        /// talks would", "principle it supported", "told the court he had"), so a determiner or a subject pronoun after its
        /// first word opens the clause instead; not an article inside a name ("told BBC Radio Four's the World at One").
        /// </summary>
        public static int PhraseEnd(ParagraphText p, Mention phrase)
        {
            for (var k = phrase.FirstToken + 1; k < phrase.EndToken; k++)
            {
                if (p.IsWord(k) && !p.IsCapitalised(k) && p.Is(k, WordClass.Determiner | WordClass.SubjectPronoun) &&
                    !(p.Is(k, WordClass.Determiner) && p.IsCapitalised(k + 1) && k + 1 < phrase.EndToken))
                {
                    return k;
                }
            }

            return phrase.EndToken;
        }

        /// <summary>A word of the given verb lists, or a lowercase "-ed" form.</summary>
        public static bool IsVerbForm(ParagraphText p, int t, WordClass verbs) =>
            p.Is(t, verbs) || (p.IsWord(t) && !p.IsCapitalised(t) && p.IsEdForm(t));
    }

    /// <summary>What a reported-speech rule found: the cue with its speaker, and the tokens [First, End) of the reported clause.</summary>
    internal readonly struct ReportedClause
    {
        public ReportedClause(CueMatch cue, int first, int end)
        {
            Cue = cue;
            First = first;
            End = end;
        }

        public CueMatch Cue { get; }

        public int First { get; }

        public int End { get; }
    }

    /// <summary>One way news writing reports speech without quote marks. A rule reads the sentence's tokens and answers a clause or nothing.</summary>
    internal interface IReportedSpeechRule
    {
        ReportedClause? Find(ReportedSentence sentence);
    }
}
