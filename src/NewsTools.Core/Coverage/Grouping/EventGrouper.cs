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
    /// rarity in general English (word counts shipped with the engine, not the input), so "president" or "said" weigh
    /// almost nothing and "Farenthold" or "9/11" weigh a lot, and two articles score the same whatever else comes with them.
    /// Candidate pairs come from an inverted index over each article's strongest terms (never all pairs); candidates are
    /// scored by cosine and merged by average linkage, so one strong pair cannot chain two events together.
    /// </summary>
    public sealed class EventGrouper
    {
        /// <summary>
        /// Average cosine similarity two groups need to be merged. With general-English rarity (names and numbers weigh most)
        /// dev B-cubed F1 is 0.984 at 0.12-0.14, 1.000 at 0.16, 0.993 at 0.18-0.20 and 0.975 at 0.22 (by words alone, no dates:
        /// 0.895, 0.933, 0.939, 0.918, 0.881, 0.842): the middle of that plateau. Undated and far-apart pairs are scaled down,
        /// which makes them stricter.
        /// </summary>
        public const double DefaultThreshold = 0.16;

        /// <summary>Articles dated further apart than this rarely report the same event.</summary>
        public const int DefaultMaxDaysApart = 7;

        /// <summary>Far-apart pairs keep this share of their similarity: a follow-up a month later is usually another event.</summary>
        public const double FarApartFactor = 0.5;

        /// <summary>
        /// Without two dates there is less evidence that two articles report one event: by words alone, two stories of one saga
        /// ("Yukos sues", "Yukos loses in court") need more in common to be merged.
        /// </summary>
        public const double DefaultUndatedFactor = 0.667;

        /// <summary>How many of its strongest terms an article keeps for scoring: memory per article is bounded by design.</summary>
        public const int MaxTermsPerArticle = 96;

        /// <summary>How many of its strongest terms each article puts in the blocking index.</summary>
        public const int DefaultSignatureSize = 24;

        /// <summary>Blocking terms two articles must share to be scored: one shared surname or number is chance.</summary>
        public const int MinSharedSignatureTerms = 2;

        /// <summary>
        /// A term in more signatures than this is a topic, not an event ("Iraq" in a year of news), and is not used to find pairs;
        /// capping the lists caps the pairs scored per article, so time stays near-linear in the number of articles.
        /// </summary>
        public const int MaxPostingLength = 400;

        /// <summary>
        /// Pairs scoring below this share of <see cref="Threshold"/> are not kept as links: one could lift a group's mean only a
        /// little, and a large collection has many such chance pairs to hold.
        /// </summary>
        private const double CandidateShareOfThreshold = 0.5;

        /// <summary>Words of a group's label, and how many terms per article are kept as words to make it.</summary>
        private const int LabelLength = 4;
        private const int LabelTermsPerArticle = 8;

        /// <summary>A two-word name counts this much more in a label than its weight says: "Elena Varga" tells the event best.</summary>
        private const double LabelNameBoost = 1.5;

        /// <summary>Event ids have at least this many digits ("event-007"), so they sort as text in small runs.</summary>
        private const int MinEventIdDigits = 3;

        private readonly NewsToolsConfig config;

        public EventGrouper(NewsToolsConfig config)
        {
            this.config = config ?? throw new ArgumentNullException(nameof(config));
        }

        /// <summary>The configuration whose stop words the signatures leave out.</summary>
        public NewsToolsConfig Config => config;

        public double Threshold { get; set; } = DefaultThreshold;

        public int SignatureSize { get; set; } = DefaultSignatureSize;

        public int MaxDaysApart { get; set; } = DefaultMaxDaysApart;

        public double UndatedFactor { get; set; } = DefaultUndatedFactor;

        /// <summary>Whether publication or reference dates count at all (off: grouping by words alone).</summary>
        public bool UseDates { get; set; } = true;

        /// <summary>Reports progress through the phases of a long grouping; silent by default.</summary>
        public IEngineReporter Reporter { get; set; } = SilentReporter.Instance;

        public IReadOnlyList<ArticleGroup> Group(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default)
        {
            if (articles == null)
            {
                throw new ArgumentNullException(nameof(articles));
            }

            for (var i = 0; i < articles.Count; i++)
            {
                if (articles[i] == null)
                {
                    var name = "#" + (i + 1).ToString(CultureInfo.InvariantCulture);
                    throw new NewsToolsException("NullArticle", InputErrorKind.InvalidArgument, name, "Article number " + (i + 1).ToString(CultureInfo.InvariantCulture) + " is null.");
                }
            }

            var signatures = new EventSignature[articles.Count];
            var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
            var progress = new PhaseProgress(Reporter, "Reading the articles' terms", articles.Count);
            ParallelLoop.For(articles.Count, options, i =>
            {
                signatures[i] = Sign(articles[i]);
                progress.Step();
            });
            progress.Done();
            return GroupSignatures(signatures, cancellationToken);
        }

        /// <summary>One article's signature: depends on the article and the configuration's stop words and abbreviations alone.</summary>
        public EventSignature Sign(Article article)
        {
            if (article == null)
            {
                throw new ArgumentNullException(nameof(article));
            }

            return EventSignature.Build(article, config, MaxTermsPerArticle, LabelTermsPerArticle);
        }

        /// <summary>The signature from the article's fingerprint, built once by a caller that needs it for more than grouping.</summary>
        internal EventSignature Sign(Article article, ArticleFingerprint print, ulong? textHash = null) =>
            EventSignature.Build(article, print, MaxTermsPerArticle, LabelTermsPerArticle, textHash);

        /// <summary>Groups signatures, in their order (the same order gives the same groups, however they were computed).</summary>
        public IReadOnlyList<ArticleGroup> GroupSignatures(IReadOnlyList<EventSignature> signatures, CancellationToken cancellationToken = default)
        {
            if (signatures == null)
            {
                throw new ArgumentNullException(nameof(signatures));
            }

            var n = signatures.Count;
            if (n == 0)
            {
                return Array.Empty<ArticleGroup>();
            }

            // Identical texts (a wire story run by many sites) are one item with a weight: a thousand copies must not flood the
            // index (their shared terms would all exceed the posting cap).
            var representative = new int[n];
            var unique = new List<EventSignature>();
            var byText = new Dictionary<ulong, int>();
            for (var i = 0; i < n; i++)
            {
                var s = signatures[i] ?? throw new ArgumentException("Signature number " + (i + 1).ToString(CultureInfo.InvariantCulture) + " is null.", nameof(signatures));
                if (s.TextHash != 0 && byText.TryGetValue(s.TextHash, out var first))
                {
                    representative[i] = first;
                    continue;
                }

                if (s.TextHash != 0)
                {
                    byText[s.TextHash] = unique.Count;
                }

                representative[i] = unique.Count;
                unique.Add(s);
            }

            var weight = new int[unique.Count];
            foreach (var r in representative)
            {
                weight[r]++;
            }

            var items = unique.ToArray();
            var pairs = new CandidatePairs(SignatureSize, MinSharedSignatureTerms, MaxPostingLength, Threshold * CandidateShareOfThreshold, (a, b) => DatePenalty(a.Date, b.Date));
            var edges = pairs.Find(items, Reporter, cancellationToken);
            var linkage = new AverageLinkage(Threshold);
            var uniqueRoots = linkage.Cluster(weight, edges, Reporter, cancellationToken);
            var roots = representative.Select(r => uniqueRoots[r]).ToArray();
            return BuildGroups(signatures, roots, representative, items);
        }

        private double DatePenalty(DateTime? a, DateTime? b)
        {
            if (!UseDates || a == null || b == null)
            {
                return UndatedFactor;
            }

            var days = Math.Abs((a.Value - b.Value).TotalDays);
            return days > MaxDaysApart ? FarApartFactor : 1;
        }

        private static IReadOnlyList<ArticleGroup> BuildGroups(IReadOnlyList<EventSignature> signatures, int[] roots, int[] representative, EventSignature[] unique)
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

            // Each group is made on its own (its label is most of the work), so the groups are made on every core, in order:
            // grouping ends with this, after the articles are read, when nothing else is left to run.
            var width = Math.Max(MinEventIdDigits, order.Count.ToString(CultureInfo.InvariantCulture).Length);
            var groups = new ArticleGroup[order.Count];
            var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
            ParallelLoop.For(order.Count, options, g =>
            {
                var list = members[order[g]];
                groups[g] = new ArticleGroup
                {
                    EventId = "event-" + (g + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width, '0'),
                    ArticleIds = list.Select(i => signatures[i].Id).ToList(),
                    ArticleIndexes = list,
                    Outlets = list.Select(i => signatures[i].Outlet).Where(o => !string.IsNullOrEmpty(o)).Select(o => o!).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                    Label = Label(list, representative, unique),
                };
            });
            return groups;
        }

        /// <summary>
        /// The terms with the highest summed weight over the group's distinct items, names first (boosted), equal scores in
        /// ordinal order of the term. The sums are kept in a short list (a group has a few members of a few label terms each)
        /// and added in member order, and the best <see cref="LabelLength"/> are picked in one pass.
        /// </summary>
        private static string Label(List<int> members, int[] representative, EventSignature[] unique)
        {
            var terms = new List<string>(LabelTermsPerArticle);
            var sums = new List<double>(LabelTermsPerArticle);
            var seen = members.Count > 1 ? new HashSet<int>() : null;
            foreach (var i in members)
            {
                var r = representative[i];
                if (seen != null && !seen.Add(r))
                {
                    continue;
                }

                var m = unique[r];
                for (var k = 0; k < m.LabelTerms.Length; k++)
                {
                    var at = terms.Count == 0 || seen == null ? -1 : IndexOf(terms, m.LabelTerms[k]);
                    if (at < 0)
                    {
                        terms.Add(m.LabelTerms[k]);
                        sums.Add(0d + m.LabelWeights[k]);
                    }
                    else
                    {
                        sums[at] += m.LabelWeights[k];
                    }
                }
            }

            var best = new List<int>(LabelLength + 1);
            for (var t = 0; t < terms.Count; t++)
            {
                var at = best.Count;
                while (at > 0 && Before(terms, sums, t, best[at - 1]))
                {
                    at--;
                }

                if (at < LabelLength)
                {
                    best.Insert(at, t);
                    if (best.Count > LabelLength)
                    {
                        best.RemoveAt(LabelLength);
                    }
                }
            }

            var words = new string[best.Count];
            for (var k = 0; k < best.Count; k++)
            {
                var term = terms[best[k]];
                words[k] = TermTable.IsNamePair(term) ? term.Substring(2).Replace('_', ' ') : term;
            }

            return string.Join(", ", words);
        }

        private static int IndexOf(List<string> terms, string term)
        {
            for (var k = 0; k < terms.Count; k++)
            {
                if (string.Equals(terms[k], term, StringComparison.Ordinal))
                {
                    return k;
                }
            }

            return -1;
        }

        /// <summary>Whether term <paramref name="a"/> comes before term <paramref name="b"/> in a label: higher score, then ordinal.</summary>
        private static bool Before(List<string> terms, List<double> sums, int a, int b)
        {
            var c = LabelScore(terms[a], sums[a]).CompareTo(LabelScore(terms[b], sums[b]));
            return c != 0 ? c > 0 : string.CompareOrdinal(terms[a], terms[b]) < 0;
        }

        private static double LabelScore(string term, double sum) => TermTable.IsNamePair(term) ? sum * LabelNameBoost : sum;
    }
}
