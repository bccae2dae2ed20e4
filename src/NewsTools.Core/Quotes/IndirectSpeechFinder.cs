using System.Collections.Generic;
using System.Linq;

namespace NewsTools.Quotes
{
    /// <summary>
    /// Reported speech without quote marks, as Kind Indirect with the reported clause as text: "Wang noted that ...",
    /// "Wang told Kono that ...", "according to the ministry, ..." / "..., according to X", and "..., the ministry said."
    /// Sentences holding quote marks are left to the quote attributor.
    /// </summary>
    internal sealed class IndirectSpeechFinder
    {
        private readonly CueLexicon lexicon;
        private readonly MentionParser parser;
        private readonly CueFinder cues;
        private readonly QuoteAttributor attributor;

        // The current sentence's words that can open a cue (refilled for each sentence; Find uses it before it yields).
        private readonly List<int> cueWords = new List<int>();

        public IndirectSpeechFinder(CueLexicon lexicon, MentionParser parser, CueFinder cues, QuoteAttributor attributor)
        {
            this.lexicon = lexicon;
            this.parser = parser;
            this.cues = cues;
            this.attributor = attributor;
        }

        public IEnumerable<QuoteFinding> Find(ParagraphText p)
        {
            foreach (var sentence in p.Sentences)
            {
                if (sentence.End - sentence.First < 4 || HasQuote(p, sentence))
                {
                    continue;
                }

                // Every finder below starts from a word that can open a cue: one scan lists them, a sentence with none is passed
                // over, and the finders look only at the listed words (at any other word they would find nothing).
                FindCueWords(p, sentence);
                if (cueWords.Count == 0)
                {
                    continue;
                }

                var finding = ThatClause(p, sentence) ?? According(p, sentence) ?? TrailingAttribution(p, sentence) ?? BareClause(p, sentence);
                if (finding != null)
                {
                    yield return finding;
                }
            }
        }

        private static bool HasQuote(ParagraphText p, (int First, int End) s)
        {
            for (var t = s.First; t < s.End; t++)
            {
                if (p.Tokens[t].Quote >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Lists the sentence's tokens that can open a cue, in order, in <see cref="cueWords"/>.</summary>
        private void FindCueWords(ParagraphText p, (int First, int End) s)
        {
            cueWords.Clear();
            for (var t = s.First; t < s.End; t++)
            {
                if (p.Is(t, WordClass.CueStart))
                {
                    cueWords.Add(t);
                }
            }
        }

        /// <summary>"Wang noted that ...", "Wang told Kono that ...".</summary>
        private QuoteFinding? ThatClause(ParagraphText p, (int First, int End) s)
        {
            foreach (var t in cueWords)
            {
                if (t >= s.End - 2)
                {
                    break;
                }

                var cue = cues.MatchCue(p, t, s.End);
                if (cue == null || p.Word(t).EndsWith("ing", System.StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                // Cheap checks first: a "that" right after the cue or after its object ("told Kono that").
                var k = cue.End;
                Mention? addressee = null;
                if (!IsThat(p, k))
                {
                    if (!p.IsCapitalised(k) && !(p.IsWord(k) && lexicon.Determiners.Contains(p.Word(k))))
                    {
                        continue;
                    }

                    addressee = parser.PhraseAfter(p, k, s.End);
                    if (addressee == null || addressee.IsPronoun)
                    {
                        continue;
                    }

                    k = addressee.EndToken;
                }

                if (!IsThat(p, k) || k + 1 >= s.End)
                {
                    continue;
                }

                var subject = parser.SubjectBefore(p, cue.First, s.First);
                if (subject == null)
                {
                    continue;
                }

                cue.Speaker = subject;
                cue.Addressee = addressee;
                return Make(p, s, cue, k + 1, LastContentToken(p, s));
            }

            return null;
        }

        /// <summary>"Cox says Obama is trying ...", "Wang said Tuesday the talks ...": a saying verb whose clause follows without "that".</summary>
        private QuoteFinding? BareClause(ParagraphText p, (int First, int End) s)
        {
            foreach (var t in cueWords)
            {
                if (t >= s.End - 3)
                {
                    break;
                }

                if (t < s.First + 1 || !p.Is(t, WordClass.BareClauseCue) || p.IsCapitalised(t))
                {
                    continue;
                }

                var k = t + 1;
                Mention? addressee = null;
                if (IsAddressing(p.Word(t)))
                {
                    addressee = parser.PhraseAfter(p, k, s.End);
                    if (addressee == null)
                    {
                        continue;
                    }

                    k = addressee.EndToken;
                }

                while (k < s.End && k - t <= 4 && p.Is(k, WordClass.TimeWord))
                {
                    k++;
                }

                if (k >= s.End - 1 || !OpensClause(p, k))
                {
                    continue;
                }

                var cue = new CueMatch { First = t, End = t + 1, Text = p.Word(t), Addressee = addressee };
                var subject = parser.SubjectBefore(p, t, s.First);
                if (subject == null || (!subject.IsPronoun && !subject.IsNamed && subject.Title == null && !lexicon.Determiners.Contains(p.Word(subject.FirstToken)) &&
                    !IsPluralNounHead(p, subject)))
                {
                    continue;
                }

                cue.Speaker = subject;
                return Make(p, s, cue, k, LastContentToken(p, s));
            }

            return null;
        }

        /// <summary>
        /// After "said": a pronoun, "that", or a determiner opening a noun ("said the deal", not "said two weeks ago") starts the
        /// clause that was reported. After "told", "asked" and the like a determiner opens the one spoken to ("told the AP").
        /// </summary>
        private bool OpensReportedClause(ParagraphText p, CueMatch cue)
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

            return p.Is(k, WordClass.Determiner) && !IsAddressing(p.Word(cue.First)) && !p.WordIs(cue.First, "asked") && !p.Is(k + 1, WordClass.TimeWord);
        }

        /// <summary>
        /// A plural noun opens the reported clause only when a verb follows within six words ("insurers had been told",
        /// "prices rose", "heads of government should"), not when it is the object ("added features to its app").
        /// </summary>
        private static bool VerbSoonAfter(ParagraphText p, int from)
        {
            for (var t = from; t < from + 6 && p.IsWord(t); t++)
            {
                if (IsVerbForm(p, t, WordClass.CueModifier | WordClass.ClauseVerb))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether tokens [first, end) hold a verb form: an auxiliary, a cue verb or a lowercase "-ed" word.</summary>
        private static bool HasVerb(ParagraphText p, int first, int end)
        {
            for (var t = first; t < end; t++)
            {
                if (IsVerbForm(p, t, WordClass.CueModifier | WordClass.CueVerb))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"Ferry operators, who ..., said", "Analysts said": a bare plural noun is a group of speakers.</summary>
        private static bool IsPluralNounHead(ParagraphText p, Mention subject) => IsPluralNoun(p, subject.EndToken - 1);

        /// <summary>A word of the given verb lists, or a lowercase "-ed" form.</summary>
        private static bool IsVerbForm(ParagraphText p, int t, WordClass verbs) =>
            p.Is(t, verbs) || (p.IsWord(t) && !p.IsCapitalised(t) && p.EndsWith(t, "ed"));

        /// <summary>A lowercase word that reads as a plural noun ("insurers", "analysts"), not a function word.</summary>
        private static bool IsPluralNoun(ParagraphText p, int t)
        {
            if (!p.IsWord(t))
            {
                return false;
            }

            var token = p.Tokens[t];
            return token.End - token.Start >= 5 && p.EndsWith(t, "s") && !p.EndsWith(t, "ss") && !p.EndsWith(t, "ous") && !p.IsCapitalised(t) && !p.HasApostrophe(t) &&
                !p.Is(t, WordClass.CueModifier | WordClass.ClauseWord | WordClass.TimeWord | WordClass.SubjectPronoun | WordClass.IntroPreposition | WordClass.CueVerb);
        }

        private static bool IsAddressing(string verb) => verb == "told" || verb == "tells" || verb == "tell";

        /// <summary>A clause starts with its subject: a pronoun, "there", a determiner or a name.</summary>
        private bool OpensClause(ParagraphText p, int k)
        {
            if (!p.IsWord(k))
            {
                return false;
            }

            var w = p.Word(k);
            if (p.IsCapitalised(k))
            {
                return !lexicon.NotNames.Contains(w) || lexicon.SubjectPronouns.Contains(w) || w == "The" || w == "There";
            }

            return lexicon.SubjectPronouns.Contains(w) || w == "there" || lexicon.Determiners.Contains(w) || w == "his" || w == "her" || w == "their" || w == "its" || w == "this" ||
                (IsPluralNoun(p, k) && VerbSoonAfter(p, k + 1));
        }

        /// <summary>"According to X, ..." or "..., according to X."</summary>
        private QuoteFinding? According(ParagraphText p, (int First, int End) s)
        {
            foreach (var t in cueWords)
            {
                if (t >= s.End - 2)
                {
                    break;
                }

                if (!p.IsWord(t) || !string.Equals(p.Word(t), "according", System.StringComparison.OrdinalIgnoreCase) || !p.IsWord(t + 1) || p.Word(t + 1) != "to")
                {
                    continue;
                }

                var speaker = parser.SourceAfter(p, t + 2, s.End);
                if (speaker == null)
                {
                    return null;
                }

                var cue = new CueMatch { First = t, End = t + 2, Text = p.Source.Substring(p.Tokens[t].Start, p.Tokens[t + 1].End - p.Tokens[t].Start), Speaker = speaker };
                if (t == s.First)
                {
                    var comma = speaker.EndToken;
                    while (comma < s.End && !p.IsPunct(comma, ','))
                    {
                        comma++;
                    }

                    return comma + 1 < s.End ? Make(p, s, cue, comma + 1, LastContentToken(p, s)) : null;
                }

                if (p.IsPunct(t - 1, ',') && t - 1 > s.First)
                {
                    return Make(p, s, cue, s.First, t - 1);
                }

                return null;
            }

            return null;
        }

        /// <summary>"..., the Chinese Foreign Ministry said in a statement." at the end of a sentence.</summary>
        private QuoteFinding? TrailingAttribution(ParagraphText p, (int First, int End) s)
        {
            var last = LastContentToken(p, s);

            // The attribution sits after the last comma, or after the one before it when a phrase closes the sentence
            // ("..., growers said on Thursday, a week before the festival.").
            var limit = last;
            var commas = 0;
            for (var t = last - 1; t > s.First + 3 && last - t <= 16; t--)
            {
                if (!p.IsPunct(t, ','))
                {
                    continue;
                }

                if (++commas > 2 || (commas == 1 && last - t > 12))
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

                    // "..., Mr. Ryan said he welcomed the deal": a clause after the cue is what was reported, not what came before the comma.
                    if (OpensReportedClause(p, cue))
                    {
                        break;
                    }

                    var subject = parser.SubjectBefore(p, cue.First, t + 1);
                    if (subject == null || subject.FirstToken != t + 1 || subject.IsPronoun)
                    {
                        break;
                    }

                    cue.Speaker = subject;
                    return Make(p, s, cue, s.First, t);
                }

                // Only a closing phrase may follow the attribution ("a week before the festival"), not a clause: in "In Kabul,
                // officials said, the mood was tense" what was said comes after the attribution.
                if (sawCue || HasVerb(p, t + 1, limit))
                {
                    break;
                }

                limit = t;
            }

            return null;
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
                while (k < end && k - first < 12 && !p.IsPunct(k, ')'))
                {
                    k++;
                }

                k++;
            }

            return k < end && p.Tokens[k].Kind == TokenKind.Punct && "-—–―".IndexOf(p.Source[p.Tokens[k].Start]) >= 0 ? k + 1 : first;
        }

        private static bool IsUpperWord(string w) => w.Length > 1 && w.All(c => !char.IsLetter(c) || char.IsUpper(c)) && w.Any(char.IsLetter);

        private static bool IsThat(ParagraphText p, int t) => p.IsWord(t) && p.Word(t) == "that";

        /// <summary>The end of the sentence's words, before its final punctuation.</summary>
        private static int LastContentToken(ParagraphText p, (int First, int End) s)
        {
            var end = s.End;
            while (end > s.First && p.Tokens[end - 1].Kind == TokenKind.Punct)
            {
                end--;
            }

            return end;
        }

        private QuoteFinding? Make(ParagraphText p, (int First, int End) s, CueMatch cue, int first, int end)
        {
            if (first == s.First)
            {
                first = AfterDateline(p, first, end);
            }

            if (end <= first)
            {
                return null;
            }

            var span = new QuoteSpan { Open = p.Tokens[first].Start - 1, ContentEnd = p.Tokens[end - 1].End };
            var f = new QuoteFinding(p, span) { Kind = Quotes.QuoteKind.Indirect, Sentence = s, Cue = cue };
            attributor.SetSpeaker(f, cue, p.Tokens[first].Start);
            return f;
        }
    }
}
