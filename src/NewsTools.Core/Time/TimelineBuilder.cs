using System;
using System.Collections.Generic;
using System.Threading;
using NewsTools.Articles;
using NewsTools.Config;

namespace NewsTools.Time
{
    /// <summary>Collects the dated events of many articles and merges them into one timeline.</summary>
    public sealed class TimelineBuilder
    {
        private readonly NewsToolsConfig config;

        public TimelineBuilder(NewsToolsConfig config)
        {
            this.config = config;
        }

        public void Add(Article article, DateTime? referenceDate = null, CancellationToken cancellationToken = default)
        {
            _ = config;
            throw new NotImplementedException("Timelines are being built (issue 4).");
        }

        /// <summary>The merged timeline, sorted by date, undated events last (or dropped when <paramref name="datedOnly"/>).</summary>
        public IReadOnlyList<TimelineEvent> Build(bool datedOnly = false)
        {
            throw new NotImplementedException("Timelines are being built (issue 4).");
        }
    }
}
