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
    /// <see cref="ReportedSpeechRules"/>, in their order). Sentences holding quote marks are left to the quote attributor.
    /// </summary>
    internal sealed class IndirectSpeechFinder
    {
        // A reported sentence needs a subject, a cue and a clause of a word or more.
        private const int MinSentenceTokens = 4;

        // A dateline's parenthesised outlet ("BEIJING (Sputnik) -") is short.
        private const int MaxDatelineTokens = 12;
        private readonly ReportedSpeechRules rules;
        private readonly QuoteAttributor attributor;

        // The current sentence's words that can open a cue (refilled for each sentence; Find uses it before it yields).
        private readonly List<int> cueWords = new List<int>();

        // The sentence every rule reads, renewed for each sentence: the rules read it while they run and keep none of it.
        private readonly ReportedSentence reportedSentence = new ReportedSentence();

        public IndirectSpeechFinder(ReportedSpeechRules rules, QuoteAttributor attributor)
        {
            this.rules = rules;
            this.attributor = attributor;
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

                var finding = FirstFinding(reportedSentence.Renew(p, sentence, cueWords));
                if (finding != null)
                {
                    into.Add(finding);
                }
            }
        }

        /// <summary>The first rule's clause that is not empty once a dateline is cut off, as a finding with its speaker resolved.</summary>
        private QuoteFinding? FirstFinding(ReportedSentence r)
        {
            var list = rules.Rules;
            for (var i = 0; i < list.Length; i++)
            {
                if (list[i].Find(r) is ReportedClause clause && Make(r.Paragraph, r.Sentence, clause.Cue, clause.First, clause.End) is QuoteFinding finding)
                {
                    return finding;
                }
            }

            return null;
        }

        /// <summary>
        /// Lists the sentence's tokens that can open a cue, in order, in <see cref="cueWords"/>; false, with the list
        /// unfinished, at the first token inside quotes (the sentence is the quote attributor's).
        /// </summary>
        private bool FindCueWords(ParagraphText p, (int First, int End) s)
        {
            cueWords.Clear();
            var tokens = p.Tokens.Items;
            var end = Math.Min(s.End, p.Tokens.Count);
            for (var t = Math.Max(s.First, 0); t < end; t++)
            {
                ref readonly var token = ref tokens[t];
                if (token.Quote >= 0)
                {
                    return false;
                }

                if ((token.Classes & WordClass.CueStart) != 0)
                {
                    cueWords.Add(t);
                }
            }

            return true;
        }

        /// <summary>"BEIJING (Sputnik) - During the meeting ...": the dateline is not part of what was reported.</summary>
        private static int AfterDateline(ParagraphText p, int first, int end)
        {
            var k = first;
            while (k < end && ((p.IsWord(k) && IsUpperWord(p.Word(k))) || (k > first && p.IsPunct(k, ','))))
            {
                k++;
            }

            if (k == first)
            {
                return first;
            }

            if (p.IsPunct(k, '('))
            {
                while (k < end && k - first < MaxDatelineTokens && !p.IsPunct(k, ')'))
                {
                    k++;
                }

                k++;
            }

            return k < end && p.Tokens[k].Kind == TokenKind.Punct && "-—–―".IndexOf(p.Source[p.Tokens[k].Start]) >= 0 ? k + 1 : first;
        }

        /// <summary>A word of two characters or more whose letters (one at least) are all capitals.</summary>
        private static bool IsUpperWord(string w) => w.Length > 1 && TextNormalizer.CapitalLetterCount(w) > 0;

        private QuoteFinding? Make(ParagraphText p, (int First, int End) s, CueMatch cue, int first, int end)
        {
            // A clause from a dash that opens the paragraph is a line of dialogue: the speaker's own words, without the dash.
            var dialogue = first <= 1 && s.First == 0 && DialogueDashRule.OpensWithDash(p);
            if (dialogue)
            {
                first = 1;
            }
            else if (first == s.First)
            {
                first = AfterDateline(p, first, end);
            }

            if (end <= first)
            {
                return null;
            }

            var span = new QuoteSpan { Open = p.Tokens[first].Start - 1, ContentEnd = p.Tokens[end - 1].End };
            var f = new QuoteFinding(p, span) { Kind = dialogue ? Quotes.QuoteKind.Direct : Quotes.QuoteKind.Indirect, Sentence = s, Cue = cue };
            attributor.SetSpeaker(f, cue, p.Tokens[first].Start);
            return f;
        }
    }
}
