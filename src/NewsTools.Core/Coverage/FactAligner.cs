using System;
using System.Collections.Generic;
using System.Linq;
using NewsTools.Articles;

namespace NewsTools.Coverage
{
    /// <summary>
    /// Finds the sentences of different articles that report the same thing: pairs of sentences whose rare content words
    /// overlap enough (names, numbers, uncommon nouns weigh most), joined strongest first with at most one sentence per article.
    /// Sentences that are mostly quotation are left to the statement aligner.
    /// </summary>
    internal sealed class FactAligner
    {
        /// <summary>Least rarity-weighted overlap for two sentences to report one fact.</summary>
        public const double Threshold = 0.3;

        /// <summary>Sentences more quoted than this are statements, not facts.</summary>
        public const double MaxQuotedShare = 0.6;

        /// <summary>Two sentences that share this many words found nowhere else in the compared articles report one thing even
        /// when the rest of their wording differs ("submarine", "earlier this month").</summary>
        public const int ExclusiveAnchors = 2;

        /// <summary>The least overall similarity for the exclusive-anchor rule.</summary>
        public const double AnchoredThreshold = 0.1;

        /// <summary>Headings and credit lines are not facts; sentences of fewer than three content words say too little to align.</summary>
        public static bool IsFactUnit(TextUnit u) => u.Kind != ParagraphKind.Heading && u.QuotedShare <= MaxQuotedShare && u.Content.Count >= 3;

        /// <summary>Clusters of units (one per article at most), shared and unique, in the order of the first article's text.</summary>
        public List<List<TextUnit>> Align(IReadOnlyList<List<TextUnit>> unitsPerArticle, KeyWeights weights) => Align(unitsPerArticle, weights, out _);

        /// <param name="unitsPerArticle">Sentence units of each article.</param>
        /// <param name="weights">Rarity weights over all units.</param>
        /// <param name="candidates">Every cross-article pair similar enough to report one fact, clustered or not.</param>
        public List<List<TextUnit>> Align(IReadOnlyList<List<TextUnit>> unitsPerArticle, KeyWeights weights, out List<(TextUnit A, TextUnit B)> candidates)
        {
            var units = unitsPerArticle.SelectMany(u => u).Where(IsFactUnit).ToList();
            var pairs = new List<(int X, int Y, double Score)>();

            // Only sentences that share a word can be similar: an inverted index finds them. Words in very many sentences are
            // topics, not facts, and are left out of the index for big comparisons (small ones keep every word: exact).
            var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < units.Count; i++)
            {
                foreach (var k in units[i].Content)
                {
                    if (!postings.TryGetValue(k, out var list))
                    {
                        postings[k] = list = new List<int>();
                    }

                    list.Add(i);
                }
            }

            var cap = Math.Max(200, (int)(4 * Math.Sqrt(units.Count)));
            var seen = new bool[units.Count];
            var touched = new List<int>();
            for (var i = 0; i < units.Count; i++)
            {
                foreach (var k in units[i].Content)
                {
                    var list = postings[k];
                    if (list.Count > cap)
                    {
                        continue;
                    }

                    foreach (var j in list)
                    {
                        if (j > i && !seen[j] && units[j].Article != units[i].Article)
                        {
                            seen[j] = true;
                            touched.Add(j);
                        }
                    }
                }

                touched.Sort();
                foreach (var j in touched)
                {
                    seen[j] = false;
                    var s = Similarity(units[i], units[j], weights);
                    var anchored = units[i].Kind == ParagraphKind.Body && units[j].Kind == ParagraphKind.Body && s >= AnchoredThreshold && Exclusive(units[i], units[j], weights) >= ExclusiveAnchors;
                    if (s >= Threshold || anchored)
                    {
                        pairs.Add((i, j, s));
                    }
                }

                touched.Clear();
            }

            candidates = pairs.Select(p => (units[p.X], units[p.Y])).ToList();
            return StatementAligner.Cluster(units, pairs);
        }

        /// <summary>The sentences' similarity, or that of their closest clauses when a clause of one reports what the other says.</summary>
        internal static double Similarity(TextUnit a, TextUnit b, KeyWeights weights)
        {
            var best = weights.Similarity(a.Content, b.Content);
            if (best == 0)
            {
                return 0;
            }

            var ca = a.Clauses.Count > 0 ? a.Clauses : new List<HashSet<string>> { a.Content };
            var cb = b.Clauses.Count > 0 ? b.Clauses : new List<HashSet<string>> { b.Content };
            if (ca.Count == 1 && cb.Count == 1)
            {
                return best;
            }

            foreach (var x in ca)
            {
                foreach (var y in cb)
                {
                    best = Math.Max(best, weights.Similarity(x, y));
                }
            }

            return best;
        }

        /// <summary>Shared words that no other sentence of the comparison uses; a run of capitalised words ("East China Sea") counts once.</summary>
        private static int Exclusive(TextUnit a, TextUnit b, KeyWeights weights)
        {
            var n = 0;
            var counted = new HashSet<string>(System.StringComparer.Ordinal);
            var nameRunCounted = false;
            foreach (var w in a.Words)
            {
                if (!w.Capitalised)
                {
                    nameRunCounted = false;
                }

                var k = WordKey(w, a);
                var anchor = k != null && b.Content.Contains(k) && weights.DocumentFrequency(k) == 2;
                if (anchor && counted.Add(k!) && !(w.Capitalised && nameRunCounted))
                {
                    n++;
                    nameRunCounted = w.Capitalised;
                }
            }

            return n;
        }

        /// <summary>The unit's content key for a word, found by the word's own key among the unit's content keys.</summary>
        private static string? WordKey(Word w, TextUnit unit)
        {
            var stem = w.Numeric ? w.Key : WordScanner.Stem(w.Key, w.Capitalised && !w.SentenceStart);
            return unit.Content.Contains(stem) ? stem : null;
        }
    }
}
