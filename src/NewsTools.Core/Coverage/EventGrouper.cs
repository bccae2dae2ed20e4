using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Engine;

namespace NewsTools.Coverage
{
    /// <summary>
    /// Groups articles by the event they cover. Each article becomes a vector of its words, names and numbers weighted by
    /// rarity in the collection (tf-idf), so "president" or "said" weigh almost nothing and "Farenthold" or "9/11" weigh a lot.
    /// Candidate pairs come from an inverted index over each article's most distinctive terms (never all pairs); candidates are
    /// scored by cosine and merged by average linkage, so one strong pair cannot chain two events together.
    /// </summary>
    public sealed class EventGrouper
    {
        private readonly NewsToolsConfig config;

        public EventGrouper(NewsToolsConfig config)
        {
            this.config = config ?? throw new ArgumentNullException(nameof(config));
        }

        /// <summary>
        /// Average cosine similarity two groups need to be merged: the middle of the range that groups the dev set without error
        /// (0.08 to 0.12 with dates). Undated and far-apart pairs are scaled down, which makes them stricter.
        /// </summary>
        public double Threshold { get; set; } = 0.1;

        /// <summary>How many of its most distinctive terms each article puts in the blocking index.</summary>
        public int SignatureSize { get; set; } = 24;

        /// <summary>Articles dated further apart than this rarely report the same event; their similarity is halved.</summary>
        public int MaxDaysApart { get; set; } = 7;

        /// <summary>
        /// Without two dates, there is less evidence that two articles report one event: their similarity is scaled down, so by
        /// words alone two stories of one saga ("Yukos sues", "Yukos loses in court") need more in common to be merged.
        /// </summary>
        public double UndatedFactor { get; set; } = 0.667;

        /// <summary>Whether publication or reference dates count at all (off: grouping by words alone).</summary>
        public bool UseDates { get; set; } = true;

        public IReadOnlyList<ArticleGroup> Group(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default)
        {
            if (articles == null)
            {
                throw new ArgumentNullException(nameof(articles));
            }

            var n = articles.Count;
            if (n == 0)
            {
                return Array.Empty<ArticleGroup>();
            }

            var stopWords = CoverageVocabulary.StopWords(config);
            var prints = new ArticleFingerprint[n];
            var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
            for (var i = 0; i < n; i++)
            {
                if (articles[i] == null)
                {
                    throw new NewsToolsException("NullArticle", InputErrorKind.InvalidArgument, "#" + (i + 1).ToString(CultureInfo.InvariantCulture), "Article number " + (i + 1).ToString(CultureInfo.InvariantCulture) + " is null.");
                }
            }

            Parallel.For(0, n, options, i => prints[i] = ArticleFingerprint.Build(articles[i], stopWords));

            // Identical texts (a wire story run by many sites) are one item with a weight: a thousand copies must not flood the
            // index (their shared terms would all exceed the posting cap) nor count a thousand times in document frequencies.
            var representative = new int[n];
            var unique = new List<int>();
            var byText = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < n; i++)
            {
                var key = DuplicateKey(articles[i]);
                if (key.Length > 0 && byText.TryGetValue(key, out var first))
                {
                    representative[i] = first;
                    continue;
                }

                if (key.Length > 0)
                {
                    byText[key] = unique.Count;
                }

                representative[i] = unique.Count;
                unique.Add(i);
            }

            var weight = new int[unique.Count];
            foreach (var r in representative)
            {
                weight[r]++;
            }

            var uniquePrints = unique.Select(i => prints[i]).ToArray();
            var vectors = Vectorise(uniquePrints, out var termNames, cancellationToken);
            var edges = CandidateEdges(vectors, uniquePrints, options, cancellationToken);
            var uniqueRoots = AverageLinkage(weight, edges, cancellationToken);
            var roots = representative.Select(r => uniqueRoots[r]).ToArray();
            return BuildGroups(articles, roots, representative, vectors, termNames);
        }

        /// <summary>The text with white space collapsed; empty texts are never duplicates of each other.</summary>
        private static string DuplicateKey(Article article)
        {
            var text = article.Text ?? "";
            var sb = new System.Text.StringBuilder(text.Length + 64);
            sb.Append(article.Title).Append('\u0001');
            var space = false;
            var letters = 0;
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c) || c == '\u00A0')
                {
                    space = true;
                    continue;
                }

                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                space = false;
                sb.Append(c);
                letters++;
            }

            return letters == 0 ? "" : sb.ToString();
        }

        /// <summary>A sparse, unit-length tf-idf vector: term ids ascending.</summary>
        internal sealed class SparseVector
        {
            public SparseVector(int[] terms, float[] weights, int[] signature)
            {
                Terms = terms;
                Weights = weights;
                Signature = signature;
            }

            public int[] Terms { get; }

            public float[] Weights { get; }

            /// <summary>The most distinctive terms that can match another article (document frequency at least 2).</summary>
            public int[] Signature { get; }

            public double Cosine(SparseVector other)
            {
                double sum = 0;
                int i = 0, j = 0;
                var a = Terms;
                var b = other.Terms;
                while (i < a.Length && j < b.Length)
                {
                    if (a[i] == b[j])
                    {
                        sum += Weights[i] * other.Weights[j];
                        i++;
                        j++;
                    }
                    else if (a[i] < b[j])
                    {
                        i++;
                    }
                    else
                    {
                        j++;
                    }
                }

                return sum;
            }
        }

        private SparseVector[] Vectorise(ArticleFingerprint[] prints, out List<string> termNames, CancellationToken cancellationToken)
        {
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            var df = new List<int>();
            termNames = new List<string>();
            foreach (var p in prints)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var term in p.Counts.Keys)
                {
                    if (!ids.TryGetValue(term, out var id))
                    {
                        id = ids.Count;
                        ids[term] = id;
                        df.Add(0);
                        termNames.Add(term);
                    }

                    df[id]++;
                }
            }

            var n = prints.Length;
            var idf = new float[df.Count];
            for (var t = 0; t < idf.Length; t++)
            {
                idf[t] = (float)Math.Log((n + 1.0) / df[t]);
            }

            var vectors = new SparseVector[n];
            var signatureSize = SignatureSize;
            for (var d = 0; d < n; d++)
            {
                var counts = prints[d].Counts;
                var terms = new int[counts.Count];
                var weights = new float[counts.Count];
                var k = 0;
                foreach (var pair in counts)
                {
                    terms[k] = ids[pair.Key];
                    weights[k] = (float)(1 + Math.Log(pair.Value)) * idf[terms[k]];
                    k++;
                }

                Array.Sort(terms, weights);
                double norm = 0;
                foreach (var w in weights)
                {
                    norm += w * w;
                }

                norm = Math.Sqrt(norm);
                if (norm > 0)
                {
                    for (var i = 0; i < weights.Length; i++)
                    {
                        weights[i] = (float)(weights[i] / norm);
                    }
                }

                // Terms only this article has cannot link it to another; the signature is its strongest shared terms.
                var signature = Enumerable.Range(0, terms.Length)
                    .Where(i => df[terms[i]] >= 2)
                    .OrderByDescending(i => weights[i])
                    .ThenBy(i => terms[i])
                    .Take(signatureSize)
                    .Select(i => terms[i])
                    .ToArray();
                vectors[d] = new SparseVector(terms, weights, signature);
            }

            return vectors;
        }

        private List<(int A, int B, double Similarity)> CandidateEdges(SparseVector[] vectors, ArticleFingerprint[] prints, ParallelOptions options, CancellationToken cancellationToken)
        {
            var n = vectors.Length;

            // Inverted index over signatures only: each posting list holds the articles for which the term is among their most
            // distinctive. Very long lists belong to topics, not events, and are skipped (they would bring back all pairs).
            var postings = new Dictionary<int, List<int>>();
            for (var d = 0; d < n; d++)
            {
                foreach (var t in vectors[d].Signature)
                {
                    if (!postings.TryGetValue(t, out var list))
                    {
                        postings[t] = list = new List<int>();
                    }

                    list.Add(d);
                }
            }

            var maxPosting = Math.Max(100, n / 20);
            var edges = new List<(int, int, double)>();
            var gate = new object();
            var threshold = Threshold;
            Parallel.For(
                0,
                n,
                options,
                () => (Count: new int[n], Touched: new List<int>(), Found: new List<(int, int, double)>()),
                (d, _, local) =>
                {
                    foreach (var t in vectors[d].Signature)
                    {
                        var list = postings[t];
                        if (list.Count > maxPosting)
                        {
                            continue;
                        }

                        foreach (var e in list)
                        {
                            if (e <= d)
                            {
                                continue;
                            }

                            if (local.Count[e]++ == 0)
                            {
                                local.Touched.Add(e);
                            }
                        }
                    }

                    foreach (var e in local.Touched)
                    {
                        // Two shared distinctive terms at least: one shared surname or number is chance.
                        if (local.Count[e] >= 2)
                        {
                            var sim = vectors[d].Cosine(vectors[e]);
                            sim *= DatePenalty(prints[d].Date, prints[e].Date);
                            if (sim >= threshold * 0.5)
                            {
                                local.Found.Add((d, e, sim));
                            }
                        }

                        local.Count[e] = 0;
                    }

                    local.Touched.Clear();
                    return local;
                },
                local =>
                {
                    lock (gate)
                    {
                        edges.AddRange(local.Found);
                    }
                });

            cancellationToken.ThrowIfCancellationRequested();
            return edges;
        }

        private double DatePenalty(DateTime? a, DateTime? b)
        {
            if (!UseDates || a == null || b == null)
            {
                return UndatedFactor;
            }

            var days = Math.Abs((a.Value - b.Value).TotalDays);
            return days > MaxDaysApart ? 0.5 : 1;
        }

        /// <summary>
        /// Average-linkage clustering over the sparse similarity graph: pairs are taken strongest first, and two groups merge only
        /// when the mean similarity over all their article pairs (missing pairs count as 0) reaches the threshold.
        /// </summary>
        /// <param name="weight">How many identical articles each item stands for.</param>
        /// <param name="edges">Candidate pairs with their similarity.</param>
        /// <param name="cancellationToken">Checked every thousand pairs.</param>
        private int[] AverageLinkage(int[] weight, List<(int A, int B, double Similarity)> edges, CancellationToken cancellationToken)
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

            var threshold = Threshold;
            var step = 0;
            foreach (var (a, b, _) in edges)
            {
                if ((++step & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
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

        private static IReadOnlyList<ArticleGroup> BuildGroups(IReadOnlyList<Article> articles, int[] roots, int[] representative, SparseVector[] vectors, List<string> termNames)
        {
            var order = new List<int>();
            var members = new Dictionary<int, List<int>>();
            for (var i = 0; i < roots.Length; i++)
            {
                if (!members.TryGetValue(roots[i], out var list))
                {
                    members[roots[i]] = list = new List<int>();
                    order.Add(roots[i]);
                }

                list.Add(i);
            }

            var width = Math.Max(3, order.Count.ToString(CultureInfo.InvariantCulture).Length);
            var groups = new List<ArticleGroup>(order.Count);
            for (var g = 0; g < order.Count; g++)
            {
                var list = members[order[g]];
                groups.Add(new ArticleGroup
                {
                    EventId = "event-" + (g + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width, '0'),
                    ArticleIds = list.Select(i => articles[i].Id).ToList(),
                    ArticleIndexes = list.ToList(),
                    Outlets = list.Select(i => articles[i].Outlet).Where(o => !string.IsNullOrEmpty(o)).Select(o => o!).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                    Label = Label(list.Select(i => representative[i]).Distinct().ToList(), vectors, termNames),
                });
            }

            return groups;
        }

        /// <summary>The terms with the highest summed weight over the group, names first.</summary>
        private static string Label(List<int> members, SparseVector[] vectors, List<string> termNames)
        {
            var sums = new Dictionary<int, double>();
            foreach (var m in members)
            {
                var v = vectors[m];
                for (var i = 0; i < v.Terms.Length; i++)
                {
                    sums.TryGetValue(v.Terms[i], out var s);
                    sums[v.Terms[i]] = s + v.Weights[i];
                }
            }

            return string.Join(", ", sums
                .OrderByDescending(p => termNames[p.Key].StartsWith("n:", StringComparison.Ordinal) ? p.Value * 1.5 : p.Value)
                .ThenBy(p => termNames[p.Key], StringComparer.Ordinal)
                .Take(4)
                .Select(p => termNames[p.Key].StartsWith("n:", StringComparison.Ordinal) ? termNames[p.Key].Substring(2).Replace('_', ' ') : termNames[p.Key]));
        }
    }
}
