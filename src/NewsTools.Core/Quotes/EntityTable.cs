using System;
using System.Collections.Generic;
using NewsTools.Text;

namespace NewsTools.Quotes
{
    /// <summary>
    /// The entities an article has named so far, by name and (for people) by each word of the name, which the name rules
    /// look up and add to. Cleared for each article.
    /// </summary>
    internal sealed class EntityTable
    {
        private readonly CueLexicon lexicon;
        private readonly Dictionary<string, Entity> byName = new Dictionary<string, Entity>(StringComparer.OrdinalIgnoreCase);

        // The latest person whose full name holds a word ("Wang" -> "Wang Yi"), so a surname resolves in constant time. Keyed
        // by the words in place in the names: a person's words are not cut to be remembered (a third of the strings the
        // quote stage cut were these, most of them never read again).
        private readonly Dictionary<NameWord, Entity> personByWord = new Dictionary<NameWord, Entity>();

        // The article's word strings, which the entities' names are split through (null: each entity cuts its own words).
        private readonly WordStrings? strings;

        public EntityTable(CueLexicon lexicon, WordStrings? strings = null)
        {
            this.lexicon = lexicon;
            this.strings = strings;
        }

        // The entities made for the articles read so far, recycled by Create from the first for each article: an article names
        // a score of entities, and none is referred to once its article is read (the resolver and the tables are cleared).
        private readonly List<Entity> made = new List<Entity>();
        private int used;

        // An article that named more entities than this does not leave them all to the next one.
        private const int MaxKeptEntities = 1 << 12;

        public void Clear()
        {
            byName.Clear();
            personByWord.Clear();

            // The entities kept for the next article hold none of this article's strings.
            for (var i = 0; i < used; i++)
            {
                made[i].Renew("", SpeakerType.Unknown);
            }

            if (made.Count > MaxKeptEntities)
            {
                made.RemoveRange(MaxKeptEntities, made.Count - MaxKeptEntities);
            }

            used = 0;
        }

        /// <summary>A new entity for this article (one the table made for an earlier article, renewed, when it has one).</summary>
        public Entity Create(string name, SpeakerType type, string? country = null)
        {
            if (used < made.Count)
            {
                var renewed = made[used++].Renew(name, type, country);
                renewed.Strings = strings;
                return renewed;
            }

            var e = new Entity(name, type) { Country = country, Strings = strings };
            made.Add(e);
            used++;
            return e;
        }

        public Entity? Find(string name) => byName.TryGetValue(name, out var e) ? e : null;

        /// <summary>Records the entity under its name when <paramref name="register"/> (a name read in the text), else only returns it.</summary>
        public Entity Add(Entity e, bool register)
        {
            if (register)
            {
                byName[e.Name] = e;
            }

            return e;
        }

        /// <summary>
        /// Makes every word of a person's full name (as <c>Name.Split(' ')</c> gives them) lead back to that person; a word
        /// before the last does not take over a word that is another person's surname: after "Donald Trump", "Trump" in
        /// "Trump National Doral" only modifies that name, and "Trump" is still Donald Trump ("Ivanka Trump" takes it).
        /// </summary>
        public void RememberPerson(Entity person)
        {
            var name = person.Name;
            var start = 0;
            for (var i = 0; i <= name.Length; i++)
            {
                if (i == name.Length || name[i] == ' ')
                {
                    var word = new NameWord(name, start, i - start);
                    if (i == name.Length || !personByWord.TryGetValue(word, out var other) || other == person || !EndsWithWord(other.Name, name, start, i - start))
                    {
                        personByWord[word] = person;
                    }

                    start = i + 1;
                }
            }
        }

        /// <summary>Whether <paramref name="name"/> ends with the word text[start, start + length) after a space.</summary>
        private static bool EndsWithWord(string name, string text, int start, int length) =>
            name.Length > length && name[name.Length - length - 1] == ' ' && string.CompareOrdinal(name, name.Length - length, text, start, length) == 0;

        public Entity? PersonByWord(string word) => personByWord.TryGetValue(new NameWord(word, 0, word.Length), out var e) ? e : null;

        /// <summary>Adds a title the text gave the entity, and the gender it tells ("Ms.", "spokeswoman", "congressman").</summary>
        public void GiveTitle(Entity e, string? title)
        {
            e.AddTitle(title);
            if (e.Gender != null || title == null)
            {
                return;
            }

            // The title's words in order, as Split(' ') gives them; a title of one word (most) is not cut at all.
            var start = 0;
            while (true)
            {
                var space = title.IndexOf(' ', start);
                var word = start == 0 && space < 0 ? title : title.Substring(start, (space < 0 ? title.Length : space) - start);
                if (lexicon.FemaleTitles.Contains(word))
                {
                    e.Gender = 'F';
                    return;
                }

                if (lexicon.MaleTitles.Contains(word))
                {
                    e.Gender = 'M';
                    return;
                }

                if (space < 0)
                {
                    return;
                }

                start = space + 1;
            }
        }

        /// <summary>"the ministry" -> "ministry": the text without a leading determiner.</summary>
        public string StripDeterminer(string text)
        {
            // "Many of her supporters", "One of the bidders": a determiner before "of" is the head it quantifies, and stays.
            // The first word is looked up in place (the table answers as the list does), not cut for the list. The rest is cut
            // through the article's word strings: the configured-speaker rule and the as-written rule after it ask for the same.
            // So does a count that opens a ratio: "One in four", "three out of four girls".
            var space = text.IndexOf(' ');
            return space > 0 && (lexicon.Classes.Lookup(text, 0, space) & WordClass.Determiner) != 0 && string.CompareOrdinal(text, space + 1, "of ", 0, 3) != 0 &&
                string.CompareOrdinal(text, space + 1, "in ", 0, 3) != 0 && string.CompareOrdinal(text, space + 1, "out of ", 0, 7) != 0 ?
                WordStrings.Cut(strings, text, space + 1, text.Length - space - 1) : text;
        }

        public static SpeakerType ParseType(string? type) =>
            Enum.TryParse<SpeakerType>(type, true, out var t) ? t : SpeakerType.Person;

        /// <summary>A word in place in a name (or a whole string), compared ordinally as the word's string would be.</summary>
        private readonly struct NameWord : IEquatable<NameWord>
        {
            private readonly string text;
            private readonly int start;
            private readonly int length;
            private readonly int hash;

            public NameWord(string text, int start, int length)
            {
                this.text = text;
                this.start = start;
                this.length = length;
                var h = length;
                for (var i = start; i < start + length; i++)
                {
                    h = (h * 31) + text[i];
                }

                hash = h;
            }

            public bool Equals(NameWord other) =>
                length == other.length && hash == other.hash && string.CompareOrdinal(text, start, other.text, other.start, length) == 0;

            public override bool Equals(object? obj) => obj is NameWord other && Equals(other);

            public override int GetHashCode() => hash;
        }
    }
}
