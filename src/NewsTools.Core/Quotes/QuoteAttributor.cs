using System;
using System.Collections.Generic;
using System.Linq;
using NewsTools.Quotes.AttributionRules;
using NewsTools.Text;

namespace NewsTools.Quotes
{
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

        /// <summary>The outlet the words came through ("according to the Post" after the speaker's cue).</summary>
        public string? Via { get; set; }

        public (int First, int End) Sentence { get; set; }

        /// <summary>Where the finding's sentence starts in the article text.</summary>
        public int SentenceStart => Paragraph.Tokens.Count > 0 && Sentence.First < Paragraph.Tokens.Count ? Paragraph.Tokens[Sentence.First].Start : Paragraph.Start;

        /// <summary>Where the finding's sentence ends in the article text.</summary>
        public int SentenceEnd => Paragraph.Tokens.Count > 0 && Sentence.End > 0 ? Paragraph.Tokens[Math.Min(Sentence.End, Paragraph.Tokens.Count) - 1].End : Paragraph.End;

        /// <summary>The quote is a name or description its speaker gave ('dubbed "Mr. P"'), no statement a later paragraph continues.</summary>
        public bool Names { get; set; }
    }

    /// <summary>
    /// Gives each quoted span of a paragraph its kind and speaker: the cue the first of the <see cref="CueRules"/> finds, else the speaker of
    /// the statement before it (same paragraph, or the paragraph before when this one opens with the quote: Continuation).
    /// Names and titles in quote marks are terms, never given a speaker.
    /// </summary>
    internal sealed class QuoteAttributor
    {
        // "Smith, who said ...": the name a relative pronoun stands for is read this many tokens back from its comma.
        private const int MaxAntecedentTokens = 8;

        // "his German counterpart", "the country's new deputy foreign minister": words between a role's determiner and its head.
        private const int MaxRoleWordsBeforeComma = 4;

        // "the regional health committee": words between "the" and a body noun that "it" may stand for.
        private const int MaxBodyModifiers = 3;
        private readonly CueRules cueRules;
        private readonly IntroducingSentenceRule introducingSentence;
        private readonly QuoteClassifier classifier;
        private readonly CueLexicon lexicon;
        private readonly MentionParser parser;
        private readonly SpeakerResolver resolver;

        public QuoteAttributor(CueRules cueRules, QuoteClassifier classifier, CueLexicon lexicon, MentionParser parser, SpeakerResolver resolver)
        {
            this.cueRules = cueRules;
            introducingSentence = new IntroducingSentenceRule(cueRules.Cues);
            this.classifier = classifier;
            this.lexicon = lexicon;
            this.parser = parser;
            this.resolver = resolver;
        }

        /// <param name="previous">The last attributed finding of the paragraph before (for continuation), or null.</param>
        /// <param name="previousParagraph">The paragraph before, whose closing colon may introduce this one's quote.</param>
        /// <param name="reported">The paragraph's reported speech, in order: a later quote with no cue may continue it.</param>
        /// <param name="findings">Cleared and filled with the paragraph's quotes (the caller's list, reused from paragraph to paragraph).</param>
        // The quote every cue rule reads, renewed for each quote (the attributor belongs to one thread's workspace).
        private readonly AttributionRules.QuoteContext context = new AttributionRules.QuoteContext();

        /// <summary>
        /// Whether the quote at <paramref name="span"/> is the second piece of a direct quotation its attribution splits:
        /// the quote before it in the sentence is Direct and ends with a comma inside its marks, and this one opens after the
        /// attribution's comma and ends the sentence.
        /// </summary>
        private static bool ContinuesSplitSentence(ParagraphText p, QuoteSpan span, (int First, int End) sentence, List<QuoteFinding> findings)
        {
            if (findings.Count == 0 || span.Unclosed || span.OpenToken < 1 || !p.IsPunct(span.OpenToken - 1, ','))
            {
                return false;
            }

            var before = findings[findings.Count - 1];
            if (before.Kind != QuoteKind.Direct || before.Sentence.First != sentence.First || before.Span.Unclosed)
            {
                return false;
            }

            var text = p.Source;
            var lastInside = before.Span.ContentEnd - 1;
            while (lastInside > before.Span.ContentStart && char.IsWhiteSpace(text[lastInside]))
            {
                lastInside--;
            }

            return text[lastInside] == ',' && EndsWithStop(text, span);
        }

        // The piece ends the sentence: inside its marks as the classifier reads a sentence's end ('grow."'), or with a stop
        // right after them ('grow".').
        private static bool EndsWithStop(string text, QuoteSpan span)
        {
            var after = span.Close + 1;
            return QuoteClassifier.EndsSentence(text, span.ContentStart, span.ContentEnd) || (after < text.Length && (text[after] == '.' || text[after] == '!' || text[after] == '?'));
        }

        public List<QuoteFinding> Attribute(ParagraphText p, QuoteFinding? previous, ParagraphText? previousParagraph, IReadOnlyList<QuoteFinding> reported, List<QuoteFinding> findings)
        {
            findings.Clear();
            QuoteFinding? lastAttributed = null;
            var nextReported = 0;
            for (var qi = 0; qi < p.Quotes.Count; qi++)
            {
                var span = p.Quotes[qi];

                // Speakers are resolved in reading order: each pronoun reaches the speakers that came before it, quoted or reported.
                nextReported = ResolveReported(reported, nextReported, span.Open);
                var quote = context.Renew(p, qi, previousParagraph);
                var f = new QuoteFinding(p, span) { Sentence = quote.Sentence };
                var candidate = cueRules.Find(quote);
                var cue = candidate?.Cue;
                var adjacent = candidate?.Adjacent ?? false;
                f.Names = candidate?.Names == true;
                var kind = f.Names ? QuoteKind.Partial : classifier.Classify(p, span, f.Sentence, adjacent, cue);

                // A name a person gives ('dubbed "Mr. P"') is their words even in capitals or after a naming word, also when
                // an earlier cue reports the clause it stands in ('She noted that Sanders called him "weak"').
                if (kind == QuoteKind.Term && cue?.Speaker != null && cueRules.IsSomeonesWording(quote))
                {
                    kind = QuoteKind.Partial;
                    f.Names = true;
                }

                // '"The economy is strong," the minister said, "and it will grow."': the words after the attribution go on
                // the sentence the first piece began, so they are as direct as it is, though they open in lower case.
                if (kind == QuoteKind.Partial && !f.Names && ContinuesSplitSentence(p, span, f.Sentence, findings))
                {
                    kind = QuoteKind.Direct;
                }

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
                    var before = Latest(lastAttributed, reported, span.Open);

                    // 'giving rise to "rent a white face" businesses': a fragment that modifies the noun after it, in a later
                    // sentence and with no cue of its own, is a name for a kind of thing, not more of an earlier statement.
                    if (before != null && before.Sentence.First != f.Sentence.First && !quote.OpensSentence && ModifiesNounAfter(p, span))
                    {
                        before = null;
                    }

                    var opensParagraph = span.OpenToken == 0;
                    var source = before ?? (opensParagraph && previous != null && previous.Speaker != null && previous.Kind != QuoteKind.Term ? previous : null);
                    if (source != null && (before != null || QuoteClassifier.IsContinuationStart(p, span)))
                    {
                        f.Speaker = source.Speaker;
                        f.Attribution = Attribution.Continuation;
                        f.SpeakerStart = source.SpeakerStart;
                        f.SpeakerEnd = source.SpeakerEnd;
                    }
                    else if (before == null && cue == null && introducingSentence.Find(quote) is CueCandidate introduced)
                    {
                        // No cue and nothing to continue: the person the sentence before is about says it.
                        f.Cue = introduced.Cue;
                        SetSpeaker(f, introduced.Cue, span.Open);
                    }
                    else if (!QuoteClassifier.LooksLikeStatement(p, span))
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

            ResolveReported(reported, nextReported, int.MaxValue);
            AttributeUnclosedRuns(p, findings);
            return findings;
        }

        /// <summary>
        /// '"When we did the first HD version, everybody was sun-tanned. "In the HD version the lines showed up," explains Mr
        /// Dean.': a quotation left open at its sentence's end goes on in the next one (the convention that reopens each
        /// sentence or paragraph of one statement), so a cue that comes only with a later piece is the earlier pieces' too.
        /// </summary>
        private static void AttributeUnclosedRuns(ParagraphText p, List<QuoteFinding> findings)
        {
            for (var i = findings.Count - 2; i >= 0; i--)
            {
                var f = findings[i];
                var next = findings[i + 1];
                if (f.Speaker != null || f.Kind != QuoteKind.Direct || !f.Span.Unclosed || next.Speaker == null || next.Kind != QuoteKind.Direct ||
                    !OnlySpaceBetween(p.Source, f.Span.ContentEnd, next.Span.Open))
                {
                    continue;
                }

                f.Speaker = next.Speaker;
                f.Attribution = Attribution.Continuation;
                f.SpeakerStart = next.SpeakerStart;
                f.SpeakerEnd = next.SpeakerEnd;
            }
        }

        private static bool OnlySpaceBetween(string text, int from, int to)
        {
            if (from > to)
            {
                return false;
            }

            for (var i = from; i < to; i++)
            {
                if (!char.IsWhiteSpace(text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Resolves the speakers of the reported statements from index <paramref name="next"/> on that open before
        /// <paramref name="position"/>; returns the index of the first left for later.
        /// </summary>
        private int ResolveReported(IReadOnlyList<QuoteFinding> reported, int next, int position)
        {
            for (; next < reported.Count && reported[next].Span.Open < position; next++)
            {
                var r = reported[next];
                SetSpeaker(r, r.Cue!, r.Span.Open + 1);
            }

            return next;
        }

        /// <summary>
        /// "The company's shares tumbled after it said ...": with no named organisation for "it", the nearest body or document
        /// with "the" before it, in the sentence of the pronoun or the one before; null when there is none.
        /// </summary>
        private Mention? BodyBefore(ParagraphText p, int pronoun, bool sameSentence = false)
        {
            var first = p.Sentences[Math.Max(0, p.SentenceOf(pronoun) - (sameSentence ? 0 : 1))].First;
            for (var t = pronoun - 1; t > first; t--)
            {
                if (!p.IsWord(t) || p.IsCapitalised(t) || p.Tokens[t].Quote >= 0)
                {
                    continue;
                }

                var word = p.IsPossessive(t) ? Possessive.Strip(p.Word(t)) : p.Word(t);
                if (!lexicon.BodyNouns.Contains(word))
                {
                    continue;
                }

                // "the company", "the health committee", "the company's": "the" within a few words before the noun.
                for (var d = t - 1; d >= first && t - d <= MaxBodyModifiers + 1; d--)
                {
                    if (p.WordIs(d, "the") || p.WordIs(d, "The"))
                    {
                        return parser.Make(p, d, t + 1);
                    }

                    if (!p.IsWord(d) || p.IsCapitalised(d) || p.IsPossessive(d))
                    {
                        break;
                    }
                }
            }

            return null;
        }

        /// <summary>Whether the entity's head word is written in the text between two offsets (it was named after the body noun).</summary>
        private static bool NamedBetween(ParagraphText p, Entity entity, int from, int to) =>
            to > from && p.Source.IndexOf(entity.Head, from, to - from, StringComparison.Ordinal) >= 0;

        /// <summary>A fragment right before a lowercase noun it modifies ('"rent a white face" businesses'), not a statement.</summary>
        private bool ModifiesNounAfter(ParagraphText p, QuoteSpan span)
        {
            var next = span.CloseToken + 1;
            return !QuoteClassifier.LooksLikeStatement(p, span) && p.IsWord(next) && !p.IsCapitalised(next) && p.Tokens[next].Quote < 0 &&
                !p.Is(next, WordClass.ClauseWord | WordClass.CueVerb | WordClass.CueModifier | WordClass.TimeWord | WordClass.Determiner | WordClass.IntroPreposition) &&
                !p.IsEdForm(next) && !p.EndsWith(next, "ly");
        }

        /// <summary>The later of the last attributed quote and the last reported statement before a position.</summary>
        private static QuoteFinding? Latest(QuoteFinding? quote, IReadOnlyList<QuoteFinding> reported, int position)
        {
            var best = quote;

            // By index: a foreach over the interface made an enumerator for every continued quote.
            for (var i = 0; i < reported.Count; i++)
            {
                var r = reported[i];
                if (r.Span.Open < position && r.Speaker != null && (best == null || r.Span.Open > best.Span.Open))
                {
                    best = r;
                }
            }

            return best;
        }

        /// <summary>
        /// 'Okafor told the board that the port's lawyer, Tom Reed, "made a strong case," he wrote': "he" reporting after the
        /// quote re-reports the sentence's own reporting clause before it, so it is that clause's named subject (when the
        /// pronoun's gender fits), not the latest subject, which stands inside what is reported.
        /// </summary>
        private Entity? SentenceReporter(QuoteFinding f, Mention pronoun, string lower)
        {
            var p = f.Paragraph;
            if (!resolver.IsGendered(lower) || pronoun.FirstToken <= f.Span.CloseToken || f.Span.OpenToken <= f.Sentence.First ||
                pronoun.FirstToken >= f.Sentence.End)
            {
                return null;
            }

            var reporter = cueRules.Cues.EarlierCueSubject(p, f.Sentence.First, f.Span.OpenToken);
            if (reporter == null || !reporter.IsNamed || reporter.IsPronoun)
            {
                return null;
            }

            var entity = resolver.EntityNamed(reporter);
            return entity != null && resolver.CanStandFor(entity, lower) ? entity : null;
        }

        /// <summary>A cue that goes on from a statement already made ("added", "went on": list continuingCues).</summary>
        private bool IsContinuingCue(CueMatch cue) => cue.Text != null && lexicon.ContinuingCues.Contains(cue.Text);

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
                if (lower == "who")
                {
                    // A relative pronoun is never the speaker's name: without an antecedent the speaker is unknown.
                    f.Speaker = RelativeAntecedent(f.Paragraph, m);
                }
                else
                {
                    var entity = SentenceReporter(f, m, lower);
                    if (entity == null)
                    {
                        entity = resolver.ResolvePronoun(lower, m.Start, f.Paragraph.Index);
                        if (IsContinuingCue(cue))
                        {
                            entity = resolver.ContinuingSpeaker(lower, m.Start, f.Paragraph.Index, entity) ?? entity;
                        }
                        else if (entity != null && f.Kind == QuoteKind.Indirect && m.Start >= f.Span.ContentEnd &&
                            resolver.NamedWithin(entity, f.Span.Open, f.Span.ContentEnd))
                        {
                            // "Hollis had no previous convictions, he said": a writer who meant the clause's own Hollis would have
                            // written "Hollis said"; the pronoun after it is whoever spoke last.
                            entity = resolver.ContinuingSpeaker(lower, m.Start, f.Paragraph.Index, null) ?? entity;
                        }

                        // "Shares in the firm fell 5% after it warned": a body named by a common noun earlier in the pronoun's own
                        // sentence is nearer than an organisation named in an earlier one.
                        if (lower == "it" && entity != null && BodyBefore(f.Paragraph, m.FirstToken, sameSentence: true) is Mention near && !NamedBetween(f.Paragraph, entity, near.Start, m.Start))
                        {
                            entity = null;
                        }
                    }

                    if (entity != null)
                    {
                        resolver.LearnGender(entity, lower);
                    }

                    resolver.NoteLastSpeaker(entity, f.Paragraph.Index, f.SentenceEnd);

                    f.Speaker = entity == null ? null : entity.AsSpeaker(entity.Title);
                    if (f.Speaker == null && lower == "it" && BodyBefore(f.Paragraph, m.FirstToken) is Mention body)
                    {
                        var resolved = resolver.Resolve(body, body.Start);
                        f.Speaker = new ResolvedSpeaker(Possessive.Strip(resolved.Name), resolved.Type, resolved.Title);
                    }

                    if (f.Speaker == null && lower != "i" && lower != "we")
                    {
                        f.Speaker = new ResolvedSpeaker(m.Text, SpeakerType.Unknown, null);
                    }
                }
            }
            else if (cue.AsWritten)
            {
                f.Speaker = new ResolvedSpeaker(m.Text, SpeakerType.Unknown, null);
                f.Attribution = Attribution.Explicit;
            }
            else
            {
                f.Speaker = resolver.Resolve(m, Math.Min(m.Start, position));

                // "The company said": with no body of that name, the body that spoke last ("Unilever").
                if (f.Speaker.Type == SpeakerType.Unknown && !m.IsNamed &&
                    (resolver.CompanyDescribed(m, f.Paragraph.Index) ?? resolver.PublicationDescribed(m, f.Paragraph.Index)) is Entity company)
                {
                    // "According to the Financial Times ... the paper said": so does a publication's noun, for the one named last.
                    f.Speaker = company.AsSpeaker(company.Title);
                }

                f.Attribution = m.IsNamed ? Attribution.Explicit : Attribution.Nominal;

                // "the 34-year-old", "the Scot": when no title the article gave names the person, the description stands for
                // the person named before; a nationality in capitals ("the 29-year-old Swede") is no name of its own.
                if ((f.Speaker.Type == SpeakerType.Unknown || m.IsNamed) && resolver.EpithetOf(f.Paragraph, m, f.Paragraph.Index) is Entity described)
                {
                    f.Speaker = described.AsSpeaker(described.Title);
                    resolver.NoteDescribed(described, m.Start, f.Paragraph.Index);
                    resolver.NoteLastSpeaker(described, f.Paragraph.Index, f.SentenceEnd);
                }
                else
                {
                    // An unnamed speaker ("a spokesman for the union") is the last one too: "he added" then goes by the rules of
                    // role speakers, not back to the person named before.
                    resolver.NoteLastSpeaker(m.IsNamed ? resolver.EntityNamed(m) : null, f.Paragraph.Index, f.SentenceEnd);

                    resolver.NoteSpeaker(m);
                    resolver.NotePluralSpeaker(m, f.Speaker.Name, f.Paragraph.Index, f.SentenceEnd);
                    resolver.NoteRoleSpeaker(m, f.Speaker, f.Paragraph.Index);
                }
            }

            if (cue.Addressee != null && cue.Addressee.IsNamed)
            {
                f.Addressee = resolver.Resolve(cue.Addressee, cue.Addressee.Start).Name;
            }

            f.Via = ViaAfter(f, cue);
        }

        /// <summary>
        /// "..., the judge said, according to the Post.": after a speaker's own cue, "according to" (or another via phrase) names
        /// the outlet the words came through, not a second speaker. Read from the cue to the end of its sentence, stopping at a
        /// quote mark; when "according to" is itself the cue, its source is the speaker and there is no via.
        /// </summary>
        private string? ViaAfter(QuoteFinding f, CueMatch cue)
        {
            var p = f.Paragraph;
            var speaker = cue.Speaker!;
            if (f.Speaker == null || cue.TextStartsWithIgnoringCase("according") || lexicon.ViaPhrases.Count == 0)
            {
                return null;
            }

            var from = Math.Max(cue.End, speaker.EndToken);
            if (cue.Addressee != null)
            {
                from = Math.Max(from, cue.Addressee.EndToken);
            }

            var end = Math.Min(f.Sentence.End, from + CueFinder.ScanWindow);
            for (var t = from; t < end; t++)
            {
                // 'Okafor said the board would "look at it," according to the Ledger': the quote's own words lie between its
                // cue and the via; any other quote mark ends the search.
                if (t == f.Span.OpenToken && f.Span.CloseToken > t)
                {
                    t = f.Span.CloseToken;
                    continue;
                }

                var kind = p.Tokens[t].Kind;
                if (kind == TokenKind.OpenQuote || kind == TokenKind.CloseQuote)
                {
                    return null;
                }

                foreach (var phrase in lexicon.ViaPhrases)
                {
                    if (!Matches(p, t, end, phrase))
                    {
                        continue;
                    }

                    var source = parser.SourceAfter(p, t + phrase.Length, end);
                    return source == null || source.IsPronoun ? null : resolver.Resolve(source, source.Start).Name;
                }
            }

            return null;
        }

        // The phrase must leave room before the sentence's end for the source it introduces.
        private static bool Matches(ParagraphText p, int t, int end, string[] phrase) => t + phrase.Length < end && p.PhraseIs(t, phrase);

        /// <summary>
        /// "raised the issue with his German counterpart, who had promised": a role with its determiner right before the
        /// <paramref name="comma"/>, whatever stands before the determiner.
        /// </summary>
        private Mention? RoleBeforeComma(ParagraphText p, int comma)
        {
            var head = comma - 1;
            if (!p.IsWord(head) || p.IsCapitalised(head) || !p.Is(head, WordClass.TitleWord))
            {
                return null;
            }

            for (var t = head - 1; t >= 0 && head - t <= MaxRoleWordsBeforeComma; t--)
            {
                if (!p.IsWord(t))
                {
                    return null;
                }

                if (p.Is(t, WordClass.Determiner) || MentionParser.IsPossessiveDeterminer(p, t))
                {
                    return parser.Make(p, t, comma);
                }

                // Between the determiner and the role only its modifiers stand: titles, nationalities, lowercase adjectives.
                if (p.Is(t, WordClass.PostModifierPreposition | WordClass.IntroPreposition | WordClass.CueVerb) || (p.IsCapitalised(t) && !p.Is(t, WordClass.Demonym)))
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>
        /// The capitalised words ending at <paramref name="end"/> follow a preposition ("from President Barack Obama"): the
        /// subject reading would step back over it to the noun it modifies.
        /// </summary>
        private static bool NameAfterPreposition(ParagraphText p, int end)
        {
            var first = CapitalisedRunStart(p, end);
            return first > 0 && p.IsWord(first - 1) && !p.IsCapitalised(first - 1) && p.Is(first - 1, WordClass.IntroPreposition | WordClass.PostModifierPreposition);
        }

        /// <summary>The first of the capitalised words that end at <paramref name="end"/>, at most an antecedent's length back.</summary>
        private static int CapitalisedRunStart(ParagraphText p, int end)
        {
            var first = end;
            while (first > 0 && end - first < MaxAntecedentTokens && p.IsWord(first - 1) && p.IsCapitalised(first - 1))
            {
                first--;
            }

            return first;
        }

        /// <summary>
        /// "Smith, who said ...": the relative pronoun stands for the name before the comma; "a campaign surrogate who said ...":
        /// a restrictive clause (no comma) modifies the noun phrase right before it, named or not.
        /// </summary>
        private ResolvedSpeaker? RelativeAntecedent(ParagraphText p, Mention who)
        {
            var k = who.FirstToken - 1;
            var restrictive = !p.IsPunct(k, ',');

            // "Imelda Staunton, 49, who told": an age set off by commas stands between the name and "who".
            if (!restrictive && k >= 3 && MentionParser.IsAge(p, k - 1) && p.IsPunct(k - 2, ',') && p.IsWord(k - 3) && p.IsCapitalised(k - 3))
            {
                k -= 2;
            }

            // "this tweet from Rikkie Wells who tweeted": a name is never restricted, so right before "who" it is the antecedent
            // (a person's, not a place's: "a professor at the University of California at Berkeley who"). So is a name right
            // before the comma, whatever the phrase it ends: "a damning reaction from President Barack Obama, who called".
            var nameEnd = restrictive ? k : k - 1;
            if (nameEnd >= 0 && p.IsWord(nameEnd) && p.IsCapitalised(nameEnd) && !p.Is(nameEnd, WordClass.NotName) &&
                (restrictive || NameAfterPreposition(p, nameEnd)))
            {
                k = nameEnd;
                var first = k;
                while (first > 0 && who.FirstToken - first < MaxAntecedentTokens && p.IsCapitalised(first - 1) && !p.Is(first - 1, WordClass.NotName))
                {
                    first--;
                }

                var name = parser.Make(p, first, k + 1);
                var named = name.IsNamed ? resolver.Resolve(name, name.Start) : null;

                // "Sen. Marco Rubio of Florida, who mused": a place after "of" or "from" says where the person before it is from.
                if (named != null && named.Type == SpeakerType.Place && !restrictive && first >= 2 && p.IsWord(first - 1) &&
                    (p.WordIs(first - 1, "of") || p.WordIs(first - 1, "from")) && p.IsWord(first - 2) && p.IsCapitalised(first - 2))
                {
                    var personEnd = first - 2;
                    var person = parser.Make(p, CapitalisedRunStart(p, personEnd), personEnd + 1);
                    named = person.IsNamed ? resolver.Resolve(person, person.Start) : null;
                }

                return named == null || named.Type == SpeakerType.Place ? null : named;
            }

            if (restrictive)
            {
                k = who.FirstToken;
            }

            // "with his lawyer, who": a role right before the comma is the antecedent, where a subject reading steps back over
            // the preposition to "the issue".
            var m = (restrictive ? null : RoleBeforeComma(p, k)) ?? parser.SubjectBefore(p, k, Math.Max(0, k - MaxAntecedentTokens));
            if (m == null || m.IsPronoun)
            {
                return null;
            }

            // "Katelynn Lamoreaux, a Penn State freshman, who said": the description is in apposition to the name before it.
            if (!restrictive && !m.IsNamed && p.IsPunct(m.FirstToken - 1, ',') && p.IsCapitalised(m.FirstToken - 2))
            {
                var described = parser.SubjectBefore(p, m.FirstToken - 1, Math.Max(0, m.FirstToken - 1 - MaxAntecedentTokens));
                if (described != null && described.IsNamed)
                {
                    return resolver.Resolve(described, described.Start);
                }
            }

            // "the Mexican president, who said": after a comma the antecedent is a name or a role, not any noun.
            if (!restrictive && !m.IsNamed && !p.Is(m.EndToken - 1, WordClass.TitleWord))
            {
                return null;
            }

            return resolver.Resolve(m, m.Start);
        }
    }
}
