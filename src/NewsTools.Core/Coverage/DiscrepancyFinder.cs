using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace NewsTools.Coverage
{
    /// <summary>
    /// Compares the details of two sentences that report the same fact: numbers, dates, and how the thing both talk about is
    /// described. "an unidentified foreign submarine" against "a nuclear-powered submarine" is a discrepancy: the shared rare
    /// noun carries different modifiers on each side, and neither side's modifiers appear anywhere in the other sentence.
    /// Leaving a detail out is an omission, not a discrepancy, so each rule needs a differing value on both sides.
    /// </summary>
    internal sealed class DiscrepancyFinder
    {
        private static readonly HashSet<string> DateWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        };

        private readonly ContentKeys keys;

        public DiscrepancyFinder(ContentKeys keys)
        {
            this.keys = keys;
        }

        /// <summary>What differs, one line per detail; empty when the sentences agree or only one of them gives a detail.</summary>
        public List<string> Find(TextUnit a, TextUnit b, KeyWeights weights)
        {
            var details = new List<string>();
            Compare(details, "numbers", Numbers(a), Numbers(b));
            Compare(details, "dates", DateNames(a), DateNames(b));
            foreach (var d in Descriptions(a, b, weights))
            {
                details.Add(d);
            }

            return details;
        }

        private static void Compare(List<string> details, string what, List<string> a, List<string> b)
        {
            var onlyA = a.Except(b, StringComparer.Ordinal).ToList();
            var onlyB = b.Except(a, StringComparer.Ordinal).ToList();
            if (onlyA.Count > 0 && onlyB.Count > 0)
            {
                details.Add(what + ": " + string.Join(", ", onlyA) + " / " + string.Join(", ", onlyB));
            }
        }

        private static List<string> Numbers(TextUnit u) =>
            u.Words.Where(w => w.Numeric).Select(w => w.Key).Distinct(StringComparer.Ordinal).ToList();

        private static List<string> DateNames(TextUnit u) =>
            u.Words.Where(w => w.Capitalised && DateWords.Contains(w.Key)).Select(w => w.Key.Length > 3 ? w.Key.Substring(0, 3) : w.Key).Distinct(StringComparer.Ordinal).ToList();

        /// <summary>Shared rare lower-case words described by different modifiers on each side.</summary>
        private IEnumerable<string> Descriptions(TextUnit a, TextUnit b, KeyWeights weights)
        {
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var w in a.Words)
            {
                var k = keys.Key(w);
                if (k == null || w.Capitalised || w.Numeric || !b.Content.Contains(k) || weights.DocumentFrequency(k) > 3 || !reported.Add(k))
                {
                    continue;
                }

                var ma = Modifiers(a, k);
                var mb = Modifiers(b, k);
                if (ma.Count == 0 || mb.Count == 0)
                {
                    continue;
                }

                if (ma.Any(m => b.Content.Contains(m.Key)) || mb.Any(m => a.Content.Contains(m.Key)))
                {
                    continue;
                }

                yield return string.Format(CultureInfo.InvariantCulture, "'{0}' / '{1}'", Phrase(a, ma, k), Phrase(b, mb, k));
            }
        }

        private sealed class Modifier
        {
            public Modifier(string key, int start)
            {
                Key = key;
                Start = start;
            }

            public string Key { get; }

            public int Start { get; }
        }

        /// <summary>Up to two content words right before the first occurrence of the key, joined only by spaces or hyphens.</summary>
        private List<Modifier> Modifiers(TextUnit u, string key)
        {
            var result = new List<Modifier>();
            var index = u.Words.FindIndex(w => keys.Key(w) == key);
            for (var i = index - 1; i >= 0 && i >= index - 2; i--)
            {
                var w = u.Words[i];
                var next = u.Words[i + 1];
                var gap = u.Text.Substring(w.End - u.Start, next.Start - w.End);
                if (gap.Trim().Length > 0)
                {
                    break;
                }

                var k = keys.Key(w);
                if (k == null || w.Numeric)
                {
                    break;
                }

                result.Add(new Modifier(k, w.Start));
            }

            return result;
        }

        private string Phrase(TextUnit u, List<Modifier> modifiers, string key)
        {
            var start = modifiers.Min(m => m.Start) - u.Start;
            var headword = u.Words.First(w => keys.Key(w) == key);
            return u.Text.Substring(start, headword.End - u.Start - start);
        }
    }
}
