using NewsTools.Text;

namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>
    /// "the Chinese Foreign Ministry", "China's Foreign Ministry", "Port Alder": a name whose head is an organisation word is
    /// a body (named as written, its country kept apart); a listed place, or a name whose head is a place word or that a
    /// place word opens ("Loch Ness"), is a place.
    /// </summary>
    internal sealed class BodyOrPlaceNameRule : INameRule
    {
        private readonly CueLexicon lexicon;
        private readonly EntityTable entities;

        public BodyOrPlaceNameRule(CueLexicon lexicon, EntityTable entities)
        {
            this.lexicon = lexicon;
            this.entities = entities;
        }

        public Entity? Link(Mention m, string core, NameFacts facts, bool register)
        {
            if (facts.HeadIsCountry && !facts.HeadIsOrganizationWord && !facts.OpensWithPlaceOpener && IsBranchName(core) && NamesABody(m))
            {
                // "Cancer Research UK", "Amnesty International UK", "Real Madrid": a body or its branch in a country; no
                // person's name ends in one. "Mount Kenya" is a place.
                return entities.Find(core) ?? entities.Add(entities.Create(core, SpeakerType.Organization), register);
            }

            // "Loch Arn", "Mount Kenya": a place word opens the name; a title before it makes it a person's ("Judge Lake Smith").
            var placeOpened = facts.OpensWithPlaceOpener && m.Title == null;
            if (!facts.HeadIsOrganizationWord && !facts.IsPlace && !placeOpened && (!facts.HeadIsPlaceWord || IsPersonsSurname(m, core)))
            {
                return null;
            }

            if (!facts.HeadIsOrganizationWord)
            {
                return entities.Find(core) ?? entities.Add(entities.Create(core, SpeakerType.Place), register);
            }

            var name = entities.StripDeterminer(m.Text);
            var country = m.Country;
            if (IsCountryPossessive(name, out var owner, out var rest))
            {
                // "China's Foreign Ministry" is the same body as "Chinese Foreign Ministry": name it by the text as written minus the owner.
                country = owner;
                name = rest;
            }
            else if (LowercasePossessiveOpens(name, out rest))
            {
                // "the country's State Planning Organisation": the possessive only points back, the body is named after it.
                name = rest;
            }

            return entities.Find(name) ?? entities.Add(entities.Create(name, SpeakerType.Organization, country), register);
        }

        /// <summary>
        /// A place word that ends a person's name: after a person's title ("Prime minister John Park", "Mr Hall": a place takes
        /// none), as the surname of a person named before ("Park" after "John Park"), or, for a place word that is also a common
        /// surname (list placeWordsAlsoSurnames), after a given name and not after a preposition of place ("Stuart Hall said",
        /// not "in Victoria Park").
        /// </summary>
        private bool IsPersonsSurname(Mention m, string core)
        {
            if (m.Title != null)
            {
                return true;
            }

            var space = core.IndexOf(' ');
            if (space < 0)
            {
                return entities.PersonByWord(core) != null;
            }

            var last = core.LastIndexOf(' ');
            if (space != last || !lexicon.PlaceWordsAlsoSurnames.Contains(core.Substring(last + 1)) || !lexicon.IsGivenName(core.Substring(0, space)))
            {
                return false;
            }

            var before = m.LowercaseWordBefore();
            return before == null || !lexicon.PlacePrepositions.Contains(before);
        }

        /// <summary>
        /// The name's first word is no given name ("Michael Jordan", "Jack London" are people), no title and no direction that
        /// makes a region of the place ("North London", "South Wales": list placeDirections).
        /// </summary>
        private bool IsBranchName(string core)
        {
            var space = core.IndexOf(' ');
            var first = space < 0 ? core : core.Substring(0, space);
            return !lexicon.IsGivenName(first) && !lexicon.TitleWords.Contains(first)
                && !lexicon.PlaceDirections.Contains(first);
        }

        /// <summary>
        /// The name stands alone, before its verb ("said", "has"), before what follows an object ("told BBC Radio Wales the
        /// ground was ...", "told BBC Scotland he ..."), or before a title it qualifies ("Real Madrid striker Michael
        /// Owen"); before another word in lower case, a noun, its words only modify that noun ("Big US firms", "Newest EU
        /// members").
        /// </summary>
        private bool NamesABody(Mention m)
        {
            var next = m.LowercaseWordAfter();
            return next == null || lexicon.TitleWords.Contains(next) || lexicon.CueVerbs.Contains(next) || lexicon.ClauseVerbs.Contains(next)
                || lexicon.ClauseWords.Contains(next) || lexicon.Determiners.Contains(next) || lexicon.SubjectPronouns.Contains(next)
                || lexicon.IsEdForm(next);
        }

        private bool IsCountryPossessive(string name, out string owner, out string rest)
        {
            owner = rest = "";
            var space = name.IndexOf(' ');
            if (space < 0)
            {
                return false;
            }

            // The first word is cut only when it ends in a possessive mark, and then once, without it.
            var mark = Possessive.Length(name, 0, space);
            var bare = mark > 0 ? name.Substring(0, space - mark) : null;
            if (bare == null || !lexicon.Places.Contains(bare))
            {
                return false;
            }

            owner = bare;
            rest = name.Substring(space + 1);
            return true;
        }

        private static bool LowercasePossessiveOpens(string name, out string rest)
        {
            rest = "";
            var space = name.IndexOf(' ');
            if (space <= 0 || !char.IsLower(name[0]) || Possessive.Length(name, 0, space) == 0)
            {
                return false;
            }

            rest = name.Substring(space + 1);
            return true;
        }
    }
}
