using System;
using System.Collections.Generic;
using System.Linq;
using NewsTools.Quotes.AttributionRules;
using NewsTools.Text;

namespace NewsTools.Quotes
{
    /// <summary>A person, organisation or place the article names, under its fullest name.</summary>
    internal sealed class Entity
    {
        public Entity(string name, SpeakerType type)
        {
            Name = name;
            Type = type;
        }

        /// <summary>This entity made afresh (as a new Entity of that name and type), for the table that recycles its entities between articles.</summary>
        internal Entity Renew(string name, SpeakerType type, string? country = null)
        {
            Name = name;
            Type = type;
            Country = country;
            Affiliation = null;
            Gender = null;
            Age = 0;
            HasSpoken = false;
            titles?.Clear();
            if (words != null)
            {
                // The array is kept for the next name of as many words, emptied so that it holds none of this article's strings.
                Array.Clear(words, 0, words.Length);
                spareWords = words;
                words = null;
            }

            head = null;
            speaker = null;
            return this;
        }

        /// <summary>
        /// The entity as a resolved speaker with <paramref name="title"/>: the one made last while name, type and title are the
        /// same, as a speaker quoted again is resolved again (a resolved speaker is never changed, so one object serves both).
        /// </summary>
        internal ResolvedSpeaker AsSpeaker(string? title)
        {
            var made = speaker;
            if (made == null || !ReferenceEquals(made.Name, Name) || made.Type != Type || !ReferenceEquals(made.Title, title))
            {
                speaker = made = new ResolvedSpeaker(Name, Type, title);
            }

            return made;
        }

        // The resolved speaker AsSpeaker made last.
        private ResolvedSpeaker? speaker;

        /// <summary>The age the article gave the person ("Reid, 30,", "34-year-old Graham Stuart"); 0 when none.</summary>
        public int Age { get; set; }

        /// <summary>The noun a nominal refers back with: "Ministry" in "Chinese Foreign Ministry" and in "Ministry of Transport".</summary>
        public string Head => head ??= SpeakerResolver.HeadWord(Name, Strings);

        public string Name { get; private set; }

        /// <summary>The name's words (split at each space), cut when first asked: most entities are never asked.</summary>
        public string[] Words
        {
            get
            {
                if (words == null)
                {
                    words = SplitName(Name, Strings, spareWords);
                    spareWords = null;
                }

                return words;
            }
        }

        /// <summary>The article's word strings, through which the name's words are cut (the text's own words were mostly cut already).</summary>
        internal WordStrings? Strings { get; set; }

        public SpeakerType Type { get; set; }

        /// <summary>The latest title the article gave the entity.</summary>
        public string? Title => Titles.Count == 0 ? null : Titles[Titles.Count - 1];

        /// <summary>Every title or role the article gave the entity ("counterpart", "Foreign Minister").</summary>
        public IReadOnlyList<string> Titles => titles ?? (IReadOnlyList<string>)Array.Empty<string>();

        public string? Country { get; set; }

        /// <summary>The names in capitals the article set before the entity's lowercase titles ("Manchester United" manager), joined by spaces.</summary>
        public string? Affiliation { get; private set; }

        /// <summary>Adds the words of an affiliation the text gave the entity (a person may be "Chelsea manager" and "former Porto coach").</summary>
        public void AddAffiliation(string? affiliation)
        {
            if (affiliation == null || (Affiliation != null && MentionParser.AffiliationHolds(Affiliation, affiliation)))
            {
                return;
            }

            Affiliation = Affiliation == null ? affiliation : Affiliation + " " + affiliation;
        }

        /// <summary>'M' or 'F' when a title ("Ms.", "spokesman") or an earlier pronoun told; otherwise unknown.</summary>
        public char? Gender { get; set; }

        /// <summary>Named at a cue as a speaker: a one-word name of unknown kind ("Trump said") is then a person for "he".</summary>
        public bool HasSpoken { get; set; }

        public void AddTitle(string? title)
        {
            if (string.IsNullOrWhiteSpace(title))
            {
                return;
            }

            // A loop, not Enumerable.Contains, whose enumerator was garbage for every title given.
            if (titles != null)
            {
                foreach (var known in titles)
                {
                    if (string.Equals(known, title, StringComparison.OrdinalIgnoreCase))
                    {
                        return;
                    }
                }
            }

            (titles ??= new List<string>()).Add(title!);
        }

        public override string ToString() => Name;

        /// <summary>
        /// As <c>name.Split(' ')</c> (empty words included), each word through <paramref name="strings"/> when given, into
        /// <paramref name="reuse"/> when it has room for exactly that many words.
        /// </summary>
        internal static string[] SplitName(string name, WordStrings? strings, string[]? reuse = null)
        {
            var count = 1;
            foreach (var c in name)
            {
                count += c == ' ' ? 1 : 0;
            }

            var result = reuse != null && reuse.Length == count ? reuse : new string[count];
            if (count == 1)
            {
                result[0] = name;
                return result;
            }

            var start = 0;
            for (var w = 0; w < count; w++)
            {
                var end = w == count - 1 ? name.Length : name.IndexOf(' ', start);
                result[w] = WordStrings.Cut(strings, name, start, end - start);
                start = end + 1;
            }

            return result;
        }

        // Most entities never get a title: the list is made at the first.
        private List<string>? titles;

        private string[]? words;

        // The words array of the entity's previous name (emptied), reused when the new name has as many words.
        private string[]? spareWords;

        private string? head;
    }

    /// <summary>One place the article names an entity (a value in the resolver's list: no object per name).</summary>
    internal readonly struct EntityMention
    {
        public EntityMention(Entity entity, int start, int paragraph, bool subject, bool afterPreposition = false)
        {
            Entity = entity;
            Start = start;
            Paragraph = paragraph;
            Subject = subject;
            AfterPreposition = afterPreposition;
        }

        public Entity Entity { get; }

        public int Start { get; }

        public int Paragraph { get; }

        /// <summary>The name opens its clause (sentence start, after an introductory comma or a conjunction), as subjects do.</summary>
        public bool Subject { get; }

        /// <summary>A preposition stands right before the name or its titles ("coached by Woodward"): it is the preposition's object.</summary>
        public bool AfterPreposition { get; }
    }

    /// <summary>What a speaker mention resolved to.</summary>
    internal sealed class ResolvedSpeaker
    {
        public ResolvedSpeaker(string name, SpeakerType type, string? title)
        {
            Name = name;
            Type = type;
            Title = title;
        }

        public string Name { get; }

        public SpeakerType Type { get; }

        public string? Title { get; }
    }

    /// <summary>
    /// Knows every name in the article in reading order and resolves speaker mentions the way an editor reads them:
    /// a surname to the full name seen earlier ("Wang" -> "Wang Yi"), a role ("the foreign minister") to the latest person
    /// holding it, "the ministry" to the latest ministry, "he" to the latest person who was a subject, a capital to its country.
    /// </summary>
    internal sealed class SpeakerResolver
    {
        // A pronoun refers back at most this many paragraphs; further back, news names the person again.
        private const int PronounReachParagraphs = 4;

        // "They" reaches back to a plural people phrase that spoke in its own paragraph or the one before.
        private const int PluralSpeakerReachParagraphs = 1;

        // "he" reaches back to an unnamed role speaker ("a spokesman said") in its own paragraph or the one before.
        private const int RoleSpeakerReachParagraphs = 1;

        // Plural speakers read back for one "they": more than a paragraph or two of news ever notes.
        private const int MaxPluralSpeakersBack = 16;

        // "Chinese foreign minister Wang": the lowercase title and nationality words read before a name.
        private const int MaxLowercaseTitleWords = 5;

        // "..., and then the minister Wang said": the lowercase words between a clause opener and a name in subject position.
        private const int MaxWordsBeforeSubject = 5;

        // A bracketed aside after a subject's name ("(D-Calif.)", "(pictured)", "(right)") is this short.
        private const int MaxAsideTokens = 8;

        // "ISM", "LSE": an acronym has two capitals or more ("A" alone is a word).
        private const int MinAcronymLetters = 2;

        // Resolution looks back over a bounded number of names, so each lookup costs constant time.
        private const int MaxMentionsBack = 400;

        // Paragraphs waiting for their names to be registered: at most this many are held before they are registered anyway.
        private const int MaxUnregistered = 64;

        // The paragraphs given to Register whose names are not yet registered, in reading order (see Register).
        private readonly List<ParagraphText> unregistered = new List<ParagraphText>();
        private readonly CueLexicon lexicon;
        private readonly MentionParser parser;
        private readonly List<EntityMention> mentions = new List<EntityMention>();

        // Plural people phrases that spoke ("analysts said", "the MPs warned"), in the order they were noted: "they" may stand for one.
        private readonly List<(Entity Group, int Start, int Paragraph, int StatementEnd)> pluralSpeakers = new List<(Entity, int, int, int)>();

        // The latest unnamed person who spoke ("a spokesman for the union said"), with where and in which paragraph: "he" or
        // "she" after it stands for that person unless someone is named later. Its gender is its title's when that tells one.
        private (Entity Person, int Start, int Paragraph) roleSpeaker = (null!, -1, -1);

        // The speaker of the latest statement, its paragraph and where its sentence ends: "he added" goes on from them.
        private (Entity? Speaker, int Paragraph, int SentenceEnd) lastSpeaker = (null, -1, -1);

        // The latest named speaker that is no person or place (a company, a club, a party), and its paragraph: see CompanyDescribed.
        private (Entity? Body, int Paragraph) lastBodySpeaker = (null, -1);

        // "the company" reaches the body that spoke this many paragraphs back at most.
        private const int CompanyReachParagraphs = 4;

        // The mention Register renews for each name run.
        private Mention? scratch;

        // The name runs of the paragraph being registered (refilled for each).
        private readonly List<(int First, int End)> runs = new List<(int First, int End)>();
        // The entity registered for the name that starts at an offset, with where that name ends and whether it ends in a
        // possessive: a cue's longer phrase that goes on past the possessive ("Deutsche Bank's Simon Champion" over the
        // registered "Deutsche Bank's") names someone else.
        private readonly Dictionary<int, (Entity Entity, int End, bool Possessive)> byOffset = new Dictionary<int, (Entity, int, bool)>();
        private readonly EntityTable entities;

        // The article's word strings, through which a name's head word is cut (see HeadWord).
        private readonly WordStrings? strings;
        private readonly NameRules nameRules;
        private readonly SpeakerRules speakerRules;

        /// <param name="strings">The article's word strings, through which entities cut the words of their names (none: each cuts its own).</param>
        public SpeakerResolver(CueLexicon lexicon, MentionParser parser, WordStrings? strings = null)
        {
            this.lexicon = lexicon;
            this.parser = parser;
            this.strings = strings;
            entities = new EntityTable(lexicon, strings);
            nameRules = new NameRules(lexicon, entities);
            speakerRules = new SpeakerRules(lexicon, entities, this);
        }

        /// <summary>The names registered so far.</summary>
        public int MentionCount => mentions.Count;

        /// <summary>Forgets every name, ready for the next article (the tables keep their capacity).</summary>
        public void Clear()
        {
            foreach (var p in unregistered)
            {
                p.AwaitsRegistration = false;
            }

            unregistered.Clear();
            mentions.Clear();
            pluralSpeakers.Clear();
            roleSpeaker = (null!, -1, -1);
            lastSpeaker = (null, -1, -1);
            lastBodySpeaker = (null, -1);
            byOffset.Clear();
            entities.Clear();
        }

        /// <summary>
        /// Records the names of a paragraph; call for every paragraph in reading order before resolving in it. The names are
        /// registered when the resolver is next asked anything (every question and every note registers the paragraphs given
        /// so far first, in order), so the answers are those of registering at once; the paragraphs after an article's last
        /// question (one paragraph in six of the BBC corpus) are never read. Until then the paragraph is <see cref="ParagraphText.AwaitsRegistration"/>
        /// and must not be rebuilt.
        /// </summary>
        public void Register(ParagraphText p)
        {
            p.AwaitsRegistration = true;
            unregistered.Add(p);
            if (unregistered.Count >= MaxUnregistered)
            {
                RegisterWaiting();
            }
        }

        /// <summary>Registers the names of the paragraphs waiting, in order: the state every question and note reads.</summary>
        private void RegisterWaiting()
        {
            if (unregistered.Count == 0)
            {
                return;
            }

            for (var i = 0; i < unregistered.Count; i++)
            {
                RegisterNames(unregistered[i]);
                unregistered[i].AwaitsRegistration = false;
            }

            unregistered.Clear();
        }

        private void RegisterNames(ParagraphText p)
        {
            parser.NameRuns(p, runs);
            foreach (var (first, end) in runs)
            {
                // One mention object serves every name: it is read while linked, and only its offsets and entity are kept.
                // (The word before is compared in place first: most names follow no "the" or age, and the list is not asked.)
                if (end - first == 1 && first > 0 && p.IsWord(first - 1) &&
                    (p.WordIsIgnoringCase(first - 1, "the") || (IsAge(p, first - 1) && first > 1 && p.IsWord(first - 2) && p.WordIsIgnoringCase(first - 2, "the"))) &&
                    IsNationalityNoun(p, first))
                {
                    // "The Spaniard believed ...", "the 29-year-old Swede": a description of someone named, no name of its own
                    // (see EpithetOf).
                    continue;
                }

                // "The Archbishop of Canterbury", "the Lord Chief Justice of England": an office named by its title and its "of"
                // phrase is a role, as "the Prime Minister" is; the office holder is registered where the text names them.
                if (IsOffice(p, first, end))
                {
                    continue;
                }

                var m = scratch = parser.Make(p, first, end, scratch);
                if (!m.IsNamed && m.Title != null && IsCapitalisedRole(p, first, end))
                {
                    // "an MEP for the East Midlands", "the Prime Minister": a role in capitals names no one, as "the senator"
                    // does not; a later "he" goes to the person the article named. "the Cardinal" after "Cardinal Cormac
                    // Murphy-O'Connor" is that person, mentioned here.
                    if (first > 0 && p.IsWord(first - 1) && p.WordIsIgnoringCase(first - 1, "the") && LatestTitled(m, m.CoreStart) is Entity titled)
                    {
                        mentions.Add(new EntityMention(titled, m.CoreStart, p.Index, IsSubjectPosition(p, first, end)));
                    }

                    continue;
                }

                var leading = LowercaseTitleBefore(p, first, m);
                var honorific = m.Title;

                // "a research director at analyst Gartner", "editor of culture blogzine Print Culture": after a role and "at" or
                // "of", the lowercase words before a name describe the body the role is held at; they are no person's title.
                var describedBody = honorific == null && !StartsWithGivenName(p, first, end) && IsBodyDescribedAfterRole(p, first);
                if (describedBody)
                {
                    leading = null;
                }

                m.Title ??= leading;
                var entity = Link(m);
                if (entity == null)
                {
                    continue;
                }

                if (describedBody && entity.Type != SpeakerType.Place && entity.Gender == null)
                {
                    entity.Type = SpeakerType.Organization;
                }

                if (entity.Type == SpeakerType.Person)
                {
                    // "Manchester United manager Sir Alex Ferguson": the role before an honorific is the person's too, so that
                    // "the United manager" finds him.
                    if (honorific != null && leading != null)
                    {
                        entities.GiveTitle(entity, leading);
                    }

                    entity.AddAffiliation(m.Affiliation);
                }

                // "the Lib Dem leader", "the Tory chairman": a name between "the" and a lowercase title is what the titled
                // person leads or belongs to; a person's name takes no article, so it is no person "he" could stand for.
                if (entity.Type == SpeakerType.Person && m.Title == null && IsModifierOfTitle(p, first, end))
                {
                    continue;
                }

                if (entity.Type == SpeakerType.Unknown && end - first == 1 && m.Title == null && GenderedNounBefore(p, first) is char gender)
                {
                    // "His daughter, Kirsty, ...", "his wife Ffion": a lone name set beside a noun of one sex is a person of that sex.
                    entity.Type = SpeakerType.Person;
                    entity.Gender ??= gender;
                }

                if (entity.Type == SpeakerType.Unknown && end - first == 1 && m.Title == null && IsBodyByWordsBefore(p, first))
                {
                    // "monitoring firm Netcraft", "managing director of T-Mobile": a lone name after a company noun, or after a role
                    // and "of" or "at", is a body, so a later "he" does not go back to it.
                    entity.Type = SpeakerType.Organization;
                }

                if (entity.Type != SpeakerType.Place && entity.Type != SpeakerType.Organization && HasAmpersand(p, first, end))
                {
                    // "Marsh & McLennan", "Ernst & Young": an ampersand inside a name is a firm's.
                    entity.Type = SpeakerType.Organization;
                }

                if (entity.Type == SpeakerType.Person && m.Title == null && GivenNameGender(entity) == null && IsOwnInitialsAfter(p, first, end))
                {
                    // "The Assistive Mouse Adapter (AMA)", "the British Phonographic Industry (BPI)": a name given its own
                    // initials in brackets is a body's or a thing's, not a person "he" could stand for.
                    entity.Type = SpeakerType.Organization;
                }

                if (entity.Age == 0 && StatedAge(p, first, end) is int age)
                {
                    entity.Age = age;
                }

                byOffset[m.CoreStart] = (entity, m.End, p.IsPossessive(end - 1));
                mentions.Add(new EntityMention(entity, m.CoreStart, p.Index, IsSubjectPosition(p, first, end), IsPrepositionBefore(p, m.FirstToken - 1, 0)));
            }
        }

        private static bool HasAmpersand(ParagraphText p, int first, int end)
        {
            for (var t = first + 1; t < end - 1; t++)
            {
                if (p.IsPunct(t, '&'))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The name run [first, end) stands between "the" and a lowercase title word of one token ("the Lib Dem leader").</summary>
        private bool IsModifierOfTitle(ParagraphText p, int first, int end) =>
            first > 0 && p.IsWord(first - 1) && p.WordIsIgnoringCase(first - 1, "the") && p.IsWord(end) && !p.IsCapitalised(end) &&
            p.IsLowerIn(end, WordClass.TitleWord, lexicon.TitleWords);

        /// <summary>
        /// The name run [first, end) opens, past an article, with titles in capitals and then "of" ("Bishop of Durham"), and no
        /// given name follows in it.
        /// </summary>
        private bool IsOffice(ParagraphText p, int first, int end)
        {
            var t = first;
            while (t < end && p.IsWord(t) && p.Is(t, WordClass.Determiner))
            {
                t++;
            }

            var titles = t;
            while (t < end && p.IsWord(t) && p.IsCapitalised(t) && p.Is(t, WordClass.TitleWord) && !p.Is(t, WordClass.OrganizationWord | WordClass.PlaceWord | WordClass.Descriptor))
            {
                t++;
            }

            if (t == titles || t + 1 >= end || !p.IsWord(t) || !p.WordIs(t, "of"))
            {
                return false;
            }

            // "Secretary of State John Kerry", "Archbishop of Canterbury Dr Rowan Williams": the holder's name closes the run.
            for (var k = t + 1; k < end; k++)
            {
                if (p.IsWord(k) && (lexicon.IsGivenName(p.Word(k)) || p.Is(k, WordClass.TitleWord)))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The name run [first, end) is a role written in capitals, not a person whose surname is a title word ("Larry King",
        /// "Mr. King"): it ends in a title in capitals ("Labour MP", "East Midlands MEP"), or in a title after another title
        /// word or a descriptor ("Prime Minister", "Shadow Home Secretary"), or follows an article ("the Chancellor", "an
        /// MEP"); and it neither follows an honorific nor opens with a given name.
        /// </summary>
        private bool IsCapitalisedRole(ParagraphText p, int first, int end)
        {
            var last = end - 1;
            if (!p.Is(last, WordClass.TitleWord) || (first > 0 && p.IsWord(first - 1) && p.IsCapitalised(first - 1) && p.Is(first - 1, WordClass.TitleWord)))
            {
                return false;
            }

            var given = p.Word(first);
            if (last > first && (lexicon.IsGivenName(given) || lexicon.IsGenderedTitle(given)))
            {
                // "Larry King", "Mr. King", "Mrs Bishop".
                return false;
            }

            return MentionParser.IsInCapitals(p, last) || (last > first && p.Is(last - 1, WordClass.TitleWord | WordClass.Descriptor))
                || (first > 0 && p.Is(first - 1, WordClass.Determiner));
        }

        /// <summary>Resolves a named or nominal mention at the cue by the first of the <see cref="SpeakerRules"/> that answers; <paramref name="position"/> is where the mention stands.</summary>
        public ResolvedSpeaker Resolve(Mention m, int position)
        {
            RegisterWaiting();

            // "Tom Smith and Ann Jones said": both people, each resolved as named alone.
            if (m.FirstConjunct != null && m.SecondConjunct != null)
            {
                var first = Resolve(m.FirstConjunct, m.FirstConjunct.Start);
                var second = Resolve(m.SecondConjunct, position);
                return new ResolvedSpeaker(first.Name + " and " + second.Name, first.Type == second.Type ? first.Type : SpeakerType.Unknown, null);
            }

            var rules = speakerRules.Rules;
            for (var i = 0; i < rules.Length; i++)
            {
                if (rules[i].Resolve(m, position) is ResolvedSpeaker speaker)
                {
                    return speaker;
                }
            }

            // The last rule always answers.
            throw new InvalidOperationException("No speaker rule resolved the mention.");
        }

        /// <summary>The entity a named mention stands for: the one registered there, else the one its name links to (not remembered).</summary>
        internal Entity? EntityNamed(Mention m)
        {
            RegisterWaiting();
            return Registered(m) ?? Link(m, register: false);
        }

        /// <summary>
        /// The entity registered where a named mention's core starts ("Wang" for "Wang", "Grant Wilson" for "Grant Wilson of
        /// Mellon Bank"); past an owner's possessive, the name after it ("Simon Champion" in "Deutsche Bank's Simon Champion"),
        /// or none when the owner is a country (Link names "Japan's Finance Ministry" itself).
        /// </summary>
        private Entity? Registered(Mention m)
        {
            if (!byOffset.TryGetValue(m.CoreStart, out var registered))
            {
                return BodyEndingWith(m);
            }

            if (registered.End >= m.End)
            {
                return registered.Entity;
            }

            if (!registered.Possessive)
            {
                // "Grant Wilson of Mellon Bank" is Grant Wilson; "the Institute for Supply Management" is not "Institute".
                return registered.Entity.Type == SpeakerType.Person ? registered.Entity : null;
            }

            if (registered.Entity.Type == SpeakerType.Place && lexicon.OrganizationWords.Contains(HeadWord(m.Core, strings)))
            {
                return null;
            }

            // The first name registered after the possessive and inside the mention.
            Entity? after = null;
            for (var i = LastBefore(m.End); i >= 0 && mentions[i].Start >= registered.End; i--)
            {
                after = mentions[i].Entity;
            }

            return after;
        }

        /// <summary>
        /// "Social Care" read as the subject of "The Department of Health and Social Care said": a body whose registered name
        /// ends where the mention does and takes it in; the name finder read the whole name, a subject read back stopped at "and".
        /// </summary>
        private Entity? BodyEndingWith(Mention m)
        {
            var i = LastBefore(m.CoreStart);
            if (i < 0 || !byOffset.TryGetValue(mentions[i].Start, out var before) || before.End != m.End || before.Entity.Type != SpeakerType.Organization)
            {
                return null;
            }

            return before.Entity;
        }

        /// <summary>
        /// The person (or, for "they"/"it", the body) a pronoun at <paramref name="position"/> refers to; for a
        /// <paramref name="description"/> ("the 34-year-old"), only a person it may stand for (see <see cref="Describes"/>).
        /// </summary>
        public Entity? ResolvePronoun(string pronoun, int position, int paragraph, Description? description = null)
        {
            RegisterWaiting();
            pronoun = MentionParser.WithoutContraction(pronoun);
            // Callers pass the pronoun lowercased: "I" arrives as "i", and is a person's as "he" and "she" are.
            var firstPerson = string.Equals(pronoun, "i", StringComparison.OrdinalIgnoreCase);
            var personal = IsGendered(pronoun) || firstPerson;
            var itPronoun = string.Equals(pronoun, "it", StringComparison.OrdinalIgnoreCase);
            Entity? fallback = null;
            var fallbackParagraph = -1;
            var latestFitStart = -1;
            Entity? untyped = null;
            var role = personal && !firstPerson ? LatestRoleSpeaker(pronoun, position, paragraph) : null;
            if (SingularTheyFor(pronoun, position, paragraph) is Entity unnamed)
            {
                return unnamed;
            }

            var from = LastBefore(position);
            for (var i = from; i >= 0 && from - i < MaxMentionsBack; i--)
            {
                var mention = mentions[i];
                if (paragraph - mention.Paragraph > PronounReachParagraphs)
                {
                    break;
                }

                var e = mention.Entity;
                // "it" or "they": a body or a place; for "it", also a name of unknown kind that spoke as a clause's subject
                // ("Barclays cautioned that ... It added"), since the text says "it" of no person, or one written as bodies are
                // that was a subject ("BT wants lighter regulation ... It added"). ("They" after "Harlands
                // said" keeps to the body named before: a name in -s is no group.)
                // (A place fits "it" or "they" where it spoke or was a clause's subject: "in California" or "from the UK" is
                // where something happened, not who "it said" goes back to.)
                var fits = personal ? (description is Description d ? Describes(d, mention) : IsPersonLike(e)) && GenderFits(e, pronoun)
                    : e.Type == SpeakerType.Organization || (e.Type == SpeakerType.Place && (mention.Subject || e.HasSpoken)) ||
                        (itPronoun && e.Type == SpeakerType.Unknown && mention.Subject && (e.HasSpoken || LooksLikeBody(e.Name)));
                if (!fits)
                {
                    continue;
                }

                // A person named before the unnamed one who spoke last is further back than that speaker; one named after it
                // in a later paragraph is who the paragraph is about ("However Mr Mulligan was not convinced ... he said").
                if (role != null && mention.Start < roleSpeaker.Start)
                {
                    return fallback != null && fallbackParagraph > roleSpeaker.Paragraph ? fallback : role;
                }

                latestFitStart = Math.Max(latestFitStart, mention.Start);

                // "she" or "he": a name of unknown kind that spoke and is written like a body ("ISM said", "M&S said") stands behind
                // every typed person. A plain single name ("Putin said") may well be the person meant.
                if (personal && e.Type != SpeakerType.Person && !firstPerson && e.Gender == null && LooksLikeBody(e.Name))
                {
                    untyped ??= e;
                    continue;
                }

                if (mention.Subject)
                {
                    return NearerPluralSpeaker(pronoun, position, paragraph, latestFitStart) ?? e;
                }

                if (fallback == null)
                {
                    fallback = e;
                    fallbackParagraph = mention.Paragraph;
                }
            }

            var beforeRole = fallback != null && role != null && fallbackParagraph > roleSpeaker.Paragraph ? fallback : null;
            return NearerPluralSpeaker(pronoun, position, paragraph, latestFitStart) ?? beforeRole ?? role ?? fallback ?? untyped;
        }

        /// <summary>
        /// "said the 34-year-old", "the 55-year-old Frenchman told", "said the Scot", "the England striker added": a definite
        /// description by age, by nationality alone or by an occupation the article has not used before names no one new;
        /// news writing uses it for a person named before, so it stands for the person "he" or "she" would, of the sex its
        /// noun gives or of either. Null when the mention is no such description or no person fits; an occupation someone
        /// holds as a title the article gave is theirs first (<see cref="LatestNamedBy"/>).
        /// </summary>
        public Entity? EpithetOf(ParagraphText p, Mention m, int paragraph)
        {
            if (m.IsPronoun || !IsEpithet(p, m))
            {
                return null;
            }

            var head = p.Word(m.EndToken - 1);
            // A person's pronoun of either sex: "I" is resolved as "he" and "she" are, without a sex to fit.
            var pronoun = lexicon.MaleTitles.Contains(head) ? "he" : lexicon.FemaleTitles.Contains(head) ? "she" : "i";
            var age = YearsIn(p, m.FirstToken + 1) ?? 0;
            // The person who spoke last, when no one was named since that statement ("..., Umaga said. The 31-year-old
            // admitted ..."); else the person "he" or "she" would be.
            var (speaker, speakerParagraph, sentenceEnd) = lastSpeaker;
            if (speaker != null && speaker.Type == SpeakerType.Person && paragraph - speakerParagraph <= 1 && (age == 0 || speaker.Age == 0 || speaker.Age == age)
                && GenderFits(speaker, pronoun) && !PersonNamedBetween(sentenceEnd, m.Start, speaker))
            {
                return speaker;
            }

            // A description does not stand for a name earlier in its own sentence ("Ruud van Nistelrooy is fit again, but the Scot
            // admitted ..."), unless a subordinate clause opens the sentence ("When Lleyton Hewitt shook his hand ..., the
            // Australian said").
            var sentence = p.Sentences[p.SentenceOf(m.FirstToken)];
            var opensSubordinate = p.IsWord(sentence.First) && lexicon.Subordinators.Contains(p.Word(sentence.First));
            return ResolvePronoun(pronoun, m.Start, paragraph, new Description(age, opensSubordinate ? int.MaxValue : p.Tokens[sentence.First].Start));
        }

        /// <summary>
        /// Records that the description at <paramref name="start"/> stands for <paramref name="person"/>, as a subject: a later
        /// "he said" reaches the person through it ("..., but the Scot admitted ... "...," he said").
        /// </summary>
        public void NoteDescribed(Entity person, int start, int paragraph)
        {
            RegisterWaiting();
            person.HasSpoken = true;
            mentions.Insert(LastBefore(start) + 1, new EntityMention(person, start, paragraph, subject: true));
        }

        private bool IsEpithet(ParagraphText p, Mention m)
        {
            var first = m.FirstToken;
            var count = m.EndToken - first;
            if (count < 2 || !p.IsWord(first) || !p.WordIsIgnoringCase(first, "the") || p.EndsWith(m.EndToken - 1, "s"))
            {
                return false;
            }

            // "says the Waterford man", "the Kent woman added": a person's noun after names of a place or a side, unless the
            // article used the phrase before ("A Waterford man was arrested ... The Waterford man said" is that unnamed man).
            // (The name parser may end the phrase at the names, before the noun.)
            var last = m.EndToken - 1;
            var noun = p.IsCapitalised(last) && p.IsWord(last + 1) ? last + 1 : last;
            if (noun > first + 1 && noun - first <= 4 && !p.IsCapitalised(noun) && lexicon.NamedPlaceEpithetNouns.Contains(p.Word(noun)) && OnlyNamesBetween(p, first + 1, noun))
            {
                var phrase = p.Source.Substring(p.Tokens[first + 1].Start, p.Tokens[noun].End - p.Tokens[first + 1].Start);
                return !UsedBefore(p.Source, phrase, p.Tokens[first].Start);
            }

            if (count == 2 && p.IsCapitalised(first + 1))
            {
                return lexicon.NationalityNouns.Contains(p.Word(first + 1));
            }

            // "the singer", "the England striker", "The United boss": an occupation, after names of the side it is held for,
            // that the article has not used before: after "A former senior manager at Monsanto", "The manager told" is that
            // unnamed man, and after "The actor's friend Budd Schulberg", "the actor" is whom the first one stood for.
            if (count <= 4 && !p.IsCapitalised(last) && lexicon.EpithetNouns.Contains(p.Word(last)) && OnlyNamesBetween(p, first + 1, last))
            {
                return !UsedBefore(p.Source, p.Word(last), p.Tokens[first].Start);
            }

            // "the 34-year-old manager", "the 29-year-old Swede": an age, then a noun or a nationality.
            return count <= 4 && IsAge(p, first + 1) && (!m.IsNamed || (last == first + 2 && IsNationalityNoun(p, last)));
        }

        /// <summary>The word stands in lower case, as a whole word, in <paramref name="text"/> before <paramref name="end"/>.</summary>
        private static bool UsedBefore(string text, string word, int end)
        {
            for (var at = text.IndexOf(word, 0, end, StringComparison.Ordinal); at >= 0 && at + word.Length <= end;
                at = at + 1 < end ? text.IndexOf(word, at + 1, end - at - 1, StringComparison.Ordinal) : -1)
            {
                var after = at + word.Length;
                if ((at == 0 || !char.IsLetter(text[at - 1])) && (after == text.Length || !char.IsLetter(text[after])))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Every token of [from, to) is a capitalised word that is no title ("England", "Black Sabbath"); true when there are none.</summary>
        private static bool OnlyNamesBetween(ParagraphText p, int from, int to)
        {
            for (var t = from; t < to; t++)
            {
                if (!p.IsWord(t) || !p.IsCapitalised(t) || p.Is(t, WordClass.TitleWord))
                {
                    return false;
                }
            }

            return true;
        }

        private bool IsNationalityNoun(ParagraphText p, int t) => p.IsWord(t) && p.IsCapitalised(t) && lexicon.NationalityNouns.Contains(p.Word(t));

        // A person other than `except` registered in (start, end).
        private bool PersonNamedBetween(int start, int end, Entity except)
        {
            for (var i = LastBefore(end); i >= 0 && mentions[i].Start > start; i--)
            {
                var e = mentions[i].Entity;
                if (!ReferenceEquals(e, except) && (IsPersonLike(e) || (e.Type == SpeakerType.Unknown && mentions[i].Subject)))
                {
                    return true;
                }
            }

            return false;
        }

        // "34-year-old", "six-year-old": the tokenizer keeps a hyphenated word whole.
        internal static bool IsAge(ParagraphText p, int t) => p.IsWord(t) && p.Tokens[t].End - p.Tokens[t].Start > YearOld.Length && p.EndsWithIgnoringCase(t, YearOld);

        private const string YearOld = "-year-old";

        // The years of an age word in figures ("34" of "34-year-old"); null for another word or an age in letters.
        private static int? YearsIn(ParagraphText p, int t) => IsAge(p, t) ? Number(p, t, p.Tokens[t].End - YearOld.Length) : null;

        /// <summary>
        /// The age written with the name run [first, end): a number in commas or brackets after it ("Reid, 30, turned",
        /// "Jo Reed (41)"), or an age in figures before it ("34-year-old Graham Stuart"); null when none.
        /// </summary>
        private static int? StatedAge(ParagraphText p, int first, int end)
        {
            if (first > 0 && IsAge(p, first - 1))
            {
                return YearsIn(p, first - 1);
            }

            if ((p.IsPunct(end, ',') && (p.IsPunct(end + 2, ',') || p.IsPunct(end + 2, '.'))) || (p.IsPunct(end, '(') && p.IsPunct(end + 2, ')')))
            {
                return p.IsWord(end + 1) ? Number(p, end + 1, p.Tokens[end + 1].End) : null;
            }

            return null;
        }

        // The whole number of two or three digits from token t's start to textEnd ("30", the "34" of "34-year-old"); null otherwise.
        private static int? Number(ParagraphText p, int t, int textEnd)
        {
            var start = p.Tokens[t].Start;
            if (textEnd - start < 1 || textEnd - start > 3)
            {
                return null;
            }

            var n = 0;
            for (var i = start; i < textEnd; i++)
            {
                var c = p.Source[i];
                if (c < '0' || c > '9')
                {
                    return null;
                }

                n = (n * 10) + (c - '0');
            }

            return n;
        }

        // The articles that bring in someone not met before.
        private static readonly HashSet<string> IndefiniteArticles = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "a", "an", "one", "another" };

        private static string FirstWord(string text)
        {
            var space = text.IndexOf(' ');
            return space < 0 ? text : text.Substring(0, space);
        }

        /// <summary>The noun a role phrase is headed by: the word before its first preposition ("spokesman" in "spokesman for the union"), else its last.</summary>
        private string RoleHead(string phrase)
        {
            var words = phrase.Split(' ');
            for (var i = 1; i < words.Length; i++)
            {
                if (lexicon.PostModifierPrepositions.Contains(words[i]) || lexicon.IntroPrepositions.Contains(words[i]))
                {
                    return words[i - 1];
                }
            }

            return words[words.Length - 1];
        }

        /// <summary>The unnamed person who spoke last (see <see cref="NoteRoleSpeaker"/>), when "he" or "she" may stand for them: before the pronoun, in its paragraph or the one before, of a gender that fits.</summary>
        private Entity? LatestRoleSpeaker(string pronoun, int position, int paragraph)
        {
            var (person, start, roleParagraph) = roleSpeaker;
            return person != null && start < position && paragraph - roleParagraph <= RoleSpeakerReachParagraphs && GenderFits(person, pronoun) ? person : null;
        }

        /// <summary>
        /// "A spokesperson for Greenfield Estates said ... "...," they added.": singular "they" for the unnamed person of no
        /// stated gender who spoke last, in the pronoun's own paragraph, when no plural speaker spoke after that person.
        /// </summary>
        private Entity? SingularTheyFor(string pronoun, int position, int paragraph)
        {
            var (person, start, roleParagraph) = roleSpeaker;
            if (person == null || person.Gender != null || start >= position || roleParagraph != paragraph || !lexicon.PluralPronouns.Contains(pronoun))
            {
                return null;
            }

            for (var i = pluralSpeakers.Count - 1; i >= 0; i--)
            {
                var (_, groupStart, groupParagraph, _) = pluralSpeakers[i];
                if (groupParagraph != paragraph || groupStart < start)
                {
                    break;
                }

                if (groupStart < position)
                {
                    return null;
                }
            }

            return person;
        }

        /// <summary>
        /// Notes a phrase that spoke when it brings in one person by a role and no name ("a spokesman for the union", "an
        /// official"), for a later "he" or "she": an indefinite phrase headed by one of the titles, resolved to no one named.
        /// </summary>
        public void NoteRoleSpeaker(Mention m, ResolvedSpeaker speaker, int paragraph)
        {
            RegisterWaiting();
            if (m.IsPronoun || m.IsNamed || speaker.Type == SpeakerType.Organization || speaker.Type == SpeakerType.Place ||
                !(string.Equals(speaker.Name, Possessive.Strip(m.Core.Trim()), StringComparison.Ordinal) || string.Equals(speaker.Name, m.Text, StringComparison.Ordinal)))
            {
                return;
            }

            // Only a person the phrase brings in ("a spokesman", "an official", "one aide", or someone's: "her spokesman", "his
            // lawyer", who is not the owner): "the prime minister" that no name was found for is still most often the person
            // named earlier, whom "he" already reaches.
            // A spokesperson is no one the article named even after "the" ("The Trafford Centre spokeswoman said": list
            // unnamedRoleNouns).
            var opening = FirstWord(m.Text);
            var head = RoleHead(m.Core.Trim());
            if (!IndefiniteArticles.Contains(opening) && !MentionParser.IsPossessiveDeterminerWord(opening) &&
                !(string.Equals(opening, "the", StringComparison.OrdinalIgnoreCase) && lexicon.UnnamedRoleNouns.Contains(head)))
            {
                return;
            }

            if (!lexicon.TitleWords.Contains(head) || IsPluralPeopleNoun(head))
            {
                return;
            }

            var person = new Entity(speaker.Name, SpeakerType.Person)
            {
                Gender = lexicon.MaleTitles.Contains(head) ? 'M' : lexicon.FemaleTitles.Contains(head) ? 'F' : (char?)null,
            };
            roleSpeaker = (person, m.Start, paragraph);
        }

        /// <summary>
        /// "Analysts said the deal was aimed at ... They also pointed out ...": "they" stands for the plural people phrase that
        /// spoke last before it, in its paragraph or the one before, when no body or place was named after that phrase.
        /// <paramref name="bodyStart"/> is where the latest body or place before the pronoun was named (-1 for none).
        /// </summary>
        private Entity? NearerPluralSpeaker(string pronoun, int position, int paragraph, int bodyStart)
        {
            if (!lexicon.PluralPronouns.Contains(pronoun))
            {
                return null;
            }

            // From the latest noted back, a bounded number: a flood of "they said" must not read every group for every pronoun.
            Entity? best = null;
            var bestStart = -1;
            var bestEnd = -1;
            for (var i = pluralSpeakers.Count - 1; i >= 0 && pluralSpeakers.Count - i <= MaxPluralSpeakersBack; i--)
            {
                var (group, start, groupParagraph, statementEnd) = pluralSpeakers[i];
                if (paragraph - groupParagraph > PluralSpeakerReachParagraphs)
                {
                    break;
                }

                if (start < position && start > bestStart)
                {
                    best = group;
                    bestStart = start;
                    bestEnd = Math.Min(statementEnd, position);
                }
            }

            // A body named in the group's own statement ("Analysts said the deal offsets Johnson & Johnson's reliance ... They
            // also pointed out") is what they spoke of; only one named after it is nearer.
            return best != null && Math.Max(bestStart, bestEnd) > bodyStart ? best : null;
        }

        /// <summary>Notes a phrase that spoke when it names plural people ("analysts", "the MPs", "police"), for a later "they".</summary>
        public void NotePluralSpeaker(Mention m, string name, int paragraph, int statementEnd = -1)
        {
            RegisterWaiting();
            if (m.IsPronoun)
            {
                return;
            }

            // A capitalised phrase ("Analysts said", "MPs said") is a group only when its head is a listed people noun: a name
            // may end in "s" too ("Yukos", "Siemens"). Two people joined by "and" ("Tom Smith and Ann Jones said") are "they".
            var head = HeadWord(m.Core, strings);
            if (m.FirstConjunct == null && (m.IsNamed ? !lexicon.PluralPeopleNouns.Contains(head) : !IsPluralPeopleNoun(head)))
            {
                return;
            }

            pluralSpeakers.Add((new Entity(name, SpeakerType.Unknown), m.Start, paragraph, statementEnd));
        }

        /// <summary>A listed plural of people, alone in any case ("Analysts") or heading a lowercase phrase ("union officials").</summary>
        private bool IsPeoplePhrase(string name)
        {
            if (lexicon.PluralPeopleNouns.Contains(name.ToLowerInvariant()))
            {
                return true;
            }

            var head = HeadWord(name, strings);
            return head.Length > 0 && char.IsLower(head[0]) && lexicon.PluralPeopleNouns.Contains(head);
        }

        // A listed people noun ("police", "people") or, written lowercase, any regular plural ("fishermen" is listed,
        // "dockers" needs no list); a plural document ("figures", "reports") is a source, not a group of people.
        private bool IsPluralPeopleNoun(string head)
        {
            if (lexicon.PluralPeopleNouns.Contains(head))
            {
                return true;
            }

            return head.Length > 3 && head.EndsWith("s", StringComparison.Ordinal) && !head.EndsWith("ss", StringComparison.Ordinal) &&
                !head.EndsWith("us", StringComparison.Ordinal) && !head.EndsWith("is", StringComparison.Ordinal) &&
                !lexicon.SourceNouns.Contains(head) && !lexicon.NonSpeakerNouns.Contains(head);
        }

        /// <summary>An acronym ("ISM", "LSE"), or a name with an ampersand or a digit ("M&amp;S", "3M"): written as organisations are.</summary>
        private static bool LooksLikeBody(string name)
        {
            var letters = 0;
            var upper = 0;
            foreach (var c in name)
            {
                if (c == '&' || char.IsDigit(c))
                {
                    return true;
                }

                if (char.IsLetter(c))
                {
                    letters++;
                    upper += char.IsUpper(c) ? 1 : 0;
                }
            }

            return letters >= MinAcronymLetters && upper == letters;
        }

        /// <summary>After "he" or "she" has been resolved, later pronouns keep to the same gender for that person.</summary>
        public void LearnGender(Entity e, string pronoun)
        {
            RegisterWaiting();
            pronoun = MentionParser.WithoutContraction(pronoun);
            e.Gender ??= lexicon.MalePronouns.Contains(pronoun) ? 'M' : lexicon.FemalePronouns.Contains(pronoun) ? 'F' : (char?)null;
        }

        private bool GenderFits(Entity e, string pronoun)
        {
            var gender = e.Gender ?? GivenNameGender(e);
            return gender == null || (gender == 'M' ? !lexicon.FemalePronouns.Contains(pronoun) : !lexicon.MalePronouns.Contains(pronoun));
        }

        // A full name's first word, when it is a common given name, tells the gender no title or pronoun has told yet
        // ("Claire McCaskill", "David Gorski"). A lone word may be a surname ("Graham"), so it tells nothing.
        private char? GivenNameGender(Entity e)
        {
            if (e.Type != SpeakerType.Person || e.Words.Length < 2)
            {
                return null;
            }

            var given = e.Words[0];
            return lexicon.MaleGivenNames.Contains(given) ? 'M' : lexicon.FemaleGivenNames.Contains(given) ? 'F' : (char?)null;
        }

        /// <summary>Records that a named mention spoke, so a later "he" or "she" may refer to it.</summary>
        public void NoteSpeaker(Mention m)
        {
            RegisterWaiting();
            // "Fans chanted ...", "Analysts said ...": a listed plural of people, capitalised to open a sentence, speaks as a group
            // (NotePluralSpeaker), so a later "he" or "she" does not go back to it.
            if (m.IsNamed && Registered(m) is Entity e && !(e.Type == SpeakerType.Unknown && lexicon.PluralPeopleNouns.Contains(e.Name)))
            {
                e.HasSpoken = true;
            }
        }

        /// <summary>Notes the speaker of a statement just attributed (null: one with no entity), its paragraph and where its sentence ends.</summary>
        internal void NoteLastSpeaker(Entity? speaker, int paragraph, int sentenceEnd)
        {
            lastSpeaker = (speaker, paragraph, sentenceEnd);
            // ("Analysts said", "union officials said": a listed plural of people is no body, whatever its capital.)
            if (speaker != null && speaker.Type != SpeakerType.Person && speaker.Type != SpeakerType.Place && !IsPeoplePhrase(speaker.Name))
            {
                lastBodySpeaker = (speaker, paragraph);
            }
        }

        /// <summary>
        /// "Unilever said ... The company said ...": "the" and a noun for a company (list companyNouns: "company", "firm",
        /// "club") that names no body of its own stands for the body that spoke last, within a few paragraphs, unless that
        /// body's own name ends in another body noun ("the Aslef union" is no company). Null otherwise.
        /// </summary>
        internal Entity? CompanyDescribed(Mention m, int paragraph)
        {
            if (!IsTheNounOf(m, lexicon.CompanyNouns))
            {
                return null;
            }

            var (body, bodyParagraph) = lastBodySpeaker;
            if (body == null || paragraph - bodyParagraph > CompanyReachParagraphs)
            {
                // "Oracle has announced it is cutting jobs ... The company said": with no body that spoke, the company the text
                // is about (see LatestCompanyNamed).
                return LatestCompanyNamed(m.Source, m.Start, paragraph);
            }

            return IsOtherBodysName(body.Name) ? null : body;
        }

        /// <summary>"the company", "The paper": an unnamed mention of "the" and one noun of <paramref name="nouns"/>.</summary>
        private static bool IsTheNounOf(Mention m, HashSet<string> nouns)
        {
            if (m.IsNamed || m.IsPronoun)
            {
                return false;
            }

            var text = m.Text;
            var space = text.IndexOf(' ');
            return space > 0 && text.IndexOf(' ', space + 1) < 0 && string.Equals(text.Substring(0, space), "the", StringComparison.OrdinalIgnoreCase) &&
                nouns.Contains(text.Substring(space + 1));
        }

        /// <summary>
        /// "According to the Financial Times ... the paper said": "the" and a noun for a publication (list publicationNouns)
        /// stands for the publication named last within a few paragraphs: a name ending in a word of publicationWords, or one
        /// written right before a publication noun ("Vedomosti newspaper reported"). Null otherwise.
        /// </summary>
        internal Entity? PublicationDescribed(Mention m, int paragraph)
        {
            if (!IsTheNounOf(m, lexicon.PublicationNouns))
            {
                return null;
            }

            RegisterWaiting();
            var source = m.Source;
            var from = LastBefore(m.Start);
            var first = FirstInDescriptionReach(from, paragraph);
            for (var i = from; i >= first; i--)
            {
                var mention = mentions[i];
                var e = mention.Entity;
                if (e.Type != SpeakerType.Person && e.Type != SpeakerType.Place &&
                    (lexicon.PublicationWords.Contains(e.Words[e.Words.Length - 1]) || PublicationNounAfter(source, mention.Start, e.Name)))
                {
                    return e;
                }
            }

            return null;
        }

        // "Vedomosti newspaper", "Broadcast magazine": the name at `start` is written right before a publication noun.
        private bool PublicationNounAfter(string text, int start, string name)
        {
            var end = start + name.Length;
            if (end >= text.Length || string.CompareOrdinal(text, start, name, 0, name.Length) != 0 || text[end] != ' ')
            {
                return false;
            }

            var wordEnd = end + 1;
            while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            return wordEnd > end + 1 && lexicon.PublicationNouns.Contains(text.Substring(end + 1, wordEnd - end - 1));
        }

        // "the Aslef union" is no company: a body whose name ends in a body noun that is no company noun.
        private bool IsOtherBodysName(string name)
        {
            var last = HeadWord(name, strings).ToLowerInvariant();
            return lexicon.BodyNouns.Contains(last) && !lexicon.CompanyNouns.Contains(last);
        }

        /// <summary>
        /// The latest name before <paramref name="position"/>, within a few paragraphs, that is an organisation, or a name of
        /// unknown kind the text made a clause's subject and gave nothing of a person's (title, sex, given name, age): "Standard
        /// Life has ...", "Shares in Continental Airlines have tumbled after the firm warned". Null when there is none.
        /// </summary>
        private Entity? LatestCompanyNamed(string text, int position, int paragraph)
        {
            RegisterWaiting();
            // The body the text is about: of the names that could be a company and were a clause's subject, the one named most
            // often within reach ("Titan" over the "Securities" of a regulator's name), the latest of those named as often.
            Entity? best = null;
            var bestCount = 0;
            var from = LastBefore(position);
            var first = FirstInDescriptionReach(from, paragraph);
            for (var i = from; i >= first; i--)
            {
                var mention = mentions[i];
                var e = mention.Entity;
                if (!mention.Subject || ReferenceEquals(e, best) || !CouldBeCompany(text, e, mention.Start))
                {
                    continue;
                }

                var count = MentionsBetween(e, first, from);
                if (count > bestCount)
                {
                    best = e;
                    bestCount = count;
                }
            }

            return best;
        }

        private bool CouldBeCompany(string text, Entity e, int at) =>
            (e.Type == SpeakerType.Organization ||
                (e.Type == SpeakerType.Unknown && e.Title == null && e.Gender == null && e.Age == 0 && !FactsOf(e.Name).IsGroup &&
                    (e.Words.Length > 1 || NamedMidSentence(text, e.Name, at)))) &&
            !IsOtherBodysName(e.Name) && !IsPeoplePhrase(e.Name);

        // How often the entity was named in mentions first to last.
        private int MentionsBetween(Entity e, int first, int last)
        {
            var count = 0;
            for (var i = first; i <= last; i++)
            {
                count += ReferenceEquals(mentions[i].Entity, e) ? 1 : 0;
            }

            return count;
        }

        /// <summary>
        /// The earliest mention, counting back from mention <paramref name="from"/>, that a description ("the company", "the
        /// paper") in <paramref name="paragraph"/> reaches: at most <see cref="MaxMentionsBack"/> mentions and
        /// <see cref="CompanyReachParagraphs"/> paragraphs back. Mentions are in reading order, so every one from it to
        /// <paramref name="from"/> is in reach.
        /// </summary>
        private int FirstInDescriptionReach(int from, int paragraph)
        {
            var first = from + 1;
            while (first > 0 && from - (first - 1) < MaxMentionsBack && paragraph - mentions[first - 1].Paragraph <= CompanyReachParagraphs)
            {
                first--;
            }

            return first;
        }

        /// <summary>
        /// Whether the one-word name is written with its capital inside a sentence somewhere in the text, after a word or a comma
        /// ("rival Oracle", "Oracle's"), not only where every word is capitalised, at a sentence's start ("Shares in ...", "Profits
        /// rose"); <paramref name="at"/> is where it was registered.
        /// </summary>
        private static bool NamedMidSentence(string text, string name, int at)
        {
            for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = i + 1 < text.Length ? text.IndexOf(name, i + 1, StringComparison.Ordinal) : -1)
            {
                var after = i + name.Length;
                if (i == at || (after < text.Length && char.IsLetter(text[after])))
                {
                    continue;
                }

                var k = i - 1;
                while (k >= 0 && text[k] == ' ')
                {
                    k--;
                }

                if (k >= 0 && k < i - 1 && (char.IsLower(text[k]) || text[k] == ','))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The speaker "he" or "she" goes on from after a cue that continues a statement ("he added", "she went on": list
        /// continuingCues): whoever spoke last, in this paragraph or the one before, when the pronoun fits them, rather than
        /// <paramref name="resolved"/>, the latest subject, unless that person was named since, outside the last statement
        /// ("... said Smith. Mary Jones disagreed. "...," she added."). Null when the last speaker does not apply.
        /// </summary>
        internal Entity? ContinuingSpeaker(string pronoun, int position, int paragraph, Entity? resolved)
        {
            var (speaker, speakerParagraph, sentenceEnd) = lastSpeaker;
            // Only a known person: a name of unknown kind that spoke ("ISIS", "BBC") stands behind the subject reading.
            if (speaker == null || ReferenceEquals(speaker, resolved) || paragraph - speakerParagraph > 1 || speaker.Type != SpeakerType.Person || !IsGendered(pronoun) ||
                !CanStandFor(speaker, pronoun))
            {
                return null;
            }

            if (resolved != null)
            {
                for (var i = LastBefore(position); i >= 0 && mentions[i].Start > sentenceEnd; i--)
                {
                    if (ReferenceEquals(mentions[i].Entity, resolved))
                    {
                        return null;
                    }
                }
            }

            return speaker;
        }

        /// <summary>A pronoun of the male or female lists ("he", "she"): it stands for one person of that gender.</summary>
        internal bool IsGendered(string pronoun) => lexicon.IsGenderedPronoun(pronoun);

        /// <summary>Whether "he" or "she" may stand for the entity: a person (or a name that spoke) of a gender that fits.</summary>
        internal bool CanStandFor(Entity e, string pronoun)
        {
            RegisterWaiting();
            return IsPersonLike(e) && GenderFits(e, pronoun);
        }

        // A capitalised word of unknown kind ("Consumer", "Treasury") is a person only once it has spoken.
        private static bool IsPersonLike(Entity e) => e.Type == SpeakerType.Person || (e.Type == SpeakerType.Unknown && e.HasSpoken);

        /// <summary>
        /// A person the text shows to be one beyond a name in capitals: given a title, an age or a sex, or quoted; a listed
        /// given name opens the name. "Rain Man" and "Lions Test XV" are capitalised words a description does not stand for.
        /// </summary>
        private bool IsKnownPerson(Entity e) => e.Title != null || e.Age != 0 || e.HasSpoken || e.Gender != null || GivenNameGender(e) != null;

        /// <summary>
        /// Whether a description may stand for the person of <paramref name="mention"/>: named before the description's own
        /// sentence, of no other age, not the object of a preposition ("coached by Woodward", "reunite with Ronnie Barker"),
        /// and a known person, a person's name that was a clause's subject ("Lleyton Hewitt shook his hand"), or a name of
        /// unknown kind that has spoken ("Agassi").
        /// </summary>
        private bool Describes(Description d, EntityMention mention)
        {
            var e = mention.Entity;
            return mention.Start < d.SentenceStart && (d.Age == 0 || e.Age == 0 || e.Age == d.Age) && !mention.AfterPreposition &&
                (e.Type == SpeakerType.Person ? IsKnownPerson(e) || mention.Subject : e.Type == SpeakerType.Unknown && e.HasSpoken);
        }

        /// <summary>What a description tells of the person it stands for: an age (0 for none), and where its sentence starts.</summary>
        internal readonly struct Description
        {
            public Description(int age, int sentenceStart)
            {
                Age = age;
                SentenceStart = sentenceStart;
            }

            public int Age { get; }

            public int SentenceStart { get; }
        }

        /// <summary>The latest body with the mention's head word, or the latest person given its title, before <paramref name="position"/>.</summary>
        internal Entity? LatestNamedBy(Mention m, int position)
        {
            RegisterWaiting();
            return LatestTitled(m, position);
        }

        /// <summary><see cref="LatestNamedBy"/> among the names registered so far (registration asks it of a role in capitals).</summary>
        private Entity? LatestTitled(Mention m, int position)
        {
            // The head is the last word: stripping a leading determiner never changes it, so neither the stripped copy nor its words are cut.
            var text = m.Text;
            var lastSpace = text.LastIndexOf(' ');
            var head = lastSpace < 0 ? text : text.Substring(lastSpace + 1);
            var isOrganization = lexicon.OrganizationWords.Contains(head);
            var from = LastBefore(position);
            Entity? unaffiliated = null;
            for (var i = from; i >= 0 && from - i < MaxMentionsBack; i--)
            {
                var e = mentions[i].Entity;
                if (isOrganization && e.Type == SpeakerType.Organization && string.Equals(e.Head, head, StringComparison.OrdinalIgnoreCase))
                {
                    if (m.Country == null || e.Country == null || e.Country == m.Country)
                    {
                        return e;
                    }
                }

                if (!isOrganization && m.Title != null && e.Type == SpeakerType.Person &&
                    HasTitleHolding(e, m.Title) && (m.Country == null || e.Country == null || e.Country == m.Country))
                {
                    // "the Chelsea manager" is the manager the article tied to Chelsea, not the latest manager named; one tied
                    // to no side may still be meant, if no one tied to Chelsea is found.
                    if (m.Affiliation == null || (e.Affiliation != null && MentionParser.AffiliationHolds(e.Affiliation, m.Affiliation)))
                    {
                        return e;
                    }

                    if (e.Affiliation == null)
                    {
                        unaffiliated ??= e;
                    }
                }
            }

            return unaffiliated;
        }

        /// <summary>Whether one of the entity's titles holds <paramref name="title"/> (a loop: Enumerable.Any made a closure per call and an enumerator per person).</summary>
        private static bool HasTitleHolding(Entity e, string title)
        {
            var titles = e.Titles;
            for (var i = 0; i < titles.Count; i++)
            {
                if (titles[i].IndexOf(title, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The latest person named before <paramref name="position"/> with <paramref name="word"/> as a word of their name, in any
        /// case: a transcript's label "WALLACE" or "MR SMITH" is the Chris Wallace or John Smith the piece named.
        /// </summary>
        internal Entity? LatestPersonWithWord(string word, int position)
        {
            RegisterWaiting();
            var from = LastBefore(position);
            for (var i = from; i >= 0 && from - i < MaxMentionsBack; i--)
            {
                var e = mentions[i].Entity;
                if (e.Type != SpeakerType.Person || e.Words.Length < 2)
                {
                    continue;
                }

                foreach (var w in e.Words)
                {
                    if (string.Equals(w, word, StringComparison.OrdinalIgnoreCase))
                    {
                        return e;
                    }
                }
            }

            return null;
        }

        /// <summary>Whether <paramref name="entity"/> is named in [from, to) of the text.</summary>
        internal bool NamedWithin(Entity entity, int from, int to)
        {
            RegisterWaiting();
            for (var i = LastBefore(to); i >= 0 && mentions[i].Start >= from; i--)
            {
                if (ReferenceEquals(mentions[i].Entity, entity))
                {
                    return true;
                }
            }

            return false;
        }

        private int LastBefore(int position)
        {
            // Mentions are added in reading order, so a binary search finds the last one before the position.
            int lo = 0, hi = mentions.Count - 1, found = -1;
            while (lo <= hi)
            {
                var mid = (lo + hi) / 2;
                if (mentions[mid].Start < position)
                {
                    found = mid;
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return found;
        }

        /// <summary>Finds or creates the entity a name mention refers to: the first of the <see cref="NameRules"/> that answers.</summary>
        private Entity? Link(Mention m, bool register = true)
        {
            var core = m.Core.Trim();
            var facts = FactsOf(m, core);

            // "Mr Irish", "Mrs French": after an honorific of one sex a nationality word is a surname.
            if (facts.NotAName && m.Title != null && lexicon.IsGenderedTitle(m.Title) && core.Length > 0 && char.IsUpper(core[0]) && core.IndexOf(' ') < 0)
            {
                facts.NotAName = false;
            }

            if (facts.NotAName)
            {
                return null;
            }

            var rules = nameRules.Rules;
            for (var i = 0; i < rules.Length; i++)
            {
                if (rules[i].Link(m, core, facts, register) is Entity entity)
                {
                    return entity;
                }
            }

            return null;
        }

        /// <summary>What the word lists say about a mention's name (<paramref name="core"/>, its core trimmed).</summary>
        internal NameFacts FactsOf(Mention m, string core) => m.CoreIsOneToken ? FactsOf(core, m.CoreClasses, m.CoreClasses) : FactsOf(core);

        /// <summary>
        /// What the word lists say about a name of several words, read from the lexicon's table for the name and its head word
        /// (which answers what the lists do), without cutting the head word or keeping a table of names.
        /// </summary>
        private NameFacts FactsOf(string core)
        {
            // "Grand Prix", "Golden Globe", "the Gambling Bill": an event, a prize or a law, no one who speaks; "Do The Right Thing",
            // "Halfway Between The Gutter And The Stars": a work's title, whose capitalised "The" or "And" no person's name has.
            if (core.Length == 0 || !char.IsUpper(core[0]) || lexicon.EndsWithThingWord(core) ||
                core.IndexOf(" The ", StringComparison.Ordinal) > 0 || core.IndexOf(" And ", StringComparison.Ordinal) > 0)
            {
                return new NameFacts { NotAName = true };
            }

            var classes = lexicon.Classes.Lookup(core);
            var (headStart, headLength) = HeadWordSpan(core);
            var head = headLength == core.Length ? classes : lexicon.Classes.Lookup(core, headStart, headLength);
            return FactsOf(core, classes, head);
        }

        /// <summary>What the word lists say about a name whose classes and whose head word's classes are given.</summary>
        private NameFacts FactsOf(string core, WordClass classes, WordClass head)
        {
            var facts = new NameFacts();
            if (core.Length == 0 || !char.IsUpper(core[0]) || (classes & WordClass.Demonym) != 0)
            {
                facts.NotAName = true;
                return facts;
            }

            facts.MultiWord = core.IndexOf(' ') >= 0;
            facts.Alias = (classes & WordClass.SpeakerAlias) != 0 && lexicon.SpeakerAliases.TryGetValue(core, out var profile) ? profile : null;
            // "Liberal Democrats", "New Labour": a party's name ends in its group word.
            facts.IsGroup = ((classes | (facts.MultiWord ? head : WordClass.None)) & WordClass.GroupWord) != 0 || IsDemonymPlural(core, facts.MultiWord);
            facts.MetonymOf = (classes & WordClass.Metonym) != 0 && lexicon.Metonyms.TryGetValue(core, out var country) ? country : null;
            facts.HeadIsOrganizationWord = (head & WordClass.OrganizationWord) != 0;
            facts.IsPlace = (classes & WordClass.Place) != 0;
            facts.HeadIsPlaceWord = (head & WordClass.PlaceWord) != 0;
            facts.OpensWithPlaceOpener = facts.MultiWord && lexicon.OpensWithPlaceOpener(core);
            facts.HeadIsCountry = facts.MultiWord && !facts.IsPlace && (head & WordClass.Place) != 0;
            return facts;
        }

        /// <summary>"Israelis", "Palestinians": a nationality's plural names a people, as a group word does, never one person.</summary>
        private bool IsDemonymPlural(string core, bool multiWord) =>
            !multiWord && core.Length > 2 && core[core.Length - 1] == 's' && lexicon.Demonyms.ContainsKey(core.Substring(0, core.Length - 1));

        /// <summary>
        /// The word before the first " of " or " for " word ("Ministry of Defence", "Office for National Statistics": a name takes
        /// "for" in only after an organisation's word), else the last word, of a name split at single spaces (as
        /// <c>name.Split(' ')</c> would give them, but cutting only the one word needed). An entity's <see cref="Entity.Head"/> too.
        /// </summary>
        /// <remarks>Cut through the article's word strings: a speaker's surname, asked of every quote of theirs, is mostly cut already.</remarks>
        internal static string HeadWord(string name, WordStrings? strings)
        {
            var (start, length) = HeadWordSpan(name);
            return length == name.Length ? name : WordStrings.Cut(strings, name, start, length);
        }

        /// <summary>Where <see cref="HeadWord"/> is in the name.</summary>
        private static (int Start, int Length) HeadWordSpan(string name)
        {
            var wordStart = 0;
            var previousStart = -1;
            var previousEnd = -1;
            while (true)
            {
                var wordEnd = name.IndexOf(' ', wordStart);
                if (wordEnd < 0)
                {
                    wordEnd = name.Length;
                }

                if ((wordEnd - wordStart == 2 && string.CompareOrdinal(name, wordStart, "of", 0, 2) == 0) ||
                    (wordEnd - wordStart == 3 && string.CompareOrdinal(name, wordStart, "for", 0, 3) == 0))
                {
                    // Only the first "of" or "for" counts; one that opens the name leaves the last word as the head.
                    if (previousStart >= 0)
                    {
                        return (previousStart, previousEnd - previousStart);
                    }

                    var lastSpace = name.LastIndexOf(' ');
                    return (lastSpace + 1, name.Length - lastSpace - 1);
                }

                if (wordEnd == name.Length)
                {
                    return (wordStart, wordEnd - wordStart);
                }

                previousStart = wordStart;
                previousEnd = wordEnd;
                wordStart = wordEnd + 1;
            }
        }

        /// <summary>
        /// "Chinese foreign minister Wang", "Manchester United manager Sir Alex Ferguson": the lowercase title before a capitalised
        /// name, which belongs to it, or null; a nationality before the title is the mention's country, other names in capitals
        /// its affiliation. A name whose run opens with a title of its own ("Sir", "Mr") has its title already: the one before
        /// it is read only when that title is an honorific's.
        /// </summary>
        private string? LowercaseTitleBefore(ParagraphText p, int first, Mention m)
        {
            if (first == 0 || (m.Title != null && !p.Is(first, WordClass.TitleWord)))
            {
                return null;
            }

            var k = first - 1;
            var lo = Math.Max(0, first - MaxLowercaseTitleWords);
            while (k >= lo && p.Is(k, WordClass.TitleWord | WordClass.Descriptor))
            {
                k--;
            }

            // "supporters of Mr Khodorkovsky": "of" is a title's word only inside one ("Secretary of State"), never its first.
            while (k + 1 < first - 1 && !p.IsCapitalised(k + 1) && (p.WordIs(k + 1, "of") || p.WordIs(k + 1, "for")))
            {
                k++;
            }

            // The words are cut only when they make a title.
            if (k + 1 == first || parser.TitleEndingAt(p, first - 1, k + 1) == null)
            {
                return null;
            }

            var title = p.Cut(p.Tokens[k + 1].Start, p.Tokens[first - 1].End - p.Tokens[k + 1].Start);
            if (k >= 0 && p.IsWord(k))
            {
                var w = p.Word(k);
                var bare = Possessive.Strip(w);
                if (lexicon.Demonyms.TryGetValue(w, out var country) || (Possessive.Is(w) && lexicon.Places.Contains(bare) && (country = bare) != null))
                {
                    m.Country = lexicon.Metonyms.TryGetValue(country, out var c) ? c : country;
                }
                else if (p.IsCapitalised(k))
                {
                    var from = k;
                    while (from > 0 && k - from < 2 && p.IsWord(from - 1) && p.IsCapitalised(from - 1) && !p.IsPossessive(from - 1) &&
                        !p.Is(from - 1, WordClass.TitleWord | WordClass.Determiner | WordClass.Demonym))
                    {
                        from--;
                    }

                    m.Affiliation = parser.Affiliation(p, from, k + 1);
                }
            }

            // "Republican presidential nominee Donald Trump": a party's adjective in capitals among the title's words.
            for (var t = k + 1; m.Affiliation == null && t < first - 1; t++)
            {
                if (p.IsCapitalised(t) && !p.Is(t, WordClass.TitleWord))
                {
                    m.Affiliation = parser.Affiliation(p, t, t + 1);
                }
            }

            return title;
        }

        /// <summary>
        /// [first, end) is a title in lower case: words in lower case ending in a title word ("boss", "home affairs spokesman",
        /// "chief economist"), the words before it saying what the title is for.
        /// </summary>
        private static bool OnlyLowercaseTitles(ParagraphText p, int first, int end)
        {
            for (var t = first; t < end; t++)
            {
                if (!p.IsWord(t) || p.IsCapitalised(t) || !(p.Is(t, WordClass.TitleWord) || MentionParser.IsPlainNoun(p, t)))
                {
                    return false;
                }
            }

            return end > first && p.Is(end - 1, WordClass.TitleWord);
        }

        /// <summary>
        /// 'M' or 'F' when the word before the name at <paramref name="first"/>, or before the comma before it, is a lowercase noun
        /// of one sex (lists maleTitles and femaleTitles: "daughter", "husband").
        /// </summary>
        private char? GenderedNounBefore(ParagraphText p, int first)
        {
            var k = first > 0 && p.IsPunct(first - 1, ',') ? first - 2 : first - 1;
            return IsLowercaseNoun(p, k) ? GenderOfNoun(p.Word(k)) : null;
        }

        /// <summary>Verbs, prepositions and determiners, most of the words before a name: no noun that could describe it.</summary>
        private const WordClass NoNounBeforeName =
            WordClass.CueVerb | WordClass.ClauseWord | WordClass.Determiner | WordClass.IntroPreposition | WordClass.PostModifierPreposition;

        /// <summary>Token k is a word in lower case that may be a noun: its classes answer before any word is cut.</summary>
        private static bool IsLowercaseNoun(ParagraphText p, int k) => k >= 0 && p.IsWord(k) && !p.IsCapitalised(k) && !p.Is(k, NoNounBeforeName);

        /// <summary>'M' or 'F' for a noun of one sex (lists maleTitles and femaleTitles: "daughter", "husband"), else null.</summary>
        private char? GenderOfNoun(string word) => lexicon.MaleTitles.Contains(word) ? 'M' : lexicon.FemaleTitles.Contains(word) ? 'F' : (char?)null;

        /// <summary>
        /// The words before the name at <paramref name="first"/> make it a body: a company noun in lower case ("monitoring firm
        /// Netcraft": list companyNouns), or a role in lower case and "of" or "at" ("managing director of T-Mobile", "an analyst
        /// at Netcraft"), a role of no sex ("the son of", "the wife of" name a person's kin).
        /// </summary>
        private bool IsBodyByWordsBefore(ParagraphText p, int first)
        {
            var k = first - 1;
            if (k < 0 || !p.IsWord(k) || p.IsCapitalised(k))
            {
                return false;
            }

            if (p.WordIs(k, "of") || p.WordIs(k, "at"))
            {
                return IsOfOrAtAfterRole(p, k);
            }

            return IsLowercaseNoun(p, k) && lexicon.CompanyNouns.Contains(p.Word(k));
        }

        /// <summary>The name run [first, end) has two words or more and opens with a common given name ("Wayne Rooney").</summary>
        private bool StartsWithGivenName(ParagraphText p, int first, int end) =>
            end - first >= 2 && lexicon.IsGivenName(p.Word(first));

        // "at analyst Gartner", "of culture blogzine Print Culture": at most this many lowercase words describe the body.
        private const int MaxBodyDescriptionWords = 3;

        /// <summary>
        /// The name at <paramref name="first"/> follows a role in lower case, "at" or "of", and a few lowercase nouns that describe
        /// it ("a research director at analyst Gartner"); a role of one sex ("the son of rock star ...") names a person's kin.
        /// </summary>
        private bool IsBodyDescribedAfterRole(ParagraphText p, int first)
        {
            var k = first - 1;
            var words = 0;
            while (k >= 0 && words < MaxBodyDescriptionWords && (MentionParser.IsPlainNoun(p, k) || (p.IsWord(k) && !p.IsCapitalised(k) && p.Is(k, WordClass.TitleWord))))
            {
                k--;
                words++;
            }

            return words > 0 && IsOfOrAtAfterRole(p, k);
        }

        /// <summary>Token k is "of" or "at" after a role in lower case of no sex ("director of", "an analyst at"; not "the son of").</summary>
        private bool IsOfOrAtAfterRole(ParagraphText p, int k) =>
            k >= 1 && p.IsWord(k) && (p.WordIs(k, "of") || p.WordIs(k, "at")) && p.IsWord(k - 1) && !p.IsCapitalised(k - 1) &&
            p.Is(k - 1, WordClass.TitleWord) && GenderOfNoun(p.Word(k - 1)) == null;

        /// <summary>The two words before <paramref name="t"/> end a listed via phrase other than "according to" ("interview with", "reported by").</summary>
        private bool EndsViaPhrase(ParagraphText p, int t, int sentenceFirst)
        {
            if (t - 2 < sentenceFirst || !p.IsWord(t - 1) || !p.IsWord(t - 2) || !p.Is(t - 1, WordClass.IntroPreposition | WordClass.PostModifierPreposition))
            {
                return false;
            }

            foreach (var phrase in lexicon.ViaPhrases)
            {
                if (phrase.Length >= 2 && !string.Equals(phrase[0], "according", StringComparison.OrdinalIgnoreCase) && p.WordIsIgnoringCase(t - 1, phrase[phrase.Length - 1]) && p.WordIsIgnoringCase(t - 2, phrase[phrase.Length - 2]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A word that takes the name after it as its object: a preposition ("went after Trump") or a verb's past or third-person
        /// form ("had visited Pullman", "said"); not a title or description ("Fletcher's daughter Jill", "cabinet colleague Lord X").
        /// </summary>
        private static bool IsPrepositionBefore(ParagraphText p, int t, int sentenceFirst) =>
            t >= sentenceFirst && p.IsWord(t) && !p.IsCapitalised(t) &&
            (p.Is(t, WordClass.PostModifierPreposition) || p.WordIs(t, "to") || p.WordIs(t, "by") || p.WordIs(t, "about") || p.WordIs(t, "against"));

        private static bool IsObjectWord(ParagraphText p, int t) =>
            p.IsWord(t) && !p.Is(t, WordClass.TitleWord | WordClass.Descriptor | WordClass.Demonym) &&
            (p.Is(t, WordClass.IntroPreposition | WordClass.PostModifierPreposition | WordClass.CueVerb) || p.IsEdForm(t));

        /// <summary>
        /// The word after the name that starts at <paramref name="k"/> reads as its verb ("Bush went", "Stone had visited", "Cox
        /// says"), so the name is the clause's subject; not a noun it modifies ("Trump backers on campus looked to Kukura").
        /// </summary>
        private static bool IsVerbAfterName(ParagraphText p, int k)
        {
            var t = k + 1;
            while (p.IsWord(t) && p.IsCapitalised(t))
            {
                t++;
            }

            return p.IsWord(t) && (p.Is(t, WordClass.CueVerb | WordClass.ClauseVerb | WordClass.CueModifier) || p.IsEdForm(t));
        }

        /// <summary>
        /// A name opens its clause: first in the sentence, or after a comma or a conjunction, and a verb or comma follows;
        /// or it is the inverted subject of a cue verb right after a quote or comma ("...," said Tomas Reyes; "..., said Mr Romen").
        /// </summary>
        private bool IsSubjectPosition(ParagraphText p, int first, int end)
        {
            var sentence = p.Sentences[p.SentenceOf(first)];

            // "given to him as an MP", "elected as chairman": a role after "as" says what someone is, it names no one ("came as
            // Cardinal O'Connor backed ..." opens a clause with its subject).
            var article = p.Is(first, WordClass.Determiner) || p.Is(first - 1, WordClass.Determiner);
            var before = p.Is(first, WordClass.Determiner) ? first - 1 : p.Is(first - 1, WordClass.Determiner) ? first - 2 : first - 1;
            if (before >= sentence.First && p.IsWord(before) && p.WordIsIgnoringCase(before, "as") && (article || !p.IsCapitalised(before + 1)))
            {
                return false;
            }

            // "..., said Mr Romen": a title may stand between the inverted cue and the name, and the names that modify the
            // title with it ("..., said Yukos spokesman Alexander Shadrin").
            var cue = first - 1;
            var title = false;
            while (cue > sentence.First && p.IsWord(cue) && (p.Is(cue, WordClass.TitleWord) || (title && p.IsCapitalised(cue))) && first - cue <= MaxWordsBeforeSubject)
            {
                title |= p.Is(cue, WordClass.TitleWord);
                cue--;
            }

            if (cue >= sentence.First && p.Is(cue, WordClass.CueVerb) && cue - 1 >= sentence.First && !p.IsWord(cue - 1))
            {
                return true;
            }

            // "Speaking outside court, Mr Hollins said": an honorific or title in capitals before the name is the subject's.
            var k = first - 1;
            while (k >= sentence.First && p.IsWord(k) && p.IsCapitalised(k) && p.Is(k, WordClass.TitleWord) && k > first - MaxWordsBeforeSubject - 1)
            {
                k--;
            }

            // "By Ann Lee": a byline names the writer, no one the story's pronouns stand for.
            if (sentence.First == 0 && first == 1 && p.WordIs(0, "By"))
            {
                return false;
            }

            // "Sarah Pickering, 41, from Little Hadham, said", "in Victoria Park": a name after "from" or a preposition of place
            // (list placePrepositions) is where someone is, never the clause's subject.
            // (Asked of every name: the word is cut only when its classes say it is a preposition.)
            if (first > sentence.First && p.IsWord(first - 1) && !p.IsCapitalised(first - 1) &&
                p.Is(first - 1, WordClass.IntroPreposition | WordClass.PostModifierPreposition) &&
                (p.WordIs(first - 1, "from") || lexicon.PlacePrepositions.Contains(p.Word(first - 1))))
            {
                return false;
            }

            // "But standing next to Mr Blair he added": after a preposition the titled name is its object.
            var titled = k + 1;

            // "In an interview with Rolling Stone in March, she said": the name a via phrase ends on is where the words were
            // reported, not someone the story's pronouns stand for. Not "according to", whose name is a source that speaks
            // ("..., according to John Houlihan, editor of ... "It's a very competitive price," he says").
            if (EndsViaPhrase(p, titled, sentence.First))
            {
                return false;
            }

            if (titled < first && IsPrepositionBefore(p, titled - 1, sentence.First))
            {
                return false;
            }

            while (k >= sentence.First && p.IsWord(k) && !p.IsCapitalised(k) && k > first - MaxWordsBeforeSubject - 1 && char.IsLower(p.Source[p.Tokens[k].Start]))
            {
                k--;
            }

            // A dateline ("RIVERSIDE, Calif. -") is no part of the clause: the name after it opens the sentence, and its own names
            // are no subjects.
            var afterDateline = sentence.First == 0 ? AttributionRules.ReportedSentence.AfterDateline(p, 0, sentence.End) : 0;
            if (first < afterDateline)
            {
                return false;
            }

            // "Fans' group spokesman Pete Lowe said": the apostrophe of a plural possessive stands alone after its word; the word
            // with it is what opens the phrase.
            if (k > sentence.First && (p.IsPunct(k, '\'') || p.IsPunct(k, '\u2019')) && p.IsWord(k - 1) && p.Tokens[k - 1].End == p.Tokens[k].Start &&
                p.IsCapitalised(k - 1) && p.EndsWith(k - 1, "s"))
            {
                k--;
            }

            // '"...," Emanuel said': a name between a quotation's closing mark and its cue is the cue's subject.
            var opens = k < sentence.First || k + 1 == afterDateline || p.IsPunct(k, ',') ||
                (p.IsWord(k) && (p.WordIs(k, "and") || p.WordIs(k, "but") || p.WordIs(k, "that") || p.WordIs(k, "then"))) ||
                (k >= 0 && p.Tokens[k].Kind == TokenKind.CloseQuote && p.IsWord(end) && p.Is(end, WordClass.CueVerb));

            // "Bristol Rovers boss Darrell Clarke praised": a name of several words that opens the sentence and only modifies a
            // title in lower case is the title's, as one word is ("Exeter boss Gary Caldwell").
            if (!opens && p.IsWord(k) && p.IsCapitalised(k) && k > sentence.First && k + 1 < titled && OnlyLowercaseTitles(p, k + 1, titled))
            {
                var j = k;
                while (j > sentence.First && p.IsWord(j - 1) && p.IsCapitalised(j - 1))
                {
                    j--;
                }

                // "..., the Lib Dem leader Charles Kennedy dismissed": with "the" before the names, the phrase opens where the
                // clause does.
                var m = j - 1;
                if (m >= sentence.First && p.IsWord(m) && p.WordIsIgnoringCase(m, "the"))
                {
                    opens = m == sentence.First || p.IsPunct(m - 1, ',') || (p.IsWord(m - 1) && (p.WordIs(m - 1, "and") || p.WordIs(m - 1, "but")));
                }
                else if (m >= sentence.First)
                {
                    // "On Sunday, Lib Dem leader Charles Kennedy repeated": after an opening phrase and its comma, or "and" or
                    // "but", the names open the clause.
                    opens = p.IsPunct(m, ',') || (p.IsWord(m) && (p.WordIs(m, "and") || p.WordIs(m, "but")));
                }

                k = j == sentence.First ? j : k;
            }

            // "Then the minister Wang said": a capitalised word that opens the sentence before lowercase words may open the clause
            // ("Then", "Former"); a name registered there is the clause's subject instead, and the name after its verb is
            // an object ("Bush went after Trump ... when he called"), not a subject a later pronoun goes back to.
            if (!opens && p.IsWord(k) && p.IsCapitalised(k))
            {
                opens = k == sentence.First && !(IsObjectWord(p, titled - 1) && !p.Is(k, WordClass.TitleWord) && !p.IsPossessive(k) && IsVerbAfterName(p, k) &&
                    byOffset.TryGetValue(p.Tokens[k].Start, out var named) && named.Entity.Type == SpeakerType.Person);
            }

            // '"...," Renaissance Capital energy analyst Adam Landes told': the words that describe the name after a quotation's
            // closing mark are the cue's subject phrase, as the name alone is.
            if (!opens && p.IsWord(end) && p.Is(end, WordClass.CueVerb))
            {
                var j = k;
                while (j >= sentence.First && p.IsWord(j) && first - j <= MaxWordsBeforeSubject)
                {
                    j--;
                }

                opens = j >= sentence.First && p.Tokens[j].Kind == TokenKind.CloseQuote;
            }

            // "Rep. Nancy Pelosi (D-Calif.) told reporters", "Ann Lee (pictured) said": a bracketed aside after the name is
            // read past, as the subject parser reads past it.
            var after = AfterBracketedAside(p, end);
            var follows = after >= p.Tokens.Count || p.IsPunct(after, ',') || (p.IsWord(after) && !p.IsCapitalised(after));
            return opens && follows && !p.IsPossessive(end - 1);
        }

        /// <summary>
        /// The name run [first, end) is followed by its initials in brackets: "(AMA)" after "Assistive Mouse Adapter", "(OECD)"
        /// after "Organisation for Economic Co-operation and Development" (the capitalised words' first letters, in order).
        /// </summary>
        private static bool IsOwnInitialsAfter(ParagraphText p, int first, int end)
        {
            if (end + 2 >= p.Tokens.Count || !p.IsPunct(end, '(') || !p.IsWord(end + 1) || !p.IsPunct(end + 2, ')'))
            {
                return false;
            }

            var text = p.Source;
            var acronym = p.Tokens[end + 1];
            var next = acronym.Start;
            for (var t = first; t < end; t++)
            {
                if (!p.IsWord(t) || !p.IsCapitalised(t))
                {
                    continue;
                }

                if (next >= acronym.End || text[next] != text[p.Tokens[t].Start])
                {
                    return false;
                }

                next++;
            }

            return next == acronym.End && acronym.End - acronym.Start >= MinAcronymLetters;
        }

        /// <summary>The token after a short bracketed aside that opens at <paramref name="t"/>, else <paramref name="t"/>.</summary>
        private static int AfterBracketedAside(ParagraphText p, int t)
        {
            if (t >= p.Tokens.Count || !p.IsPunct(t, '('))
            {
                return t;
            }

            for (var k = t + 1; k < p.Tokens.Count && k - t <= MaxAsideTokens; k++)
            {
                if (p.IsPunct(k, ')'))
                {
                    return k + 1;
                }
            }

            return t;
        }
    }

    /// <summary>What the word lists say about one name (SpeakerResolver.FactsOf).</summary>
    internal struct NameFacts
    {
        /// <summary>Empty, lower-case, or a nationality word ("Chinese"): no entity.</summary>
        public bool NotAName { get; set; }

        public bool MultiWord { get; set; }

        public Config.SpeakerProfile? Alias { get; set; }

        public bool IsGroup { get; set; }

        /// <summary>The country a capital or metonym stands for ("Beijing" -> "China").</summary>
        public string? MetonymOf { get; set; }

        /// <summary>The head word (before "of" or "for", else the last) is an organisation word ("Ministry").</summary>
        public bool HeadIsOrganizationWord { get; set; }

        public bool IsPlace { get; set; }

        public bool HeadIsPlaceWord { get; set; }

        /// <summary>A name of several words that a place word opens ("Loch Ness", "Mount Kenya"): a place's.</summary>
        public bool OpensWithPlaceOpener { get; set; }

        /// <summary>A name of several words, no place itself, whose head is a listed place ("Cancer Research UK").</summary>
        public bool HeadIsCountry { get; set; }
    }
}
