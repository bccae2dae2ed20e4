using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Engine;
using NewsTools.Quotes;
using NewsTools.Time;

namespace NewsTools.Coverage
{
    /// <summary>The result of comparing the articles of one group.</summary>
    public sealed class CoverageComparison
    {
        public CoverageSummary Summary { get; internal set; } = new CoverageSummary();

        public IReadOnlyList<CoverageItem> Items { get; internal set; } = Array.Empty<CoverageItem>();

        public IReadOnlyList<Article> Articles { get; internal set; } = Array.Empty<Article>();

        public IReadOnlyList<TimelineEvent> Timeline { get; internal set; } = Array.Empty<TimelineEvent>();

        /// <summary>The name each article goes by in Sources and MissingFrom (its outlet, made unique when two share one).</summary>
        public IReadOnlyList<string> Labels { get; internal set; } = Array.Empty<string>();
    }

    /// <summary>Lines up two or more articles on one event: shared and unique statements and facts, discrepancies, voice, framing.</summary>
    public sealed class CoverageComparer
    {
        /// <summary>Below this share of stop words among its words an article is probably not in the configured language.</summary>
        private const double MinStopWordShare = 0.12;

        private const int SummaryLength = 140;

        private readonly NewsToolsConfig config;

        public CoverageComparer(NewsToolsConfig config)
        {
            this.config = config ?? throw new ArgumentNullException(nameof(config));
        }

        /// <summary>Whether to build the merged timeline (the report draws it; rows do not need it).</summary>
        public bool BuildTimeline { get; set; } = true;

        /// <summary>Progress through the long phases of a big comparison; silent by default.</summary>
        public IEngineReporter Reporter { get; set; } = SilentReporter.Instance;

        public CoverageComparison Compare(IReadOnlyList<Article> articles, string? groupId = null, CancellationToken cancellationToken = default) =>
            Compare(articles, groupId, null, cancellationToken);

        /// <param name="articles">The articles of one group.</param>
        /// <param name="groupId">The id rows carry; "group-1" when none.</param>
        /// <param name="quoteSource">Quotes per article; the quote extractor when null (tests pass their own).</param>
        /// <param name="cancellationToken">Checked within every step.</param>
        internal CoverageComparison Compare(IReadOnlyList<Article> articles, string? groupId, Func<Article, IReadOnlyList<Quote>>? quoteSource, CancellationToken cancellationToken)
        {
            if (articles == null)
            {
                throw new ArgumentNullException(nameof(articles));
            }

            var group = string.IsNullOrWhiteSpace(groupId) ? "group-1" : groupId!;
            if (articles.Count == 0)
            {
                throw new NewsToolsException("NoArticles", InputErrorKind.InvalidArgument, group, "There are no articles to compare.");
            }

            var keys = new ContentKeys(config);
            var warnings = new List<string>();
            var units = SentenceUnits(ref articles, group, keys, warnings, cancellationToken);
            var labels = Labels(articles);
            var quotes = Quotes(articles, quoteSource, warnings, cancellationToken);
            for (var a = 0; a < articles.Count; a++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ReportedSpeech.Attribute(units[a], quotes[a], keys);
            }

            var weights = new KeyWeights(units.SelectMany(x => x).Select(x => x.Content));
            var builder = new RowBuilder(group, labels, articles);
            var framing = new FramingAnalyzer(config, keys);
            var wordings = new List<FramingAnalyzer.Wording>();
            var statementQuotes = AddStatementRows(builder, keys, FirstQuotes(articles, quotes, warnings), framing, wordings, warnings, cancellationToken);
            WarnFactCap(articles, units, warnings);
            var facts = AlignFacts(units, weights, QuoteSentences(quotes, statementQuotes, keys), warnings, cancellationToken);
            AddFactRows(builder, facts.Clusters, weights, framing, wordings, cancellationToken);
            AddDiscrepancyRows(builder, facts.Clusters, facts.Candidates, new DiscrepancyFinder(keys), weights, warnings, new PhaseProgress(Reporter, "Finding discrepancies", facts.Clusters.Sum(c => c.Count - 1) + facts.Candidates.Count), cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            AddVoiceRows(builder, articles, quotes, cancellationToken);
            AddFramingRows(builder, articles, units, framing, wordings, cancellationToken);
            var timeline = BuildTimeline ? Timeline(articles, warnings, cancellationToken) : Array.Empty<TimelineEvent>();
            var items = Listed(builder.Items, warnings);
            var summary = Summarise(group, articles, labels, units, builder.Items, warnings, cancellationToken);
            return new CoverageComparison { Summary = summary, Items = items, Articles = articles.ToList(), Timeline = timeline, Labels = labels };
        }

        /// <summary>
        /// Most statement rows and most fact rows of one comparison. Thousands of short articles on one event give a row per
        /// sentence, each naming every outlet it is missing from: hundreds of megabytes no one reads. The summary counts them all.
        /// </summary>
        public const int MaxRowsPerKind = 1000;

        internal static List<CoverageItem> Listed(List<CoverageItem> items, List<string> warnings)
        {
            var listed = new List<CoverageItem>(Math.Min(items.Count, 4 * MaxRowsPerKind));
            var statements = 0;
            var facts = 0;
            foreach (var item in items)
            {
                var n = item.Kind == CoverageKind.Statement ? ++statements : item.Kind == CoverageKind.Fact ? ++facts : 0;
                if (n <= MaxRowsPerKind)
                {
                    listed.Add(item);
                }
            }

            foreach (var (what, n) in new[] { ("statement", statements), ("fact", facts) })
            {
                if (n > MaxRowsPerKind)
                {
                    warnings.Add($"Only the first {Count(MaxRowsPerKind)} {what} rows are listed; {Count(n - MaxRowsPerKind)} more are counted in the summary only.");
                }
            }

            return listed;
        }

        /// <summary>
        /// Each article's sentence units. An article with none is left out with a warning (one empty article must not sink the
        /// comparison of the others); so is, with a warning only, the check that an article is in English.
        /// </summary>
        private List<List<TextUnit>> SentenceUnits(ref IReadOnlyList<Article> articles, string group, ContentKeys keys, List<string> warnings, CancellationToken cancellationToken)
        {
            var units = new List<List<TextUnit>>();
            var kept = new List<Article>();
            var progress = new PhaseProgress(Reporter, "Reading sentences", articles.Count);
            for (var a = 0; a < articles.Count; a++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var article = articles[a] ?? throw new NewsToolsException("NullArticle", InputErrorKind.InvalidArgument, group, "Article number " + (a + 1) + " is null.");
                var u = keys.Units(article, kept.Count);
                progress.Step();
                if (u.Count == 0)
                {
                    warnings.Add($"The article '{article.Id}' has no text to compare; it is left out.");
                    continue;
                }

                kept.Add(article);
                units.Add(u);
                var words = 0;
                var stop = 0;
                foreach (var w in u.SelectMany(x => x.Words))
                {
                    words++;
                    stop += keys.IsEnglishStopWord(w.Key) ? 1 : 0;
                }

                if (words >= 20 && (double)stop / words < MinStopWordShare)
                {
                    warnings.Add($"The article '{article.Id}' does not look like English: words were compared as written, so little will align with the other articles.");
                }
            }

            if (kept.Count == 0)
            {
                throw new NewsToolsException("EmptyArticles", InputErrorKind.InvalidData, articles.Count == 1 ? articles[0].Id : group, articles.Count == 1 ? $"The article '{articles[0].Id}' has no text to compare." : "None of the articles has text to compare.");
            }

            articles = kept;
            return units;
        }

        /// <summary>One row per statement: the quotes of several outlets that render one remark. Returns the quotes shown
        /// (article, start), so that the fact rows do not report the same quote again.</summary>
        private HashSet<(int Article, int Start)> AddStatementRows(RowBuilder builder, ContentKeys keys, IReadOnlyList<IReadOnlyList<Quote>> quotes, FramingAnalyzer framing, List<FramingAnalyzer.Wording> wordings, List<string> warnings, CancellationToken cancellationToken)
        {
            var aligner = new StatementAligner(keys) { Progress = (done, total) => Reporter.Progress(done, total, "Aligning statements") };
            var clusters = aligner.Align(quotes, cancellationToken);
            if (aligner.BudgetReached)
            {
                warnings.Add(CapWarning("quotes", aligner.Budget));
            }

            var quoted = new HashSet<(int Article, int Start)>();
            foreach (var cluster in clusters)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var speaker = cluster.Select(e => e.Quote.Speaker).Where(s => !string.IsNullOrWhiteSpace(s)).OrderByDescending(s => s!.Length).FirstOrDefault();
                var item = builder.Row(CoverageKind.Statement, cluster.Select(e => e.Article));
                item.Speaker = speaker;
                item.Summary = (speaker ?? "?") + ": " + Shorten(cluster[0].Quote.Text);
                item.Texts = cluster.Select(e => builder.Text(e.Article, e.Quote.Text, e.Quote.Start, e.Quote.End)).ToList();
                foreach (var e in cluster)
                {
                    quoted.Add((e.Article, e.Quote.Start));
                }

                if (cluster.Count >= 2)
                {
                    var segments = WordDiff.Segments(cluster[0].Quote.Text, cluster[1].Quote.Text);
                    item.Difference = WordDiff.Format(segments);
                    item.Similarity = Math.Round(WordDiff.Similarity(segments), 3);
                    wordings.AddRange(framing.Wordings(cluster[0].Article, cluster[0].Quote.Text, cluster[1].Article, cluster[1].Quote.Text));
                }
                else
                {
                    item.Similarity = 1;
                }

                builder.Add(item);
            }

            cancellationToken.ThrowIfCancellationRequested();
            return quoted;
        }

        /// <summary>Most common words a sentence may have outside its quotes, names aside, and still be only an attribution
        /// with its setting ("Mayor Elena Varga told reporters at the ribbon-cutting").</summary>
        private const int MaxAttributionWords = 3;

        /// <summary>
        /// Sentences that are a whole quoted sentence shown as a statement, plus its attribution: the quote is what they report,
        /// so they are not facts too. A sentence that says more around its quote keeps its fact row, and so does reported speech
        /// with a quoted fragment ("Wang said that while there has been progress, there are also many 'disturbances'"): its
        /// wording is the outlet's own.
        /// </summary>
        private static Func<TextUnit, bool> QuoteSentences(IReadOnlyList<IReadOnlyList<Quote>> quotes, HashSet<(int Article, int Start)> statementQuotes, ContentKeys keys) => u =>
        {
            var mine = quotes[u.Article];
            if (!mine.Any(q => q.Kind == QuoteKind.Direct && q.Start >= u.Start && q.Start < u.End && statementQuotes.Contains((u.Article, q.Start))))
            {
                return false;
            }

            var outside = 0;
            foreach (var w in u.Words)
            {
                var quoted = mine.Any(q => (q.Kind == QuoteKind.Direct || q.Kind == QuoteKind.Partial) && w.Start >= q.Start && w.End <= q.End);
                if (!quoted && !w.Capitalised && !keys.IsStopWord(w.Key) && ++outside > MaxAttributionWords)
                {
                    return false;
                }
            }

            return true;
        };

        /// <summary>
        /// Most quotes of one article lined up with the other articles' quotes. A long feature has a few hundred; past this (a
        /// page of thousands of quotes) each quote is still compared with hundreds of others, minutes of work for rows no one
        /// reads. The rest keep their place in the voice rows.
        /// </summary>
        public const int MaxStatementQuotesPerArticle = 1000;

        /// <summary>Most sentences of one article lined up as facts, for the same reason: a long article has a few hundred.</summary>
        public const int MaxFactSentencesPerArticle = 1000;

        private static IReadOnlyList<IReadOnlyList<Quote>> FirstQuotes(IReadOnlyList<Article> articles, IReadOnlyList<IReadOnlyList<Quote>> quotes, List<string> warnings)
        {
            var result = new List<IReadOnlyList<Quote>>(quotes.Count);
            for (var a = 0; a < quotes.Count; a++)
            {
                if (quotes[a].Count <= MaxStatementQuotesPerArticle)
                {
                    result.Add(quotes[a]);
                    continue;
                }

                result.Add(quotes[a].Take(MaxStatementQuotesPerArticle).ToList());
                warnings.Add($"The article '{articles[a].Id}' has {Count(quotes[a].Count)} quotes: only its first {Count(MaxStatementQuotesPerArticle)} were lined up with the other articles; the other {Count(quotes[a].Count - MaxStatementQuotesPerArticle)} have no statement row.");
            }

            return result;
        }

        private static void WarnFactCap(IReadOnlyList<Article> articles, List<List<TextUnit>> units, List<string> warnings)
        {
            for (var a = 0; a < units.Count; a++)
            {
                var left = units[a].Count(u => u.Index >= MaxFactSentencesPerArticle && FactAligner.IsFactUnit(u));
                if (left > 0)
                {
                    warnings.Add($"The article '{articles[a].Id}' has {Count(units[a].Count)} sentences: only its first {Count(MaxFactSentencesPerArticle)} were lined up with the other articles; {Count(left)} more have no fact row.");
                }
            }
        }

        private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

        /// <summary>Sentences of several articles that report one fact; sentences that only carry a statement's quote are left out.</summary>
        private (List<List<TextUnit>> Clusters, List<(TextUnit A, TextUnit B)> Candidates) AlignFacts(List<List<TextUnit>> units, KeyWeights weights, Func<TextUnit, bool> quoteSentence, List<string> warnings, CancellationToken cancellationToken)
        {
            var aligner = new FactAligner
            {
                Progress = (done, total) => Reporter.Progress(done, total, "Aligning facts"),
                Excluded = u => u.Index >= MaxFactSentencesPerArticle || quoteSentence(u),
            };
            var clusters = aligner.Align(units, weights, out var candidates, cancellationToken)
                .OrderBy(c => c.Count > 1 ? 0 : 1)
                .ThenBy(c => c[0].Article)
                .ThenBy(c => c[0].Index)
                .ToList();
            if (aligner.BudgetReached)
            {
                warnings.Add(CapWarning("sentences", aligner.Budget));
            }

            return (clusters, candidates);
        }

        private static string CapWarning(string what, int budget) =>
            $"So many {what} share their words that each was compared with the {budget.ToString(CultureInfo.InvariantCulture)} others sharing its rarest words; rows may miss some outlets.";

        private static void AddFactRows(RowBuilder builder, List<List<TextUnit>> clusters, KeyWeights weights, FramingAnalyzer framing, List<FramingAnalyzer.Wording> wordings, CancellationToken cancellationToken)
        {
            foreach (var cluster in clusters)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var item = builder.Row(CoverageKind.Fact, cluster.Select(u => u.Article));
                item.Summary = Shorten(cluster[0].Text);
                item.Texts = cluster.Select(u => builder.Text(u.Article, u.Text, u.Start, u.End)).ToList();
                item.Similarity = cluster.Count < 2 ? 1 : Math.Round(PairMean(cluster, (x, y) => weights.Similarity(x.Content, y.Content), out _, cancellationToken), 3);
                if (cluster.Count >= 2)
                {
                    // Compared without their datelines: "PORT ALDER (Gazette) -" against "(Wire) -" is each outlet crediting
                    // itself, not a choice of words about the fact.
                    var a = cluster[0].TextAfterDateline;
                    var b = cluster[1].TextAfterDateline;
                    item.Difference = WordDiff.Format(WordDiff.Segments(a, b));
                    wordings.AddRange(framing.Wordings(cluster[0].Article, a, cluster[1].Article, b));
                }

                builder.Add(item);
            }
        }

        /// <summary>
        /// Most discrepancy rows of one comparison. Five outlets give a handful; hundreds of articles that each count something
        /// differently would give one per pair, which no one could read: past this the rest are counted in a warning.
        /// </summary>
        public const int MaxDiscrepancyRows = 1000;

        /// <summary>
        /// Different details in sentences that report one fact: over each cluster's first sentence and every other, and over every
        /// similar pair found, clustered or not (a sentence can report the same thing as two sentences of another article).
        /// </summary>
        private static void AddDiscrepancyRows(RowBuilder builder, List<List<TextUnit>> clusters, List<(TextUnit A, TextUnit B)> candidates, DiscrepancyFinder finder, KeyWeights weights, List<string> warnings, PhaseProgress progress, CancellationToken cancellationToken)
        {
            var compared = new HashSet<(TextUnit, TextUnit)>();
            var rows = new List<CoverageItem>();
            var notListed = 0;
            var calls = 0;
            void Compare(TextUnit a, TextUnit b)
            {
                // Hundreds of copies of one story give millions of candidate pairs: a check per 256 keeps Ctrl+C prompt.
                if ((++calls & 255) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress.Step(256);
                }

                if (rows.Count >= MaxDiscrepancyRows)
                {
                    notListed++;
                    return;
                }

                if (!compared.Add((a, b)) || !compared.Add((b, a)))
                {
                    return;
                }

                var details = finder.Find(a, b, weights);
                if (details.Count == 0)
                {
                    return;
                }

                var d = builder.Row(CoverageKind.Discrepancy, new[] { a.Article, b.Article });
                d.Detail = string.Join("; ", details);
                d.Summary = d.Detail + " (" + Shorten(a.Text, 80) + ")";
                d.Texts = new[] { a, b }.OrderBy(u => u.Article).Select(u => builder.Text(u.Article, u.Text, u.Start, u.End)).ToList();
                d.Similarity = Math.Round(weights.Similarity(a.Content, b.Content), 3);
                d.Difference = WordDiff.Format(WordDiff.Segments(a.Text, b.Text));
                rows.Add(d);
            }

            foreach (var cluster in clusters)
            {
                for (var k = 1; k < cluster.Count; k++)
                {
                    Compare(cluster[0], cluster[k]);
                }
            }

            foreach (var (a, b) in candidates)
            {
                Compare(a, b);
            }

            progress.Done();
            foreach (var d in rows)
            {
                builder.Add(d);
            }

            if (notListed > 0)
            {
                warnings.Add($"Only the first {MaxDiscrepancyRows.ToString(CultureInfo.InvariantCulture)} discrepancies are listed; {notListed.ToString(CultureInfo.InvariantCulture)} more pairs of similar sentences were not compared.");
            }
        }

        private static CoverageSummary Summarise(string group, IReadOnlyList<Article> articles, List<string> labels, List<List<TextUnit>> units, List<CoverageItem> items, List<string> warnings, CancellationToken cancellationToken)
        {
            var content = items.Where(i => i.Kind == CoverageKind.Fact || i.Kind == CoverageKind.Statement).ToList();
            var articleKeys = units.Select(u =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                return new HashSet<string>(u.SelectMany(x => x.Content), StringComparer.Ordinal);
            }).ToList();
            var sampled = false;
            var similarity = articles.Count < 2 ? 1 : PairMean(Enumerable.Range(0, articles.Count).ToList(), (x, y) => UnitsSimilarity(articleKeys[x], articleKeys[y]), out sampled, cancellationToken);
            if (articles.Count >= 2 && sampled)
            {
                warnings.Add($"The similarity of {articles.Count.ToString(CultureInfo.InvariantCulture)} articles is the mean over {MaxMeanPairs.ToString(CultureInfo.InvariantCulture)} pairs of them, evenly spread, not over every pair.");
            }

            var unique = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var l in labels)
            {
                unique[l] = 0;
            }

            foreach (var i in content)
            {
                if (i.Sources.Count == 1 && labels.Count > 1)
                {
                    unique[i.Sources[0]]++;
                }
            }

            return new CoverageSummary
            {
                GroupId = group,
                Outlets = labels,
                ArticleIds = articles.Select(a => a.Id).ToList(),
                SharedShare = content.Count == 0 ? 0 : Math.Round((double)content.Count(i => i.MissingFrom.Count == 0) / content.Count, 3),
                UniqueCounts = unique,
                Similarity = Math.Round(similarity, 3),
                Statements = items.Count(i => i.Kind == CoverageKind.Statement),
                Facts = items.Count(i => i.Kind == CoverageKind.Fact),
                Discrepancies = items.Count(i => i.Kind == CoverageKind.Discrepancy),
                Warnings = warnings,
            };
        }

        /// <summary>Overlap of two articles' content words (Dice): 1 for identical texts, near 0 for unrelated ones.</summary>
        private static double UnitsSimilarity(HashSet<string> a, HashSet<string> b)
        {
            if (a.Count + b.Count == 0)
            {
                return 0;
            }

            var shared = a.Count(b.Contains);
            return 2.0 * shared / (a.Count + b.Count);
        }

        /// <summary>Most pairs a mean similarity looks at: past that (about 200 articles) an even sample says the same.</summary>
        private const int MaxMeanPairs = 20000;

        /// <summary>Mean similarity over the pairs of items; over an even sample of them when there are more than <see cref="MaxMeanPairs"/>.</summary>
        private static double PairMean<T>(IReadOnlyList<T> items, Func<T, T, double> similarity, out bool sampled, CancellationToken cancellationToken)
        {
            var pairs = (long)items.Count * (items.Count - 1) / 2;
            sampled = pairs > MaxMeanPairs;
            var stride = sampled ? (pairs + MaxMeanPairs - 1) / MaxMeanPairs : 1;
            double sum = 0;
            var n = 0;
            long first = 0; // number of the pair (i, i + 1) in row order
            for (var i = 0; i < items.Count - 1; i++)
            {
                var row = items.Count - i - 1;
                var next = (first + stride - 1) / stride * stride; // the next sampled pair number
                for (var k = next; k < first + row; k += stride)
                {
                    if ((n & 255) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    sum += similarity(items[i], items[i + 1 + (int)(k - first)]);
                    n++;
                }

                first += row;
            }

            return n == 0 ? 1 : sum / n;
        }

        private static double PairMean<T>(IReadOnlyList<T> items, Func<T, T, double> similarity, CancellationToken cancellationToken) => PairMean(items, similarity, out _, cancellationToken);

        /// <summary>Outlet names, made unique ("Reuters (a1)", "Reuters (a2)") when two articles share one or have none.</summary>
        internal static List<string> Labels(IReadOnlyList<Article> articles)
        {
            var names = articles.Select(a => string.IsNullOrWhiteSpace(a.Outlet) ? (string.IsNullOrWhiteSpace(a.Id) ? "article" : a.Id) : a.Outlet!).ToList();
            var byName = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < names.Count; i++)
            {
                if (!byName.TryGetValue(names[i], out var list))
                {
                    byName[names[i]] = list = new List<int>();
                }

                list.Add(i);
            }

            var idsDiffer = byName.Values.Where(l => l.Count > 1).ToDictionary(l => l, l => l.Select(j => articles[j].Id).Distinct(StringComparer.OrdinalIgnoreCase).Count() == l.Count);
            var labels = new List<string>();
            var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < names.Count; i++)
            {
                var label = names[i];
                var same = byName[names[i]];
                if (same.Count > 1)
                {
                    // Two articles of one outlet: told apart by id, or by their order when the ids are the same too.
                    var tag = idsDiffer[same] && !string.Equals(articles[i].Id, names[i], StringComparison.OrdinalIgnoreCase)
                        ? articles[i].Id
                        : (same.IndexOf(i) + 1).ToString(CultureInfo.InvariantCulture);
                    label = names[i] + " (" + tag + ")";
                }

                while (!taken.Add(label))
                {
                    label += "'";
                }

                labels.Add(label);
            }

            return labels;
        }

        private IReadOnlyList<IReadOnlyList<Quote>> Quotes(IReadOnlyList<Article> articles, Func<Article, IReadOnlyList<Quote>>? quoteSource, List<string> warnings, CancellationToken cancellationToken)
        {
            var extractor = new QuoteExtractor(config);
            var result = new List<IReadOnlyList<Quote>>();
            var progress = new PhaseProgress(Reporter, "Finding quotes", articles.Count);
            var unavailable = false;
            foreach (var article in articles)
            {
                IReadOnlyList<Quote> quotes = Array.Empty<Quote>();
                if (!unavailable)
                {
                    try
                    {
                        quotes = quoteSource != null ? quoteSource(article) : extractor.Extract(article, cancellationToken);
                    }
                    catch (NotImplementedException)
                    {
                        unavailable = true;
                        warnings.Add("Quote extraction is not available in this build: no statement or voice rows.");
                    }
                    catch (NewsToolsException ex)
                    {
                        warnings.Add($"Quotes of '{article.Id}' could not be read: {ex.Message}");
                    }
                    catch (Exception ex) when (!(ex is OperationCanceledException))
                    {
                        // A fault in another engine costs this comparison its statement and voice rows for one article, not its run.
                        warnings.Add($"Quotes of '{article.Id}' could not be extracted ({ex.GetType().Name}: {ex.Message}); its statements are missing.");
                    }
                }

                result.Add(quotes);
                progress.Step();
            }

            return result;
        }

        private IReadOnlyList<TimelineEvent> Timeline(IReadOnlyList<Article> articles, List<string> warnings, CancellationToken cancellationToken)
        {
            try
            {
                var timeline = new TimelineBuilder(config) { Reporter = Reporter };
                var progress = new PhaseProgress(Reporter, "Building the timeline", articles.Count);
                foreach (var article in articles)
                {
                    timeline.Add(article, null, cancellationToken);
                    progress.Step();
                }

                return timeline.Build(datedOnly: true);
            }
            catch (NotImplementedException)
            {
                warnings.Add("Timelines are not available in this build: the comparison has no merged timeline.");
            }
            catch (NewsToolsException ex)
            {
                warnings.Add("The merged timeline could not be built: " + ex.Message);
            }
            catch (Exception ex) when (!(ex is OperationCanceledException))
            {
                warnings.Add($"The merged timeline could not be built ({ex.GetType().Name}: {ex.Message}).");
            }

            return Array.Empty<TimelineEvent>();
        }

        private void AddVoiceRows(RowBuilder builder, IReadOnlyList<Article> articles, IReadOnlyList<IReadOnlyList<Quote>> quotes, CancellationToken cancellationToken)
        {
            var voices = new VoiceCounter(config).Count(articles, quotes, cancellationToken);
            if (voices.Count == 0)
            {
                return;
            }

            // One name per speaker across outlets ("Wang" and "Wang Yi" are one voice): the longest compatible name.
            var canonical = new List<string>();
            string Canonical(string speaker)
            {
                for (var i = 0; i < canonical.Count; i++)
                {
                    if (StatementAligner.SpeakersMatch(canonical[i], speaker) == StatementAligner.SpeakerMatch.Same)
                    {
                        if (speaker.Length > canonical[i].Length)
                        {
                            canonical[i] = speaker;
                        }

                        return canonical[i];
                    }
                }

                canonical.Add(speaker);
                return speaker;
            }

            var named = voices.Select(v => (Voice: v, Name: Canonical(v.Speaker))).ToList();
            named = named.Select(x => (x.Voice, Canonical(x.Name))).ToList();

            foreach (var side in named.GroupBy(x => x.Voice.Side, StringComparer.OrdinalIgnoreCase).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                var item = VoiceRow(builder, articles, side.Select(x => x.Voice).ToList(), x => x.Speaker);
                item.Side = side.Key;
                item.Summary = side.Key + " side: " + string.Join(", ", item.Counts.Select(p => p.Key + " " + p.Value.ToString(CultureInfo.InvariantCulture)));
                builder.Add(item);
            }

            foreach (var speaker in named.GroupBy(x => x.Name, StringComparer.OrdinalIgnoreCase).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                var item = VoiceRow(builder, articles, speaker.Select(x => x.Voice).ToList(), _ => null);
                item.Speaker = speaker.Key;
                item.Side = speaker.First().Voice.Side;
                item.Summary = speaker.Key + " (" + item.Side + "): " + string.Join(", ", item.Counts.Select(p => p.Key + " " + p.Value.ToString(CultureInfo.InvariantCulture)));
                builder.Add(item);
            }
        }

        private static CoverageItem VoiceRow(RowBuilder builder, IReadOnlyList<Article> articles, List<VoiceCounter.Voice> voices, Func<VoiceCounter.Voice, string?> breakdown)
        {
            var item = builder.Row(CoverageKind.Voice, voices.Select(v => v.Article));
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var words = new Dictionary<string, int>(StringComparer.Ordinal);
            var texts = new List<CoverageText>();
            for (var a = 0; a < articles.Count; a++)
            {
                var mine = voices.Where(v => v.Article == a).ToList();
                counts[builder.Label(a)] = mine.Count;
                words[builder.Label(a)] = mine.Sum(v => v.Words);
                if (mine.Count == 0)
                {
                    continue;
                }

                var by = mine.Select(breakdown).Where(s => s != null).GroupBy(s => s!).Select(g => g.Key + " " + g.Count().ToString(CultureInfo.InvariantCulture)).ToList();
                var text = mine.Count.ToString(CultureInfo.InvariantCulture) + (mine.Count == 1 ? " quote, " : " quotes, ") + words[builder.Label(a)].ToString(CultureInfo.InvariantCulture) + " words" + (by.Count > 0 ? " (" + string.Join(", ", by) + ")" : "");
                texts.Add(builder.Text(a, text, -1, -1));
            }

            item.Counts = counts;
            item.Words = words;
            item.Texts = texts;
            item.Similarity = counts.Count < 2 ? 1 : Math.Round((double)counts.Values.Min() / Math.Max(1, counts.Values.Max()), 3);
            return item;
        }

        private static void AddFramingRows(RowBuilder builder, IReadOnlyList<Article> articles, List<List<TextUnit>> units, FramingAnalyzer framing, List<FramingAnalyzer.Wording> wordings, CancellationToken cancellationToken)
        {
            var headlines = Enumerable.Range(0, articles.Count).Where(a => !string.IsNullOrWhiteSpace(articles[a].Title)).ToList();
            if (headlines.Count > 0)
            {
                var item = builder.Row(CoverageKind.Framing, headlines);
                item.Detail = "Headline";
                item.Texts = headlines.Select(a => builder.Text(a, articles[a].Title!.Trim(), -1, -1)).ToList();
                item.Summary = "Headline: " + string.Join(" | ", item.Texts.Select(t => t.Outlet + ": " + Shorten(t.Text, 70)));
                item.Similarity = headlines.Count < 2 ? 1 : Math.Round(PairMean(headlines, (x, y) => WordDiff.Similarity(WordDiff.Segments(articles[x].Title!, articles[y].Title!)), cancellationToken), 3);
                builder.Add(item);
            }

            var leads = Enumerable.Range(0, articles.Count).Select(a => (Article: a, Unit: FramingAnalyzer.Lead(units[a]))).Where(x => x.Unit != null).ToList();
            if (leads.Count > 0)
            {
                var item = builder.Row(CoverageKind.Framing, leads.Select(x => x.Article));
                item.Detail = "Lead";
                item.Texts = leads.Select(x => builder.Text(x.Article, x.Unit!.Text, x.Unit.Start, x.Unit.End)).ToList();
                item.Summary = "Lead: " + string.Join(" | ", item.Texts.Select(t => t.Outlet + ": " + Shorten(t.Text, 70)));
                item.Similarity = leads.Count < 2 ? 1 : Math.Round(PairMean(leads, (x, y) => WordDiff.Similarity(WordDiff.Segments(x.Unit!.Text, y.Unit!.Text)), cancellationToken), 3);
                if (leads.Count >= 2)
                {
                    item.Difference = WordDiff.Format(WordDiff.Segments(leads[0].Unit!.Text, leads[1].Unit!.Text));
                }

                builder.Add(item);
            }

            foreach (var (name, titles) in framing.Labels(articles, cancellationToken))
            {
                var item = builder.Row(CoverageKind.Framing, titles.Keys.OrderBy(k => k));
                item.Detail = "Label";
                item.Speaker = name;
                item.Texts = titles.OrderBy(p => p.Key).Select(p => builder.Text(p.Key, p.Value + " " + name, -1, -1)).ToList();
                item.Summary = name + " is called: " + string.Join(" | ", item.Texts.Select(t => t.Outlet + ": " + titles.First(p => builder.Label(p.Key) == t.Outlet).Value));
                item.Similarity = 0;
                builder.Add(item);
            }

            foreach (var (country, perArticle) in framing.Naming(articles, cancellationToken))
            {
                var item = builder.Row(CoverageKind.Framing, perArticle.Keys.OrderBy(k => k));
                item.Detail = "Naming";
                item.Speaker = country;
                item.Texts = perArticle.OrderBy(p => p.Key).Select(p => builder.Text(p.Key, string.Join(", ", p.Value.Select(x => x.Name + " " + x.Count.ToString(CultureInfo.InvariantCulture))), -1, -1)).ToList();
                item.Summary = country + " is named: " + string.Join(" | ", item.Texts.Select(t => t.Outlet + ": " + t.Text));
                item.Similarity = 0;
                builder.Add(item);
            }

            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var w in wordings)
            {
                if (seen.Count >= FramingAnalyzer.WordingLimit || !seen.Add(w.A + "\u0001" + w.B))
                {
                    continue;
                }

                var item = builder.Row(CoverageKind.Framing, new[] { w.ArticleA, w.ArticleB });
                item.Detail = "Wording";
                item.Texts = new List<CoverageText> { builder.Text(w.ArticleA, w.A, -1, -1), builder.Text(w.ArticleB, w.B, -1, -1) };
                item.Summary = "'" + w.A + "' (" + builder.Label(w.ArticleA) + ") / '" + w.B + "' (" + builder.Label(w.ArticleB) + ")";
                item.Difference = "[-" + w.A + "-]{+" + w.B + "+}";
                item.Similarity = 0;
                builder.Add(item);
            }
        }

        internal static string Shorten(string text, int max = SummaryLength)
        {
            var t = text.Replace('\n', ' ').Replace('\r', ' ').Replace('\u00A0', ' ').Trim();
            if (t.Length <= max)
            {
                return t;
            }

            var cut = t.LastIndexOf(' ', max - 1);
            return t.Substring(0, cut > max / 2 ? cut : max - 1).TrimEnd(',', ';', ':') + "…";
        }

        /// <summary>
        /// Makes rows with Sources and MissingFrom filled from article indexes. Both are views over one label list, so a row of a
        /// comparison of thousands of articles costs its own sources, not a copy of every outlet's name.
        /// </summary>
        private sealed class RowBuilder
        {
            private readonly string group;
            private readonly IReadOnlyList<string> labels;
            private readonly IReadOnlyList<Article> articles;

            public RowBuilder(string group, IReadOnlyList<string> labels, IReadOnlyList<Article> articles)
            {
                this.group = group;
                this.labels = labels;
                this.articles = articles;
            }

            public List<CoverageItem> Items { get; } = new List<CoverageItem>();

            public string Label(int article) => labels[article];

            public CoverageItem Row(CoverageKind kind, IEnumerable<int> present)
            {
                var sources = present.Distinct().OrderBy(i => i).ToArray();
                return new CoverageItem
                {
                    GroupId = group,
                    Kind = kind,
                    Sources = new LabelSubset(labels, sources, complement: false),
                    MissingFrom = new LabelSubset(labels, sources, complement: true),
                };
            }

            public CoverageText Text(int article, string text, int start, int end) =>
                new CoverageText { Outlet = labels[article], ArticleId = articles[article].Id, Text = text, Start = start, End = end };

            public void Add(CoverageItem item) => Items.Add(item);
        }
    }
}
