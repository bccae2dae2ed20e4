using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using NewsTools.Engine;

namespace NewsTools.Coverage
{
    /// <summary>
    /// Average-linkage clustering over a sparse similarity graph: pairs are taken strongest first, and two groups merge only
    /// when the mean similarity over all their article pairs (missing pairs count as 0) reaches the threshold. A false merge is
    /// worse than a split for an analyst, and one strong pair cannot chain two events.
    /// </summary>
    internal sealed class AverageLinkage
    {
        private readonly double threshold;

        public AverageLinkage(double threshold)
        {
            this.threshold = threshold;
        }

        /// <param name="weight">How many identical articles each item stands for.</param>
        /// <param name="edges">Candidate pairs with their similarity.</param>
        /// <param name="reporter">Progress over the pairs.</param>
        /// <param name="cancellationToken">Checked every thousand pairs.</param>
        /// <returns>Each item's group, as the index of one member.</returns>
        public int[] Cluster(int[] weight, List<(int A, int B, double Similarity)> edges, IEngineReporter reporter, CancellationToken cancellationToken)
        {
            var sorted = SortStrongestFirst(edges);
            var groups = new Groups(weight, sorted);
            var progress = new PhaseProgress(reporter, "Merging similar articles into events", edges.Count);
            var step = 0;
            foreach (var edge in sorted)
            {
                var (a, b) = (edge.A, edge.B);
                if ((++step & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress.Step(1024);
                }

                var ra = groups.Find(a);
                var rb = groups.Find(b);
                if (ra != rb && groups.MeanSimilarity(ra, rb) >= threshold)
                {
                    groups.Merge(ra, rb);
                }
            }

            progress.Done();
            var roots = new int[weight.Length];
            for (var i = 0; i < roots.Length; i++)
            {
                roots[i] = groups.Find(i);
            }

            return roots;
        }

        /// <summary>Strongest similarity first; ties by the pair's articles, so the merges, and the groups, never depend on input order.</summary>
        private static Edge[] SortStrongestFirst(List<(int A, int B, double Similarity)> edges)
        {
            // Sorted through the edges' own comparison, which the sort calls directly, not through a delegate per step.
            var sorted = new Edge[edges.Count];
            for (var i = 0; i < sorted.Length; i++)
            {
                sorted[i] = new Edge(edges[i].A, edges[i].B, edges[i].Similarity);
            }

            Array.Sort(sorted);
            return sorted;
        }

        /// <summary>A scored pair, ordered strongest first, then by its articles.</summary>
        private readonly struct Edge : IComparable<Edge>
        {
            public Edge(int a, int b, double similarity)
            {
                A = a;
                B = b;
                Similarity = similarity;
            }

            public int A { get; }

            public int B { get; }

            public double Similarity { get; }

            public int CompareTo(Edge other)
            {
                var c = other.Similarity.CompareTo(Similarity);
                if (c != 0)
                {
                    return c;
                }

                c = A.CompareTo(other.A);
                return c != 0 ? c : B.CompareTo(other.B);
            }
        }

        /// <summary>
        /// The groups so far: a union-find forest over the items, each root's size in articles, and for each root the summed
        /// similarity of its articles to each other root's (a sparse table: only pairs that were scored link).
        /// </summary>
        private sealed class Groups
        {
            private readonly int[] parent;
            private readonly int[] size;

            // Each root's links, by item (null: none). Each table is made at its item's number of scored pairs, so filling it
            // never regrows it: regrowing the tables was about two thirds of the clustering of an archive's run.
            private readonly Dictionary<int, double>?[] links;

            public Groups(int[] weight, Edge[] edges)
            {
                parent = Enumerable.Range(0, weight.Length).ToArray();
                size = weight.ToArray();
                links = new Dictionary<int, double>?[weight.Length];
                var pairs = new int[weight.Length];
                foreach (var edge in edges)
                {
                    pairs[edge.A]++;
                    pairs[edge.B]++;
                }

                foreach (var edge in edges)
                {
                    var (a, b, s) = (edge.A, edge.B, edge.Similarity);
                    AddLink(a, b, s * weight[a] * weight[b], pairs[a]);
                    AddLink(b, a, s * weight[a] * weight[b], pairs[b]);
                }
            }

            /// <summary>The root of x's group (with path halving).</summary>
            public int Find(int x)
            {
                while (parent[x] != x)
                {
                    parent[x] = parent[parent[x]];
                    x = parent[x];
                }

                return x;
            }

            /// <summary>Mean similarity over all article pairs of two groups, a pair never scored counting as 0.</summary>
            public double MeanSimilarity(int ra, int rb)
            {
                var sum = links[ra] is { } la && la.TryGetValue(rb, out var v) ? v : 0;
                return sum / ((double)size[ra] * size[rb]);
            }

            /// <summary>Joins two roots; the smaller link table is folded into the larger, so each link moves few times.</summary>
            public void Merge(int ra, int rb)
            {
                var la = links[ra] ?? new Dictionary<int, double>();
                var lb = links[rb] ?? new Dictionary<int, double>();
                if (la.Count < lb.Count)
                {
                    (ra, rb) = (rb, ra);
                    (la, lb) = (lb, la);
                }

                parent[rb] = ra;
                size[ra] += size[rb];
                la.Remove(rb);
                foreach (var pair in lb)
                {
                    if (pair.Key == ra)
                    {
                        continue;
                    }

                    la.TryGetValue(pair.Key, out var existing);
                    la[pair.Key] = existing + pair.Value;
                    var other = links[pair.Key]!;
                    other.Remove(rb);
                    other.TryGetValue(ra, out var back);
                    other[ra] = back + pair.Value;
                }

                links[ra] = la;
                links[rb] = null;
            }

            private void AddLink(int a, int b, double s, int pairs)
            {
                var map = links[a] ??= new Dictionary<int, double>(pairs);

                map.TryGetValue(b, out var existing);
                map[b] = existing + s;
            }
        }
    }
}
