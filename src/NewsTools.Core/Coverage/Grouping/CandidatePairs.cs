using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using NewsTools.Engine;

namespace NewsTools.Coverage
{
    /// <summary>
    /// Blocking: which pairs of articles are worth scoring. Each article's strongest terms go into an inverted index; two
    /// articles are scored only when they share enough of them, and a term shared by too many articles (a topic, not an event)
    /// finds no pairs. The work per article is bounded by signature size times the posting cap, never by the collection size.
    /// </summary>
    internal sealed class CandidatePairs
    {
        private readonly int signatureSize;
        private readonly int minShared;
        private readonly int maxPosting;
        private readonly double minSimilarity;
        private readonly Func<EventSignature, EventSignature, double> pairFactor;

        public CandidatePairs(int signatureSize, int minShared, int maxPosting, double minSimilarity, Func<EventSignature, EventSignature, double> pairFactor)
        {
            this.signatureSize = signatureSize;
            this.minShared = minShared;
            this.maxPosting = maxPosting;
            this.minSimilarity = minSimilarity;
            this.pairFactor = pairFactor;
        }

        /// <summary>Scored pairs (A &lt; B) whose similarity, times the date factor, reaches the minimum.</summary>
        public List<(int A, int B, double Similarity)> Find(EventSignature[] items, IEngineReporter reporter, CancellationToken cancellationToken)
        {
            var n = items.Length;
            var signatures = new ulong[n][];
            var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
            ParallelLoop.For(n, options, d => signatures[d] = Strongest(items[d]));

            var postings = Postings.Build(signatures, cancellationToken);
            var edges = new List<(int, int, double)>();
            var gate = new object();
            var progress = new PhaseProgress(reporter, "Finding similar articles", n);
            ParallelLoop.For(
                n,
                options,
                () => new WorkerState(n),
                (d, _, local) =>
                {
                    ScoreLaterArticles(d, items, signatures[d], postings, local);
                    progress.Step();
                    return local;
                },
                local =>
                {
                    lock (gate)
                    {
                        edges.AddRange(local.Found);
                    }
                });

            progress.Done();
            cancellationToken.ThrowIfCancellationRequested();
            return edges;
        }

        /// <summary>
        /// Scores article <paramref name="d"/> against every later article that shares at least the minimum number of its strongest
        /// terms, counted through the postings of the terms not too common to say anything about one event.
        /// </summary>
        private void ScoreLaterArticles(int d, EventSignature[] items, ulong[] signature, Postings postings, WorkerState local)
        {
            var runs = postings.Runs;
            var entries = postings.Entries;
            foreach (var t in signature)
            {
                if (!runs.TryGetValue(t, out var run) || run.Length > maxPosting)
                {
                    continue;
                }

                for (var i = run.Start; i < run.Start + run.Length; i++)
                {
                    var e = entries[i].Doc;
                    if (e > d && local.Count[e]++ == 0)
                    {
                        local.Touched.Add(e);
                    }
                }
            }

            foreach (var e in local.Touched)
            {
                if (local.Count[e] >= minShared)
                {
                    if (local.Table.Loaded != items[d])
                    {
                        local.Table.Load(items[d]);
                    }

                    var similarity = local.Table.Cosine(items[e]) * pairFactor(items[d], items[e]);
                    if (similarity >= minSimilarity)
                    {
                        local.Found.Add((d, e, similarity));
                    }
                }

                local.Count[e] = 0;
            }

            local.Touched.Clear();
        }

        /// <summary>The article's strongest terms, by weight (ties by hash, so every machine picks the same), strongest first.</summary>
        private ulong[] Strongest(EventSignature s)
        {
            // The best few kept in order in one pass over the terms (a signature holds a few times as many): no sort of them all,
            // and no comparison through a delegate.
            var take = Math.Min(signatureSize, s.Terms.Length);
            var best = new int[take];
            var count = 0;
            for (var t = 0; t < s.Terms.Length; t++)
            {
                if (count == take && !Stronger(s, t, best[count - 1]))
                {
                    continue;
                }

                var at = count < take ? count++ : count - 1;
                while (at > 0 && Stronger(s, t, best[at - 1]))
                {
                    best[at] = best[at - 1];
                    at--;
                }

                best[at] = t;
            }

            var result = new ulong[take];
            for (var i = 0; i < take; i++)
            {
                result[i] = s.Terms[best[i]];
            }

            return result;
        }

        /// <summary>Whether term <paramref name="x"/> of the signature comes before term <paramref name="y"/>: heavier, or as heavy with a lower hash.</summary>
        private static bool Stronger(EventSignature s, int x, int y) =>
            s.Weights[x] != s.Weights[y] ? s.Weights[x] > s.Weights[y] : s.Terms[x] < s.Terms[y];

        /// <summary>One worker's scratch: shared-term counts per article (reset after each article), which were touched, and the pairs found.</summary>
        private sealed class WorkerState
        {
            public WorkerState(int n)
            {
                Count = new int[n];
            }

            public int[] Count { get; }

            public List<int> Touched { get; } = new List<int>();

            /// <summary>The article being scored, looked up in by each article it is scored against.</summary>
            public CosineTable Table { get; } = new CosineTable();

            public List<(int, int, double)> Found { get; } = new List<(int, int, double)>();
        }

        /// <summary>
        /// The inverted index of the strongest terms, as one array of (term, article) sorted by term then article (flat memory, no
        /// list per term), and where each term's run of articles starts.
        /// </summary>
        private sealed class Postings
        {
            private Postings(Posting[] entries, Dictionary<ulong, (int Start, int Length)> runs)
            {
                Entries = entries;
                Runs = runs;
            }

            public Posting[] Entries { get; }

            /// <summary>Each term held by two signatures or more (a term in one signature links nothing).</summary>
            public Dictionary<ulong, (int Start, int Length)> Runs { get; }

            public static Postings Build(ulong[][] signatures, CancellationToken cancellationToken)
            {
                var total = 0;
                foreach (var signature in signatures)
                {
                    total += signature.Length;
                }

                var entries = new Posting[total];
                var k = 0;
                for (var d = 0; d < signatures.Length; d++)
                {
                    foreach (var t in signatures[d])
                    {
                        entries[k++] = new Posting(t, d);
                    }
                }

                cancellationToken.ThrowIfCancellationRequested();

                // Sorted through the entries' own comparison, which the sort calls directly, not through a delegate per step.
                Array.Sort(entries);
                var runs = new Dictionary<ulong, (int Start, int Length)>();
                for (var start = 0; start < entries.Length;)
                {
                    var end = start + 1;
                    while (end < entries.Length && entries[end].Term == entries[start].Term)
                    {
                        end++;
                    }

                    if (end - start >= 2)
                    {
                        runs[entries[start].Term] = (start, end - start);
                    }

                    start = end;
                }

                return new Postings(entries, runs);
            }
        }

        /// <summary>One entry of the inverted index: a term and an article that keeps it, ordered by term, then article.</summary>
        private readonly struct Posting : IComparable<Posting>
        {
            public Posting(ulong term, int doc)
            {
                Term = term;
                Doc = doc;
            }

            public ulong Term { get; }

            public int Doc { get; }

            public int CompareTo(Posting other) => Term != other.Term ? Term.CompareTo(other.Term) : Doc.CompareTo(other.Doc);
        }
    }
}
