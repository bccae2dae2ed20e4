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
        public static IReadOnlyList<CoverageComparison> Compare(NewsToolsConfig config, IReadOnlyList<Article> articles, bool groupByEvent, CancellationToken cancellation)
        {
            var comparer = new CoverageComparer(config);
            if (!groupByEvent)
            {
                return new[] { comparer.Compare(articles, null, cancellation) };
            }

            var byId = new Dictionary<string, Article>();
            foreach (var article in articles)
            {
                byId[article.Id] = article;
            }

            var result = new List<CoverageComparison>();
            foreach (var group in new EventGrouper(config).Group(articles, cancellation))
            {
                var members = group.ArticleIds.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
                result.Add(comparer.Compare(members, group.EventId, cancellation));
            }

            return result;
        }
    }
}
