using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Quotes;
using NewsTools.Text;

namespace NewsTools.Coverage
{
    /// <summary>
    /// Puts a speaker on a side (the country or organisation they speak for): from the configured speakers first, then from the
    /// name itself ("Chinese Foreign Ministry", "Beijing"), the title at the cue, and the words before the speaker's name in the
    /// article ("Japan's foreign minister Taro Kono").
    /// </summary>
    internal sealed class SpeakerSides
    {
        public const string Unknown = "Unknown";

        private readonly NewsToolsConfig config;
        private readonly WordScanner scanner;
        private readonly Dictionary<string, string> countryOfWord = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        public SpeakerSides(NewsToolsConfig config)
        {
            this.config = config;
            scanner = WordScanner.For(config);
            foreach (var pair in config.Metonyms)
            {
                countryOfWord[pair.Key] = pair.Key;
                foreach (var m in pair.Value)
                {
                    countryOfWord[m] = pair.Key;
                }
            }

            foreach (var pair in config.Demonyms)
            {
                countryOfWord[pair.Key] = pair.Value;
                countryOfWord[pair.Value] = pair.Value;
            }
        }

        public string Side(Quote quote, Article article)
        {
            var speaker = quote.Speaker;
            if (string.IsNullOrWhiteSpace(speaker))
            {
                return Unknown;
            }

            var profile = config.Speakers.FirstOrDefault(s =>
                string.Equals(s.Name, speaker, StringComparison.OrdinalIgnoreCase) ||
                s.Aliases.Any(a => string.Equals(a, speaker, StringComparison.OrdinalIgnoreCase)));
            if (profile != null)
            {
                if (!string.IsNullOrWhiteSpace(profile.Side))
                {
                    return profile.Side!;
                }

                var fromOrg = profile.Organization == null ? null : CountryIn(profile.Organization);
                if (fromOrg != null)
                {
                    return fromOrg;
                }

                var fromTitle = profile.Title == null ? null : CountryIn(profile.Title);
                if (fromTitle != null)
                {
                    return fromTitle;
                }
            }

            return CountryIn(speaker!)
                ?? (quote.SpeakerTitle == null ? null : CountryIn(quote.SpeakerTitle))
                ?? (quote.SpeakerMention == null ? null : CountryIn(quote.SpeakerMention))
                ?? CountryBeforeName(article.Text ?? "", speaker!)
                ?? Unknown;
        }

        /// <summary>A country named, or implied by a nationality or capital, among the words of a short phrase.</summary>
        internal string? CountryIn(string phrase)
        {
            var words = scanner.Scan(phrase);
            for (var i = 0; i < words.Count; i++)
            {
                if (i + 1 < words.Count)
                {
                    var two = phrase.Substring(words[i].Start, words[i + 1].End - words[i].Start);
                    if (countryOfWord.TryGetValue(Possessive.Strip(two), out var c2))
                    {
                        return c2;
                    }
                }

                var one = phrase.Substring(words[i].Start, words[i].End - words[i].Start);
                if (char.IsUpper(one[0]) && countryOfWord.TryGetValue(Possessive.Strip(one), out var c1))
                {
                    return c1;
                }
            }

            return null;
        }


        /// <summary>The country in the five words before the first mention of the full name that has one ("Chinese counterpart Wang Yi").</summary>
        private string? CountryBeforeName(string text, string name)
        {
            var from = 0;
            while (from < text.Length)
            {
                var at = text.IndexOf(name, from, StringComparison.Ordinal);
                if (at < 0)
                {
                    return null;
                }

                var start = at;
                var words = 0;
                while (start > 0 && words < 5)
                {
                    var c = text[start - 1];
                    if (c == '.' || c == '\n' || c == '"' || c == '\u201C' || c == '\u201D' || c == ';')
                    {
                        break;
                    }

                    if (c == ' ')
                    {
                        words++;
                    }

                    start--;
                }

                var country = CountryIn(text.Substring(start, at - start));
                if (country != null)
                {
                    return country;
                }

                from = at + name.Length;
            }

            return null;
        }
    }

    /// <summary>Who each outlet quotes, how often and at what length, by speaker and by side.</summary>
    internal sealed class VoiceCounter
    {
        private readonly SpeakerSides sides;
        private readonly WordScanner scanner;

        public VoiceCounter(NewsToolsConfig config)
        {
            sides = new SpeakerSides(config);
            scanner = WordScanner.For(config);
        }

        internal sealed class Voice
        {
            public Voice(int article, string speaker, string side, int words)
            {
                Article = article;
                Speaker = speaker;
                Side = side;
                Words = words;
            }

            public int Article { get; }

            public string Speaker { get; }

            public string Side { get; }

            public int Words { get; }
        }

        /// <summary>Direct and partial quotes with a speaker; indirect speech and scare quotes are not a voice.</summary>
        public List<Voice> Count(IReadOnlyList<Article> articles, IReadOnlyList<IReadOnlyList<Quote>> quotes, CancellationToken cancellationToken = default)
        {
            var voices = new List<Voice>();
            for (var a = 0; a < articles.Count; a++)
            {
                cancellationToken.ThrowIfCancellationRequested();

                // A side depends on the speaker's name, title and mention only; a page of thousands of quotes by a few speakers
                // looked each one up in the whole text again.
                var known = new Dictionary<(string Speaker, string? Title, string? Mention), string>();
                foreach (var q in quotes[a])
                {
                    if (q == null || string.IsNullOrWhiteSpace(q.Speaker) || (q.Kind != QuoteKind.Direct && q.Kind != QuoteKind.Partial))
                    {
                        continue;
                    }

                    var key = (q.Speaker!, q.SpeakerTitle, q.SpeakerMention);
                    if (!known.TryGetValue(key, out var side))
                    {
                        known[key] = side = sides.Side(q, articles[a]);
                    }

                    voices.Add(new Voice(a, q.Speaker!, side, scanner.Scan(q.Text).Count));
                }
            }

            return voices;
        }
    }
}
