using System;
using System.Collections.Generic;
using System.Linq;
using NewsTools.Text;

namespace NewsTools.Quotes
{
    /// <summary>A reporting expression found in a paragraph, with the speaker phrase that goes with it.</summary>
    internal sealed class CueMatch
    {
        public int First { get; set; }

        public int End { get; set; }

        /// <summary>The cue as written. A cue read from a paragraph is cut from its text only when asked (see <see cref="Over"/>): most cues a rule tries are let go.</summary>
        public string Text
        {
            get => text ??= source.Substring(start, length);
            set => text = value;
        }

        /// <summary><see cref="Text"/>, cut (when it was not yet) through an article's word strings: "said" is one string an article, not one a quote.</summary>
        public string TextThrough(WordStrings strings) => text ??= strings.Cut(source, start, length);

        public Mention? Speaker { get; set; }

        public Mention? Addressee { get; set; }

        /// <summary>The speaker is the phrase as written (a headline naming a story), never resolved to a name it holds.</summary>
        public bool AsWritten { get; set; }

        private string? text = "";

        // Where Text is in the article's text when it was not given: source[start, start + length).
        private string source = "";
        private int start;
        private int length;

        /// <summary>As <c>Text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)</c>, read in place when the text is not cut yet.</summary>
        public bool TextStartsWithIgnoringCase(string prefix) =>
            text != null ? text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) :
            length >= prefix.Length && string.Compare(source, start, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0;

        /// <summary>A cue over tokens [first, end) of the paragraph, its text cut from the paragraph's text when first asked.</summary>
        public static CueMatch Over(ParagraphText p, int first, int end)
        {
            var start = p.Tokens[first].Start;
            return new CueMatch { First = first, End = end, text = null, source = p.Source, start = start, length = p.Tokens[end - 1].End - start };
        }
    }

    /// <summary>
    /// Reads cues and their speakers in a paragraph's tokens: a cue verb or phrase at a token (<see cref="MatchCue"/>), the
    /// subject, inverted subject or addressee that goes with it (<see cref="WithSubject"/>), the nearest cue in a stretch
    /// (<see cref="LastCue"/>). The attribution rules in <c>AttributionRules/</c> are written with these; <c>CueRules</c> orders them.
    /// </summary>
    internal sealed class CueFinder
    {
        // Bounds that keep every search local, so the work per quote is constant and a whole article is linear.
        public const int ScanWindow = 60;

        // "said during a Friday evening rally in Michigan that": the words between a reporting verb and its "that".
        private const int MaxAdjunctTokens = 10;

        // How many stretches of a sentence (parts between its quotes) on either side of a quote are searched for its cue.
        public const int NearbySegments = 3;

        // A verb before a colon introduces the quote only when it stands within this many tokens of the colon ("Kasich resisted:").
        private const int MaxColonVerbTokens = 10;
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

        public CueLexicon Lexicon => lexicon;

        public MentionParser Parser => parser;

        public SpeakerResolver Resolver => resolver;

        /// <summary>
        /// The nearest cue before a quote, unless it sits in the reported clause of an earlier cue
        /// ("The senator said he rarely asks ... 'quote'": the senator is the one quoted).
        /// </summary>
        public CueMatch? LastCue(ParagraphText p, (int First, int End) s, (int First, int End) sentence)
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

            // "Win Htein said Tuesday that according to its analysis, ...": "according to" opens the reported clause as its
            // subject would, so the cue that reports the clause is read before it too.
            while (found?.Speaker != null && (found.Speaker.FirstToken < found.First || IsAccordingTo(p, found)))
            {
                var clauseStart = Math.Min(found.Speaker.FirstToken, found.First);
                CueMatch? outer = null;
                for (var u = clauseStart - 1; u >= s.First && outer == null && clauseStart - u <= ScanWindow; u--)
                {
                    var cue = MatchCue(p, u, s.End);
                    if (cue == null || !WithSubject(p, cue, s.First, s.End, sentence))
                    {
                        continue;
                    }

                    var next = SkipAdjunct(p, cue.Addressee?.EndToken ?? cue.End, clauseStart);
                    if (p.IsWord(next) && p.WordIs(next, "that"))
                    {
                        next++;
                    }

                    if (next == clauseStart)
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

        /// <summary>
        /// Past the time words or the one prepositional phrase between a reporting verb and its "that" ("said Tuesday that", "said
        /// during a rally in Michigan that"): the token after them, or <paramref name="t"/> when no "that" ends them before the clause.
        /// </summary>
        private int SkipAdjunct(ParagraphText p, int t, int clauseStart)
        {
            var k = t;
            if (p.IsWord(k) && p.Is(k, WordClass.IntroPreposition) && !p.WordIs(k, "that"))
            {
                // A prepositional phrase: plain words, no quote, comma or other cue.
                k++;
                while (k < clauseStart - 1 && k - t < MaxAdjunctTokens && p.IsWord(k) && p.Tokens[k].Quote < 0 && !p.WordIs(k, "that") && MatchCueEnd(p, k, clauseStart) < 0)
                {
                    k++;
                }
            }
            else
            {
                while (k < clauseStart - 1 && p.Is(k, WordClass.TimeWord) && !p.WordIs(k, "that"))
                {
                    k++;
                }
            }

            return p.IsWord(k) && p.WordIs(k, "that") && k + 1 == clauseStart ? k : t;
        }

        /// <summary>"feel free to "..." or whatever you want to call it": outside quotes "you" is the reader or anyone, no speaker.</summary>
        internal static bool IsReader(Mention m) => m.IsPronoun && string.Equals(m.Text, "you", StringComparison.OrdinalIgnoreCase);

        private static bool IsOwnerPronoun(ParagraphText p, int t) =>
            p.IsWord(t) && (p.WordIsIgnoringCase(t, "his") || p.WordIsIgnoringCase(t, "her") || p.WordIsIgnoringCase(t, "their") || p.WordIsIgnoringCase(t, "its"));

        private static bool IsAccordingTo(ParagraphText p, CueMatch cue) => p.IsWord(cue.First) && p.WordIsIgnoringCase(cue.First, "according");

        /// <summary>"the announcement, which some have argued was ...": a cue inside a relative clause reports someone else's view.</summary>
        private static bool InRelativeClause(ParagraphText p, CueMatch cue)
        {
            var k = cue.Speaker!.FirstToken - 1;
            return !cue.Speaker.IsPronoun && p.IsWord(k) && (p.WordIs(k, "which") || p.WordIs(k, "whom"));
        }

        /// <summary>'Kasich resisted: "..."': before a colon that introduces a quote, any verb with a named, pronoun or document subject is the cue.</summary>
        public CueMatch? ColonCue(ParagraphText p, (int First, int End) s)
        {
            if (!p.IsPunct(s.End - 1, ':'))
            {
                return null;
            }

            for (var t = s.End - 2; t >= s.First && s.End - t < MaxColonVerbTokens; t--)
            {
                // An article or possessive opens the verb's object, and a role noun ends one ("gave the Texan a compliment:",
                // "gave the Ohio senator a compliment:"); neither is the verb.
                if (!p.IsWord(t) || p.IsCapitalised(t) || p.Is(t, WordClass.ClauseWord | WordClass.Determiner | WordClass.TitleWord) ||
                    MentionParser.IsPossessiveDeterminer(p, t))
                {
                    continue;
                }

                var subject = parser.SubjectBefore(p, t, s.First);
                if (subject != null && IsDocumentHeading(p, subject, t, s))
                {
                    // "Partial transcript as follows:", "Full statement below:": the phrase names the document whose text follows.
                    var document = Cue(p, t, t + 1);
                    document.Speaker = parser.Make(p, s.First, t + 1);
                    document.AsWritten = true;
                    return document;
                }

                if (subject != null && subject.EndToken <= t && (subject.IsPronoun || subject.IsNamed || IsDocumentVerb(p, subject, t)))
                {
                    // "Axelrod said ... that she has learned her lesson:": a verb inside a reported clause is what the reporter
                    // says of its subject; the quote after the colon is the reporter's, whose cue comes earlier.
                    if (p.IsWord(subject.FirstToken - 1) && p.WordIs(subject.FirstToken - 1, "that"))
                    {
                        return null;
                    }

                    var cue = Cue(p, t, t + 1);
                    cue.Speaker = subject;
                    return cue;
                }
            }

            return null;
        }

        /// <summary>
        /// "The letter makes a simple case:", "Hoff's letter argued:": a document speaks as a person does, through a finite verb
        /// (a present or past form) right after it; a guessed verb further on ("a message from her policy adviser") is none.
        /// </summary>
        private static bool IsDocumentVerb(ParagraphText p, Mention subject, int verb) =>
            subject.EndToken == verb && p.Is(verb - 1, WordClass.SourceNoun) && (p.EndsWith(verb, "s") || p.IsEdForm(verb));

        /// <summary>
        /// "Partial transcript as follows:", "Full statement below:": a document noun right after the capitalised word that opens
        /// the sentence heads a noun phrase, with that word its modifier; the noun is no verb whose subject the word would be.
        /// A verb form ("Lawson statements", "Pyne reports") stays a name and its verb.
        /// </summary>
        private static bool IsDocumentHeading(ParagraphText p, Mention subject, int t, (int First, int End) s) =>
            subject.IsNamed && subject.FirstToken == s.First && subject.EndToken == t && t == s.First + 1 && !p.IsCapitalised(t) &&
            p.Is(t, WordClass.SourceNoun) && !p.EndsWith(t, "s") && !p.IsEdForm(t);

        public static bool ClosedSentence(ParagraphText p, QuoteSpan span) => QuoteClassifier.EndsSentence(p.Source, span.ContentStart, span.ContentEnd);

        /// <summary>A colon at token t: right after a cue, it hands the cue to what follows ('Lehmann said: "..."').</summary>
        public static bool IsColonAt(ParagraphText p, int t) => t < p.Tokens.Count && p.IsPunct(t, ':');

        /// <summary>A reported clause starts here: "that", a subject pronoun, a determiner or a name, before the stretch ends.</summary>
        public bool OpensClause(ParagraphText p, int k, int end)
        {
            if (k >= end || !p.IsWord(k))
            {
                return false;
            }

            var w = p.Word(k);
            return w == "that" || parser.IsPronounWord(w) || lexicon.Determiners.Contains(w) || (p.IsCapitalised(k) && !lexicon.TimeWords.Contains(w) && !lexicon.NotNames.Contains(w));
        }

        /// <summary>Finds the cue's speaker (and addressee): subject before it, inverted after it, or the clause's subject for "adding"/"but went on to say".</summary>
        public bool WithSubject(ParagraphText p, CueMatch cue, int segFirst, int segEnd, (int First, int End) sentence)
        {
            var isAccording = cue.TextStartsWithIgnoringCase("according");
            if (isAccording)
            {
                cue.Speaker = parser.SourceAfter(p, cue.End, segEnd);
                return cue.Speaker != null;
            }

            var verb = p.Word(cue.First);

            // "Blumenthal was asked": in the passive the subject is the one spoken to, not the speaker; the speaker is the agent
            // after "by", when there is one ("Sanders was asked by host Bill Maher, ...").
            if (IsPassive(p, cue.First))
            {
                cue.Speaker = PassiveAgent(p, cue, segEnd);
                return cue.Speaker != null && !CannotSpeak(p, cue.Speaker, cue);
            }

            var participle = verb.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
            var infinitive = p.IsWord(cue.First - 1) && p.WordIs(cue.First - 1, "to");

            // "comparing differences across state lines", "in a note to staff": after an article or a preposition the word is a
            // noun; no verb reports anything there.
            if (!participle && cue.End - cue.First == 1 && p.IsWord(cue.First - 1) && lexicon.NounOpeners.Contains(p.Word(cue.First - 1)))
            {
                return false;
            }
            if (!participle && !infinitive)
            {
                cue.Speaker = FiniteSubject(p, cue, segFirst);
            }
            else if (participle && IsOwnerPronoun(p, cue.First - 1))
            {
                // "his warning that ...", "their saying so": after a possessive the -ing form is a noun, the act of its owner.
                cue.Speaker = Mention.OfWord(p, cue.First - 1, isPronoun: true);
            }
            else if (participle && NameBeforeParticiple(p, cue.First, segFirst) is int name && !IsDayOrMonthAlone(p, name))
            {
                // "with Donald Trump tweeting that ...", "Carson privately saying ...": a name right before the participle (or
                // before the adverbs that modify it) is its subject.
                cue.Speaker = parser.SubjectBefore(p, name + 1, segFirst);
            }
            else if (participle && IsOwnedDocument(p, cue.First - 1, segFirst))
            {
                // "after the Gazette's editorial telling him to ...", "read out the council's statement saying ...": the participle
                // modifies the owned document right before it, which says the words; the clause's subject only handles it.
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

                cue.Speaker = cue.Speaker == null ? null : NameInApposition(p, cue.Speaker, segEnd);
            }

            // "adding ...", "but went on to say ...", "declined to say": the subject is the clause's, usually that of the cue before.
            if (cue.Speaker == null && (participle || infinitive || FollowsConjunction(p, cue.First)))
            {
                cue.Speaker = (participle || infinitive ? null : ConjoinedVerbSubject(p, sentence.First, cue.First)) ??
                    EarlierCueSubject(p, sentence.First, cue.First) ?? ClauseSubject(p, sentence.First, cue.First);

            }

            if (cue.Speaker == null || CannotSpeak(p, cue.Speaker, cue) || !Fits(p, cue, cue.Speaker) || StandsForQuote(p, cue.Speaker))
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

        /// <summary>
        /// The capitalised word right before a participle cue, past lowercase adverbs that may stand between a subject and its
        /// verb ("Carson privately saying", "Trump again tweeting"); null when the word there is not capitalised.
        /// </summary>
        private int? NameBeforeParticiple(ParagraphText p, int participle, int segFirst)
        {
            var k = participle - 1;
            // Adverbs only: an auxiliary ("are calling", "is saying") makes a finite verb of the participle, whose subject the
            // finite rules read.
            while (k > segFirst && p.IsWord(k) && !p.IsCapitalised(k) && p.Is(k, WordClass.CueModifier) && !p.Is(k, WordClass.ClauseWord))
            {
                k--;
            }

            return p.IsCapitalised(k) ? k : (int?)null;
        }

        /// <summary>
        /// The subject before a finite cue; a cue that is also a noun ("a sympathetic tweet") needs a name, a pronoun, a plural
        /// or a document ("the editorial read", "the letter states").
        /// </summary>
        private Mention? FiniteSubject(ParagraphText p, CueMatch cue, int lo)
        {
            var subject = parser.SubjectBefore(p, cue.First, lo);
            if (subject == null || subject.IsPronoun || cue.End - cue.First != 1 || !p.Is(cue.First, WordClass.NounCue))
            {
                return subject;
            }

            // "told analysts on a conference call": the noun of a compound, whatever stands before its phrase.
            if (MentionParser.IsCompoundNounCue(p, cue.First))
            {
                return null;
            }

            if (!subject.IsNamed && !subject.Core.EndsWith("s", StringComparison.Ordinal) && !p.Is(subject.EndToken - 1, WordClass.SourceNoun))
            {
                return null;
            }

            // "Republican claims of breakthroughs", "reports of fraud": a verb cue never takes "of"; the word is the noun.
            return (p.IsWord(cue.End) && p.WordIs(cue.End, "of")) || IsAttributiveName(p, subject) ? null : subject;
        }

        /// <summary>
        /// "a Donald Trump tweet", "a Trump-style retort", "a Washington Post report": a proper name takes no indefinite article,
        /// so after one it modifies the lowercase noun that follows, and the phrase cut before that noun names no speaker (unless
        /// the noun is a document the name owns: "said an FA statement").
        /// </summary>
        private static bool IsAttributiveName(ParagraphText p, Mention m) =>
            m.IsNamed && (p.WordIs(m.FirstToken, "a") || p.WordIs(m.FirstToken, "an") || p.WordIs(m.FirstToken, "A") || p.WordIs(m.FirstToken, "An")) &&
            p.IsCapitalised(m.FirstToken + 1) && p.IsWord(m.EndToken) && !p.IsCapitalised(m.EndToken);

        /// <summary>Whether the subject may go with the cue: a document's verb ("finds", "shows") needs a document or its author.</summary>
        public static bool Fits(ParagraphText p, CueMatch cue, Mention subject) => !IsDocumentCue(p, cue) || SpeaksForDocument(p, subject);

        /// <summary>
        /// '"...," said a spokeswoman for the hotel group, Jennifer Ross.': a role with an article, then a name set off by a
        /// comma that closes the attribution, names the speaker; the role only describes her.
        /// </summary>
        private Mention NameInApposition(ParagraphText p, Mention role, int end)
        {
            // ("said its operations director, Phil Jones": a possessive opens the role as an article does.)
            if (role.IsPronoun || !(p.Is(role.FirstToken, WordClass.Determiner) || MentionParser.IsPossessiveDeterminer(p, role.FirstToken)) || !HasRoleWord(p, role))
            {
                return role;
            }

            // The role's own phrase may run on in lowercase ("a spokeswoman for Trump hotels") to the comma.
            var comma = role.EndToken;
            while (comma < end && comma - role.EndToken < MaxRoleTail && p.IsWord(comma) && !p.IsCapitalised(comma) && !p.Is(comma, WordClass.ClauseWord | WordClass.CueStart))
            {
                comma++;
            }

            if (!p.IsPunct(comma, ',') || !p.IsCapitalised(comma + 1))
            {
                return role;
            }

            var name = parser.PhraseAfter(p, comma + 1, end);
            if (name == null || !name.IsNamed || !(name.EndToken >= end || p.IsPunct(name.EndToken, ',') || p.IsPunct(name.EndToken, '.')))
            {
                return role;
            }

            var type = resolver.Resolve(name, name.Start).Type;
            return type == SpeakerType.Place || type == SpeakerType.Organization ? role : name;
        }

        // "a spokeswoman for Trump hotels": lowercase words that may end the role's phrase before the comma.
        private const int MaxRoleTail = 3;

        private static bool HasRoleWord(ParagraphText p, Mention m)
        {
            for (var t = m.FirstToken; t < m.EndToken; t++)
            {
                if (p.Is(t, WordClass.TitleWord) && !p.IsCapitalised(t))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"finds", "shows": a verb that reports only for a document (and is not also a cue verb of its own).</summary>
        private static bool IsDocumentCue(ParagraphText p, CueMatch cue) =>
            cue.End - cue.First == 1 && p.Is(cue.First, WordClass.DocumentCueVerb) && !p.Is(cue.First, WordClass.CueVerb);

        // "down" of "played down", "up" of "stepped up", "off" of "shrugged off": a particle after a verb in -ed.
        private static bool IsVerbParticle(ParagraphText p, int t) =>
            p.IsWord(t) && (p.WordIs(t, "down") || p.WordIs(t, "up") || p.WordIs(t, "off")) && p.IsWord(t - 1) && !p.IsCapitalised(t - 1) && p.IsEdForm(t - 1);

        /// <summary>
        /// "the Marist survey": a document itself; "a study by the Urban Institute", "a poll conducted by Gallup": its author,
        /// after "by" behind a document noun (and the participle that may stand between them).
        /// </summary>
        private static bool SpeaksForDocument(ParagraphText p, Mention subject)
        {
            if (MentionParser.IsDocumentNoun(p, subject.EndToken - 1))
            {
                return true;
            }

            var by = subject.FirstToken - 1;
            if (!p.IsWord(by) || !p.WordIsIgnoringCase(by, "by"))
            {
                return false;
            }

            var k = by - 1;
            if (p.Is(k, WordClass.SourceParticiple))
            {
                k--;
            }

            return MentionParser.IsDocumentNoun(p, k);
        }

        /// <summary>"the streets", "protests", "the emotional impact": a common noun phrase whose head cannot speak is no speaker.</summary>
        // The head of a phrase, named or not, is a noun that speaks for no one ("Shares of Veritas", "Sales").
        private bool HeadCannotSpeak(ParagraphText p, Mention m) =>
            HeadToken(p, m) is var head && p.IsWord(head) && lexicon.NonSpeakerNouns.Contains(p.Word(head));

        private bool CannotSpeak(ParagraphText p, Mention m, CueMatch cue) =>
            IsReader(m) || (!m.IsNamed && !m.IsPronoun && HeadToken(p, m) is var head && p.IsWord(head) && lexicon.NonSpeakerNouns.Contains(p.Word(head))) ||
            (IsAttributiveName(p, m) && m.EndToken != cue.First && !p.Is(m.EndToken, WordClass.SourceNoun));

        /// <summary>
        /// The head noun of a common noun phrase: the word before its first preposition of a modifier ("Critics of the measure",
        /// "A spokeswoman for Downing Street"), else its last word.
        /// </summary>
        private static int HeadToken(ParagraphText p, Mention m)
        {
            for (var t = m.FirstToken + 1; t < m.EndToken - 1; t++)
            {
                if (p.IsWord(t) && p.Is(t, WordClass.PostModifierPreposition))
                {
                    return t - 1;
                }
            }

            return m.EndToken - 1;
        }

        /// <summary>
        /// 'appointing a "chief trade prosecutor" who reports to the president': a relative pronoun right after a quote stands for
        /// the quoted noun phrase, a term; it is no one's voice. Not after a comma inside the marks ('a contestant on "The
        /// Apprentice," who went on to ...'): a clause set off by a comma is about the person named before.
        /// </summary>
        private static bool StandsForQuote(ParagraphText p, Mention m)
        {
            if (!m.IsPronoun || m.FirstToken == 0 || p.Tokens[m.FirstToken - 1].Kind != TokenKind.CloseQuote || !string.Equals(m.Text, "who", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var mark = p.Tokens[m.FirstToken - 1].Start;
            return mark == 0 || p.Source[mark - 1] != ',';
        }

        public static bool IsPassive(ParagraphText p, int cue)
        {
            var k = cue - 1;
            while (p.IsWord(k) && (p.EndsWith(k, "ly") || p.WordIs(k, "not") || p.WordIs(k, "also")))
            {
                k--;
            }

            if (!p.IsWord(k))
            {
                return false;
            }

            // Compared in place: this is asked of every cue.
            // "It's predicted that ...": "it's" and "that's" are "it is" and "that is" before a participle.
            return (p.LowerIs(k, "was") || p.LowerIs(k, "were") || p.LowerIs(k, "been") || p.LowerIs(k, "being") || p.LowerIs(k, "is") || p.LowerIs(k, "are") ||
                    p.LowerIs(k, "be") || p.LowerIs(k, "get") || p.LowerIs(k, "got") ||
                    (p.HasApostrophe(k) && (p.LowerIs(k, "it's") || p.LowerIs(k, "it’s") || p.LowerIs(k, "that's") || p.LowerIs(k, "that’s")))) &&
                (p.EndsWithIgnoringCase(cue, "ed") || p.LowerIs(cue, "told"));
        }

        /// <summary>
        /// The speaker of a cue that reports a clause without quote marks, read as <see cref="WithSubject"/> reads a quote's: the
        /// subject before the cue; for a cue joined to an earlier verb ("sympathised with Tottenham and said"), or a participle
        /// that opens a clause after a comma ("threw out the charges on Thursday, saying"), the subject of the sentence's
        /// clause. Null when there is none, or when it cannot speak ("Sales fell, suggesting ...").
        /// </summary>
        public Mention? ReportingSubject(ParagraphText p, int cue, (int First, int End) sentence)
        {
            Mention? subject;
            if (p.EndsWithIgnoringCase(cue, "ing"))
            {
                // The participle's subject is that of the verb it follows ("BMW said, adding"), or of the clause; in the passive
                // ("The bill was backed by some firms, saying") that subject is not the one who speaks.
                subject = p.IsPunct(cue - 1, ',') && !HasPassive(p, sentence.First, cue) ? EarlierCueSubject(p, sentence.First, cue) ?? ClauseSubject(p, sentence.First, cue) :
                    QuotedAsSubject(p, cue, sentence.First);

                // "Shares fell 12% after the chipmaker forecast revenue below estimates, saying ...": when the clause's subject
                // cannot speak, the participle is that of the adverbial clause the comma closes.
                if (subject != null && !subject.IsPronoun && HeadCannotSpeak(p, subject) && p.IsPunct(cue - 1, ','))
                {
                    subject = AdverbialClauseSubject(p, sentence.First, cue) ?? subject;
                }
            }
            else
            {
                // Verbs joined by a conjunction share the clause's subject; a cue inside an opening clause ("At the moment
                // Sanders announced ..., Mook ... told") or a participle's phrase ("vented about Sanders vowing ... and said") is
                // another clause's, so it is asked last.
                // "It was announced last July that ...", "Mr Hale was told that ...": in the passive the subject is no speaker,
                // and without an agent after "by" the clause has none. A participle of feeling is no passive ("Ministers were
                // worried that ...": list feelingParticiples).
                if (IsPassive(p, cue) && !lexicon.FeelingParticiples.Contains(p.Word(cue)))
                {
                    return PassiveAgent(p, CueMatch.Over(p, cue, cue + 1), sentence.End);
                }

                subject = parser.SubjectBefore(p, cue, sentence.First);
                if (subject == null && FollowsConjunction(p, cue))
                {
                    subject = ConjoinedVerbSubject(p, sentence.First, cue) ?? ClauseSubject(p, sentence.First, cue) ?? EarlierCueSubject(p, sentence.First, cue);
                }
            }

            return subject == null || StandsForQuote(p, subject) || CannotSpeak(p, subject, CueMatch.Over(p, cue, cue + 1)) ? null : subject;
        }

        // "was quoted by the Reuters news agency as saying": the words at most between the passive verb and "as".
        private const int MaxWordsQuotedAs = 6;

        /// <summary>
        /// "Hardy was quoted by Reuters as saying the deal was off", "She was reported as saying": the speaker of a saying
        /// participle after "as" is the subject of the passive "quoted" or "reported" before it (the medium after "by" only
        /// carried the words). Null when the participle follows no such verb.
        /// </summary>
        private Mention? QuotedAsSubject(ParagraphText p, int cue, int first)
        {
            if (cue < 3 || !p.IsWord(cue - 1) || !p.WordIs(cue - 1, "as"))
            {
                return null;
            }

            for (var v = cue - 2; v > first && cue - v <= MaxWordsQuotedAs + 1 && p.IsWord(v); v--)
            {
                if (!(p.WordIs(v, "quoted") || p.WordIs(v, "reported") || p.WordIs(v, "cited")))
                {
                    continue;
                }

                // The passive's subject was quoted; in the active ("a report had quoted an executive at Euronext as saying") the
                // object was.
                return IsBeForm(p, v - 1) ? parser.SubjectBefore(p, v, first) : parser.PhraseAfter(p, v + 1, cue - 1);
            }

            return null;
        }

        /// <summary>A form of "be" ("was", "is", "been").</summary>
        internal static bool IsBeForm(ParagraphText p, int t) =>
            p.IsWord(t) && (p.WordIs(t, "was") || p.WordIs(t, "were") || p.WordIs(t, "is") || p.WordIs(t, "are") || p.WordIs(t, "been") || p.WordIs(t, "be"));

        /// <summary>
        /// Whether the cue is joined to an earlier verb of the same subject: after "and", "but" or "then" ("said ... and
        /// added"), or a saying participle after a comma ("..., saying"); <paramref name="joint"/> is where the join begins
        /// (the comma before the conjunction, if any, or the conjunction), -1 when it is not joined.
        /// </summary>
        public bool IsJoinedCue(ParagraphText p, int cue, out int joint)
        {
            joint = -1;
            if (p.EndsWithIgnoringCase(cue, "ing"))
            {
                if (p.Is(cue, WordClass.BareClauseCue) && p.IsPunct(cue - 1, ','))
                {
                    joint = cue - 1;
                }

                return joint >= 0;
            }

            var k = ConjunctionBefore(p, cue, thenJoins: true);
            if (k < 0)
            {
                return false;
            }

            joint = p.IsPunct(k - 1, ',') ? k - 1 : k;
            return true;
        }

        /// <summary>Whether a passive verb ("was backed", "were told") stands in [<paramref name="first"/>, <paramref name="end"/>).</summary>
        private static bool HasPassive(ParagraphText p, int first, int end)
        {
            for (var t = first + 1; t < end; t++)
            {
                if (p.IsWord(t) && IsPassive(p, t))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The subject of the nearest finite cue earlier in the sentence ("Hollande said Tuesday, noting ...").</summary>
        internal Mention? EarlierCueSubject(ParagraphText p, int first, int cue)
        {
            for (var t = cue - 1; t >= first && cue - t <= ScanWindow; t--)
            {
                if (p.Tokens[t].Quote >= 0 || !p.IsWord(t))
                {
                    continue;
                }

                var match = MatchCue(p, t, cue);
                if (match == null || (p.IsWord(t - 1) && p.WordIs(t - 1, "to")) || IsPassive(p, t))
                {
                    continue;
                }

                var isParticiple = p.EndsWithIgnoringCase(t, "ing");
                if (isParticiple && !p.IsCapitalised(t - 1))
                {
                    continue;
                }

                var subject = isParticiple ? parser.SubjectBefore(p, match.First, first) : FiniteSubject(p, match, first);
                if (subject != null && !Fits(p, match, subject))
                {
                    // "they found the letter troubling": a document's verb with a person's subject reports nothing.
                    continue;
                }

                if (subject != null && StandsForQuote(p, subject))
                {
                    continue;
                }

                if (subject != null && (subject.IsNamed || subject.IsPronoun || subject.Title != null))
                {
                    return subject;
                }
            }

            return null;
        }

        /// <summary>A lowercase document noun with an owner's possessive right before it ("the council's statement"), in the stretch.</summary>
        private static bool IsOwnedDocument(ParagraphText p, int noun, int segFirst) =>
            noun - 1 >= segFirst && MentionParser.IsDocumentNoun(p, noun) && p.IsWord(noun - 1) &&
            p.IsPossessive(noun - 1);

        public static int FirstWordAfterComma(ParagraphText p, int segFirst)
        {
            var t = segFirst;
            while (t < p.Tokens.Count && p.Tokens[t].Kind == TokenKind.Punct)
            {
                t++;
            }

            return t;
        }

        /// <summary>
        /// "The town released a statement Wednesday saying", "a series of tweets early Friday saying": a weekday or month with no
        /// capitalised word before it is a time phrase's, not a name that could be the participle's subject ("Theresa May saying"
        /// keeps hers); the participle then takes the clause's subject.
        /// </summary>
        private static bool IsDayOrMonthAlone(ParagraphText p, int t) =>
            p.Is(t, WordClass.TimeWord) && !(p.IsWord(t - 1) && p.IsCapitalised(t - 1));

        /// <summary>
        /// "Hours later,", "A few days later Trump ...", "Two weeks ago, ...": a phrase and the time words after it are an adverbial
        /// when the phrase ends on a time noun, or a comma or a new subject follows the time words; "Okafor later referred" and
        /// "Voters in Ohio rejected" have their subject first.
        /// </summary>
        private bool IsTimeAdverbial(ParagraphText p, Mention phrase, int cue)
        {
            if (p.Is(phrase.EndToken - 1, WordClass.TimeWord))
            {
                return true;
            }

            // "Republicans on Capitol Hill seized on ...", "Okafor on Monday attacked ...", "the senator from Ohio": after a
            // name or a role, a preposition opens the phrase's modifier or the clause's time phrase; the phrase is the subject.
            // (Not after a common noun: "The firm closed the book on Friday", "The email went on" run past their verb.)
            var last = phrase.EndToken - 1;
            if (p.Is(phrase.EndToken, WordClass.PostModifierPreposition) && (p.IsCapitalised(last) || p.Is(last, WordClass.TitleWord | WordClass.OrganizationWord)))
            {
                return false;
            }

            // Only an adverb that may stand between a subject and its verb ("later", "earlier", "then") leaves the phrase the
            // subject; a time noun after it still opens an adverbial, as before.
            if (!p.Is(phrase.EndToken, WordClass.CueModifier))
            {
                return true;
            }

            var t = phrase.EndToken;
            while (t < cue && p.IsWord(t) && p.Is(t, WordClass.TimeWord))
            {
                t++;
            }

            // A comma or a new subject after the time words ("A few days later Okafor ...", "Hours later she ...").
            return p.IsPunct(t, ',') || p.IsCapitalised(t) || (p.IsWord(t) && parser.IsPronounWord(p, t));
        }

        /// <summary>
        /// "when my mother mentioned the devil, I laughed and said, "..."": a cue after "and" shares the subject of the verb right
        /// before the conjunction, when that verb has a named or pronoun subject of its own; null otherwise.
        /// </summary>
        private Mention? ConjoinedVerbSubject(ParagraphText p, int first, int cue)
        {
            var k = cue - 1;
            while (k > first && p.IsWord(k) && p.Is(k, WordClass.CueModifier))
            {
                k--;
            }

            var verb = k - 1;
            if (!p.IsWord(k) || !(p.WordIs(k, "and") || p.WordIs(k, "but")) || verb <= first)
            {
                return null;
            }

            if (IsFiniteVerb(p, verb))
            {
                // "the folks whom Trump had captivated and declared": a subject after a relative or a subordinator is its own clause's.
                var subject = parser.SubjectBefore(p, verb, first);
                return subject != null && (subject.IsPronoun || subject.IsNamed) && !p.Is(subject.FirstToken - 1, WordClass.ClauseWord) ? subject : null;
            }

            // "after the supplier reported a sharp drop in profits and warned that ...": the verb before the conjunction has its
            // object between; the joined verbs share that verb's subject, inside the clause an adverbial subordinator opens
            // ("after", "because"), but not inside a relative clause.
            var earlier = VerbBeforeObject(p, verb, first);
            if (earlier < 0)
            {
                return null;
            }

            var shared = parser.SubjectBefore(p, earlier, first);
            var before = shared == null ? -1 : shared.FirstToken - 1;
            // Not inside a relative clause, and not after a verb, whose object the phrase then is ("shows the two men's faces
            // superimposed on winged pigs and says").
            var inner = before >= first && p.IsWord(before) && (lexicon.RelativeWords.Contains(p.Word(before)) || IsFiniteVerb(p, before)
                || p.Is(before, WordClass.CueVerb | WordClass.DocumentCueVerb) || p.EndsWith(before, "ing") || (p.EndsWith(before, "s") && !p.IsCapitalised(before) && !p.Is(before, WordClass.ClauseWord)));
            return shared != null && !inner ? shared : null;
        }

        /// <summary>
        /// "Shares fell 12% after the chipmaker forecast revenue below estimates, saying ...": a participle after the comma that
        /// closes an adverbial clause is that clause's subject's, which the main clause's ("Shares") only frames; null when no
        /// such clause with a verb and its object ends at the comma.
        /// </summary>
        private Mention? AdverbialClauseSubject(ParagraphText p, int first, int participle)
        {
            var comma = participle - 1;
            if (!p.IsPunct(comma, ','))
            {
                return null;
            }

            // Back to the subordinator, past words only: another comma or a quotation closes the stretch.
            for (var t = comma - 1; t > first && comma - t <= MaxAdverbialClauseWords; t--)
            {
                if (!p.IsWord(t) || p.Tokens[t].Quote >= 0)
                {
                    return null;
                }

                if (!p.IsCapitalised(t) && lexicon.AdverbialSubordinators.Contains(p.Word(t)))
                {
                    // The clause's subject, with its predicate after it before the comma.
                    var subject = parser.PhraseAfter(p, t + 1, comma);
                    if (subject != null && subject.EndToken < comma - 1)
                    {
                        return subject;
                    }

                    // "after the chipmaker forecast revenue below estimates": a verb the lists do not know ("forecast") lets the
                    // phrase run through the clause; a determiner and one lowercase noun then open the clause as its subject.
                    return p.Is(t + 1, WordClass.Determiner) && p.IsWord(t + 2) && !p.IsCapitalised(t + 2) && t + 3 < comma && p.IsWord(t + 3)
                        ? parser.Make(p, t + 1, t + 3) : null;
                }
            }

            return null;
        }

        // The most words from an adverbial clause's subordinator to the comma that closes it.
        private const int MaxAdverbialClauseWords = 20;

        // The most words of an object between a verb and the conjunction that joins the next verb to it.
        private const int MaxJoinedObjectWords = 8;

        private static bool IsFiniteVerb(ParagraphText p, int t) =>
            p.IsWord(t) && !p.IsCapitalised(t) && AttributionRules.ReportedSentence.IsVerbForm(p, t, WordClass.ClauseVerb | WordClass.CueVerb);

        /// <summary>
        /// The verb whose object ends at <paramref name="end"/>: the nearest verb form to the left within a few words, with no
        /// comma, quote or clause word between; -1 when there is none.
        /// </summary>
        private int VerbBeforeObject(ParagraphText p, int end, int first)
        {
            for (var t = end; t > first && end - t < MaxJoinedObjectWords; t--)
            {
                if (!p.IsWord(t) || p.Tokens[t].Quote >= 0)
                {
                    return -1;
                }

                // Not after a determiner or a preposition, where a form in -ed is an adjective ("on winged pigs"); an auxiliary may
                // stand before the verb ("has reported").
                if (t < end && IsFiniteVerb(p, t) && !p.Is(t - 1, WordClass.Determiner) && !MentionParser.IsPossessiveDeterminer(p, t - 1)
                    && !(p.Is(t - 1, WordClass.ClauseWord) && !lexicon.Auxiliaries.Contains(p.Word(t - 1))))
                {
                    return t;
                }

                if (p.Is(t, WordClass.ClauseWord) && !p.Is(t, WordClass.Determiner) && !p.LowerIs(t, "in") && !p.LowerIs(t, "of"))
                {
                    return -1;
                }
            }

            return -1;
        }

        /// <summary>
        /// The first word after the subject that opens at <paramref name="t"/> that reads as a verb ("The pair spent four days",
        /// "Regulators warned", "the money raised at the dinner"), an auxiliary or an adverb before one ("Rail workers will
        /// strike", "The firm also said"), or <paramref name="cue"/>: a subject ends before its clause's
        /// verb, and a participle after its noun opens a modifier the noun heads. The first noun stands at <paramref name="t"/>,
        /// or after a determiner or possessive there; a cue that is also a noun ("the IMF report") does not end it.
        /// </summary>
        private int VerbAfterSubject(ParagraphText p, int t, int cue)
        {
            // "Many believe the figure is ...": a determiner before a verb stands alone as the subject.
            if (p.IsLowerIn(t, WordClass.Determiner, lexicon.Determiners) && p.IsWord(t + 1) && !p.IsCapitalised(t + 1) &&
                (p.Is(t + 1, WordClass.ClauseVerb) || (p.Is(t + 1, WordClass.CueVerb) && !p.Is(t + 1, WordClass.NounCue))))
            {
                return t + 1;
            }

            var k = p.Is(t, WordClass.Determiner) || MentionParser.IsPossessiveDeterminer(p, t) ? t + 2 : t + 1;
            for (; k < cue; k++)
            {
                if (p.IsWord(k) && !p.IsCapitalised(k) && p.Tokens[k].Quote < 0 &&
                    (AttributionRules.ReportedSentence.IsVerbForm(p, k, WordClass.ClauseVerb | WordClass.CueModifier) || (p.Is(k, WordClass.CueVerb) && !p.Is(k, WordClass.NounCue))))
                {
                    return k;
                }
            }

            return cue;
        }

        /// <summary>
        /// A number joined by a hyphen to a word ("76-year-old", "3-time"); not a score or a range ("2-1", "10-12"), which
        /// modifies no name.
        /// </summary>
        private static bool IsNumberWordCompound(string w)
        {
            var hyphen = w.IndexOf('-');
            return w.Length > 0 && char.IsDigit(w[0]) && hyphen > 0 && hyphen + 1 < w.Length && char.IsLetter(w[hyphen + 1]);
        }

        private bool FollowsConjunction(ParagraphText p, int cue) => ConjunctionBefore(p, cue, thenJoins: false) >= 0;

        /// <summary>
        /// The "and", "but" or "then" before a cue, past the adverbs and auxiliaries between them ("and also said"), or -1.
        /// With <paramref name="thenJoins"/> a "then" is the join itself rather than one of those adverbs.
        /// </summary>
        private static int ConjunctionBefore(ParagraphText p, int cue, bool thenJoins)
        {
            var k = cue - 1;
            while (k >= 0 && p.IsWord(k) && p.Is(k, WordClass.CueModifier) && !(thenJoins && p.WordIs(k, "then")))
            {
                k--;
            }

            return p.IsWord(k) && (p.WordIs(k, "and") || p.WordIs(k, "but") || p.WordIs(k, "then")) ? k : -1;
        }

        /// <summary>The subject that opens the clause holding a cue: the first name, pronoun or noun phrase of the sentence outside quotes.</summary>
        /// <summary>
        /// "Asked if he would appeal, Wenger shrugged", "Pressed on the cost, she said": a past participle in capitals with a
        /// preposition or a clause word after it opens a phrase, no name ("United have won" is a name and a verb).
        /// </summary>
        private static bool IsOpeningPastParticiple(ParagraphText p, int t) =>
            p.IsEdForm(t) && p.IsWord(t + 1) && !p.IsCapitalised(t + 1) && p.Is(t + 1, WordClass.IntroPreposition | WordClass.ClauseWord);

        public Mention? ClauseSubject(ParagraphText p, int first, int cue)
        {
            // "FRANKFURT (Reuters) - The bank ...": the dateline names no subject.
            var t = AttributionRules.ReportedSentence.AfterDateline(p, first, cue);

            // Skip an introductory phrase ending in a comma ("In remarks at ..., Kono praised", "Even as his path narrows, Trump ...").
            // ("Asked" is among the words that are never names: the participle's phrase is read past below, not word by word.)
            while (t < cue && p.IsCapitalised(t) && p.Is(t, WordClass.NotName) && !IsOpeningPastParticiple(p, t) && !p.Is(t, WordClass.IntroPreposition | WordClass.Determiner) && !parser.IsPronounWord(p, t) &&
                   !MentionParser.IsPossessiveDeterminer(p, t))
            {
                t++;
            }

            // An opening adverb or participle ("Apparently,", "Speaking to reporters,"), but not a name that ends like one ("Carly Fiorina").
            if (p.IsWord(t) && (p.Is(t, WordClass.IntroPreposition) || (p.IsCapitalised(t) ? MentionParser.IsCapitalisedAdverbOrParticiple(p, t) || IsOpeningPastParticiple(p, t) :
                p.EndsWith(t, "ly") || p.EndsWith(t, "ing"))))
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

                // "His chief aide doubled down ..., saying": a possessive opens the subject like an article; so does a number
                // compound before a name or noun ("76-year-old Ada Okafor backed ..., saying").
                if ((p.IsCapitalised(t) && !lexicon.NotNames.Contains(w)) || lexicon.Determiners.Contains(w) || MentionParser.IsPossessiveDeterminer(p, t) ||
                    IsNumberWordCompound(w))
                {
                    var phrase = parser.PhraseAfter(p, t, VerbAfterSubject(p, t, cue));

                    // "Hours later, she ...": a phrase followed by a time word is an adverbial, not the subject; but a name or
                    // role before an adverb of time is the subject it modifies ("Okafor later referred to ... and said").
                    if (phrase != null && p.IsWord(phrase.EndToken) && p.Is(phrase.EndToken, WordClass.TimeWord) && IsTimeAdverbial(p, phrase, cue))
                    {
                        // "A few days later, Trump ...": past every time word of the adverbial.
                        t = phrase.EndToken;
                        while (t + 1 < cue && p.IsWord(t + 1) && p.Is(t + 1, WordClass.TimeWord))
                        {
                            t++;
                        }

                        continue;
                    }

                    if (phrase != null && Possessive.Is(p.Word(phrase.EndToken - 1)))
                    {
                        t = phrase.EndToken - 1;
                        continue;
                    }

                    // "Labour's shadow education secretary, Owen Price, called the climbdown ... and said": a name set off by
                    // commas right after a role names the subject, as it does read back from a cue.
                    if (phrase != null && !phrase.IsPronoun && !phrase.IsNamed && NameInCommasAfter(p, phrase.EndToken, cue) is Mention named)
                    {
                        return named;
                    }

                    // "A group of 40 scientists published a letter and urged ...": read forward, the phrase stops at "of";
                    // a collective noun's members speak with it, as the subject read back from a cue has them.
                    return phrase == null || phrase.IsPronoun ? phrase : parser.WithMembers(p, phrase, cue);
                }

                // "And then Trump went on the attack, saying": an adverb right before the subject's name opens the clause.
                if (p.IsCapitalised(t) || (lexicon.CueModifiers.Contains(w) && p.IsCapitalised(t + 1)))
                {
                    continue;
                }

                return null;
            }

            return null;
        }

        /// <summary>
        /// ", Owen Price," at <paramref name="comma"/>: capitalised words only, closed by a second comma before the cue, as a
        /// name (a person's, by the name rules' reading); null otherwise.
        /// </summary>
        private Mention? NameInCommasAfter(ParagraphText p, int comma, int cue)
        {
            if (!p.IsPunct(comma, ',') || !p.IsCapitalised(comma + 1))
            {
                return null;
            }

            var end = comma + 1;
            while (end < cue && p.IsWord(end) && p.IsCapitalised(end))
            {
                end++;
            }

            if (end >= cue || !p.IsPunct(end, ',') || end - comma - 1 < 2)
            {
                return null;
            }

            var name = parser.Make(p, comma + 1, end);
            return name.IsNamed ? name : null;
        }

        /// <summary>
        /// The agent of a passive cue that is said to someone ("was asked by host Bill Maher", "were told by officials"); null
        /// for other verbs, whose agent is not the speaker ("was quoted by the Post as saying" is still the subject's).
        /// </summary>
        private Mention? PassiveAgent(ParagraphText p, CueMatch cue, int segEnd)
        {
            if (cue.End - cue.First != 1 || !IsAddressingCue(p.Word(cue.First)) || cue.End + 1 >= segEnd || !p.IsWord(cue.End) || !p.WordIs(cue.End, "by"))
            {
                return null;
            }

            var agent = parser.PhraseAfter(p, cue.End + 1, segEnd);
            return agent == null || agent.IsPronoun ? null : NameInApposition(p, agent, segEnd);
        }

        private static bool IsAddressingCue(string verb)
        {
            var v = verb.ToLowerInvariant();
            return v.StartsWith("tell", StringComparison.Ordinal) || v == "told" || v.StartsWith("assur", StringComparison.Ordinal) || v.StartsWith("warn", StringComparison.Ordinal) ||
                v.StartsWith("urg", StringComparison.Ordinal) || v.StartsWith("ask", StringComparison.Ordinal) || v.StartsWith("thank", StringComparison.Ordinal);
        }

        /// <summary>"Having said that, ...", "Having said this, ...": a connective that reports nothing.</summary>
        private static bool IsConnectiveSaid(ParagraphText p, int t) =>
            t > 0 && p.WordIs(t, "said") && p.IsWord(t - 1) && p.WordIsIgnoringCase(t - 1, "having") &&
            p.IsWord(t + 1) && (p.WordIs(t + 1, "that") || p.WordIs(t + 1, "this")) && p.IsPunct(t + 2, ',');

        /// <summary>A cue phrase or verb starting at token t.</summary>
        public CueMatch? MatchCue(ParagraphText p, int t, int end)
        {
            var cueEnd = MatchCueEnd(p, t, end);
            return cueEnd < 0 ? null : Cue(p, t, cueEnd);
        }

        /// <summary>
        /// Where the cue phrase or verb starting at token t ends (the token after it), or -1 for none: <see cref="MatchCue"/>
        /// without making the match, for the callers that test a cue's place before they keep one (most cues they read are let go).
        /// </summary>
        public int MatchCueEnd(ParagraphText p, int t, int end)
        {
            // Every cue starts with a cue start word (cue verbs and first words of cue phrases among them).
            if (!p.Is(t, WordClass.CueStart) || IsConnectiveSaid(p, t))
            {
                return -1;
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
                    ok = p.IsWord(t + k) && p.WordIsIgnoringCase(t + k, phrase[k]);
                }

                // "once the Senate goes on recess": "went on" speaks only where its clause ends or a clause word follows ("went on to").
                if (ok && !(p.IsWord(t + phrase.Length) && !p.Is(t + phrase.Length, WordClass.ClauseWord) && lexicon.ClauseFinalCuePhrases.Contains(phrase)))
                {
                    return t + phrase.Length;
                }
            }

            if (p.Is(t, WordClass.CueVerb) || (p.Is(t, WordClass.DocumentCueVerb) && DocumentBefore(p, t)))
            {
                // "Rubio will continue to be": "continue" speaks only where its clause ends or "that" follows.
                if (p.Is(t, WordClass.ClauseFinalCueVerb) && p.IsWord(t + 1) && !p.WordIs(t + 1, "that"))
                {
                    return -1;
                }

                // "they had written, ...": an irregular participle reports in the perfect only; "the song was written by" and
                // "a track written for his album" are no cues. (Asked of words ending "en" only: no other cue verb does.)
                if (p.EndsWith(t, "en") && lexicon.PerfectCueParticiples.Contains(p.Word(t)) && !AfterPerfectAuxiliary(p, t))
                {
                    return -1;
                }

                // "despite claims to the contrary", "has played down reports that": a cue that is also a noun, after an article, a
                // preposition (list nounOpeners) or a verb's particle, is that noun, no cue ("walked out says" keeps its verb).
                if (p.Is(t, WordClass.NounCue) && t > 0 && p.IsWord(t - 1) && (lexicon.NounOpeners.Contains(p.Word(t - 1)) || IsVerbParticle(p, t - 1)))
                {
                    return -1;
                }

                return !p.IsCapitalised(t) || InTitleCase(p, t) ? t + 1 : -1;
            }

            return -1;
        }

        /// <summary>"had written", "has long written", "have not written": "has", "have" or "had" before the participle, past adverbs.</summary>
        private static bool AfterPerfectAuxiliary(ParagraphText p, int t)
        {
            var k = t - 1;
            while (p.IsWord(k) && (p.EndsWith(k, "ly") || p.WordIs(k, "not") || p.WordIs(k, "also") || p.WordIs(k, "never")))
            {
                k--;
            }

            return p.IsWord(k) && (p.LowerIs(k, "has") || p.LowerIs(k, "have") || p.LowerIs(k, "had"));
        }

        // "A survey conducted last month by PC Pro Magazine has revealed": a document's verb follows its noun within this many tokens.
        private const int MaxDocumentToVerb = 10;

        /// <summary>
        /// Whether a document noun stands shortly before a document's verb: without one the verb cannot be a cue ("Rangers
        /// found"), and the check is cheap enough to spare the subject parse for the many "found" and "shows" that report nothing.
        /// </summary>
        private static bool DocumentBefore(ParagraphText p, int verb)
        {
            for (var k = verb - 1; k >= 0 && verb - k <= MaxDocumentToVerb; k--)
            {
                if (p.Is(k, WordClass.SourceNoun))
                {
                    return true;
                }
            }

            return false;
        }

        // A headline in title case has at least this many long words, all capitalised.
        private const int MinTitleCaseWords = 3;

        /// <summary>
        /// "Clinton Says She Will 'Fight On'": in a title-case headline every verb is capitalised, so a capitalised cue verb is
        /// a cue only when every word of four letters or more in its sentence is capitalised (elsewhere "Said" is a name).
        /// </summary>
        private static bool InTitleCase(ParagraphText p, int t)
        {
            foreach (var s in p.Sentences)
            {
                if (t < s.First || t >= s.End)
                {
                    continue;
                }

                var words = 0;
                for (var k = s.First; k < s.End; k++)
                {
                    if (p.IsWord(k) && p.Word(k).Length >= 4)
                    {
                        if (!p.IsCapitalised(k))
                        {
                            return false;
                        }

                        words++;
                    }
                }

                return words >= MinTitleCaseWords;
            }

            return false;
        }

        private static CueMatch Cue(ParagraphText p, int first, int end) => CueMatch.Over(p, first, end);

    }
}
