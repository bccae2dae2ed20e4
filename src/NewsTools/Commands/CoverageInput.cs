using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Coverage;

namespace NewsTools.PowerShell.Commands
{
    /// <summary>Compare-Coverage and Export-CoverageReport share this: the whole input as one group, or grouped by event first.</summary>
    internal static class CoverageInput
    {
        /// <summary>
        /// The comparisons of the input. A group whose comparison fails is handed to <paramref name="failed"/> (with its
        /// event id, null when the whole input is one group) and left out, so the other groups are still compared.
        /// Grouping itself failing, or cancellation, throws.
        /// </summary>
        public static IReadOnlyList<CoverageComparison> Compare(
            NewsToolsConfig config,
            IReadOnlyList<Article> articles,
            bool groupByEvent,
            Action<Exception, string?> failed,
            CancellationToken cancellation)
        {
            var comparer = new CoverageComparer(config);
            var result = new List<CoverageComparison>();
            if (!groupByEvent)
            {
                CompareGroup(comparer, articles, null, failed, result, cancellation);
                return result;
            }

            foreach (var group in new EventGrouper(config).Group(articles, cancellation))
            {
                // By position, not by id: the same file read twice is two articles with one id.
                var members = group.ArticleIndexes.Select(i => articles[i]).ToList();
                CompareGroup(comparer, members, group.EventId, failed, result, cancellation);
            }

            return result;
        }

        private static void CompareGroup(
            CoverageComparer comparer,
            IReadOnlyList<Article> members,
            string? groupId,
            Action<Exception, string?> failed,
            List<CoverageComparison> result,
            CancellationToken cancellation)
        {
            try
            {
                result.Add(comparer.Compare(members, groupId, cancellation));
            }
            catch (Exception ex) when (!(ex is OperationCanceledException && cancellation.IsCancellationRequested))
            {
                failed(ex, groupId);
            }
        }
    }
}
