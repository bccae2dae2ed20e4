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
        private readonly ContentKeys keys;

        public DiscrepancyFinder(ContentKeys keys)
        {
            this.keys = keys;
        }

        /// <summary>What differs, one line per detail; empty when the sentences agree or only one of them gives a detail.</summary>
        /// <summary>Amounts and years are compared only in sentences this similar as wholes: other sentences may align on one clause.</summary>
        public const double NumbersSimilarity = 0.35;

        /// <summary>Days are compared only in sentences this similar: different days usually mean different steps of a story.</summary>
        public const double DaysSimilarity = 0.5;

        public List<string> Find(TextUnit a, TextUnit b, KeyWeights weights)
        {
            var details = new List<string>();
            var similarity = weights.Similarity(a.Content, b.Content);
            if (similarity >= NumbersSimilarity)
            {
                Quantities(details, a, b);
                Compare(details, "years", Years(a), Years(b));
            }

            if (similarity >= DaysSimilarity)
            {
                Compare(details, "days", WeekdayNames(a), WeekdayNames(b));
                Compare(details, "dates", DayDates(a), DayDates(b));
            }

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

        /// <summary>Years (1000-2099) when both sides give years and share none.</summary>
        private static List<string> Years(TextUnit u) =>
            u.Words.Where(w => w.Numeric && w.Key.Length == 4 && (w.Key[0] == '1' || (w.Key[0] == '2' && w.Key[1] == '0'))).Select(w => w.Key).Distinct(StringComparer.Ordinal).ToList();

        /// <summary>
        /// Amounts of the same thing that differ: a number followed by the same word on both sides ("120 million" / "140 million",
        /// "64 cables" / "60 cables"), where neither side also gives the other's number.
        /// </summary>
        private void Quantities(List<string> details, TextUnit a, TextUnit b)
        {
            var qa = QuantityList(a);
            var qb = QuantityList(b);
            foreach (var q in qa)
            {
                if (qb.Any(x => x.Number == q.Number))
                {
                    continue;
                }

                // The other side's amount of the same unit that it gives alone; with two or more ("closed up 1.1 per cent,
                // while the yield fell to 3.98 per cent"), the one after the same word ("to 3.96%" / "to 3.98 per cent"), or none.
                var others = qb.Where(x => x.Unit == q.Unit && !qa.Any(y => y.Number == x.Number)).ToList();
                var other = others.Count == 1 ? others[0] : others.FirstOrDefault(x => x.Before.Length > 0 && x.Before == q.Before);
                if (other.Text != null)
                {
                    details.Add("amounts: " + q.Text + " / " + other.Text);
                }
            }
        }

        /// <summary>The amounts of a sentence: the number, its unit ("%" for any percentage), its text, and the word before it.</summary>
        private List<(string Number, string Unit, string Text, string Before)> QuantityList(TextUnit u)
        {
            var list = new List<(string, string, string, string)>();
            var years = Years(u);
            for (var i = 0; i < u.Words.Count; i++)
            {
                if (!u.Words[i].Numeric || (u.Words[i].Key.Length == 4 && years.Contains(u.Words[i].Key)))
                {
                    continue;
                }

                // The last word too: "fell to 3.96%." ends the sentence with its amount.
                var before = i > 0 ? u.Words[i - 1].Key : "";
                var gapEnd = i + 1 < u.Words.Count ? u.Words[i + 1].Start : u.Start + u.Text.Length;
                var gap = u.Text.Substring(u.Words[i].End - u.Start, gapEnd - u.Words[i].End);
                var percentEnd = PercentEnd(u, i, gap);
                if (percentEnd > 0)
                {
                    // "6%", "6 percent" and "6 per cent" are one unit, whatever follows ("a 6% rise" / "a 5% pay rise").
                    list.Add((u.Words[i].Key, "%", u.Text.Substring(u.Words[i].Start - u.Start, percentEnd - u.Words[i].Start), before));
                    continue;
                }

                if (i + 1 == u.Words.Count)
                {
                    continue;
                }

                var next = u.Words[i + 1];
                var unit = keys.Key(next);
                if (gap.Trim().Length == 0 && unit != null && !next.Numeric)
                {
                    list.Add((u.Words[i].Key, unit, u.Text.Substring(u.Words[i].Start - u.Start, next.End - u.Words[i].Start), before));
                }
            }

            return list;
        }

        /// <summary>Where a percentage written after number <paramref name="i"/> ends ("6%", "6 percent", "6 per cent"), or 0.</summary>
        private static int PercentEnd(TextUnit u, int i, string gap)
        {
            var number = u.Words[i];
            if (gap.TrimStart().StartsWith("%", StringComparison.Ordinal))
            {
                return number.End + gap.IndexOf('%') + 1;
            }

            if (gap.Trim().Length > 0 || i + 1 == u.Words.Count)
            {
                return 0;
            }

            var next = u.Words[i + 1];

            if (string.Equals(next.Key, "percent", StringComparison.Ordinal))
            {
                return next.End;
            }

            return string.Equals(next.Key, "per", StringComparison.Ordinal) && i + 2 < u.Words.Count && string.Equals(u.Words[i + 2].Key, "cent", StringComparison.Ordinal) ? u.Words[i + 2].End : 0;
        }

        // Month and weekday names are the time vocabulary's (the user's additions included), one list for the whole engine.
        private List<string> WeekdayNames(TextUnit u) =>
            u.Words.Where(w => w.Capitalised && keys.Calendar.IsWeekday(w.Key)).Select(w => w.Key).Distinct(StringComparer.Ordinal).ToList();

        /// <summary>Calendar days written out ("Jan 28", "28 January"): a month name next to a day number.</summary>
        private List<string> DayDates(TextUnit u)
        {
            var dates = new List<string>();
            for (var i = 0; i < u.Words.Count; i++)
            {
                var w = u.Words[i];
                if (!w.Capitalised || !keys.Calendar.IsMonth(w.Key))
                {
                    continue;
                }

                var month = w.Key.Length > 3 ? w.Key.Substring(0, 3) : w.Key;
                foreach (var j in new[] { i + 1, i - 1 })
                {
                    if (j >= 0 && j < u.Words.Count && u.Words[j].Numeric && u.Words[j].Key.Length <= 2)
                    {
                        dates.Add(month + " " + u.Words[j].Key);
                        break;
                    }
                }
            }

            return dates.Distinct(StringComparer.Ordinal).ToList();
        }

        /// <summary>A word in more of the group's sentences than this is common in the story, and its modifiers say little.</summary>
        private const int MaxRareWordSentences = 3;

        /// <summary>Shared rare lower-case words described by different modifiers on each side.</summary>
        private IEnumerable<string> Descriptions(TextUnit a, TextUnit b, KeyWeights weights)
        {
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var w in a.Words)
            {
                var k = keys.Key(w);
                if (k == null || w.Capitalised || w.Numeric || !b.Content.Contains(k) || weights.DocumentFrequency(k) > MaxRareWordSentences || !reported.Add(k))
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

                // "enormous" against "massive" is a choice of words, not a contradiction: a detail needs a compound or a number
                // ("nuclear-powered", "14-year-old") on one side, or names on both ("Trump unveiled" / "Senate Republicans unveiled").
                var detailed = ma.Concat(mb).Any(m => m.Word.Key.IndexOf('-') > 0 || m.Word.Key.Any(char.IsDigit));
                var names = ma.All(m => m.Word.Capitalised && !m.Word.SentenceStart) && mb.All(m => m.Word.Capitalised && !m.Word.SentenceStart);
                if (!detailed && !names)
                {
                    continue;
                }

                yield return string.Format(CultureInfo.InvariantCulture, "'{0}' / '{1}'", Phrase(a, ma, k), Phrase(b, mb, k));
            }
        }

        private sealed class Modifier
        {
            public Modifier(string key, Word word)
            {
                Key = key;
                Word = word;
            }

            public string Key { get; }

            public Word Word { get; }

            public int Start => Word.Start;
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

                result.Add(new Modifier(k, w));
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
