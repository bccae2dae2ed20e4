using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Engine;

namespace NewsTools.Coverage
{
    /// <summary>
    /// Group, then compare: what Compare-Coverage, Export-CoverageReport and `newstools compare` run. The whole input is one
    /// group, or it is grouped by event first; each group is compared on its own, and a group whose comparison fails is that
    /// group's error (through the reporter), so the other groups are still compared. Progress goes through the reporter, and
    /// the token stops every phase.
    /// </summary>
    public sealed class CoverageRun
    {
        /// <summary>The group id the whole input gets when it is not grouped by event.</summary>
        public const string WholeInputGroupId = "group-1";

        private readonly NewsToolsConfig config;

        public CoverageRun(NewsToolsConfig config)
        {
            this.config = config ?? throw new ArgumentNullException(nameof(config));
        }

        /// <summary>Group the articles by event first (as Group-ArticleEvent does) and compare within each group.</summary>
        public bool GroupByEvent { get; set; }

        /// <summary>Whether each comparison builds its merged timeline (the report draws it; rows do not need it).</summary>
        public bool BuildTimeline { get; set; } = true;

        /// <summary>The comparisons of the groups that could be compared, in group order.</summary>
        /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
        public IReadOnlyList<CoverageComparison> Compare(IReadOnlyList<Article> articles, IEngineReporter? reporter = null, CancellationToken cancellationToken = default)
        {
            if (articles == null)
            {
                throw new ArgumentNullException(nameof(articles));
            }

            reporter ??= SilentReporter.Instance;
            var groups = Groups(articles, reporter, cancellationToken);
            var comparer = new CoverageComparer(config) { BuildTimeline = BuildTimeline, Reporter = reporter };
            var result = new List<CoverageComparison>();
            for (var g = 0; g < groups.Count; g++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (groupId, members) = groups[g];
                if (groups.Count > 1)
                {
                    reporter.Progress(g, groups.Count, "Comparing " + groupId + " (" + members.Count.ToString(CultureInfo.InvariantCulture) + " articles)");
                }

                NewsToolsException? failure = null;
                try
                {
                    result.Add(comparer.Compare(members, groupId, cancellationToken));
                }
                catch (NewsToolsException ex)
                {
                    failure = ex;
                }
                catch (Exception ex) when (!(ex is OperationCanceledException) && !cancellationToken.IsCancellationRequested)
                {
                    // A fault in one group costs that group its comparison, not the run. Once the run is stopped, whatever the
                    // stop throws (PowerShell's PipelineStoppedException from a progress report) is the stop, not a fault.
                    failure = new NewsToolsException("CoverageComparisonFailed", InputErrorKind.InvalidData, groupId, "The articles of " + groupId + " could not be compared: " + ex.Message, ex);
                }

                // Reported outside the catch: a reporter may throw to stop the run (PowerShell's -ErrorAction Stop), and that must go through.
                if (failure != null)
                {
                    reporter.Error(failure);
                }
            }

            return result;
        }

        private List<(string GroupId, List<Article> Members)> Groups(IReadOnlyList<Article> articles, IEngineReporter reporter, CancellationToken cancellationToken)
        {
            if (!GroupByEvent)
            {
                return new List<(string, List<Article>)> { (WholeInputGroupId, articles.ToList()) };
            }

            // By position, not by id: the same file read twice is two articles with one id.
            return new EventGrouper(config) { Reporter = reporter }
                .Group(articles, cancellationToken)
                .Select(g => (g.EventId, g.ArticleIndexes.Select(i => articles[i]).ToList()))
                .ToList();
        }
    }
}
