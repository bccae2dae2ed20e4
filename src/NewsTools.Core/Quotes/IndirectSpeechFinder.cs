using System;
using System.Collections.Generic;
using System.Linq;
using NewsTools.Quotes.AttributionRules;
using NewsTools.Text;

namespace NewsTools.Quotes
{
    /// <summary>
    /// Reported speech without quote marks, as Kind Indirect with the reported clause as text: "Wang noted that ...",
    /// "according to the ministry, ...", "..., the ministry said.", "Cox says Obama ..." (the rules in
    /// <see cref="ReportedSpeechRules"/>, in their order). Quoted words are left to the quote attributor; a clause outside
    /// them in the same sentence is reported speech too. The findings' speakers are the attributor's to resolve, in reading
    /// order with the quotations.
    /// </summary>
    internal sealed class IndirectSpeechFinder
    {
        // A reported sentence needs a subject, a cue and a clause of a word or more.
        private const int MinSentenceTokens = 4;

        private readonly ReportedSpeechRules rules;

        // The current sentence's words that can open a cue (refilled for each sentence; Find uses it before it yields).
        private readonly List<int> cueWords = new List<int>();

        // The sentence every rule reads, renewed for each sentence: the rules read it while they run and keep none of it.
        private readonly ReportedSentence reportedSentence = new ReportedSentence();

        // The current sentence's semicolons outside quotes, the cue words of one of its clauses, and the whole sentence the
        // findings name (their clauses are read in one part at a time).
        private readonly List<int> semicolons = new List<int>();
        private bool quoted;
        private readonly List<int> segmentCueWords = new List<int>();
        private (int First, int End) fullSentence;

        // The same sentence with one cue word, for asking the rules about that cue alone (ClauseOfCue).
        private readonly List<int> oneCue = new List<int>(1);
        private readonly ReportedSentence oneCueSentence = new ReportedSentence();
        private readonly CueFinder cues;

        public IndirectSpeechFinder(ReportedSpeechRules rules, CueFinder cues)
        {
            this.rules = rules;
            this.cues = cues;
        }

        /// <summary>Adds the paragraph's reported statements to <paramref name="into"/>, in reading order.</summary>
        /// <remarks>A list filled, not a sequence yielded: an iterator (and the list's enumerator over it) per paragraph was garbage for every paragraph read.</remarks>
        public void Find(ParagraphText p, List<QuoteFinding> into)
        {
            foreach (var sentence in p.Sentences)
            {
                // Every rule starts from a word that can open a cue: one scan lists them (and meets any quote mark), a sentence
                // with a quote or no such word is passed over.
                if (sentence.End - sentence.First < MinSentenceTokens || !FindCueWords(p, sentence) || cueWords.Count == 0)
                {
                    continue;
                }

                fullSentence = sentence;
                if (semicolons.Count == 0)
                {
                    AddFindings(reportedSentence.Renew(p, sentence, cueWords), into);
                    continue;
                }

                // "Some said the promise would limit the options; others argued that ...": clauses joined by a semicolon, each
                // with its own subject and cue, report one statement each. A semicolon that joins verbs of one subject ("Trump
                // questioned ...; blamed ...; and said ...") or a statement to its cue ("Initiatives like this are critical; if
                // ..., the EPA said") joins no such clauses.
                var from = sentence.First;
                foreach (var semicolon in semicolons)
                {
                    if (OpensOwnClause(p, semicolon + 1) && HasCueWord(from, semicolon) && HasCueWord(semicolon + 1, sentence.End))
                    {
                        AddClauseFindings(p, from, semicolon, into);
                        from = semicolon + 1;
                    }
                }

                AddClauseFindings(p, from, sentence.End, into);
            }
        }

        /// <summary>The findings of the sentence's part [from, to), with the part's own cue words.</summary>
        private void AddClauseFindings(ParagraphText p, int from, int to, List<QuoteFinding> into)
        {
            segmentCueWords.Clear();
            foreach (var t in cueWords)
            {
                if (t >= from && t < to)
                {
                    segmentCueWords.Add(t);
                }
            }

            if (to - from >= MinSentenceTokens && segmentCueWords.Count > 0)
            {
                AddFindings(reportedSentence.Renew(p, (from, to), segmentCueWords), into);
            }
        }

        private bool HasCueWord(int from, int to)
        {
            foreach (var t in cueWords)
            {
                if (t >= from && t < to)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A clause of its own opens at t: a subject (a pronoun, a determiner, a name, "others", "analysts"), not a conjunction
        /// or a verb.
        /// </summary>
        private bool OpensOwnClause(ParagraphText p, int t)
        {
            if (!p.IsWord(t) || MentionParser.IsVerbConjunction(p, t))
            {
                return false;
            }

            if (p.IsCapitalised(t) || p.Is(t, WordClass.Determiner | WordClass.SubjectPronoun))
            {
                return true;
            }

            var lexicon = cues.Lexicon;
            var word = p.Word(t);
            return lexicon.IndefiniteNamers.Contains(word) || lexicon.PluralPeopleNouns.Contains(word);
        }

        /// <summary>
        /// The first rule's clause that is not empty once a dateline is cut off, as a finding (its speaker resolved later); and
        /// where a second cue is joined to the first ("said the figures were poor but argued that ...", "said it would close,
        /// adding that ..."), each cue's own clause, the first ending where the second is joined.
        /// </summary>
        private void AddFindings(ReportedSentence r, List<QuoteFinding> into)
        {
            var p = r.Paragraph;
            var list = rules.Rules;
            for (var i = 0; i < list.Length; i++)
            {
                if (!(list[i].Find(r) is ReportedClause clause))
                {
                    continue;
                }

                // "Mr. Ross said Mr. Obama had told Jewish leaders that ...": a cue inside the clause of an earlier cue that a later
                // rule reads is reported there; the sentence reports the outer clause, and the inner one is nested in it.
                if (clause.First > clause.Cue.First && clause.Cue.Speaker is Mention innerSpeaker && !cues.IsJoinedCue(p, clause.Cue.First, out _) &&
                    EarlierClause(r, clause.Cue.First, clause.Cue.First) is ReportedClause outer && outer.First <= innerSpeaker.FirstToken && clause.End <= outer.End)
                {
                    clause = outer;
                }

                // "Ed Rendell said the rules should change, but he said that ...": the later report a rule read first follows an
                // earlier one that ends before it (see ReportedSentence.ClauseEnd); both are the sentence's, in order.
                if (EarlierReport(r, clause) is ReportedClause earlierReport && Make(p, fullSentence, earlierReport.Cue, earlierReport.First, earlierReport.End) is QuoteFinding earlierFinding)
                {
                    into.Add(earlierFinding);
                    if (Make(p, fullSentence, clause.Cue, clause.First, clause.End) is QuoteFinding laterFinding)
                    {
                        into.Add(laterFinding);
                    }

                    return;
                }

                ReportedClause? first = null;
                ReportedClause? second = null;
                var joint = -1;
                if (cues.IsJoinedCue(p, clause.Cue.First, out joint) && EarlierClause(r, clause.Cue.First, joint) is ReportedClause earlier)
                {
                    (first, second) = (earlier, clause);
                }
                else if (LaterJoinedClause(r, clause, out joint) is ReportedClause later)
                {
                    (first, second) = (clause, later);
                }

                if (first is ReportedClause one && second is ReportedClause two)
                {
                    // The first clause closed before its cue ("..., Lord Holme said"): a cue joined inside it is part of what
                    // was said ("... cancel the event and explain their reasons why, Lord Holme said").
                    var closedBefore = one.End <= one.Cue.First;
                    if (closedBefore && joint < one.End && Make(p, fullSentence, one.Cue, one.First, one.End) is QuoteFinding whole)
                    {
                        into.Add(whole);
                        return;
                    }

                    // "The Bank is nervous, said Rob Wood of Pantheon, adding that ...": one joined after it has the speaker
                    // after the first cue as its subject too.
                    if (closedBefore && one.Cue.Speaker is Mention firstSpeaker)
                    {
                        two.Cue.Speaker = firstSpeaker;
                    }

                    // Cut at the join, the first cue's words must still hold a verb: "explained her injury problem, saying
                    // ..." reports only what follows "saying".
                    var cut = closedBefore ? one.End : joint;
                    while (cut > one.First && p.Tokens[cut - 1].Kind == TokenKind.Punct && IsClauseBreak(p.Source[p.Tokens[cut - 1].Start]))
                    {
                        cut--;
                    }

                    var before = BareClauseRule.VerbAfter(p, one.First, cut) ? Make(p, fullSentence, one.Cue, one.First, cut) : null;
                    var after = Make(p, fullSentence, two.Cue, two.First, two.End);
                    if (before != null)
                    {
                        into.Add(before);
                    }

                    if (after != null)
                    {
                        into.Add(after);
                    }

                    if (before != null || after != null)
                    {
                        return;
                    }
                }

                if (Make(p, fullSentence, clause.Cue, clause.First, clause.End) is QuoteFinding finding)
                {
                    into.Add(finding);
                    if (!AddFollowing(r, clause, into))
                    {
                        AddNested(r, clause, into);
                    }

                    return;
                }
            }
        }

        private bool AfterModal(ParagraphText p, int t) =>
            t > 0 && p.IsWord(t - 1) && cues.Lexicon.Auxiliaries.Contains(p.Word(t - 1)) && !p.WordIs(t - 1, "had") && !p.WordIs(t - 1, "has")
            && !p.WordIs(t - 1, "have");

        /// <summary>
        /// "The Tories criticised the stance, saying Mr Oaten had initially said he accepted the word": a report inside the
        /// reported clause, with its own subject there, is a statement of its own speaker too (one level down).
        /// </summary>
        private void AddNested(ReportedSentence r, ReportedClause outer, List<QuoteFinding> into)
        {
            var p = r.Paragraph;
            foreach (var t in r.CueWords)
            {
                // A noun ("voice calls are", "a CNN report that") or a verb after a modal ("France can claim another title") is
                // no report of its own; after "had" or "has" it is ("had initially said").
                // Nor is one inside a quotation, which its own speaker said.
                if (t <= outer.First || t >= outer.End || p.Tokens[t].Quote >= 0 || cues.IsJoinedCue(p, t, out _) || p.Is(t, WordClass.NounCue) || AfterModal(p, t))
                {
                    continue;
                }

                if (ClauseOfCue(r, t) is ReportedClause inner && inner.Cue.First == t && inner.Cue.Speaker is Mention speaker
                    && speaker.FirstToken >= outer.First && speaker.EndToken <= t && inner.First > t && inner.End <= outer.End
                    && Make(p, fullSentence, inner.Cue, inner.First, inner.End) is QuoteFinding nested)
                {
                    into.Add(nested);
                    return;
                }
            }
        }

        /// <summary>The clause of an earlier cue that ends right before the subject of <paramref name="later"/> ("..., but he said"), or null.</summary>
        private ReportedClause? EarlierReport(ReportedSentence r, ReportedClause later)
        {
            if (!(later.Cue.Speaker is Mention speaker) || later.First <= later.Cue.First)
            {
                return null;
            }

            foreach (var t in r.CueWords)
            {
                if (t >= speaker.FirstToken)
                {
                    break;
                }

                // Ended at the mark before "and" or "but", two tokens before the later subject.
                if (ClauseOfCue(r, t) is ReportedClause earlier && earlier.First > t && earlier.End == speaker.FirstToken - 2)
                {
                    return earlier;
                }
            }

            return null;
        }

        /// <summary>
        /// "Critics say the treaty goes too far, but advocates say it ensures ...": the report a clause ends before (see
        /// <see cref="ReportedSentence.ClauseEnd"/>), with its own subject after the clause, is a statement of that subject.
        /// </summary>
        private bool AddFollowing(ReportedSentence r, ReportedClause earlier, List<QuoteFinding> into)
        {
            var p = r.Paragraph;
            if (earlier.End >= r.ContentEnd)
            {
                return false;
            }

            foreach (var t in r.CueWords)
            {
                if (t <= earlier.End || p.Tokens[t].Quote >= 0)
                {
                    continue;
                }

                if (ClauseOfCue(r, t) is ReportedClause later && later.Cue.First == t && later.Cue.Speaker is Mention speaker && speaker.FirstToken > earlier.End &&
                    later.First > t && Make(p, fullSentence, later.Cue, later.First, later.End) is QuoteFinding following)
                {
                    into.Add(following);
                    return true;
                }
            }

            return false;
        }

        // A comma, semicolon or dash before the join ("... plus four officials - but said") ends the first clause, not its words.
        private static bool IsClauseBreak(char c) => c == ',' || c == ';' || TextNormalizer.IsDash(c);

        /// <summary>
        /// The clause of a cue before <paramref name="cue"/> that runs past the <paramref name="joint"/> where the later cue is
        /// joined to it, or that closed before its own cue, which stands before the joint ("The Bank is nervous, said Rob Wood,
        /// adding that ...").
        /// </summary>
        private ReportedClause? EarlierClause(ReportedSentence r, int cue, int joint)
        {
            foreach (var t in r.CueWords)
            {
                if (t >= cue)
                {
                    break;
                }

                if (ClauseOfCue(r, t) is ReportedClause earlier && earlier.First < joint && (earlier.End > joint || (earlier.End <= t && t < joint)))
                {
                    return earlier;
                }
            }

            return null;
        }

        /// <summary>The clause of a cue joined to <paramref name="clause"/> inside it ("... and added that ..."), with the <paramref name="joint"/> where it is joined.</summary>
        private ReportedClause? LaterJoinedClause(ReportedSentence r, ReportedClause clause, out int joint)
        {
            joint = -1;
            foreach (var t in r.CueWords)
            {
                if (t <= clause.First || t >= clause.End || !cues.IsJoinedCue(r.Paragraph, t, out var at) || at <= clause.First)
                {
                    continue;
                }

                if (ClauseOfCue(r, t) is ReportedClause later)
                {
                    joint = at;
                    return later;
                }
            }

            return null;
        }

        /// <summary>The clause the rules give the one cue word <paramref name="t"/> of the sentence, asked alone.</summary>
        private ReportedClause? ClauseOfCue(ReportedSentence r, int t)
        {
            oneCue.Clear();
            oneCue.Add(t);
            var alone = oneCueSentence.Renew(r.Paragraph, r.Sentence, oneCue, r.SentenceCueWords);
            var list = rules.Rules;
            for (var i = 0; i < list.Length; i++)
            {
                if (list[i].Find(alone) is ReportedClause clause && clause.Cue.First == t)
                {
                    return clause;
                }
            }

            return null;
        }

        /// <summary>
        /// The end of a reported clause [first, end) in a sentence with quote marks: the comma before "while", "whereas" or "but"
        /// that opens a clause of its own with a cue before the first quotation, when no quoted word comes before that comma;
        /// or the comma before a relative clause whose own cue gives the quotation that ends the sentence ("The company said it
        /// would open the service next year, a move that Raman described as "the biggest change""); -1 when there is none.
        /// </summary>
        private int ClauseBeforeNextReport(ParagraphText p, CueMatch cue, int first, int end)
        {
            var quote = first;
            while (quote < end && p.Tokens[quote].Quote < 0)
            {
                quote++;
            }

            for (var comma = first + 2; comma + 2 < quote; comma++)
            {
                int subject;
                if (IsContrastComma(p, comma))
                {
                    subject = comma + 2;
                    if (!OpensOwnClause(p, subject))
                    {
                        continue;
                    }
                }
                else if (RelativeAfterComma(p, comma) is var relative && relative > comma && QuotationEndsSentence(p, quote))
                {
                    subject = relative + 1;
                }
                else
                {
                    continue;
                }

                for (var t = subject; t < quote; t++)
                {
                    if (p.Is(t, WordClass.CueVerb) && !p.IsCapitalised(t))
                    {
                        return BareClauseRule.VerbAfter(p, first, comma) ? comma : -1;
                    }
                }
            }

            return -1;
        }

        // At most this many words of a noun phrase between a comma and its relative word: ", a move that", ", a decision which".
        private const int MaxWordsBeforeRelative = 3;

        /// <summary>
        /// The relative word ("that", "which") of a clause that a comma at <paramref name="comma"/> opens, alone (", which") or
        /// after a noun phrase with a determiner that restates what was said (", a move that", ", a step which"); -1 when none.
        /// </summary>
        internal static int RelativeAfterComma(ParagraphText p, int comma)
        {
            if (!p.IsPunct(comma, ','))
            {
                return -1;
            }

            if (p.WordIs(comma + 1, "which"))
            {
                return comma + 1;
            }

            if (!p.IsWord(comma + 1) || p.IsCapitalised(comma + 1) || !p.Is(comma + 1, WordClass.Determiner))
            {
                return -1;
            }

            for (var t = comma + 2; t <= comma + 1 + MaxWordsBeforeRelative && p.IsWord(t) && !p.IsCapitalised(t) && p.Tokens[t].Quote < 0; t++)
            {
                if (p.WordIs(t, "that") || p.WordIs(t, "which"))
                {
                    return t > comma + 2 ? t : -1;
                }
            }

            return -1;
        }

        /// <summary>Whether the quotation that opens at <paramref name="quote"/> is followed by nothing but marks to the sentence's end.</summary>
        private bool QuotationEndsSentence(ParagraphText p, int quote)
        {
            if (quote >= fullSentence.End)
            {
                return false;
            }

            var q = p.Tokens[quote].Quote;
            var t = quote;
            while (t < fullSentence.End && (p.Tokens[t].Quote == q || p.Tokens[t].Kind != TokenKind.Word))
            {
                t++;
            }

            return t >= fullSentence.End;
        }

        private static bool AnyQuoted(ParagraphText p, int first, int end)
        {
            var tokens = p.Tokens.Items;
            for (var t = Math.Max(first, 0); t < end && t < p.Tokens.Count; t++)
            {
                if (tokens[t].Quote >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Lists the sentence's tokens outside quotes that can open a cue, in order, in <see cref="cueWords"/>, and notes
        /// whether the sentence holds quote marks.
        /// </summary>
        private bool FindCueWords(ParagraphText p, (int First, int End) s)
        {
            cueWords.Clear();
            semicolons.Clear();
            quoted = false;
            var depth = 0;
            var tokens = p.Tokens.Items;
            var end = Math.Min(s.End, p.Tokens.Count);
            for (var t = Math.Max(s.First, 0); t < end; t++)
            {
                ref readonly var token = ref tokens[t];
                if (token.Quote >= 0)
                {
                    // The quoted words are the quote attributor's: no cue or clause of reported speech is read in them.
                    quoted = true;
                    continue;
                }

                if ((token.Classes & WordClass.CueStart) != 0)
                {
                    cueWords.Add(t);
                }
                else if (token.Kind == TokenKind.Punct)
                {
                    // Semicolons between clauses: not in brackets ("($5.2bn; £2.77bn)") nor in a character reference
                    // ("caf&#233;"), so with a space after.
                    var c = p.Source[token.Start];
                    depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
                    if (c == ';' && depth == 0 && token.End < p.End && char.IsWhiteSpace(p.Source[token.End]))
                    {
                        semicolons.Add(t);
                    }
                }
            }

            // With quote marks in the sentence only a cue joined to another reports a clause of its own (see Make): the
            // rules are not asked about the others.
            // So does a cue before a clause boundary that precedes the first quotation (see ClauseBeforeNextReport).
            if (quoted)
            {
                var boundary = ContrastBeforeQuote(p, s);
                var kept = 0;
                for (var k = 0; k < cueWords.Count; k++)
                {
                    if ((cueWords[k] < boundary && !p.Is(cueWords[k], WordClass.NounCue)) || cues.IsJoinedCue(p, cueWords[k], out _))
                    {
                        cueWords[kept++] = cueWords[k];
                    }
                }

                cueWords.RemoveRange(kept, cueWords.Count - kept);
            }

            return true;
        }

        /// <summary>
        /// The first ", while", ", whereas" or ", but" of the sentence before its first quoted word, or the first comma there that
        /// opens a relative clause (see <see cref="RelativeAfterComma"/>); -1 when there is none.
        /// </summary>
        private static int ContrastBeforeQuote(ParagraphText p, (int First, int End) s)
        {
            for (var t = s.First; t + 1 < s.End && p.Tokens[t].Quote < 0 && p.Tokens[t + 1].Quote < 0; t++)
            {
                if (IsContrastComma(p, t) || RelativeAfterComma(p, t) > t)
                {
                    return t;
                }
            }

            return -1;
        }

        /// <summary>A comma before "while", "whereas" or "but", which may open another subject's clause.</summary>
        private static bool IsContrastComma(ParagraphText p, int t) =>
            p.IsPunct(t, ',') && p.IsWord(t + 1) && (p.WordIs(t + 1, "while") || p.WordIs(t + 1, "whereas") || p.WordIs(t + 1, "but"));

        private QuoteFinding? Make(ParagraphText p, (int First, int End) s, CueMatch cue, int first, int end)
        {
            // In a sentence with quote marks the quoted words, their cue and their speaker are the quote attributor's; a cue
            // joined to the quote's reports a clause of its own outside the marks ("He called the budget \"a missed
            // opportunity\" and said the walls were crumbling", "..., he said, adding that ...").
            if (quoted && (AnyQuoted(p, cue.First, cue.End) || (cue.Speaker != null && AnyQuoted(p, cue.Speaker.FirstToken, cue.Speaker.EndToken))))
            {
                return null;
            }

            if (quoted && !cues.IsJoinedCue(p, cue.First, out _))
            {
                // "The union said it would keep up pressure, while the heads' association said schools faced "impossible
                // choices"": a clause that ends at a comma before another subject's cue, which the quotation then has, is
                // this cue's own.
                end = ClauseBeforeNextReport(p, cue, first, end);
                if (end < 0)
                {
                    return null;
                }
            }
            else if (quoted && AnyQuoted(p, first, end))
            {
                return null;
            }

            // A clause from a dash that opens the paragraph is a line of dialogue: the speaker's own words, without the dash.
            var dialogue = first <= 1 && s.First == 0 && DialogueDashRule.OpensWithDash(p);
            if (dialogue)
            {
                first = 1;
            }
            else if (first == s.First)
            {
                first = ReportedSentence.AfterDateline(p, first, end);
            }

            if (end <= first)
            {
                return null;
            }

            var span = new QuoteSpan { Open = p.Tokens[first].Start - 1, ContentEnd = p.Tokens[end - 1].End };
            // The speaker is resolved later, in reading order with the paragraph's quotations (QuoteAttributor.Attribute): a
            // "he added" after 'a spokesman said members were "angry"' goes to the spokesman the quotation brings in.
            return new QuoteFinding(p, span) { Kind = dialogue ? Quotes.QuoteKind.Direct : Quotes.QuoteKind.Indirect, Sentence = s, Cue = cue };
        }
    }
}
