using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using NewsTools.Config;
using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Text
{
    /// <summary>
    /// Words that keep a following period (text.defaults.yaml's abbreviations, with the time vocabulary's short month
    /// names), one list for every scanner. Two distinctions are data: abbreviationsAsWritten match only as written ("No."
    /// before a number, where "no." ends a sentence), the others as written, capitalised or in lower case, never in
    /// capitals, which spell acronyms ("patients with MS.", "the DEC."); abbreviationsEndingSentences ("Inc.", "Co.") keep
    /// their period on the word but often close a sentence, so a sentence splitter lets a capital after them start one.
    /// </summary>
    internal sealed class Abbreviations
    {
        private static readonly ConditionalWeakTable<NewsToolsConfig, Abbreviations> Cache = new ConditionalWeakTable<NewsToolsConfig, Abbreviations>();

        // The words whose period ends no sentence: case folded for a first answer without cutting a string, then exact.
        private readonly SliceSet inSentenceFolded;
        private readonly HashSet<string> inSentence;

        private Abbreviations(NewsToolsConfig config)
        {
            var asWritten = new HashSet<string>(TextVocabulary.List(config, "abbreviationsAsWritten"), StringComparer.Ordinal);
            var endingSentences = new HashSet<string>(TextVocabulary.List(config, "abbreviationsEndingSentences"), StringComparer.OrdinalIgnoreCase);
            var anyCase = TextVocabulary.List(config, "abbreviations").Concat(endingSentences)
                .Concat(CalendarWords.For(config).MonthAbbreviations).Where(w => !asWritten.Contains(w)).ToList();

            Forms = new HashSet<string>(anyCase.SelectMany(CaseForms).Concat(asWritten), StringComparer.Ordinal);
            inSentence = new HashSet<string>(anyCase.Where(w => !endingSentences.Contains(w)).SelectMany(CaseForms)
                .Concat(asWritten.Where(w => !endingSentences.Contains(w))), StringComparer.Ordinal);
            inSentenceFolded = new SliceSet(inSentence);
        }

        /// <summary>Every form of every abbreviation as it is matched (dotted forms without their last period: "U.S").</summary>
        public HashSet<string> Forms { get; }

        /// <summary>The abbreviations of a configuration (built once per configuration object).</summary>
        public static Abbreviations For(NewsToolsConfig config) => Cache.GetValue(config, c => new Abbreviations(c));

        /// <summary>Whether a period after text[start, start + length) ends no sentence, whatever follows it.</summary>
        public bool KeepsSentence(string text, int start, int length) =>
            length > 0 && inSentenceFolded.Contains(text, start, length) && inSentence.Contains(text.Substring(start, length));

        // An entry as written, capitalised and in lower case ("Calif", "calif"; "etc", "Etc").
        private static IEnumerable<string> CaseForms(string word)
        {
            yield return word;
            if (word.Length > 0)
            {
                yield return char.ToUpperInvariant(word[0]) + word.Substring(1);
                yield return char.ToLowerInvariant(word[0]) + word.Substring(1);
            }
        }
    }
}
