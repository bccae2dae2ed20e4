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
            var n = weight.Length;
            edges.Sort((x, y) =>
            {
                var c = y.Similarity.CompareTo(x.Similarity);
                if (c != 0)
                {
                    return c;
                }

                c = x.A.CompareTo(y.A);
                return c != 0 ? c : x.B.CompareTo(y.B);
            });

            var parent = Enumerable.Range(0, n).ToArray();
            var size = weight.ToArray();
            var links = new Dictionary<int, Dictionary<int, double>>();
            foreach (var (a, b, s) in edges)
            {
                AddLink(links, a, b, s * weight[a] * weight[b]);
                AddLink(links, b, a, s * weight[a] * weight[b]);
            }

            int Find(int x)
            {
                while (parent[x] != x)
                {
                    parent[x] = parent[parent[x]];
                    x = parent[x];
                }

                return x;
            }

            var progress = new PhaseProgress(reporter, "Merging similar articles into events", edges.Count);
            var step = 0;
            foreach (var (a, b, _) in edges)
            {
                if ((++step & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress.Step(1024);
                }

                var ra = Find(a);
                var rb = Find(b);
                if (ra == rb)
                {
                    continue;
                }

                var sum = links.TryGetValue(ra, out var la) && la.TryGetValue(rb, out var v) ? v : 0;
                if (sum / ((double)size[ra] * size[rb]) < threshold)
                {
                    continue;
                }

                // Merge the smaller link table into the larger.
                var lb = links.TryGetValue(rb, out var tb) ? tb : new Dictionary<int, double>();
                la ??= new Dictionary<int, double>();
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
                    var other = links[pair.Key];
                    other.Remove(rb);
                    other.TryGetValue(ra, out var back);
                    other[ra] = back + pair.Value;
                }

                links[ra] = la;
                links.Remove(rb);
            }

            progress.Done();
            var roots = new int[n];
            for (var i = 0; i < n; i++)
            {
                roots[i] = Find(i);
            }

            return roots;
        }

        private static void AddLink(Dictionary<int, Dictionary<int, double>> links, int a, int b, double s)
        {
            if (!links.TryGetValue(a, out var map))
            {
                links[a] = map = new Dictionary<int, double>();
            }

            map.TryGetValue(b, out var existing);
            map[b] = existing + s;
        }
    }
}
