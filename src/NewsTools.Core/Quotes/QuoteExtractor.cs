using System;
using System.Collections.Generic;
using System.Threading;
using NewsTools.Articles;
using NewsTools.Config;

namespace NewsTools.Quotes
{
    /// <summary>Finds the quotations of an article and attributes each to its speaker.</summary>
    public sealed class QuoteExtractor
    {
        private readonly NewsToolsConfig config;

        public QuoteExtractor(NewsToolsConfig config)
        {
            this.config = config;
        }

        public IReadOnlyList<Quote> Extract(Article article, CancellationToken cancellationToken = default)
        {
            _ = config;
            throw new NotImplementedException("Quote extraction is being built (issue 3).");
        }
    }
}
