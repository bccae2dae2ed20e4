using System;
using System.Collections.Generic;
using System.Threading;
using NewsTools.Articles;
using NewsTools.Config;

namespace NewsTools.Coverage
{
    /// <summary>Groups articles by the event they cover.</summary>
    public sealed class EventGrouper
    {
        private readonly NewsToolsConfig config;

        public EventGrouper(NewsToolsConfig config)
        {
            this.config = config;
        }

        public IReadOnlyList<ArticleGroup> Group(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default)
        {
            _ = config;
            throw new NotImplementedException("Event grouping is being built (issue 5).");
        }
    }
}
