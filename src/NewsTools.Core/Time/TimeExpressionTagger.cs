using System;
using System.Collections.Generic;
using System.Threading;
using NewsTools.Articles;
using NewsTools.Config;

namespace NewsTools.Time
{
    /// <summary>Finds the time expressions of an article and resolves them against its reference date.</summary>
    public sealed class TimeExpressionTagger
    {
        private readonly NewsToolsConfig config;

        public TimeExpressionTagger(NewsToolsConfig config)
        {
            this.config = config;
        }

        /// <param name="referenceDate">Overrides the article's own reference date.</param>
        public IReadOnlyList<TimeExpression> Tag(Article article, DateTime? referenceDate = null, CancellationToken cancellationToken = default)
        {
            _ = config;
            throw new NotImplementedException("Time expressions are being built (issue 4).");
        }
    }
}
