using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
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

        /// <summary>
        /// Least similarity of what two sentences report one speaker saying, the words naming the speaker set aside, for them to
        /// report one remark when the speaker has one reported remark in each article: a translated or paraphrased remark keeps
        /// few words ("while both sides saw progress, they faced many obstacles" / "while there has been positive progress, there
        /// are also many disturbances and obstructions"), and the same speaker on both sides is the evidence the words lack.
        /// </summary>
        public const double SameRemarkThreshold = 0.1;

        /// <summary>
        /// How much the least similarity rises with the natural log of the number of pairings of the speaker's reported sentences
        /// (nA x nB for two articles; with more, each side's count times the count in all other articles, the larger): the more
        /// one speaker says, the likelier two different remarks share a word by chance, and the less the shared speaker tells
        /// (a story about one person's testimony attributes nearly every sentence to them).
        /// </summary>
        public const double SameRemarkPerPairing = 0.03;

        /// <summary>
        /// The shared reported words must include a common word (not a name) whose key has this many letters: short words are the
        /// frequent ones (Zipf's law of abbreviation), and one frequent word ("need", "long") shared by two remarks is chance;
        /// names ("Marvel", "Metropolitan Police") are what the story is about, not what the speaker said about it.
        /// </summary>
        public const int SameRemarkLongWord = 6;

        /// <summary>A sentence with fewer content words than this says too little to align ("He agreed.").</summary>
        public const int MinFactContentWords = 3;

        /// <summary>Headings and credit lines are not facts; nor are sentences of fewer than <see cref="MinFactContentWords"/> content words.</summary>
        public static bool IsFactUnit(TextUnit u) => u.Kind != ParagraphKind.Heading && u.QuotedShare <= MaxQuotedShare && u.Content.Count >= MinFactContentWords;

        /// <summary>
        /// A photo caption describes a picture, not what happened: it is a fact only where two outlets caption one scene alike
        /// (a pool photo of the meeting), never a row of its own nor paired with the story's sentences.
        /// </summary>
        private static bool CanPair(TextUnit a, TextUnit b) => (a.Kind == ParagraphKind.Caption) == (b.Kind == ParagraphKind.Caption);

        /// <summary>Sentences the caller has already reported otherwise (a quote shown as a statement).</summary>
        public Func<TextUnit, bool>? Excluded { get; set; }

        /// <summary>Whether some sentence had more candidates than <see cref="Budget"/> let it look at.</summary>
        public bool BudgetReached { get; private set; }

        /// <summary>Candidates each item got from common words (see <see cref="SharedKeyPairs.Budget"/>).</summary>
        public int Budget { get; private set; }

        /// <summary>Called with (sentences done, sentences) as the search goes.</summary>
        public Action<int, int>? Progress { get; set; }

        /// <summary>Clusters of units (one per article at most), shared and unique, in the order of the first article's text.</summary>
        public List<List<TextUnit>> Align(IReadOnlyList<List<TextUnit>> unitsPerArticle, KeyWeights weights) => Align(unitsPerArticle, weights, out _);

        /// <param name="unitsPerArticle">Sentence units of each article.</param>
        /// <param name="weights">Rarity weights over all units.</param>
        /// <param name="candidates">Every cross-article pair similar enough to report one fact, clustered or not.</param>
        /// <param name="cancellationToken">Checked as the search goes.</param>
        public List<List<TextUnit>> Align(IReadOnlyList<List<TextUnit>> unitsPerArticle, KeyWeights weights, out List<(TextUnit A, TextUnit B)> candidates, CancellationToken cancellationToken = default)
        {
            var units = unitsPerArticle.SelectMany(u => u).Where(u => IsFactUnit(u) && !(Excluded?.Invoke(u) ?? false)).ToList();
            var pairs = new List<(int X, int Y, double Score)>();
            var remarks = new RemarkCounts(units);
            var remarkPairs = new List<(int X, int Y, double Score)>();

            // Only sentences that share a word can be similar.
            var search = new SharedKeyPairs(units.Select(u => (IReadOnlyCollection<string>)u.Content).ToList(), units.Select(u => u.Article).ToList());
            search.ForEach(
                (i, j) =>
                {
                    if (!CanPair(units[i], units[j]))
                    {
                        return;
                    }

                    var s = Similarity(units[i], units[j], weights);
                    var anchored = units[i].Kind == ParagraphKind.Body && units[j].Kind == ParagraphKind.Body && s >= AnchoredThreshold && Exclusive(units[i], units[j], weights) >= ExclusiveAnchors;
                    if (s >= Threshold || anchored)
                    {
                        pairs.Add((i, j, s));
                    }
                    else if (units[i].Reported.Count > 0 && units[j].Reported.Count > 0)
                    {
                        var r = SameRemark(units, i, j, weights, remarks);
                        if (r > 0)
                        {
                            remarkPairs.Add((i, j, r));
                        }
                    }
                },
                i => Progress?.Invoke(i + 1, units.Count),
                cancellationToken);
            BudgetReached = search.BudgetReached;
            Budget = search.Budget;

            cancellationToken.ThrowIfCancellationRequested();
            candidates = pairs.Concat(remarkPairs).Select(p => (units[p.X], units[p.Y])).ToList();

            // Pairs found by their words are joined first; the speaker rule only pairs sentences they left alone.
            return StatementAligner.Cluster(units, pairs, remarkPairs, cancellationToken).Where(c => c.Count > 1 || c[0].Kind != ParagraphKind.Caption).ToList();
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

        /// <summary>
        /// The similarity of what two sentences report one speaker saying, or 0 when they name no common speaker, share no long
        /// common reported word, or fall below the threshold for the number of the speaker's reported sentences in the two articles.
        /// </summary>
        private static double SameRemark(List<TextUnit> units, int i, int j, KeyWeights weights, RemarkCounts remarks)
        {
            var a = units[i];
            var b = units[j];
            var pairings = 0;
            foreach (var x in a.Speakers)
            {
                foreach (var y in b.Speakers)
                {
                    if (x.SameAs(y))
                    {
                        var inA = remarks.Count(a.Article, x);
                        var inB = remarks.Count(b.Article, y);
                        var all = remarks.Count(-1, x);
                        var n = Math.Max(inA * Math.Max(all - inA, inB), inB * Math.Max(all - inB, inA));
                        pairings = pairings == 0 ? n : Math.Min(pairings, n);
                    }
                }
            }

            if (pairings == 0)
            {
                return 0;
            }

            var longWord = false;
            foreach (var k in a.ReportedCommonWords)
            {
                if (k.Length >= SameRemarkLongWord && b.ReportedCommonWords.Contains(k))
                {
                    longWord = true;
                    break;
                }
            }

            var r = longWord ? weights.Similarity(a.Reported, b.Reported) : 0;
            var threshold = SameRemarkThreshold + (SameRemarkPerPairing * Math.Log(pairings));
            return r >= threshold ? r : 0;
        }

        /// <summary>
        /// How many fact sentences of an article (of all articles for -1) report a speaker, counted once per article and speaker.
        /// An article's count looks at its own sentences only: with thousands of articles, a scan of every sentence per article
        /// made this search quadratic.
        /// </summary>
        private sealed class RemarkCounts
        {
            private readonly List<TextUnit> units;
            private readonly Dictionary<int, List<TextUnit>> byArticle = new Dictionary<int, List<TextUnit>>();
            private readonly Dictionary<(int Article, ReportedSpeaker Speaker), int> counts = new Dictionary<(int Article, ReportedSpeaker Speaker), int>();

            public RemarkCounts(List<TextUnit> units)
            {
                this.units = units;
                foreach (var u in units)
                {
                    if (!byArticle.TryGetValue(u.Article, out var list))
                    {
                        byArticle[u.Article] = list = new List<TextUnit>();
                    }

                    list.Add(u);
                }
            }

            public int Count(int article, ReportedSpeaker speaker)
            {
                if (counts.TryGetValue((article, speaker), out var n))
                {
                    return n;
                }

                var scope = article < 0 ? units : byArticle.TryGetValue(article, out var mine) ? mine : new List<TextUnit>();
                foreach (var u in scope)
                {
                    if (u.Speakers.Any(s => s.SameAs(speaker)))
                    {
                        n++;
                    }
                }

                counts[(article, speaker)] = n;
                return n;
            }
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
