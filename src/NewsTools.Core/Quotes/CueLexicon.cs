using System;
using System.Collections.Generic;
using System.Linq;
using NewsTools.Config;
using NewsTools.Text;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Quotes
{
    /// <summary>
    /// The word lists quote attribution runs on, read once from the merged configuration (cueVerbs, cuePhrases, titles,
    /// demonyms, metonyms, speakers and the quotes word lists), in the lookup shapes the scanners need.
    /// </summary>
    internal sealed class CueLexicon
    {
        private static readonly StringComparer Ci = StringComparer.OrdinalIgnoreCase;

        public CueLexicon(NewsToolsConfig config)
        {
            CueVerbs = new HashSet<string>(config.CueVerbs, Ci);
            CuePhrases = Phrases(config.CuePhrases);
            Titles = Phrases(config.Titles);
            TitleWords = new HashSet<string>(config.Titles.SelectMany(t => t.Split(' ')), Ci);
            Demonyms = new Dictionary<string, string>(config.Demonyms, Ci);
            Metonyms = new Dictionary<string, string>(Ci);
            foreach (var pair in config.Metonyms)
            {
                foreach (var alias in pair.Value)
                {
                    Metonyms[alias] = pair.Key;
                }
            }

            // The name vocabulary is one list each in Text/names.defaults.yaml, shared with every name finder; a user file that
            // still extends the old wordLists entries of the same names is read too.
            OrganizationWords = NameList(config, config.OrganizationWords, "organizationWords", Ci);
            GroupWords = List(config, "groupWords");

            // Text/Abbreviations: words that keep their period on the word ("No." is one, "no." is not). Quotes keep "Inc."
            // whole too: an organisation's name ends with it.
            Abbreviations = NewsTools.Text.Abbreviations.For(config).Forms;
            Sentences = NewsTools.Text.SentenceSplitter.For(config);
            TitleCaseSmallWords = new HashSet<string>(NewsTools.Text.TextVocabulary.List(config, "titleCaseSmallWords"), StringComparer.Ordinal);
            PlaceWords = List(config, "placeWords");
            PlaceDirections = List(config, "placeDirections");
            PlaceWordsAlsoSurnames = List(config, "placeWordsAlsoSurnames");
            PlaceOpeners = List(config, "placeOpeners").ToArray();
            ThingWords = List(config, "thingWords").ToArray();
            PlaceOpenerInitials = new bool[128];
            foreach (var opener in PlaceOpeners)
            {
                if (opener.Length > 0 && opener[0] < 128)
                {
                    PlaceOpenerInitials[opener[0]] = true;
                }
            }

            NationalityNouns = List(config, "nationalityNouns");
            EpithetNouns = List(config, "epithetNouns");
            NamedPlaceEpithetNouns = List(config, "namedPlaceEpithetNouns");
            UnnamedRoleNouns = List(config, "unnamedRoleNouns");
            PublicationNouns = List(config, "publicationNouns");
            PublicationWords = List(config, "publicationWords");
            PartyMembers = List(config, "partyMembers");
            ContrastOpeners = List(config, "contrastOpeners");
            LyNouns = List(config, "lyNouns");
            FeelingParticiples = List(config, "feelingParticiples");
            ClauseQuantifiers = List(config, "clauseQuantifiers");
            PlacePrepositions = List(config, "placePrepositions");
            Places = NameList(config, config.Places, "places", Ci);
            foreach (var country in config.Demonyms.Values.Concat(config.Metonyms.Keys).Concat(Metonyms.Keys))
            {
                Places.Add(country);
            }

            TermMarkers = Phrases(List(config, "termMarkers"));
            SubjectPronouns = List(config, "subjectPronouns");
            NounCues = List(config, "nounCues");
            NonSpeakerNouns = List(config, "nonSpeakerNouns");
            BareClauseCues = List(config, "bareClauseCues");
            MalePronouns = List(config, "malePronouns");
            MaleTitles = List(config, "maleTitles");
            FemaleTitles = List(config, "femaleTitles");
            FemalePronouns = List(config, "femalePronouns");
            MaleGivenNames = List(config, "maleGivenNames");
            FemaleGivenNames = List(config, "femaleGivenNames");
            // Month and weekday names are the time vocabulary's (CalendarWords), the engine's one list of them.
            var calendar = CalendarWords.For(config);
            NotNames = NameList(config, config.NotNames, "notNames", StringComparer.Ordinal);
            NotNames.UnionWith(calendar.NotNames);
            TimeWords = List(config, "timeWords");
            MonthsAlsoNames = new HashSet<string>(config.WordLists.TryGetValue("monthsAlsoNames", out var monthNames) ? monthNames : new List<string>(), StringComparer.Ordinal);
            MonthsAlsoGivenNames = new HashSet<string>(config.WordLists.TryGetValue("monthsAlsoGivenNames", out var givenNames) ? givenNames : new List<string>(), StringComparer.Ordinal);
            TimeWords.UnionWith(calendar.Months.Concat(calendar.Weekdays));
            NumberWords = new HashSet<string>(calendar.Numbers, Ci);
            CueModifiers = List(config, "cueModifiers");
            ClauseWords = List(config, "clauseWords");
            IntroPrepositions = List(config, "introPrepositions");
            PostModifierPrepositions = List(config, "postModifierPrepositions");
            SettingPrepositions = List(config, "settingPrepositions");
            NounOpeners = List(config, "nounOpeners");
            BodyNouns = List(config, "bodyNouns");
            CompanyNouns = List(config, "companyNouns");
            PostModifierAdjectives = List(config, "postModifierAdjectives");
            foreach (var pair in PostModifierAdjectives)
            {
                PostModifierAdjectiveWords.Add(pair.Split(' ')[0]);
            }

            Determiners = List(config, "determiners");
            QuantityNouns = List(config, "quantityNouns");
            AmountQualifiers = List(config, "amountQualifiers");
            AmountQualifierLinks = List(config, "amountQualifierLinks");
            Auxiliaries = List(config, "auxiliaries");

            // The time vocabulary's irregular past forms ("won", "hit", "took"), one list for the engine: the verbs of a sentence
            // about someone that introduces their words. Not its auxiliaries nor its time words ("was", "ago", "last").
            PastForms = List(config, "timePastCues");
            PastForms.ExceptWith(Auxiliaries);
            PastForms.ExceptWith(new[] { "ago", "earlier", "last", "yesterday" });
            Subordinators = List(config, "subordinators");
            AdverbialSubordinators = List(config, "adverbialSubordinators");
            RelativeWords = List(config, "relativeWords");
            CollectiveNouns = List(config, "collectiveNouns");
            PluralPronouns = List(config, "pluralPronouns");
            PluralPeopleNouns = List(config, "pluralPeopleNouns");
            StandaloneDeterminers = List(config, "standaloneDeterminers");
            IndefiniteNamers = List(config, "indefiniteNamers");
            SourceNouns = List(config, "sourceNouns");
            SourceParticiples = List(config, "sourceParticiples");
            AccessParticiples = List(config, "accessParticiples");
            DocumentCueVerbs = List(config, "documentCueVerbs");
            InvertedCueVerbs = List(config, "invertedCueVerbs");
            ViaPhrases = LongestFirst(Phrases(List(config, "viaPhrases")));
            MediumPhrases = LongestFirst(Phrases(List(config, "mediumPhrases")));
            ClauseVerbs = List(config, "clauseVerbs");
            Descriptors = List(config, "descriptors");
            NotSpeakerLabels = List(config, "notSpeakerLabels");
            AudienceLabelWords = List(config, "audienceLabelWords");
            QuestionLabels = List(config, "questionLabels");
            AnswerLabels = List(config, "answerLabels");
            InterviewerVerbs = LongestFirst(Phrases(List(config, "interviewerVerbs")));
            IntervieweeVerbs = LongestFirst(Phrases(List(config, "intervieweeVerbs")));
            InterviewNouns = List(config, "interviewNouns");
            TellVerbs = List(config, "tellVerbs");
            ContinuingCues = List(config, "continuingCues");
            NamingVerbs = List(config, "namingVerbs");
            NamingParticiples = List(config, "namingParticiples").ToArray();
            CharacterisingVerbs = List(config, "characterisingVerbs");
            NamedObjectStops = List(config, "namedObjectStops");
            SpeechNouns = List(config, "speechNouns");

            // Aliases of configured speakers, longest first so "Foreign Minister Wang" wins over "Wang".
            foreach (var speaker in config.Speakers.Where(s => !string.IsNullOrWhiteSpace(s.Name)))
            {
                SpeakerAliases[speaker.Name] = speaker;
                foreach (var alias in speaker.Aliases)
                {
                    SpeakerAliases[alias] = speaker;
                }

                if (!string.IsNullOrWhiteSpace(speaker.Title))
                {
                    Titles.Add(Words(speaker.Title!));
                    foreach (var word in speaker.Title!.Split(' '))
                    {
                        TitleWords.Add(word);
                    }
                }
            }

            CuePhrases.Sort((a, b) => b.Length.CompareTo(a.Length));
            var clauseFinal = List(config, "clauseFinalCuePhrases");
            foreach (var phrase in CuePhrases)
            {
                if (clauseFinal.Contains(string.Join(" ", phrase)))
                {
                    ClauseFinalCuePhrases.Add(phrase);
                }
            }

            Titles.Sort((a, b) => b.Length.CompareTo(a.Length));
            foreach (var phrase in CuePhrases)
            {
                Index(CuePhrasesByFirstWord, phrase[0], phrase);
            }

            foreach (var title in Titles)
            {
                Index(TitlesByFirstWord, title[0], title);
                Index(TitlesByLastWord, title[title.Length - 1], title);
            }

            TermMarkers.Sort((a, b) => b.Length.CompareTo(a.Length));

            PerfectCueParticiples = List(config, "perfectCueParticiples");
            CueVerbs.UnionWith(PerfectCueParticiples);
            CueStartWords = new HashSet<string>(CueVerbs, Ci);
            CueStartWords.UnionWith(CuePhrasesByFirstWord.Keys);
            CueStartWords.UnionWith(BareClauseCues);
            CueStartWords.UnionWith(DocumentCueVerbs);
            CueStartWords.Add("according");

            Classes = new WordClassTable { NameParticles = NameParticles.Of(config) };
            Classes.Add(CueVerbs, WordClass.CueVerb);
            Classes.Add(CueStartWords, WordClass.CueStart);
            Classes.Add(BareClauseCues, WordClass.BareClauseCue);
            Classes.Add(NounCues, WordClass.NounCue);
            Classes.Add(CueModifiers, WordClass.CueModifier);
            Classes.Add(TimeWords, WordClass.TimeWord);
            Classes.Add(Determiners, WordClass.Determiner);
            Classes.Add(TitleWords, WordClass.TitleWord);
            Classes.Add(Descriptors, WordClass.Descriptor);
            Classes.Add(ClauseWords, WordClass.ClauseWord);
            Classes.Add(IntroPrepositions, WordClass.IntroPreposition);
            Classes.Add(SubjectPronouns, WordClass.SubjectPronoun);
            Classes.Add(OrganizationWords, WordClass.OrganizationWord);
            Classes.Add(PlaceWords, WordClass.PlaceWord);
            Classes.Add(Places, WordClass.Place);
            Classes.Add(new HashSet<string>(Demonyms.Keys, Ci), WordClass.Demonym);
            Classes.Add(NotNames, WordClass.NotName);
            Classes.Add(new HashSet<string>(TitlesByFirstWord.Keys, Ci), WordClass.TitleFirstWord);
            Classes.Add(new HashSet<string>(TitlesByLastWord.Keys, Ci), WordClass.TitleLastWord);
            Classes.Add(new HashSet<string>(CuePhrasesByFirstWord.Keys, Ci), WordClass.CuePhraseFirstWord);
            Classes.Add(Abbreviations, WordClass.Abbreviation);
            Classes.Add(GroupWords, WordClass.GroupWord);
            Classes.Add(new HashSet<string>(Metonyms.Keys, Ci), WordClass.Metonym);
            Classes.Add(new HashSet<string>(SpeakerAliases.Keys, Ci), WordClass.SpeakerAlias);
            Classes.Add(SourceNouns, WordClass.SourceNoun);
            Classes.Add(SourceParticiples, WordClass.SourceParticiple);
            Classes.Add(ClauseVerbs, WordClass.ClauseVerb);
            Classes.Add(DocumentCueVerbs, WordClass.DocumentCueVerb);
            Classes.Add(List(config, "clauseFinalCueVerbs"), WordClass.ClauseFinalCueVerb);
            Classes.Add(List(config, "headlineCueVerbs"), WordClass.HeadlineCueVerb);
            Classes.Add(PostModifierPrepositions, WordClass.PostModifierPreposition);
            EdNouns = List(config, "edNouns");
            Classes.EdNouns = EdNouns.Select(w => w.ToLowerInvariant()).Distinct().ToArray();
            Classes.Seal();
        }

        /// <summary>Every list below in one table, so a token is classified once (see <see cref="ParagraphText"/>).</summary>
        public WordClassTable Classes { get; }

        public HashSet<string> CueVerbs { get; }

        /// <summary>Every word that can open a reporting expression (cue verbs, first words of cue phrases, bare-clause cues, "according").</summary>
        public HashSet<string> CueStartWords { get; }

        /// <summary>Multi-word cues as word arrays, longest first.</summary>
        public List<string[]> CuePhrases { get; }

        /// <summary>Cue phrases by their first word, longest first.</summary>
        public Dictionary<string, List<string[]>> CuePhrasesByFirstWord { get; } = new Dictionary<string, List<string[]>>(Ci);

        /// <summary>Titles as word arrays, longest first.</summary>
        public List<string[]> Titles { get; }

        public HashSet<string> TitleWords { get; }

        /// <summary>Titles by their first word, longest first, so matching a title at a word costs one lookup.</summary>
        public Dictionary<string, List<string[]>> TitlesByFirstWord { get; } = new Dictionary<string, List<string[]>>(Ci);

        /// <summary>Titles by their last word, longest first.</summary>
        public Dictionary<string, List<string[]>> TitlesByLastWord { get; } = new Dictionary<string, List<string[]>>(Ci);

        public Dictionary<string, string> Demonyms { get; }

        /// <summary>Metonym or capital to country ("Beijing" -> "China").</summary>
        public Dictionary<string, string> Metonyms { get; }

        public HashSet<string> OrganizationWords { get; }

        /// <summary>Parties and groups ("Republicans"): organisations, never a person's pronoun antecedent.</summary>
        public HashSet<string> GroupWords { get; }

        /// <summary>Words that keep a following period, so it is not read as a sentence end (each form as matched: "Mr", "mr").</summary>
        public HashSet<string> Abbreviations { get; }

        /// <summary>The configuration's sentence splitter, the one coverage and events read too.</summary>
        public NewsTools.Text.SentenceSplitter Sentences { get; }

        /// <summary>Words a title-cased name leaves in lower case ("of", "the"), matched as written.</summary>
        public HashSet<string> TitleCaseSmallWords { get; }

        public HashSet<string> PlaceWords { get; }

        /// <summary>Words that make a region of the place after them ("North London", "Greater Manchester").</summary>
        public HashSet<string> PlaceDirections { get; }

        /// <summary>Place words that are also surnames ("Hall", "Park"): after a given name, a person's.</summary>
        public HashSet<string> PlaceWordsAlsoSurnames { get; }

        /// <summary>Nouns for one person of a nation ("Scot", "American"): after "the" alone, a description of a person named before.</summary>
        public HashSet<string> NationalityNouns { get; }

        /// <summary>Occupations that stand for a person named before ("the singer", "the England striker"): list epithetNouns.</summary>
        public HashSet<string> EpithetNouns { get; }

        /// <summary>Nouns for a person that refer back to someone named only after a place or a side ("the Waterford man").</summary>
        public HashSet<string> NamedPlaceEpithetNouns { get; }

        /// <summary>Roles whose holder the article does not name, even after "the" ("The Trafford Centre spokeswoman said").</summary>
        public HashSet<string> UnnamedRoleNouns { get; }

        /// <summary>Nouns for a newspaper or magazine ("the paper said"): list publicationNouns.</summary>
        public HashSet<string> PublicationNouns { get; }

        /// <summary>Last words of publications' names ("Financial Times", "Daily Telegraph"): list publicationWords.</summary>
        public HashSet<string> PublicationWords { get; }

        /// <summary>A party's member before a full name ("Tory David Heathcoat-Amory"): list partyMembers.</summary>
        public HashSet<string> PartyMembers { get; }

        /// <summary>Conjunctions that open a contrasting clause of its own ("while", "but"): list contrastOpeners.</summary>
        public HashSet<string> ContrastOpeners { get; }

        /// <summary>Nouns that end in "-ly" as adverbs do ("monopoly", "ally"): list lyNouns.</summary>
        public HashSet<string> LyNouns { get; }

        /// <summary>Participles that after "be" tell the subject's state, not a passive ("were worried that").</summary>
        public HashSet<string> FeelingParticiples { get; }

        /// <summary>Quantifiers and demonstratives that may open a reported clause's subject ("said further cuts were possible").</summary>
        public HashSet<string> ClauseQuantifiers { get; }

        /// <summary>Words that open a place's name ("Lake", "Mount"): see <see cref="OpensWithPlaceOpener"/>.</summary>
        public string[] PlaceOpeners { get; }

        // The ASCII letters the openers begin with: most names begin with none, and are answered without a comparison.
        private bool[] PlaceOpenerInitials { get; }

        /// <summary>Last words of the names of events, prizes and laws ("Grand Prix", "Golden Globe", "Gambling Bill"): list thingWords.</summary>
        public string[] ThingWords { get; }

        /// <summary>The name of several words ends in a thing word as a word of its own, compared in place (see <see cref="OpensWithPlaceOpener"/>).</summary>
        public bool EndsWithThingWord(string name)
        {
            foreach (var word in ThingWords)
            {
                var at = name.Length - word.Length;
                if (at > 1 && name[at - 1] == ' ' && string.CompareOrdinal(name, at, word, 0, word.Length) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The name of several words begins with a place opener as a word of its own ("Loch Ness", not "Lakeland Dairies"),
        /// compared in place: only names are asked, and a handful of openers costs less than cutting the first word.
        /// </summary>
        public bool OpensWithPlaceOpener(string name)
        {
            if (name.Length == 0 || name[0] >= PlaceOpenerInitials.Length || !PlaceOpenerInitials[name[0]])
            {
                return false;
            }

            foreach (var opener in PlaceOpeners)
            {
                if (name.Length > opener.Length + 1 && name[opener.Length] == ' ' && string.CompareOrdinal(name, 0, opener, 0, opener.Length) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Words in -ed that are no past form ("speed", "need", "hundred").</summary>
        public HashSet<string> EdNouns { get; }

        /// <summary>A word in -ed that may be a past form or participle ("announced"; not "speed" or "need").</summary>
        public bool IsEdForm(string word) => word.EndsWith("ed", StringComparison.Ordinal) && !EdNouns.Contains(word);

        /// <summary>Prepositions after which a name is a place ("in", "at", "near").</summary>
        public HashSet<string> PlacePrepositions { get; }

        public HashSet<string> Places { get; }

        public List<string[]> TermMarkers { get; }

        public HashSet<string> SubjectPronouns { get; }

        public HashSet<string> NounCues { get; }

        /// <summary>Head nouns of phrases that cannot speak: places, events, quantities, abstractions ("the streets", "protests").</summary>
        public HashSet<string> NonSpeakerNouns { get; }

        public HashSet<string> BareClauseCues { get; }

        public HashSet<string> MalePronouns { get; }

        /// <summary>Title words that tell a man ("Mr.", "spokesman") or a woman ("Ms.", "congresswoman").</summary>
        public HashSet<string> MaleTitles { get; }

        public HashSet<string> FemaleTitles { get; }

        /// <summary>A title word of one sex ("Mr", "Mrs", "spokeswoman"): one of <see cref="MaleTitles"/> or <see cref="FemaleTitles"/>.</summary>
        public bool IsGenderedTitle(string word) => MaleTitles.Contains(word) || FemaleTitles.Contains(word);

        public HashSet<string> FemalePronouns { get; }

        /// <summary>Given names that tell a man ("David") or a woman ("Claire") when they open a full name.</summary>
        public HashSet<string> MaleGivenNames { get; }

        public HashSet<string> FemaleGivenNames { get; }

        /// <summary>A given name of either list ("David", "Claire"): a full name opens with one.</summary>
        public bool IsGivenName(string word) => MaleGivenNames.Contains(word) || FemaleGivenNames.Contains(word);

        /// <summary>A pronoun of the male or female lists ("he", "she"): it stands for one person of that gender.</summary>
        public bool IsGenderedPronoun(string pronoun) => MalePronouns.Contains(pronoun) || FemalePronouns.Contains(pronoun);

        /// <summary>Capitalised words that are not names (case-sensitive: "May" the month vs "may").</summary>
        public HashSet<string> NotNames { get; }

        public HashSet<string> TimeWords { get; }

        /// <summary>Months that are also surnames, as written ("May": "Theresa May"); list monthsAlsoNames of Text/names.defaults.yaml.</summary>
        public HashSet<string> MonthsAlsoNames { get; }

        /// <summary>Months that are also given names ("Jan Brewer", "April Ryan"), case-sensitive.</summary>
        public HashSet<string> MonthsAlsoGivenNames { get; }

        public HashSet<string> CueModifiers { get; }

        /// <summary>Verbs that give something a name in the quote after their object ("called her", "dubbed").</summary>
        public HashSet<string> NamingVerbs { get; }

        /// <summary>Participles that name a thing after a common noun ("a show called"); a few, compared in place.</summary>
        public string[] NamingParticiples { get; }

        /// <summary>Verbs that describe their object "as" the quote ("described the plan as", "dismissed it as").</summary>
        public HashSet<string> CharacterisingVerbs { get; }

        /// <summary>Words that end the object of a naming verb when read back from the quote (conjunctions, relatives, auxiliaries).</summary>
        public HashSet<string> NamedObjectStops { get; }

        /// <summary>Nouns of speech acts whose content a quote can be ("his call for", "Obama's ... promise").</summary>
        public HashSet<string> SpeechNouns { get; }

        /// <summary>Cue verbs that stand before their subject after a reported clause ("..., said Maria Lopez.").</summary>
        public HashSet<string> InvertedCueVerbs { get; }

        public HashSet<string> ClauseWords { get; }

        /// <summary>Prepositions that open an introductory phrase before the subject ("In remarks at ..., Kono praised").</summary>
        public HashSet<string> IntroPrepositions { get; }

        /// <summary>Irregular past forms of verbs ("won", "hit"), from the time vocabulary's list timePastCues.</summary>
        public HashSet<string> PastForms { get; }

        /// <summary>Lower-case nouns for bodies that "it" may stand for ("the company", "the committee").</summary>
        public HashSet<string> BodyNouns { get; }

        /// <summary>Nouns for a company or a club that, after "the", stand for the body that spoke last ("the company said").</summary>
        public HashSet<string> CompanyNouns { get; }

        /// <summary>Articles and prepositions after which a cue verb's form is the noun ("across state lines").</summary>
        public HashSet<string> NounOpeners { get; }

        /// <summary>Prepositions that open a phrase modifying the subject before them ("the senator from Vermont").</summary>
        public HashSet<string> PostModifierPrepositions { get; }

        /// <summary>
        /// Prepositions of a phrase between a cue and what was said that tells where, when or how ("said in a statement that").
        /// A set, not a word class: only sentences with a cue ask it.
        /// </summary>
        public HashSet<string> SettingPrepositions { get; }

        /// <summary>Nouns of quantity that head a phrase with "of" naming who they count ("half of voters", "a majority of members").</summary>
        public HashSet<string> QuantityNouns { get; }

        /// <summary>Number words ("two", "twenty", "dozen"): an amount as a digit run is ("at least two shelters had lost power").</summary>
        public HashSet<string> NumberWords { get; }

        /// <summary>A number in words, hyphenated too ("twenty-five").</summary>
        public bool IsNumberWord(string w)
        {
            var hyphen = w.IndexOf('-');
            return hyphen < 0 ? NumberWords.Contains(w)
                : NumberWords.Contains(w.Substring(0, hyphen)) && NumberWords.Contains(w.Substring(hyphen + 1));
        }

        /// <summary>Words before an amount's number or quantity noun ("about half", "more than 300", "at least 50").</summary>
        public HashSet<string> AmountQualifiers { get; }

        /// <summary>Words that go on an amount's qualifier ("than" in "more than"), never opening one.</summary>
        public HashSet<string> AmountQualifierLinks { get; }

        /// <summary>Auxiliaries and modals ("were", "would"): a clause's verb where adverbs are not.</summary>
        public HashSet<string> Auxiliaries { get; }

        /// <summary>Whether token t is a lowercase word of <see cref="Auxiliaries"/> ("was", "would").</summary>
        public bool IsAuxiliary(ParagraphText p, int t) => p.IsWord(t) && !p.IsCapitalised(t) && Auxiliaries.Contains(p.Word(t));

        /// <summary>Words that open a subordinate clause ("that", "because").</summary>
        public HashSet<string> Subordinators { get; }

        /// <summary>Words that open an adverbial clause with a subject of its own ("after", "because").</summary>
        public HashSet<string> AdverbialSubordinators { get; }

        /// <summary>Words that open a relative clause ("who", "which"), whose verbs have their own subject.</summary>
        public HashSet<string> RelativeWords { get; }

        /// <summary>Collective nouns whose "of" phrase names the members who speak together ("a group of scientists").</summary>
        public HashSet<string> CollectiveNouns { get; }

        /// <summary>Pronouns that stand for a group ("they"): one may refer back to a plural people phrase that spoke.</summary>
        public HashSet<string> PluralPronouns { get; }

        /// <summary>Plural nouns for people ("analysts", "MPs", "police"): capitalised at a sentence's start, still a group and no name.</summary>
        public HashSet<string> PluralPeopleNouns { get; }

        /// <summary>An adjective and its preposition that open a reduced relative after a noun ("familiar with", "close to").</summary>
        public HashSet<string> PostModifierAdjectives { get; }

        /// <summary>The adjectives of <see cref="PostModifierAdjectives"/>, so most words are refused without building a pair.</summary>
        public HashSet<string> PostModifierAdjectiveWords { get; } = new HashSet<string>(Ci);

        /// <summary>Whether "<paramref name="adjective"/> <paramref name="preposition"/>" opens a reduced relative ("a source familiar with").</summary>
        public bool OpensPostModifier(string adjective, string preposition) =>
            PostModifierAdjectiveWords.Contains(adjective) && PostModifierAdjectives.Contains(adjective + " " + preposition);

        public HashSet<string> Determiners { get; }

        /// <summary>Determiners that also stand alone as a pronoun for people ("said one", "another said").</summary>
        public HashSet<string> StandaloneDeterminers { get; }

        /// <summary>Indefinite pronouns that may give something a name ("Someone called it ...").</summary>
        public HashSet<string> IndefiniteNamers { get; }

        /// <summary>Documents and figures whose owner is the real source ("figures from the council").</summary>
        public HashSet<string> SourceNouns { get; }

        public HashSet<string> SourceParticiples { get; }

        /// <summary>Participles of access between a document and who had it ("a memo seen by Reuters"): no author follows.</summary>
        public HashSet<string> AccessParticiples { get; }

        /// <summary>Verbs a document reports with ("the study finds", "a poll by Gallup shows"): cues only with a document subject.</summary>
        public HashSet<string> DocumentCueVerbs { get; }

        /// <summary>Phrases after a speaker's cue that name the outlet the words came through ("according to"), longest first.</summary>
        public List<string[]> ViaPhrases { get; }

        /// <summary>Phrases of medium without an article between a cue and its clause ("by email", "in writing"), longest first.</summary>
        public List<string[]> MediumPhrases { get; }

        /// <summary>Verb forms without "-ed" that mark a reported clause after a plural noun ("prices rose").</summary>
        public HashSet<string> ClauseVerbs { get; }

        public HashSet<string> Descriptors { get; }

        /// <summary>The cue phrases ("went on") that are cues only where the clause ends, by reference to their entry in <see cref="CuePhrases"/>.</summary>
        public HashSet<string[]> ClauseFinalCuePhrases { get; } = new HashSet<string[]>(ReferenceComparer.Instance);

        /// <summary>Line heads before a colon that are no speaker's label ("Note", "Update", "EXCLUSIVE").</summary>
        public HashSet<string> NotSpeakerLabels { get; }

        /// <summary>Last words of a label that addresses an audience ("HUFFPOST READERS").</summary>
        public HashSet<string> AudienceLabelWords { get; }

        /// <summary>Labels of an interview's questions ("Q", "QUESTION") and answers ("A", "ANSWER").</summary>
        public HashSet<string> QuestionLabels { get; }

        public HashSet<string> AnswerLabels { get; }

        /// <summary>"interviewed", "sat down with": the subject asks, the object answers; longest first.</summary>
        public List<string[]> InterviewerVerbs { get; }

        /// <summary>"spoke with", "sat down with": the subject answers, the object asks; longest first.</summary>
        public List<string[]> IntervieweeVerbs { get; }

        public HashSet<string> InterviewNouns { get; }

        public HashSet<string> TellVerbs { get; }

        /// <summary>Cues that go on from a statement already made ("he added"): their pronoun is the last speaker's.</summary>
        public HashSet<string> ContinuingCues { get; }

        /// <summary>"written", "spoken": cue verbs only after "has", "have" or "had" (<see cref="CueFinder.MatchCue"/>).</summary>
        public HashSet<string> PerfectCueParticiples { get; }

        public Dictionary<string, SpeakerProfile> SpeakerAliases { get; } = new Dictionary<string, SpeakerProfile>(Ci);

        /// <summary>Compares phrases by reference: each phrase of the lexicon is one array.</summary>
        private sealed class ReferenceComparer : IEqualityComparer<string[]>
        {
            public static readonly ReferenceComparer Instance = new ReferenceComparer();

            public bool Equals(string[]? x, string[]? y) => ReferenceEquals(x, y);

            public int GetHashCode(string[] obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
        }

        public static string[] Words(string phrase) => phrase.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);

        private static void Index(Dictionary<string, List<string[]>> index, string key, string[] phrase)
        {
            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = new List<string[]>();
            }

            list.Add(phrase);
        }

        private static List<string[]> Phrases(IEnumerable<string> items) => items.Where(i => !string.IsNullOrWhiteSpace(i)).Select(Words).ToList();

        /// <summary>The phrases, longest first, so a longer phrase is tried before a shorter one it begins with.</summary>
        private static List<string[]> LongestFirst(List<string[]> phrases)
        {
            phrases.Sort((a, b) => b.Length.CompareTo(a.Length));
            return phrases;
        }

        private static HashSet<string> NameList(NewsToolsConfig config, List<string> names, string legacyName, StringComparer comparer)
        {
            var set = new HashSet<string>(names, comparer);
            if (config.WordLists.TryGetValue(legacyName, out var legacy))
            {
                set.UnionWith(legacy);
            }

            return set;
        }

        private static HashSet<string> List(NewsToolsConfig config, string name) =>
            new HashSet<string>(config.WordLists.TryGetValue(name, out var list) ? list : new List<string>(), Ci);
    }
}
