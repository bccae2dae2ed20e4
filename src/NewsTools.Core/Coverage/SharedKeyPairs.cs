using System;
using System.Collections.Generic;
using System.Threading;

namespace NewsTools.Coverage
{
    /// <summary>
    /// The pairs of items (sentences or quotes) from different articles that share at least one content key: only they can be
    /// similar. Keys in very many items are topics, not facts, and are passed over, which keeps the work linear; but an item
    /// whose every key is that common (hundreds of articles on one event) still looks through its rarest keys until it has a
    /// budget of candidates, where skipping every frequent word would leave it alone.
    /// </summary>
    internal sealed class SharedKeyPairs
    {
        /// <summary>
        /// Candidates an item gets from keys too common to search in full. With hundreds of articles an item then meets the same
        /// fact in this many others at least, more than a reader could compare.
        /// </summary>
        public const int PostingBudget = 400;

        /// <summary>
        /// Most candidates from common keys over all items: thousands of short articles on one event gave each of their tens of
        /// thousands of sentences the full budget, millions of pairs to score and cluster (minutes and gigabytes). Past this the
        /// budget per item shrinks, to no fewer than <see cref="MinPostingBudget"/>; up to 1,000 items keep the full budget.
        /// </summary>
        public const int MaxCommonPairs = 1000 * PostingBudget;

        /// <summary>The least budget per item, however many items.</summary>
        public const int MinPostingBudget = 20;

        /// <summary>Postings an item may look through for its budget (most of a long list can be its own article's or seen).</summary>
        private readonly int scanBudget;

        private readonly Dictionary<string, List<int>> postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        private readonly IReadOnlyList<IReadOnlyCollection<string>> keys;
        private readonly IReadOnlyList<int> articles;

        /// <summary>A key in more items than this is searched only for an item short of candidates.</summary>
        private readonly int commonKey;

        /// <param name="keys">Each item's content keys.</param>
        /// <param name="articles">Each item's article; items of one article are never paired.</param>
        public SharedKeyPairs(IReadOnlyList<IReadOnlyCollection<string>> keys, IReadOnlyList<int> articles)
        {
            this.keys = keys;
            this.articles = articles;
            commonKey = Math.Max(200, (int)(4 * Math.Sqrt(keys.Count)));
            Budget = Math.Min(PostingBudget, Math.Max(MinPostingBudget, MaxCommonPairs / Math.Max(1, keys.Count)));
            scanBudget = 20 * Budget;
            for (var i = 0; i < keys.Count; i++)
            {
                foreach (var k in keys[i])
                {
                    if (!postings.TryGetValue(k, out var list))
                    {
                        postings[k] = list = new List<int>();
                    }

                    list.Add(i);
                }
            }
        }

        /// <summary>Candidates an item gets from common keys: <see cref="PostingBudget"/>, less for very many items.</summary>
        public int Budget { get; }

        /// <summary>Whether some item ran out of budget before its keys did (the caller warns: pairs may be missing).</summary>
        public bool BudgetReached { get; private set; }

        /// <summary>Calls <paramref name="pair"/> for each candidate (i, j), i &lt; j, j ascending for each i.</summary>
        public void ForEach(Action<int, int> pair, Action<int>? itemDone, CancellationToken cancellationToken)
        {
            var seen = new bool[keys.Count];
            var touched = new List<int>();
            var lists = new List<List<int>>();
            for (var i = 0; i < keys.Count; i++)
            {
                // Every item: one item may pair with hundreds of others, each scored by a word diff.
                cancellationToken.ThrowIfCancellationRequested();

                lists.Clear();
                foreach (var k in keys[i])
                {
                    var list = postings[k];
                    if (list.Count > 1)
                    {
                        lists.Add(list);
                    }
                }

                // Rarest keys first: a name or a figure says more about which sentence reports the same thing than "said".
                lists.Sort((x, y) => x.Count.CompareTo(y.Count));
                var scanned = 0;
                foreach (var list in lists)
                {
                    var common = list.Count > commonKey;
                    if (common && touched.Count >= Budget)
                    {
                        BudgetReached = true;
                        break;
                    }

                    var from = list.BinarySearch(i);
                    from = from < 0 ? ~from : from + 1;
                    for (var p = from; p < list.Count; p++)
                    {
                        if (common && (touched.Count >= Budget || ++scanned > scanBudget))
                        {
                            BudgetReached = true;
                            break;
                        }

                        var j = list[p];
                        if (!seen[j] && articles[j] != articles[i])
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
                    pair(i, j);
                }

                touched.Clear();
                itemDone?.Invoke(i);
            }
        }
    }
}
