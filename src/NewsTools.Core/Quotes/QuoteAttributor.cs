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

    /// <summary>What the attributor decided about one quoted span.</summary>
    internal sealed class QuoteFinding
    {
        public QuoteFinding(ParagraphText paragraph, QuoteSpan span)
        {
            Paragraph = paragraph;
            Span = span;
        }

        public ParagraphText Paragraph { get; }

        public QuoteSpan Span { get; }

        public QuoteKind Kind { get; set; }

        public Attribution Attribution { get; set; }

        public CueMatch? Cue { get; set; }

        public ResolvedSpeaker? Speaker { get; set; }

        public string? MentionText { get; set; }

        public int SpeakerStart { get; set; } = -1;

        public int SpeakerEnd { get; set; } = -1;

        public string? Addressee { get; set; }

        public (int First, int End) Sentence { get; set; }
    }

    /// <summary>
    /// Gives each quoted span its kind and speaker by news conventions: the cue right after the quote (", Wang said" or
    /// ", said Wang"), else the nearest cue before it in the sentence ("Wang said: ..."), else a cue elsewhere in the sentence
    /// for a partial quote; a quote with no cue continues the speaker of the quote before it (same paragraph, or the paragraph
    /// before when this one opens with the quote). Names and titles in quote marks are terms, never given a speaker.
    /// </summary>
    internal sealed class QuoteAttributor
    {
        private const int AdjacentReach = 12;

        // Bounds that keep every search local, so the work per quote is constant and a whole article is linear.
        private const int ScanWindow = 60;
        private const int NearbySegments = 3;
        private readonly CueLexicon lexicon;
        private readonly MentionParser parser;
        private readonly SpeakerResolver resolver;

        public QuoteAttributor(CueLexicon lexicon, MentionParser parser, SpeakerResolver resolver)
        {
            this.lexicon = lexicon;
            this.parser = parser;
            this.resolver = resolver;
        }

        /// <param name="previous">The last attributed finding of the paragraph before (for continuation), or null.</param>
        /// <param name="previousParagraph">The paragraph before, whose closing colon may introduce this one's quote.</param>
        public List<QuoteFinding> Attribute(ParagraphText p, QuoteFinding? previous, ParagraphText? previousParagraph)
        {
            var findings = new List<QuoteFinding>();
            QuoteFinding? lastAttributed = null;
            for (var qi = 0; qi < p.Quotes.Count; qi++)
            {
                var span = p.Quotes[qi];
                var sentenceIndex = p.SentenceOf(span.OpenToken);
                var f = new QuoteFinding(p, span) { Sentence = p.Sentences[sentenceIndex] };
                var adjacent = false;
                var cue = FindCue(p, qi, sentenceIndex, out adjacent);
                if (cue == null && span.OpenToken == 0 && previousParagraph != null)
                {
                    // 'Millikin's coordinator wrote:' at the end of one paragraph introduces the quote that opens the next.
                    cue = IntroducedBy(previousParagraph);
                    adjacent = cue != null;
                }

                var kind = Classify(p, span, f.Sentence, adjacent, cue != null);
                f.Kind = kind;
                if (kind == QuoteKind.Term)
                {
                    findings.Add(f);
                    continue;
                }

                if (cue?.Speaker != null)
                {
                    f.Cue = cue;
                    SetSpeaker(f, cue, span.Open);
                }
                else
                {
                    var before = lastAttributed;
                    var opensParagraph = span.OpenToken == 0;
                    var source = before ?? (opensParagraph && previous != null && previous.Speaker != null && previous.Kind != QuoteKind.Term ? previous : null);
                    if (source != null && (before != null || IsContinuationStart(p, span)))
                    {
                        f.Speaker = source.Speaker;
                        f.Attribution = Attribution.Continuation;
                        f.SpeakerStart = source.SpeakerStart;
                        f.SpeakerEnd = source.SpeakerEnd;
                    }
                    else if (!LooksLikeStatement(p, span))
                    {
                        f.Kind = QuoteKind.Term;
                    }
                }

                findings.Add(f);
                if (f.Speaker != null && f.Kind != QuoteKind.Term)
                {
                    lastAttributed = f;
                }
            }

            return findings;
        }

        /// <summary>Resolves the cue's speaker phrase and records mention, offsets, addressee and attribution kind.</summary>
        public void SetSpeaker(QuoteFinding f, CueMatch cue, int position)
        {
            var m = cue.Speaker!;
            f.MentionText = m.Text;
            f.SpeakerStart = m.Start;
            f.SpeakerEnd = m.End;
            if (m.IsPronoun)
            {
                f.Attribution = Attribution.Pronoun;
                var lower = m.Text.ToLowerInvariant();
                var entity = lower == "who" ? RelativeAntecedent(f.Paragraph, m) : resolver.ResolvePronoun(lower, m.Start, f.Paragraph.Index);
                f.Speaker = entity == null ? null : new ResolvedSpeaker(entity.Name, entity.Type, entity.Title);
                if (f.Speaker == null && lower != "i" && lower != "we")
                {
                    f.Speaker = new ResolvedSpeaker(m.Text, SpeakerType.Unknown, null);
                }
            }
            else
            {
                f.Speaker = resolver.Resolve(m, Math.Min(m.Start, position));
                f.Attribution = m.IsNamed ? Attribution.Explicit : Attribution.Nominal;
            }

            if (cue.Addressee != null && cue.Addressee.IsNamed)
            {
                f.Addressee = resolver.Resolve(cue.Addressee, cue.Addressee.Start).Name;
            }
        }

        /// <summary>"Smith, who said ...": the relative pronoun stands for the name before the comma.</summary>
        private Entity? RelativeAntecedent(ParagraphText p, Mention who)
        {
            var k = who.FirstToken - 1;
            if (!p.IsPunct(k, ','))
            {
                return null;
            }

            var m = parser.SubjectBefore(p, k, Math.Max(0, k - 8));
            if (m == null || !m.IsNamed)
            {
                return null;
            }

            var r = resolver.Resolve(m, m.Start);
            var e = new Entity(r.Name, r.Type);
            e.AddTitle(r.Title);
            return e;
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

            // 1. After the quote: '"...," Wang said' / '"...," said Wang' / '"..." ― Name (@handle)'. This stretch runs to the next
            //    sentence end even when the quote itself ended with "?" or "." ('"...?" Clinton asked.').
            var after = (First: afterStart, End: StretchEnd(p, afterStart));
            // A partial quote inside a reported sentence takes the cue before it ("After Scalia said that ... 'quote,' Trump said").
            var beforeIndex = SegmentEndingAt(segments, beforeEnd);
            var before = beforeIndex >= 0 ? segments[beforeIndex] : (First: beforeEnd, End: beforeEnd);
            CueMatch? found = null;
            if (span.OpenToken != sentence.First && before.End > before.First)
            {
                found = LastCue(p, before, sentence);
                if (found != null)
                {
                    adjacent = beforeEnd - found.End <= 1;
                    return found;
                }
            }

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
                        adjacent = t - after.First <= 6;
                        return cue;
                    }
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
                if (cue != null && WithSubject(p, cue, s.First, s.End, sentence))
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

        private CueMatch? IntroducedBy(ParagraphText prev)
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
                    cue.End = cue.End > obj.EndToken ? cue.End : cue.End;
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

            // Skip an introductory phrase ending in a comma ("In remarks at ..., Kono praised", "Hastily politicizing ..., Trump cast").
            if (p.IsWord(t) && (lexicon.ClauseWords.Contains(p.Word(t).ToLowerInvariant()) || p.Word(t).EndsWith("ly", StringComparison.Ordinal) || p.Word(t).EndsWith("ing", StringComparison.Ordinal)))
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

        private static bool IsNamingVerb(string w) => w == "called" || w == "named" || w == "titled" || w == "dubbed" || w == "labeled" || w == "labelled";

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
            if (!p.IsWord(t))
            {
                return null;
            }

            foreach (var phrase in lexicon.CuePhrases)
            {
                if (t + phrase.Length > end)
                {
                    continue;
                }

                var ok = true;
                for (var k = 0; k < phrase.Length && ok; k++)
                {
                    ok = p.IsWord(t + k) && string.Equals(p.Word(t + k), phrase[k], StringComparison.OrdinalIgnoreCase);
                }

                if (ok)
                {
                    return Cue(p, t, t + phrase.Length);
                }
            }

            var w = p.Word(t);
            if (lexicon.CueVerbs.Contains(w) && !p.IsCapitalised(t))
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

        /// <summary>Direct (whole sentences), Partial (a fragment inside a reported sentence) or Term (a name, title or scare quote).</summary>
        private QuoteKind Classify(ParagraphText p, QuoteSpan span, (int First, int End) sentence, bool adjacentCue, bool hasCue)
        {
            var content = p.Source.Substring(span.ContentStart, span.ContentEnd - span.ContentStart).Trim();
            if (content.Length == 0 || TermMarkerBefore(p, span.OpenToken))
            {
                return QuoteKind.Term;
            }

            var words = CountWords(content);
            var atStart = span.OpenToken == sentence.First;

            // A title or name in capitals ("Face the Nation", NBC's "Today") is a term unless it opens the sentence as what was said.
            if (IsTitleCase(content) && !EndsSentence(content) && !(atStart && adjacentCue))
            {
                return QuoteKind.Term;
            }

            if (!hasCue && words <= 3 && !EndsSentence(content))
            {
                return QuoteKind.Term;
            }

            var first = content.FirstOrDefault(char.IsLetterOrDigit);
            var capital = char.IsUpper(first) || char.IsDigit(first);
            var afterColon = span.OpenToken > 0 && (p.IsPunct(span.OpenToken - 1, ':') || p.IsPunct(span.OpenToken - 1, ','));
            if (capital && (atStart || afterColon || (adjacentCue && EndsSentence(content))))
            {
                return QuoteKind.Direct;
            }

            return QuoteKind.Partial;
        }

        private bool TermMarkerBefore(ParagraphText p, int open)
        {
            // "a show called "Brokers"": a naming verb right after a common noun names a thing; after "he" it reports a speaker.
            if (p.IsWord(open - 1) && p.IsWord(open - 2) && !p.IsCapitalised(open - 2) && !parser.IsPronounWord(p.Word(open - 2)) &&
                !lexicon.ClauseWords.Contains(p.Word(open - 2)) && !lexicon.CueModifiers.Contains(p.Word(open - 2)) && IsNamingVerb(p.Word(open - 1)))
            {
                return true;
            }

            foreach (var marker in lexicon.TermMarkers)
            {
                var first = open - marker.Length;
                if (first < 0)
                {
                    continue;
                }

                // Markers are lowercase words: "the song", not the name "Paul Song".
                var ok = true;
                for (var k = 0; k < marker.Length && ok; k++)
                {
                    ok = p.IsWord(first + k) && string.Equals(p.Word(first + k), marker[k], StringComparison.Ordinal);
                }

                if (ok)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A quote with no cue continues the previous speaker only when it opens its paragraph as a statement of its own.</summary>
        private static bool IsContinuationStart(ParagraphText p, QuoteSpan span) => span.OpenToken == 0 && LooksLikeStatement(p, span);

        private static bool LooksLikeStatement(ParagraphText p, QuoteSpan span)
        {
            var content = p.Source.Substring(span.ContentStart, span.ContentEnd - span.ContentStart).Trim();
            var first = content.FirstOrDefault(char.IsLetterOrDigit);
            return (char.IsUpper(first) || char.IsDigit(first)) && CountWords(content) >= 4;
        }

        private static bool EndsSentence(string content)
        {
            var t = content.TrimEnd();
            if (t.Length == 0)
            {
                return false;
            }

            var c = t[t.Length - 1];
            return c == '.' || c == '!' || c == '?' || c == '…';
        }

        private static int CountWords(string text)
        {
            var n = 0;
            var inWord = false;
            foreach (var c in text)
            {
                var letter = !char.IsWhiteSpace(c);
                if (letter && !inWord)
                {
                    n++;
                }

                inWord = letter;
            }

            return n;
        }

        /// <summary>Every word capitalised except short function words: a title or name ("Face the Nation", "Make America Great Again").</summary>
        private static bool IsTitleCase(string content)
        {
            var words = content.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || words.Length > 10)
            {
                return false;
            }

            var capitals = 0;
            foreach (var raw in words)
            {
                var w = raw.Trim(',', '.', ':', ';', '!', '?', '(', ')', '\'', '’', '‘');
                if (w.Length == 0)
                {
                    continue;
                }

                if (char.IsUpper(w[0]) || char.IsDigit(w[0]))
                {
                    capitals++;
                }
                else if (!IsSmallWord(w))
                {
                    return false;
                }
            }

            return capitals > 0;
        }

        private static bool IsSmallWord(string w) =>
            w == "of" || w == "the" || w == "a" || w == "an" || w == "and" || w == "or" || w == "in" || w == "on" || w == "at" || w == "to" ||
            w == "for" || w == "with" || w == "by" || w == "from" || w == "as" || w == "vs" || w == "is" || w == "de";
    }
}
