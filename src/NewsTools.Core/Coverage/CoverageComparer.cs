using System;
using System.Collections.Generic;
using System.Threading;
using NewsTools.Articles;
using NewsTools.Config;
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
    }

    /// <summary>Lines up two or more articles on one event: shared and unique statements and facts, discrepancies, voice, framing.</summary>
    public sealed class CoverageComparer
    {
        private readonly NewsToolsConfig config;

        public CoverageComparer(NewsToolsConfig config)
        {
            this.config = config;
        }

        public CoverageComparison Compare(IReadOnlyList<Article> articles, string? groupId = null, CancellationToken cancellationToken = default)
        {
            _ = config;
            throw new NotImplementedException("Coverage comparison is being built (issue 5).");
        }
    }

    /// <summary>Writes comparisons as one self-contained HTML page.</summary>
    public static class CoverageReportWriter
    {
        public static string ToHtml(IReadOnlyList<CoverageComparison> comparisons)
        {
            throw new NotImplementedException("The coverage report is being built (issue 5).");
        }
    }
}
