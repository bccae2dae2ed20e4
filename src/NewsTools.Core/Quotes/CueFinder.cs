using System;
using System.Collections.Generic;
using System.Linq;

namespace NewsTools.Quotes
{
    /// <summary>A reporting expression found in a paragraph, with the speaker phrase that goes with it.</summary>
    internal sealed class CueMatch
    {
        public int First { get; set; }

        public int End { get; set; }

        public string Text { get; set; } = "";

        public Mention? Speaker { get; set; }

        public Mention? Addressee { get; set; }
    }

    /// <summary>
    /// Finds the reporting expression (cue) for a quoted span and the phrase naming its speaker, by news conventions: the
    /// attribution right after the quote (", Wang said" / ", said Wang" / '" ― Name'), else the nearest cue before it in the
    /// sentence ("Wang said: ..."), else a cue elsewhere in the sentence, else the verb of the clause that governs a quoted
    /// fragment. Every search is bounded, so the work per quote is constant.
    /// </summary>
    internal sealed class CueFinder
    {
        private const int AdjacentReach = 12;
        private const int MaxVerbToQuote = 16;

        // Bounds that keep every search local, so the work per quote is constant and a whole article is linear.
        private const int ScanWindow = 60;
        private const int NearbySegments = 3;
        private static readonly List<string[]> NoPhrases = new List<string[]>();
        private readonly CueLexicon lexicon;
        private readonly MentionParser parser;
        private readonly SpeakerResolver resolver;

        public CueFinder(CueLexicon lexicon, MentionParser parser, SpeakerResolver resolver)
        {
            this.lexicon = lexicon;
            this.parser = parser;
            this.resolver = resolver;
        }

        /// <summary>
        /// "He voiced a wish for a "strong, prosperous and vibrant Mexico"": with no cue in the sentence, a quoted fragment in a
        /// clause whose subject is a person or body named (or a pronoun) is that subject's wording; the verb stands as the cue.
        /// </summary>
        public CueMatch? SubjectVerb(ParagraphText p, (int First, int End) sentence, int open)
        {
            var subject = ClauseSubject(p, sentence.First, open);
            if (subject == null || !(subject.IsPronoun || subject.IsNamed) || string.Equals(subject.Text, "it", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var verb = subject.EndToken;
            if (p.IsPunct(verb, '('))
            {
                // "Gov. Pat McCrory (R) blamed ...": the party label is not the verb.
                while (verb < open && !p.IsPunct(verb, ')'))
                {
                    verb++;
                }

                verb++;
            }

            while (p.IsWord(verb) && verb < open && lexicon.CueModifiers.Contains(p.Word(verb)))
            {
                verb++;
            }

            if (!p.IsWord(verb) || verb >= open || p.IsCapitalised(verb) || lexicon.ClauseWords.Contains(p.Word(verb)) || !LooksLikeFiniteVerb(p.Word(verb)))
            {
                return null;
            }

            // The verb must govern the quote (a few words before it), and the subject must be someone who can speak.
            if (open - verb > MaxVerbToQuote || IsShouted(p, subject))
            {
                return null;
            }

            if (!subject.IsPronoun)
            {
                // With no cue to go on, only a known person or body is taken as the one whose words these are ("Law lords" is not).
                var type = resolver.Resolve(subject, subject.Start).Type;
                if (type == SpeakerType.Place || (type == SpeakerType.Unknown && subject.Core.IndexOf(' ') < 0))
                {
                    return null;
                }
            }

            return new CueMatch { First = verb, End = verb + 1, Text = p.Word(verb), Speaker = subject };
        }

        /// <summary>"voiced", "sees", "pronounced": a past or third-person form; "people", "a", "31" or "slate's" are not.</summary>
        private static bool LooksLikeFiniteVerb(string w) =>
            w.Length > 3 && w.All(char.IsLetter) && (w.EndsWith("ed", StringComparison.Ordinal) || (w.EndsWith("s", StringComparison.Ordinal) && !w.EndsWith("ss", StringComparison.Ordinal)));

        /// <summary>A headline in capitals ("HOLD ON TO YOUR HAT") is not a speaker.</summary>
        private static bool IsShouted(ParagraphText p, Mention m)
        {
            var words = 0;
            var shouted = 0;
            for (var t = m.FirstToken; t < m.EndToken; t++)
            {
                if (p.IsWord(t))
                {
                    words++;
                    var w = p.Word(t);
                    shouted += w.Length > 1 && w.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? 1 : 0;
                }
            }

            return words > 1 && shouted == words;
        }

        /// <summary>
        /// The cue for quote <paramref name="qi"/>: right after it, else nearest before it, else elsewhere in its sentence.
        /// <paramref name="adjacent"/> tells whether the cue stands right against the quote (", he said" / "said:").
        /// </summary>
        public CueMatch? FindCue(ParagraphText p, int qi, int sentenceIndex, out bool adjacent)
        {
            adjacent = false;
            var span = p.Quotes[qi];
            var sentence = p.Sentences[sentenceIndex];
            var segments = p.SegmentsOf(sentenceIndex);
            var afterStart = span.CloseToken + 1;
            var beforeEnd = span.OpenToken;

            // The stretch after the quote runs to the next sentence end even when the quote itself ended with "?" or "."
            // ('"...?" Clinton asked.'); the stretch before it is the part of its sentence between the previous quote and this one.
            var after = (First: afterStart, End: StretchEnd(p, afterStart));
            var beforeIndex = SegmentEndingAt(segments, beforeEnd);
            var before = beforeIndex >= 0 ? segments[beforeIndex] : (First: beforeEnd, End: beforeEnd);
            CueMatch? found = null;

            // A quote that ends its sentence inside a longer one ('He pledged ... "mutual good." Trump said') has nothing after it.
            var endsInside = span.OpenToken != sentence.First && QuoteClassifier.EndsSentence(p.Source.Substring(span.ContentStart, span.ContentEnd - span.ContentStart));
            if (endsInside)
            {
                after = (afterStart, afterStart);
            }

            // '... as "horrendous," he said.': a complete attribution right after the quote wins over a cue earlier in the sentence,
            // unless it introduces the next quote with a colon ('... "less advanced schools," Trump said: "I don't ...').
            var trailing = span.OpenToken != sentence.First && after.End > after.First ? TrailingAttribution(p, after, sentence) : null;
            if (trailing != null)
            {
                adjacent = true;
                return trailing;
            }

            // A partial quote inside a reported sentence takes the cue before it ("After Scalia said that ... 'quote,' Trump said").
            if (span.OpenToken != sentence.First && before.End > before.First)
            {
                found = LastCue(p, before, sentence);
                if (found != null)
                {
                    adjacent = beforeEnd - found.End <= 1;
                    return found;
                }
            }

            // 1. After the quote: '"...," Wang said' / '"...," said Wang' / '"..." ― Name (@handle)'.
            if (after.End > after.First)
            {
                var dash = span.OpenToken == sentence.First ? DashAttribution(p, after) : null;
                if (dash != null)
                {
                    adjacent = true;
                    return dash;
                }

                var named = NamedOpening(p, after);
                if (named != null)
                {
                    adjacent = true;
                    return named;
                }

                var limit = Math.Min(after.End, after.First + AdjacentReach);
                for (var t = after.First; t < limit; t++)
                {
                    if (p.IsPunct(t, '.') || p.IsPunct(t, ';') || p.Tokens[t].Kind == TokenKind.OpenQuote)
                    {
                        break;
                    }

                    // The attribution must open the stretch after the quote: its subject or (inverted) the cue itself comes first.
                    var cue = MatchCue(p, t, after.End);
                    if (cue != null && WithSubject(p, cue, after.First, after.End, sentence) &&
                        (cue.First == FirstWordAfterComma(p, after.First) || cue.Speaker!.FirstToken == FirstWordAfterComma(p, after.First) ||
                         (p.IsPunct(cue.First - 1, ',') && cue.Speaker.FirstToken >= cue.End && cue.Speaker.IsNamed)))
                    {
                        // After a quote that ended its sentence, '"...?" Clinton asked.' attributes it, but 'Reid said both Rubio and
                        // Cruz are ...' opens a new statement of its own.
                        if (ClosedSentence(p, span) && OpensClause(p, (cue.Addressee?.EndToken ?? Math.Max(cue.End, cue.Speaker!.EndToken)), after.End))
                        {
                            break;
                        }

                        adjacent = t - after.First <= 6;
                        return cue;
                    }
                }

                // '"You squeezed employees to the breaking point" to drive up the stock price, she said,': a parenthetical attribution.
                var parenthetical = Parenthetical(p, after, sentence);
                if (parenthetical != null)
                {
                    return parenthetical;
                }
            }

            // 2. Before the quote, nearest first: 'Wang said: "..."', 'Wang said that ... "partial"'.
            if (before.End > before.First)
            {
                found = LastCue(p, before, sentence) ?? ColonCue(p, before);
                if (found != null)
                {
                    var gap = beforeEnd - found.End;
                    adjacent = gap <= 1 || (gap <= 4 && found.Addressee != null);
                    return found;
                }
            }

            // 3. Elsewhere in the sentence, a few stretches each way: earlier ones right to left, then later ones left to right.
            for (var i = beforeIndex - 1; i >= 0 && i >= beforeIndex - NearbySegments; i--)
            {
                found = LastCue(p, segments[i], sentence);
                if (found != null)
                {
                    return found;
                }
            }

            for (var i = beforeIndex + 1; i < segments.Count && i <= beforeIndex + NearbySegments; i++)
            {
                var s = segments[i];
                for (var t = s.First; t < s.End && t - s.First < ScanWindow; t++)
                {
                    var cue = MatchCue(p, t, s.End);
                    if (cue != null && WithSubject(p, cue, s.First, s.End, sentence))
                    {
                        return cue;
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// The nearest cue before a quote, unless it sits in the reported clause of an earlier cue
        /// ("The senator said he rarely asks ... 'quote'": the senator is the one quoted).
        /// </summary>
        private CueMatch? LastCue(ParagraphText p, (int First, int End) s, (int First, int End) sentence)
        {
            CueMatch? found = null;
            var t = s.End - 1;
            for (; t >= s.First && found == null && s.End - t <= ScanWindow; t--)
            {
                var cue = MatchCue(p, t, s.End);
                if (cue != null && WithSubject(p, cue, s.First, s.End, sentence) && !InRelativeClause(p, cue))
                {
                    found = cue;
                }
            }

            while (found?.Speaker != null && found.Speaker.FirstToken < found.First)
            {
                CueMatch? outer = null;
                for (var u = found.Speaker.FirstToken - 1; u >= s.First && outer == null && found.Speaker.FirstToken - u <= ScanWindow; u--)
                {
                    var cue = MatchCue(p, u, s.End);
                    if (cue == null || !WithSubject(p, cue, s.First, s.End, sentence))
                    {
                        continue;
                    }

                    var next = cue.Addressee?.EndToken ?? cue.End;
                    if (p.IsWord(next) && p.Word(next) == "that")
                    {
                        next++;
                    }

                    if (next == found.Speaker.FirstToken)
                    {
                        outer = cue;
                    }
                }

                if (outer == null)
                {
                    break;
                }

                found = outer;
            }

            return found;
        }

        public CueMatch? IntroducedBy(ParagraphText prev)
        {
            if (prev.Tokens.Count == 0 || !prev.IsPunct(prev.Tokens.Count - 1, ':'))
            {
                return null;
            }

            var sentence = prev.Sentences[prev.Sentences.Count - 1];
            var segments = prev.SegmentsOf(prev.Sentences.Count - 1);
            var last = segments[segments.Count - 1];
            return LastCue(prev, last, sentence) ?? ColonCue(prev, last);
        }

        /// <summary>"the announcement, which some have argued was ...": a cue inside a relative clause reports someone else's view.</summary>
        private static bool InRelativeClause(ParagraphText p, CueMatch cue)
        {
            var k = cue.Speaker!.FirstToken - 1;
            return !cue.Speaker.IsPronoun && p.IsWord(k) && (p.Word(k) == "which" || p.Word(k) == "whom");
        }

        /// <summary>'Kasich resisted: "..."': before a colon that introduces a quote, any verb with a named or pronoun subject is the cue.</summary>
        private CueMatch? ColonCue(ParagraphText p, (int First, int End) s)
        {
            if (!p.IsPunct(s.End - 1, ':'))
            {
                return null;
            }

            for (var t = s.End - 2; t >= s.First && s.End - t < 10; t--)
            {
                if (!p.IsWord(t) || p.IsCapitalised(t) || lexicon.ClauseWords.Contains(p.Word(t)))
                {
                    continue;
                }

                var subject = parser.SubjectBefore(p, t, s.First);
                if (subject != null && subject.EndToken <= t && (subject.IsPronoun || subject.IsNamed))
                {
                    var cue = Cue(p, t, t + 1);
                    cue.Speaker = subject;
                    return cue;
                }
            }

            return null;
        }

        private static bool ClosedSentence(ParagraphText p, QuoteSpan span) => QuoteClassifier.EndsSentence(p.Source.Substring(span.ContentStart, span.ContentEnd - span.ContentStart));

        /// <summary>A reported clause starts here: "that", a subject pronoun, a determiner or a name, before the stretch ends.</summary>
        private bool OpensClause(ParagraphText p, int k, int end)
        {
            if (k >= end || !p.IsWord(k))
            {
                return false;
            }

            var w = p.Word(k);
            return w == "that" || parser.IsPronounWord(w) || lexicon.Determiners.Contains(w) || (p.IsCapitalised(k) && !lexicon.TimeWords.Contains(w) && !lexicon.NotNames.Contains(w));
        }

        /// <summary>", she said," or ", Warren said." later in the stretch after a quote, set off by commas.</summary>
        private CueMatch? Parenthetical(ParagraphText p, (int First, int End) after, (int First, int End) sentence)
        {
            for (var t = after.First + 1; t + 2 < after.End + 1 && t - after.First < ScanWindow; t++)
            {
                if (!p.IsPunct(t - 1, ','))
                {
                    continue;
                }

                var subject = parser.IsPronounWord(p.Word(t)) || p.IsCapitalised(t) ? parser.PhraseAfter(p, t, after.End) : null;
                if (subject == null || !(subject.IsPronoun || subject.IsNamed))
                {
                    continue;
                }

                var cue = MatchCue(p, subject.EndToken, after.End);
                if (cue == null || p.Word(cue.First).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var next = cue.End;
                if (next >= after.End || p.IsPunct(next, ',') || p.IsPunct(next, '.'))
                {
                    cue.Speaker = subject;
                    return cue;
                }
            }

            return null;
        }

        /// <summary>'..., "quote," he said.' : subject first, cue within a few words, and no colon opening another quote.</summary>
        private CueMatch? TrailingAttribution(ParagraphText p, (int First, int End) after, (int First, int End) sentence)
        {
            if (p.IsPunct(after.End - 1, ':') || (after.End < p.Tokens.Count && p.Tokens[after.End].Kind == TokenKind.OpenQuote && p.IsPunct(after.End - 1, ':')))
            {
                return null;
            }

            var first = FirstWordAfterComma(p, after.First);
            var limit = Math.Min(after.End, first + 6);
            for (var t = first; t < limit; t++)
            {
                var cue = MatchCue(p, t, after.End);
                if (cue == null || p.Word(t).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (WithSubject(p, cue, after.First, after.End, sentence) && (cue.Speaker!.FirstToken == first || cue.First == first) && (cue.Speaker.IsPronoun || cue.Speaker.IsNamed))
                {
                    return cue;
                }

                return null;
            }

            return null;
        }

        /// <summary>
        /// '"...," Harry Bond, 30, of Raleigh, N.C., who was among those polled, said': a name right after the quote, then
        /// descriptions between commas, then the cue.
        /// </summary>
        private CueMatch? NamedOpening(ParagraphText p, (int First, int End) after)
        {
            var first = FirstWordAfterComma(p, after.First);
            if (!p.IsCapitalised(first))
            {
                return null;
            }

            var name = parser.PhraseAfter(p, first, after.End);
            if (name == null || !name.IsNamed || !p.IsPunct(name.EndToken, ','))
            {
                return null;
            }

            var limit = Math.Min(after.End, name.EndToken + 24);
            for (var t = name.EndToken + 1; t < limit; t++)
            {
                if (!p.IsPunct(t - 1, ','))
                {
                    continue;
                }

                var k = t;
                while (p.IsWord(k) && lexicon.CueModifiers.Contains(p.Word(k)))
                {
                    k++;
                }

                var cue = MatchCue(p, k, after.End);
                if (cue != null && !p.Word(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !IsPassive(p, k))
                {
                    cue.Speaker = name;
                    return cue;
                }
            }

            return null;
        }

        /// <summary>From a token to the next sentence-ending mark, opening quote or paragraph end.</summary>
        private static int StretchEnd(ParagraphText p, int from)
        {
            var t = from;
            while (t < p.Tokens.Count && t - from < ScanWindow && p.Tokens[t].Kind != TokenKind.OpenQuote && !p.IsPunct(t, '.') && !p.IsPunct(t, '!') && !p.IsPunct(t, '?') && !p.IsPunct(t, ';'))
            {
                t++;
            }

            return t;
        }

        /// <summary>Finds the cue's speaker (and addressee): subject before it, inverted after it, or the clause's subject for "adding"/"but went on to say".</summary>
        private bool WithSubject(ParagraphText p, CueMatch cue, int segFirst, int segEnd, (int First, int End) sentence)
        {
            var isAccording = cue.Text.StartsWith("according", StringComparison.OrdinalIgnoreCase);
            if (isAccording)
            {
                cue.Speaker = parser.PhraseAfter(p, cue.End, segEnd);
                return cue.Speaker != null;
            }

            var verb = p.Word(cue.First);

            // "Blumenthal was asked": in the passive the subject is the one spoken to, not the speaker.
            if (IsPassive(p, cue.First))
            {
                return false;
            }

            var participle = verb.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
            var infinitive = p.IsWord(cue.First - 1) && p.Word(cue.First - 1) == "to";
            if (!participle && !infinitive)
            {
                cue.Speaker = FiniteSubject(p, cue, segFirst);
            }
            else if (participle && p.IsCapitalised(cue.First - 1))
            {
                // "with Donald Trump tweeting that ...": a name right before the participle is its subject.
                cue.Speaker = parser.SubjectBefore(p, cue.First, segFirst);
            }

            // Inverted order right after a quote: '"...," said Wang', '"...," says a narrator'.
            if (cue.Speaker == null && !participle && !infinitive && (FirstWordAfterComma(p, segFirst) == cue.First || p.IsPunct(cue.First - 1, ',')))
            {
                cue.Speaker = parser.PhraseAfter(p, cue.End, segEnd);
                if (cue.Speaker != null && FirstWordAfterComma(p, segFirst) != cue.First && !cue.Speaker.IsNamed)
                {
                    cue.Speaker = null;
                }
            }

            // "adding ...", "but went on to say ...", "declined to say": the subject is the clause's, usually that of the cue before.
            if (cue.Speaker == null && (participle || infinitive || FollowsConjunction(p, cue.First)))
            {
                cue.Speaker = EarlierCueSubject(p, sentence.First, cue.First) ?? ClauseSubject(p, sentence.First, cue.First);
            }

            if (cue.Speaker == null)
            {
                return false;
            }

            if (IsAddressingCue(p.Word(cue.First)))
            {
                var obj = parser.PhraseAfter(p, cue.End, segEnd);
                if (obj != null && !obj.IsPronoun && obj != cue.Speaker && obj.Start > cue.Speaker.Start)
                {
                    cue.Addressee = obj;
                }
            }

            return true;
        }

        /// <summary>The subject before a finite cue; a cue that is also a noun ("a sympathetic tweet") needs a name, a pronoun or a plural.</summary>
        private Mention? FiniteSubject(ParagraphText p, CueMatch cue, int lo)
        {
            var subject = parser.SubjectBefore(p, cue.First, lo);
            if (subject != null && cue.End - cue.First == 1 && lexicon.NounCues.Contains(p.Word(cue.First)) && !subject.IsPronoun && !subject.IsNamed &&
                !subject.Core.EndsWith("s", StringComparison.Ordinal))
            {
                return null;
            }

            return subject;
        }

        private static bool IsPassive(ParagraphText p, int cue)
        {
            var k = cue - 1;
            while (p.IsWord(k) && (p.Word(k).EndsWith("ly", StringComparison.Ordinal) || p.Word(k) == "not" || p.Word(k) == "also"))
            {
                k--;
            }

            if (!p.IsWord(k))
            {
                return false;
            }

            var w = p.Word(k).ToLowerInvariant();
            var verb = p.Word(cue).ToLowerInvariant();
            return (w == "was" || w == "were" || w == "been" || w == "being" || w == "is" || w == "are" || w == "be" || w == "get" || w == "got") &&
                (verb.EndsWith("ed", StringComparison.Ordinal) || verb == "told");
        }

        /// <summary>The subject of the nearest finite cue earlier in the sentence ("Hollande said Tuesday, noting ...").</summary>
        private Mention? EarlierCueSubject(ParagraphText p, int first, int cue)
        {
            for (var t = cue - 1; t >= first && cue - t <= ScanWindow; t--)
            {
                if (p.Tokens[t].Quote >= 0 || !p.IsWord(t))
                {
                    continue;
                }

                var match = MatchCue(p, t, cue);
                if (match == null || (p.IsWord(t - 1) && p.Word(t - 1) == "to") || IsPassive(p, t))
                {
                    continue;
                }

                var isParticiple = p.Word(t).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
                if (isParticiple && !p.IsCapitalised(t - 1))
                {
                    continue;
                }

                var subject = isParticiple ? parser.SubjectBefore(p, match.First, first) : FiniteSubject(p, match, first);
                if (subject != null && (subject.IsNamed || subject.IsPronoun || subject.Title != null))
                {
                    return subject;
                }
            }

            return null;
        }

        private static int FirstWordAfterComma(ParagraphText p, int segFirst)
        {
            var t = segFirst;
            while (t < p.Tokens.Count && p.Tokens[t].Kind == TokenKind.Punct)
            {
                t++;
            }

            return t;
        }

        private bool FollowsConjunction(ParagraphText p, int cue)
        {
            var k = cue - 1;
            while (k >= 0 && p.IsWord(k) && lexicon.CueModifiers.Contains(p.Word(k)))
            {
                k--;
            }

            return p.IsWord(k) && (p.Word(k) == "and" || p.Word(k) == "but" || p.Word(k) == "then");
        }

        /// <summary>The subject that opens the clause holding a cue: the first name, pronoun or noun phrase of the sentence outside quotes.</summary>
        private Mention? ClauseSubject(ParagraphText p, int first, int cue)
        {
            var t = first;

            // Skip an introductory phrase ending in a comma ("In remarks at ..., Kono praised", "Even as his path narrows, Trump ...").
            while (t < cue && p.IsCapitalised(t) && lexicon.NotNames.Contains(p.Word(t)) && !lexicon.IntroPrepositions.Contains(p.Word(t)) && !parser.IsPronounWord(p.Word(t)) &&
                   !lexicon.Determiners.Contains(p.Word(t)))
            {
                t++;
            }

            if (p.IsWord(t) && (lexicon.IntroPrepositions.Contains(p.Word(t)) || p.Word(t).EndsWith("ly", StringComparison.Ordinal) || p.Word(t).EndsWith("ing", StringComparison.Ordinal)))
            {
                var comma = t;
                while (comma < cue && comma - t < ScanWindow && !p.IsPunct(comma, ','))
                {
                    comma++;
                }

                if (comma < cue)
                {
                    t = comma + 1;
                }
            }

            for (; t < cue && t - first < ScanWindow; t++)
            {
                if (p.Tokens[t].Quote >= 0 || !p.IsWord(t))
                {
                    continue;
                }

                var w = p.Word(t);
                if (parser.IsPronounWord(w) && !string.Equals(w, "who", StringComparison.OrdinalIgnoreCase) && !string.Equals(w, "it", StringComparison.OrdinalIgnoreCase))
                {
                    return parser.Make(p, t, t + 1);
                }

                if ((p.IsCapitalised(t) && !lexicon.NotNames.Contains(w)) || lexicon.Determiners.Contains(w))
                {
                    var phrase = parser.PhraseAfter(p, t, cue);

                    // "Hours later, she ...": a phrase followed by a time word is an adverbial, not the subject.
                    if (phrase != null && p.IsWord(phrase.EndToken) && lexicon.TimeWords.Contains(p.Word(phrase.EndToken)))
                    {
                        t = phrase.EndToken;
                        continue;
                    }

                    if (phrase != null && MentionParser.IsPossessive(p.Word(phrase.EndToken - 1)))
                    {
                        t = phrase.EndToken - 1;
                        continue;
                    }

                    return phrase;
                }

                if (p.IsCapitalised(t))
                {
                    continue;
                }

                return null;
            }

            return null;
        }

        private static bool IsAddressingCue(string verb)
        {
            var v = verb.ToLowerInvariant();
            return v.StartsWith("tell", StringComparison.Ordinal) || v == "told" || v.StartsWith("assur", StringComparison.Ordinal) || v.StartsWith("warn", StringComparison.Ordinal) ||
                v.StartsWith("urg", StringComparison.Ordinal) || v.StartsWith("ask", StringComparison.Ordinal) || v.StartsWith("thank", StringComparison.Ordinal);
        }

        /// <summary>'"..." ― Donald Trump (@realDonaldTrump)': the dash signature of a quoted tweet or epigraph.</summary>
        private CueMatch? DashAttribution(ParagraphText p, (int First, int End) after)
        {
            var t = after.First;
            if (t >= after.End || p.Tokens[t].Kind != TokenKind.Punct)
            {
                return null;
            }

            var c = p.Source[p.Tokens[t].Start];
            if (c != '―' && c != '—' && c != '–' && c != '-')
            {
                return null;
            }

            if (!p.IsCapitalised(t + 1) && !(p.IsWord(t + 1) && lexicon.Determiners.Contains(p.Word(t + 1))))
            {
                return null;
            }

            var m = parser.PhraseAfter(p, t + 1, after.End);
            return m == null || !m.IsNamed ? null : new CueMatch { First = t, End = t + 1, Text = c.ToString(), Speaker = m };
        }

        /// <summary>A cue phrase or verb starting at token t.</summary>
        public CueMatch? MatchCue(ParagraphText p, int t, int end)
        {
            // Every cue starts with a cue start word (cue verbs and first words of cue phrases among them).
            if (!p.Is(t, WordClass.CueStart))
            {
                return null;
            }

            var phrases = p.Is(t, WordClass.CuePhraseFirstWord) && lexicon.CuePhrasesByFirstWord.TryGetValue(p.Word(t), out var list) ? list : NoPhrases;
            foreach (var phrase in phrases)
            {
                if (t + phrase.Length > end)
                {
                    continue;
                }

                var ok = true;
                for (var k = 1; k < phrase.Length && ok; k++)
                {
                    ok = p.IsWord(t + k) && string.Equals(p.Word(t + k), phrase[k], StringComparison.OrdinalIgnoreCase);
                }

                if (ok)
                {
                    return Cue(p, t, t + phrase.Length);
                }
            }

            if (p.Is(t, WordClass.CueVerb) && !p.IsCapitalised(t))
            {
                return Cue(p, t, t + 1);
            }

            return null;
        }

        private static CueMatch Cue(ParagraphText p, int first, int end) =>
            new CueMatch { First = first, End = end, Text = p.Source.Substring(p.Tokens[first].Start, p.Tokens[end - 1].End - p.Tokens[first].Start) };

        /// <summary>Index of the stretch that ends at a token (binary search; stretches are ordered), or -1.</summary>
        private static int SegmentEndingAt(List<(int First, int End)> segments, int end)
        {
            int lo = 0, hi = segments.Count - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) / 2;
                if (segments[mid].End == end)
                {
                    return mid;
                }

                if (segments[mid].End < end)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return -1;
        }
    }
}
