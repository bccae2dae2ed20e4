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
    public sealed partial class CoverageComparer
    {
        /// <summary>Below this share of stop words among its words an article is probably not in the configured language.</summary>
        private const double MinStopWordShare = 0.12;

        /// <summary>Fewer words than this are too few to judge an article's language by its stop words.</summary>
        private const int MinWordsForLanguageCheck = 20;

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

                if (words >= MinWordsForLanguageCheck && (double)stop / words < MinStopWordShare)
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

        private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

        private static string CapWarning(string what, int budget) =>
            $"So many {what} share their words that each was compared with the {budget.ToString(CultureInfo.InvariantCulture)} others sharing its rarest words; rows may miss some outlets.";

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
    }
}
