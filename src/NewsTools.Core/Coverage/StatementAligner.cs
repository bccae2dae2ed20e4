using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using NewsTools.Quotes;

namespace NewsTools.Coverage
{
    /// <summary>
    /// Lines up the quotations of several articles: one statement reported by two outlets, possibly in two translations or
    /// trimmed differently, becomes one cluster. Quotes must come from compatible speakers (same name, or same surname) and
    /// share enough wording: rare content words or a long common run of words (translations often agree on the opening words).
    /// </summary>
    internal sealed class StatementAligner
    {
        /// <summary>Least similarity for quotes of one speaker: translations of one statement can share few words.</summary>
        public const double SameSpeakerThreshold = 0.3;

        /// <summary>Least similarity when a speaker is unknown on either side: then the words must carry it alone.</summary>
        public const double UnknownSpeakerThreshold = 0.6;

        /// <summary>Quotes of differently named speakers are one statement only when this long and this alike, word for word.</summary>
        public const int VerbatimLength = 40;

        /// <inheritdoc cref="VerbatimLength"/>
        public const double VerbatimSimilarity = 0.9;

        /// <summary>Quotes shorter than this many characters are fragments: see <see cref="Score"/>.</summary>
        private const int ShortQuoteLength = 25;

        private readonly ContentKeys keys;

        public StatementAligner(ContentKeys keys)
        {
            this.keys = keys;
        }

        internal sealed class Entry
        {
            public Entry(int article, Quote quote, List<Word> words, HashSet<string> content)
            {
                Article = article;
                Quote = quote;
                Words = words;
                Content = content;
            }

            /// <summary>The quote's words, scanned once: a quote is diffed against up to hundreds of others.</summary>
            public List<Word> Words { get; }

            public int Article { get; }

            public Quote Quote { get; }

            public HashSet<string> Content { get; }
        }

        /// <summary>Whether some quote had more candidates than <see cref="Budget"/> let it look at.</summary>
        public bool BudgetReached { get; private set; }

        /// <summary>Candidates each item got from common words (see <see cref="SharedKeyPairs.Budget"/>).</summary>
        public int Budget { get; private set; }

        /// <summary>Called with (quotes done, quotes) as the search goes.</summary>
        public Action<int, int>? Progress { get; set; }

        /// <summary>Clusters of quotes (at most one per article), each list in article order; unmatched quotes come back alone.</summary>
        public List<List<Entry>> Align(IReadOnlyList<IReadOnlyList<Quote>> quotesPerArticle, CancellationToken cancellationToken = default)
        {
            var entries = new List<Entry>();
            for (var a = 0; a < quotesPerArticle.Count; a++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var q in quotesPerArticle[a])
                {
                    if (q == null || string.IsNullOrWhiteSpace(q.Text) || q.Kind == QuoteKind.Term || q.Kind == QuoteKind.Indirect)
                    {
                        continue;
                    }

                    var words = keys.Scanner.Scan(q.Text);
                    entries.Add(new Entry(a, q, words, keys.Keys(words)));
                }
            }

            var weights = new KeyWeights(entries.Select(e => e.Content));
            var pairs = new List<(int X, int Y, double Score)>();

            // Quotes that share no content word score 0 (the word-level diff is only run past 0.1 of shared rare words).
            var search = new SharedKeyPairs(entries.Select(e => (IReadOnlyCollection<string>)e.Content).ToList(), entries.Select(e => e.Article).ToList());
            search.ForEach(
                (i, j) =>
                {
                    var score = Score(entries[i], entries[j], weights);
                    if (score > 0)
                    {
                        pairs.Add((i, j, score));
                    }
                },
                i => Progress?.Invoke(i + 1, entries.Count),
                cancellationToken);
            BudgetReached = search.BudgetReached;
            Budget = search.Budget;
            return Cluster(entries, pairs, null, cancellationToken);
        }

        internal double Score(Entry a, Entry b, KeyWeights weights)
        {
            var speakers = SpeakersMatch(a.Quote.Speaker, b.Quote.Speaker);
            if (speakers == SpeakerMatch.Different && Math.Min(a.Quote.Text.Length, b.Quote.Text.Length) < VerbatimLength)
            {
                return 0;
            }

            // The word-level comparison (quadratic) only for quotes that share some rare words already.
            var content = weights.Similarity(a.Content, b.Content);
            var segments = content >= 0.1 ? WordDiff.Segments(a.Quote.Text, a.Words, b.Quote.Text, b.Words) : null;
            var words = segments == null ? 0 : WordDiff.Similarity(segments);
            var score = Math.Max(content, words);

            // A long quotation two outlets give word for word is one statement, however each names who made it ("the Fed" and
            // "the central bank"); a row that names two people for it says so (see CoverageComparer.AddStatementRows).
            if (speakers == SpeakerMatch.Different)
            {
                return words >= VerbatimSimilarity ? words : 0;
            }

            // A quote of a few words ("lie", "show clearly") is one statement with another only if the other contains it.
            if (Math.Min(a.Quote.Text.Length, b.Quote.Text.Length) < ShortQuoteLength)
            {
                var shorterIsA = a.Quote.Text.Length <= b.Quote.Text.Length;
                var contained = segments != null && segments.All(x => x.Op == DiffOp.Same || x.Op == (shorterIsA ? DiffOp.Added : DiffOp.Removed));
                return contained ? Math.Max(score, SameSpeakerThreshold) : 0;
            }

            var threshold = speakers == SpeakerMatch.Same ? SameSpeakerThreshold : UnknownSpeakerThreshold;
            return score >= threshold ? score : 0;
        }

        internal enum SpeakerMatch
        {
            Same,
            Unknown,
            Different,
        }

        internal static SpeakerMatch SpeakersMatch(string? a, string? b)
        {
            if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b))
            {
                return SpeakerMatch.Unknown;
            }

            if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
            {
                return SpeakerMatch.Same;
            }

            // "Wang" and "Wang Yi", "Kono" and "Taro Kono": one name's words all in the other. Compared in place, as this runs
            // for millions of pairs of a big comparison (each split into new strings and sets cost more than the pair's score).
            return WordsWithin(a!, b!) || WordsWithin(b!, a!) || SameWord(a!, a!.LastIndexOf(' ') + 1, a!.Length, b!, b!.LastIndexOf(' ') + 1, b!.Length)
                ? SpeakerMatch.Same
                : SpeakerMatch.Different;
        }

        /// <summary>Whether every space-separated word of <paramref name="a"/> is a word of <paramref name="b"/>, case ignored.</summary>
        private static bool WordsWithin(string a, string b)
        {
            var start = 0;
            while (start <= a.Length)
            {
                var end = a.IndexOf(' ', start);
                end = end < 0 ? a.Length : end;
                if (!HasWord(b, a, start, end))
                {
                    return false;
                }

                start = end + 1;
            }

            return true;
        }

        private static bool HasWord(string text, string word, int wordStart, int wordEnd)
        {
            var start = 0;
            while (start <= text.Length)
            {
                var end = text.IndexOf(' ', start);
                end = end < 0 ? text.Length : end;
                if (SameWord(text, start, end, word, wordStart, wordEnd))
                {
                    return true;
                }

                start = end + 1;
            }

            return false;
        }

        private static bool SameWord(string a, int aStart, int aEnd, string b, int bStart, int bEnd) =>
            aEnd - aStart == bEnd - bStart && string.Compare(a, aStart, b, bStart, aEnd - aStart, StringComparison.OrdinalIgnoreCase) == 0;

        /// <summary>
        /// Strongest pairs first; two clusters join only if they hold no article in common and every item of one is similar
        /// enough to every item of the other (complete linkage), so a chain of loose pairs cannot make one row of three things.
        /// </summary>
        /// <param name="items">What is clustered.</param>
        /// <param name="pairs">Pairs of items similar enough to be joined, with their scores.</param>
        /// <param name="weakerPairs">Pairs of a weaker kind of evidence, joined only after every pair of <paramref name="pairs"/>.</param>
        internal static List<List<T>> Cluster<T>(List<T> items, List<(int X, int Y, double Score)> pairs, List<(int X, int Y, double Score)>? weakerPairs = null, CancellationToken cancellationToken = default)
            where T : class
        {
            var ordered = pairs.OrderByDescending(p => p.Score).ThenBy(p => p.X).ThenBy(p => p.Y).ToList();
            cancellationToken.ThrowIfCancellationRequested();
            if (weakerPairs != null)
            {
                ordered.AddRange(weakerPairs.OrderByDescending(p => p.Score).ThenBy(p => p.X).ThenBy(p => p.Y));
            }

            var linked = Linked(ordered, cancellationToken);
            var article = new Func<T, int>(t => t is Entry e ? e.Article : t is TextUnit u ? u.Article : 0);
            var clusters = new CompleteLinkClusters(items.Count, i => article(items[i]));
            var done = 0;
            foreach (var (x, y, _) in ordered)
            {
                if ((++done & 4095) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                clusters.TryJoin(x, y, linked);
            }

            return Enumerable.Range(0, items.Count)
                .Where(i => clusters.Find(i) == i)
                .Select(i => clusters.Members(i).OrderBy(m => article(items[m])).ThenBy(m => m).Select(m => items[m]).ToList())
                .ToList();
        }

        /// <summary>Every pair, both ways round, for the complete-linkage test.</summary>
        private static HashSet<(int, int)> Linked(List<(int X, int Y, double Score)> ordered, CancellationToken cancellationToken)
        {
            // Hundreds of copies of one story give millions of pairs: a check per 4,096 keeps Ctrl+C prompt.
            var linked = new HashSet<(int, int)>();
            var done = 0;
            foreach (var (x, y, _) in ordered)
            {
                if ((++done & 4095) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                linked.Add((x, y));
                linked.Add((y, x));
            }

            return linked;
        }

        /// <summary>Clusters as a union-find forest, each root with its members and their articles (kept as clusters join, not rebuilt per pair).</summary>
        private sealed class CompleteLinkClusters
        {
            private readonly int[] parent;
            private readonly List<int>[] members;
            private readonly HashSet<int>[] articlesOf;

            public CompleteLinkClusters(int count, Func<int, int> article)
            {
                parent = Enumerable.Range(0, count).ToArray();
                members = Enumerable.Range(0, count).Select(i => new List<int> { i }).ToArray();
                articlesOf = Enumerable.Range(0, count).Select(i => new HashSet<int> { article(i) }).ToArray();
            }

            public List<int> Members(int root) => members[root];

            public int Find(int x)
            {
                while (parent[x] != x)
                {
                    parent[x] = parent[parent[x]];
                    x = parent[x];
                }

                return x;
            }

            /// <summary>Joins the clusters of x and y unless they share an article or some member of one is not linked to some member of the other.</summary>
            public void TryJoin(int x, int y, HashSet<(int, int)> linked)
            {
                var rx = Find(x);
                var ry = Find(y);
                if (rx == ry || articlesOf[rx].Overlaps(articlesOf[ry]) || members[rx].Any(i => members[ry].Any(j => !linked.Contains((i, j)))))
                {
                    return;
                }

                if (members[rx].Count < members[ry].Count)
                {
                    (rx, ry) = (ry, rx);
                }

                parent[ry] = rx;
                members[rx].AddRange(members[ry]);
                members[ry].Clear();
                articlesOf[rx].UnionWith(articlesOf[ry]);
                articlesOf[ry] = new HashSet<int>();
            }
        }
    }
}
