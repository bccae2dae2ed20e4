using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NewsTools.Config;

namespace NewsTools.Evaluation
{
    /// <summary>
    /// Whether a predicted speaker names the gold source, as a careful reader would judge it.
    /// The gold source is cut to its head: the noun phrase before an appositive (", a Republican media consultant"), a relative
    /// clause ("who has been feuding with ...") or a parenthesis ("(I-Vt.)"). Both sides lose their leading titles ("Sen.",
    /// "Spokeswoman") and are compared as words, accents and curly apostrophes folded (Calderón, O’Donnell).
    /// A prediction is right when it ends on the same word as the head (the head noun, or the surname of a name) and its words
    /// stand in the head in order, or the head's in it: "Haley Morris" for "Morris", "Donald Trump" for "Donald J. Trump".
    /// So a longer name built on the gold one ("Trump Train" for Trump) and a modifier inside the source ("Clinton" in
    /// "Clinton campaign manager Robby Mook") are wrong.
    /// </summary>
    public sealed class SpeakerMatcher
    {
        private static readonly HashSet<string> Articles = new HashSet<string>(StringComparer.Ordinal) { "the", "a", "an" };

        // Words that open a relative clause: the head of "Trump, who has been feuding with ..." is Trump.
        private static readonly HashSet<string> RelativeWords = new HashSet<string>(StringComparer.Ordinal) { "who", "whom", "whose", "which", "that" };

        private static readonly HashSet<string> Pronouns = new HashSet<string>(StringComparer.Ordinal) { "he", "she", "they", "it", "i", "we", "you", "who", "which", "that", "one", "his", "her", "their" };

        // Prepositions that open a post-modifier: "Chris Low at FTN Financial" is Chris Low.
        private static readonly HashSet<string> Prepositions = new HashSet<string>(StringComparer.Ordinal) { "of", "at", "for", "with", "from", "in", "on", "to", "by" };

        // Adjectives and present participles that head a post-modifier of a source: "a source familiar with", "an aide close to",
        // "an official speaking on condition of anonymity".
        private static readonly HashSet<string> PostModifierAdjectives = new HashSet<string>(StringComparer.Ordinal)
        {
            "familiar", "close", "knowledgeable", "loyal", "speaking", "writing", "working", "talking",
        };

        private readonly HashSet<string> titleWords;
        private readonly HashSet<string> organizationWords;

        public SpeakerMatcher(NewsToolsConfig config)
        {
            if (config == null)
            {
                throw new ArgumentNullException(nameof(config));
            }

            titleWords = new HashSet<string>(config.Titles.SelectMany(Words), StringComparer.Ordinal);
            organizationWords = new HashSet<string>(config.OrganizationWords.Select(Fold), StringComparer.Ordinal);
        }

        /// <summary>Whether the predicted speaker (the resolved entity) or the mention at the cue names <paramref name="gold"/>.</summary>
        public bool Names(string gold, string? speaker, string? mention)
        {
            var phrases = Phrases(gold).ToList();
            var heads = phrases.Select(p => WithoutTitles(Words(WithoutPostModifier(p)))).Where(h => h.Count > 0).ToList();
            var wholes = phrases.Select(p => Words(string.Join(" ", p))).ToList();
            foreach (var candidate in new[] { speaker, mention })
            {
                if (string.IsNullOrWhiteSpace(candidate))
                {
                    continue;
                }

                // The whole phrase as written ("a spokesman for Bernie Sanders") names it too.
                var written = Words(candidate!);
                if (wholes.Any(w => w.SequenceEqual(written)))
                {
                    return true;
                }

                var words = WithoutTitles(written);
                if (words.Count == 0 || (words.Count == 1 && Pronouns.Contains(words[0])))
                {
                    continue;
                }

                foreach (var head in heads)
                {
                    if (words[words.Count - 1] == head[head.Count - 1] && (InOrder(words, head) || InOrder(head, words)))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// The noun phrases that name the source, as words: the text before a relative clause or a quotation, split into its
        /// appositives ("her adviser, Jake Sullivan") and conjuncts ("Phil Berger and Tim Moore").
        /// </summary>
        internal static IEnumerable<List<string>> Phrases(string source)
        {
            var end = source.Length;
            foreach (var stop in new[] { "(", ";", "\"", "“", " — ", " – ", " - " })
            {
                var at = source.IndexOf(stop, StringComparison.Ordinal);
                if (at > 0 && at < end)
                {
                    end = at;
                }
            }

            var words = source.Substring(0, end).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            var part = new List<string>();
            for (var i = 0; i <= words.Length; i++)
            {
                var word = i < words.Length ? words[i] : null;
                var bare = word?.TrimEnd(',').ToLowerInvariant();
                if (word == null || (i > 0 && (RelativeWords.Contains(bare!) || bare == "and")))
                {
                    if (part.Count > 0)
                    {
                        yield return part;
                    }

                    part = new List<string>();
                    if (word == null || bare != "and")
                    {
                        yield break;
                    }

                    continue;
                }

                part.Add(word.TrimEnd(','));
                if (word.EndsWith(",", StringComparison.Ordinal))
                {
                    yield return part;
                    part = new List<string>();
                }
            }
        }

        /// <summary>
        /// The head of a phrase: the words before its first preposition ("Chris Low at FTN Financial", "A letter to members"),
        /// unless they are a capitalised title that stands before a name ("Secretary of State John Kerry"); "of" ends a phrase
        /// only after a personal name ("Edward Alden of the Council ..."), not inside an institution's ("Bank of England").
        /// </summary>
        private string WithoutPostModifier(List<string> words)
        {
            for (var i = 1; i < words.Count; i++)
            {
                var word = words[i].ToLowerInvariant();
                var before = words.Take(i).ToList();
                if (!Prepositions.Contains(word) || (before.All(w => char.IsUpper(w[0])) && Words(string.Join(" ", before)).All(titleWords.Contains)))
                {
                    continue;
                }

                if (word == "of" && !(before.Count >= 2 && before.Skip(before.Count - 2).All(w => w.Length > 0 && char.IsUpper(w[0]) && !organizationWords.Contains(Fold(w)))))
                {
                    continue;
                }

                // A reduced relative clause ends the head too: "one Republican involved in the planning", "a Democrat familiar
                // with the campaign" are a Republican and a Democrat; the participle or adjective governs the preposition.
                if (before.Count >= 2 && IsPostModifierHead(before[before.Count - 1]))
                {
                    before.RemoveAt(before.Count - 1);
                }

                return string.Join(" ", before);
            }

            return string.Join(" ", words);
        }

        /// <summary>
        /// A lowercase past participle ("involved", "based") or a listed adjective or present participle ("familiar", "speaking");
        /// not every "-ing" word, since many are nouns ("a job posting on the website").
        /// </summary>
        private static bool IsPostModifierHead(string word) =>
            word.Length > 3 && char.IsLower(word[0]) && (word.EndsWith("ed", StringComparison.Ordinal) || PostModifierAdjectives.Contains(word));

        /// <summary>Lowercase words, accents and curly apostrophes folded, without articles.</summary>
        internal static List<string> Words(string text)
        {
            var folded = Fold(text);
            var words = new List<string>();
            var start = -1;
            for (var i = 0; i <= folded.Length; i++)
            {
                var inWord = i < folded.Length && (char.IsLetterOrDigit(folded[i]) || (folded[i] == '\'' && start >= 0));
                if (inWord && start < 0)
                {
                    start = i;
                }
                else if (!inWord && start >= 0)
                {
                    var word = folded.Substring(start, i - start).TrimEnd('\'');
                    if (!Articles.Contains(word))
                    {
                        words.Add(word);
                    }

                    start = -1;
                }
            }

            return words;
        }

        private static string Fold(string text)
        {
            var decomposed = text.Normalize(NormalizationForm.FormD);
            var b = new StringBuilder(decomposed.Length);
            foreach (var c in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }

                b.Append(c == '’' || c == '‘' || c == '`' ? '\'' : char.ToLowerInvariant(c));
            }

            return b.ToString();
        }

        /// <summary>Drops the leading title words, but never the last word (a source that is only "the spokeswoman" keeps it).</summary>
        private List<string> WithoutTitles(List<string> words)
        {
            var skip = 0;
            while (skip < words.Count - 1 && titleWords.Contains(words[skip]))
            {
                skip++;
            }

            return skip == 0 ? words : words.GetRange(skip, words.Count - skip);
        }

        /// <summary>Whether every word of <paramref name="shorter"/> stands in <paramref name="longer"/>, in order.</summary>
        private static bool InOrder(List<string> shorter, List<string> longer)
        {
            var k = 0;
            for (var i = 0; i < longer.Count && k < shorter.Count; i++)
            {
                if (longer[i] == shorter[k])
                {
                    k++;
                }
            }

            return k == shorter.Count;
        }
    }
}
