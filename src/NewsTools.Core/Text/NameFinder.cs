using System;
using System.Collections.Generic;
using System.Linq;
using NewsTools.Config;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Text
{
    public enum NameType
    {
        Unknown,
        Person,
        Organization,
        Place,
    }

    /// <summary>A proper name found in text, with any title or nationality that stood before it split off.</summary>
    public sealed class NameMention
    {
        internal NameMention(int start, int end, string text, NameType type, string? title, int titleStart)
        {
            Start = start;
            End = end;
            Text = text;
            Type = type;
            Title = title;
            TitleStart = titleStart;
        }

        public int Start { get; }

        public int End { get; }

        /// <summary>The name itself ("Taro Kono"), possessive dropped.</summary>
        public string Text { get; }

        public NameType Type { get; }

        /// <summary>The title or role before the name ("Japanese Foreign Minister"), if any.</summary>
        public string? Title { get; }

        /// <summary>Start of the title, or Start when there is none.</summary>
        public int TitleStart { get; }

        public override string ToString() => Type + ":" + Text;
    }

    /// <summary>
    /// Finds capitalised names in one linear pass over the tokens and guesses their type from the configured vocabulary:
    /// places, organisation words ("Ministry", "Party"), titles ("Foreign Minister") and demonyms ("Chinese").
    /// A heuristic chunker, not a trained recogniser; good enough to name actors and speakers in news prose.
    /// </summary>
    public sealed class NameFinder
    {
        private readonly HashSet<string> notNames;
        private readonly HashSet<string> places;
        private readonly HashSet<string> organizationWords;
        private readonly HashSet<string> titleWords;
        private readonly HashSet<string> demonyms;
        private readonly CalendarWords calendar;
        private readonly HashSet<string> nameMonths;
        private readonly HashSet<string> connectors;
        private readonly NameParticles particles;

        public NameFinder(NewsToolsConfig config)
        {
            notNames = new HashSet<string>(config.NotNames, StringComparer.Ordinal);
            calendar = CalendarWords.For(config);
            notNames.UnionWith(calendar.NotNames);
            nameMonths = new HashSet<string>(config.WordLists.TryGetValue("monthsAlsoNames", out var m) ? m : new List<string>(), StringComparer.Ordinal);
            places = new HashSet<string>(config.Places.Concat(config.Demonyms.Values).Concat(config.Metonyms.Keys).Concat(config.Metonyms.Values.SelectMany(v => v)), StringComparer.OrdinalIgnoreCase);
            organizationWords = new HashSet<string>(config.OrganizationWords, StringComparer.OrdinalIgnoreCase);
            titleWords = new HashSet<string>(config.Titles.SelectMany(t => t.Split(' ')), StringComparer.OrdinalIgnoreCase);
            demonyms = new HashSet<string>(config.Demonyms.Keys, StringComparer.OrdinalIgnoreCase);
            connectors = new HashSet<string>(TextVocabulary.List(config, "nameConnectors"), StringComparer.Ordinal);
            particles = NameParticles.Of(config);
        }

        public List<NameMention> Find(string text) => Find(text, 0, text.Length);

        public List<NameMention> Find(string text, int start, int end)
        {
            var tokens = Tokenizer.Tokenize(text, start, end);
            var names = new List<NameMention>();
            var i = 0;
            while (i < tokens.Count)
            {
                if (!IsNameWord(tokens, i))
                {
                    i++;
                    continue;
                }

                var first = i;
                var last = i;
                var j = i + 1;
                while (j < tokens.Count)
                {
                    if (Adjacent(tokens, j - 1, j) && IsNameWord(tokens, j, allowNotNames: true))
                    {
                        last = j;
                        j++;
                    }
                    else if (j + 1 < tokens.Count && connectors.Contains(tokens[j].Text) && Adjacent(tokens, j - 1, j) && IsNameWord(tokens, j + 1) && !Possessive.Is(tokens[j - 1].Text))
                    {
                        last = j + 1;
                        j += 2;
                    }
                    else
                    {
                        break;
                    }

                    if (Possessive.Is(tokens[last].Text))
                    {
                        break;
                    }
                }

                AddName(names, text, tokens, first, last);
                i = last + 1;
            }

            return names;
        }

        private void AddName(List<NameMention> names, string text, List<Token> tokens, int first, int last)
        {
            // Split leading nationality and title words off: "Japanese Foreign Minister Taro Kono" -> title + "Taro Kono".
            var nameFirst = first;
            while (nameFirst <= last && (demonyms.Contains(tokens[nameFirst].Text) || titleWords.Contains(StripPossessive(tokens[nameFirst].Text))) && nameFirst < last)
            {
                nameFirst++;
            }

            string? title = nameFirst > first ? text.Substring(tokens[first].Start, tokens[nameFirst - 1].End - tokens[first].Start) : null;
            var startOffset = tokens[nameFirst].Start;
            var endOffset = tokens[last].End;
            var surface = text.Substring(startOffset, endOffset - startOffset);
            var stripped = StripPossessive(surface);
            endOffset -= surface.Length - stripped.Length;
            if (stripped.Length == 0)
            {
                return;
            }

            var lastWord = StripPossessive(tokens[last].Text);
            NameType type;
            if (places.Contains(stripped))
            {
                type = NameType.Place;
            }
            else if (organizationWords.Contains(lastWord) || organizationWords.Contains(StripPossessive(tokens[nameFirst].Text)) || IsAcronym(stripped))
            {
                type = NameType.Organization;
            }
            else if (demonyms.Contains(stripped) || titleWords.Contains(stripped))
            {
                return;
            }
            else if (title != null || last > nameFirst)
            {
                type = NameType.Person;
            }
            else
            {
                type = NameType.Unknown;
            }

            names.Add(new NameMention(startOffset, endOffset, stripped, type, title, title != null ? tokens[first].Start : startOffset));
        }

        private bool IsNameWord(List<Token> tokens, int i, bool allowNotNames = false)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word || !(char.IsUpper(t.Text[0]) || particles.Open(t.Text, 0, t.Text.Length)))
            {
                return false;
            }

            return allowNotNames ? !IsTimeWord(t.Text) : !notNames.Contains(StripPossessive(t.Text));
        }

        // Inside a name, "The" or "House" may belong to it, but weekdays and months never do (save a month that is also a
        // surname, "Theresa May").
        private bool IsTimeWord(string word) =>
            notNames.Contains(word) && (word.EndsWith("day", StringComparison.Ordinal) || (char.IsUpper(word[0]) && calendar.IsMonth(word) && !nameMonths.Contains(word)));

        private static bool Adjacent(List<Token> tokens, int a, int b) => tokens[b].Start - tokens[a].End <= 1;

        private static bool IsAcronym(string s) => s.Length >= 2 && s.Length <= 6 && s.All(c => char.IsUpper(c) || c == '.');

        internal static string StripPossessive(string word) => Possessive.Strip(word);
    }
}
