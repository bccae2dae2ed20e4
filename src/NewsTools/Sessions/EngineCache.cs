using System;
using System.Runtime.CompilerServices;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Quotes;

namespace NewsTools.PowerShell.Sessions
{
    /// <summary>
    /// Readers and extractors built once per configuration and reused by later calls, so the second and later cmdlet calls
    /// of a session start work at once. Kept per thread: ForEach-Object -Parallel runs cmdlets on several threads at a
    /// time, and a reader carries the reporter of the cmdlet using it (set before every read).
    /// </summary>
    internal static class EngineCache
    {
        [ThreadStatic]
        private static ConditionalWeakTable<NewsToolsConfig, ArticleReader>? readers;

        [ThreadStatic]
        private static ConditionalWeakTable<NewsToolsConfig, QuoteExtractor>? quoteExtractors;

        public static ArticleReader Reader(NewsToolsConfig config) =>
            (readers ??= new ConditionalWeakTable<NewsToolsConfig, ArticleReader>()).GetValue(config, c => new ArticleReader(c));

        public static QuoteExtractor Quotes(NewsToolsConfig config) =>
            (quoteExtractors ??= new ConditionalWeakTable<NewsToolsConfig, QuoteExtractor>()).GetValue(config, c => new QuoteExtractor(c));
    }
}
