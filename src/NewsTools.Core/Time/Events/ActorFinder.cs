using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using NewsTools.Config;
using NewsTools.Text;
using NewsTools.Time.Scanning;

namespace NewsTools.Time.Events
{
    /// <summary>
    /// The names in an event clause, found by one scan over its characters: runs of capitalised words (joined by "of",
    /// "de", "al"...), possessive "'s" dropped, leading titles and nationalities ("Japanese Foreign Minister") split off,
    /// function words and month or day names ignored. The vocabulary is the configuration's (notNames, titles, demonyms),
    /// the same the lead's NameFinder reads; this scanner exists because the timeline runs on every dated clause of every
    /// article and must stay within the throughput budget, which the token-list NameFinder does not.
    /// </summary>
    internal sealed class ActorFinder
    {
        private readonly SliceSet connectors;

        // Reused between calls, per thread: one finder serves every timeline builder of its configuration.
        [ThreadStatic]
        private static List<(int Start, int End)>? wordBuffer;

        private readonly SliceSet notNames;
        private readonly SliceSet titleWords;
        private readonly SliceSet demonyms;
        private readonly SliceSet organizationWords;

        /// <summary>The word sets this finder reads: a configuration whose lists were replaced since gets a new finder.</summary>
        internal ActorVocabulary Vocabulary { get; }

        public ActorFinder(NewsToolsConfig config)
        {
            var vocabulary = ActorVocabulary.For(config);
            Vocabulary = vocabulary;
            notNames = vocabulary.NotNames;
            titleWords = vocabulary.TitleWords;
            demonyms = vocabulary.Demonyms;
            organizationWords = vocabulary.OrganizationWords;
            connectors = EventVocabulary.For(config).Connectors;
            particles = NameParticles.Of(config);
        }

        // Particles before a capitalised surname ("Majed al-Ansari"): such a word goes on with the name.
        private readonly NameParticles particles;

        /// <summary>Distinct names in text[start, end), skipping anything inside [skipStart, skipEnd); null when there are none.</summary>
        public List<string>? Find(string text, int start, int end, int skipStart, int skipEnd)
        {
            // Made with the first name: many clauses name no one.
            List<string>? result = null;
            Find(text, start, end, skipStart, skipEnd, ref result);
            return result;
        }

        /// <summary>Adds the distinct names in text[start, end) to <paramref name="result"/>, made when the first is found.</summary>
        /// <param name="strings">The article's strings, through which each name is cut (none: each is cut anew).</param>
        public void Find(string text, int start, int end, int skipStart, int skipEnd, ref List<string>? result, WordStrings? strings = null)
        {
            var words = wordBuffer ??= new List<(int Start, int End)>();
            var i = start;
            while (i < end)
            {
                var k = CollectRun(text, i, end, skipStart, skipEnd, words);
                if (words.Count == 0)
                {
                    i = NextCapital(text, Math.Max(k, i), end, skipStart, skipEnd);
                    continue;
                }

                AddName(text, words, ref result, strings);
                i = words[words.Count - 1].End;
            }
        }

        /// <summary>
        /// Collects into <paramref name="words"/> the run of capitalised words from i (joined by connectors: "Bank of
        /// England"), ending at a possessive, a mark, a plain lower-case word or the skipped expression; returns where the
        /// scan stopped.
        /// </summary>
        private int CollectRun(string text, int i, int end, int skipStart, int skipEnd, List<(int Start, int End)> words)
        {
            words.Clear();
            var k = i;
            while (k < end)
            {
                var ws = k;
                while (ws < end && IsSpace(text[ws]))
                {
                    ws++;
                }

                if (ws >= end || !char.IsLetter(text[ws]))
                {
                    break;
                }

                // A lower-case word ends the run unless it joins two names ("Bank of England"); its end is sought only then.
                var upper = char.IsUpper(text[ws]);
                if (!upper && words.Count == 0)
                {
                    break;
                }

                var we = WordEnd(text, ws, end);
                if (!upper && !(IsConnector(text, ws, we) && NextIsCapital(text, we, end)) && !particles.Open(text, ws, we))
                {
                    break;
                }

                if (ws >= skipStart && ws < skipEnd)
                {
                    break;
                }

                words.Add((ws, we));
                k = we;
                if (Possessive.Length(text, ws, we) > 0)
                {
                    break;
                }

                if (k < end && !IsSpace(text[k]))
                {
                    break;
                }
            }

            return k;
        }

        /// <summary>
        /// Steps over the lower-case word or the mark at p that stopped a run, and on to the next capital that begins a word
        /// outside the skipped expression (or to the end): most words cannot begin a name, and are passed a character at a time
        /// with one test rather than word by word.
        /// </summary>
        private static int NextCapital(string text, int p, int end, int skipStart, int skipEnd)
        {
            while (p < end && IsSpace(text[p]))
            {
                p++;
            }

            if (p < end && IsLetterOrDigit(text[p]))
            {
                while (p < end && IsLetterOrDigit(text[p]))
                {
                    p++;
                }
            }
            else
            {
                p++;
            }

            // A word begins where the character before it is no letter or digit (a space, a mark); a capital inside a word
            // ("McCain") begins none.
            for (var q = p; q < end; q++)
            {
                var c = text[q];
                if ((c < 128 ? (uint)(c - 'A') <= 'Z' - 'A' : char.IsUpper(c)) && !IsLetterOrDigit(text[q - 1]) && !(q >= skipStart && q < skipEnd))
                {
                    return q;
                }
            }

            return Math.Max(p, end);
        }

        private void AddName(string text, List<(int Start, int End)> words, ref List<string>? result, WordStrings? strings)
        {
            var first = 0;
            var last = words.Count - 1;

            // Function words and time words at the edges are not part of a name ("During", "Sunday").
            while (first <= last && In(notNames, text, words[first]))
            {
                first++;
            }

            while (last >= first && (In(notNames, text, words[last]) || IsConnector(text, words[last].Start, words[last].End)))
            {
                last--;
            }

            // Titles and nationalities before a name: "Japanese Foreign Minister Taro Kono" -> "Taro Kono".
            if (first > last)
            {
                return;
            }

            // ... unless the name ends in an organisation word: "Chinese Foreign Ministry" is one name.
            var organization = In(organizationWords, text, words[last]);
            while (!organization && first < last && (In(titleWords, text, words[first]) || In(demonyms, text, words[first])
                || (LooksLikeDemonym(text, words[first].Start, words[first].End) && In(titleWords, text, words[first + 1]))))
            {
                first++;
            }

            if (first > last)
            {
                return;
            }

            var s = words[first].Start;
            var e = words[last].End;
            e -= Possessive.Length(text, s, e);

            // A lone nationality ("Japanese", "Asian") names no one.
            if (first == last && (titleWords.Contains(text, s, e - s) || demonyms.Contains(text, s, e - s) || e - s < 2 || LooksLikeDemonym(text, s, e)))
            {
                return;
            }

            // An article names the same people in clause after clause: each name is cut once an article.
            var name = strings != null ? strings.Cut(text, s, e - s) : text.Substring(s, e - s);
            result ??= new List<string>();
            foreach (var r in result)
            {
                if (string.Equals(r, name, StringComparison.OrdinalIgnoreCase))
                {
                    return;
                }
            }

            result.Add(name);
        }

        private static bool In(SliceSet set, string text, (int Start, int End) w)
        {
            var e = w.End - Possessive.Length(text, w.Start, w.End);
            return set.Contains(text, w.Start, e - w.Start);
        }

        /// <summary>Letters, digits and inner hyphens, periods or apostrophes ("Jong-un", "U.S.", "Japan's").</summary>
        private static int WordEnd(string text, int i, int end)
        {
            while (i < end)
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    i++;
                }
                else if ((c == '-' || c == '.' || c == '\'' || c == '\u2019') && i + 1 < end && char.IsLetter(text[i + 1]))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            return i;
        }

        /// <summary>char.IsLetterOrDigit, with ASCII told by arithmetic.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool IsLetterOrDigit(char c) =>
            c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 : char.IsLetterOrDigit(c);

        private bool IsConnector(string text, int s, int e) => e - s <= 3 && connectors.Contains(text, s, e - s);

        private static bool NextIsCapital(string text, int i, int end)
        {
            while (i < end && IsSpace(text[i]))
            {
                i++;
            }

            return i < end && char.IsUpper(text[i]);
        }

        private static bool LooksLikeDemonym(string text, int s, int e) =>
            e - s > 4 && (EndsWith(text, e, "ese") || EndsWith(text, e, "ian") || EndsWith(text, e, "ean") || EndsWith(text, e, "ish"));

        private static bool EndsWith(string text, int e, string suffix) => string.CompareOrdinal(text, e - suffix.Length, suffix, 0, suffix.Length) == 0;

        private static bool IsSpace(char c) => c == ' ' || c == ' ' || c == ' ' || c == '	';
    }
}
