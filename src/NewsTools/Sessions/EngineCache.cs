using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Quotes;

namespace NewsTools.PowerShell.Sessions
{
    /// <summary>
    /// Readers and extractors built once per configuration and reused by later calls, so the second and later cmdlet calls
    /// of a session start work at once. A reader carries the reporter of the cmdlet using it (set before every read), so
    /// readers are kept per thread (ForEach-Object -Parallel runs cmdlets on several threads at a time) and lent one at a
    /// time to -ThrottleLimit's workers. A quote extractor keeps its working buffers per thread, so one serves every thread.
    /// </summary>
    internal static class EngineCache
    {
        private static readonly ConditionalWeakTable<NewsToolsConfig, QuoteExtractor> QuoteExtractors = new ConditionalWeakTable<NewsToolsConfig, QuoteExtractor>();

        private static readonly ConditionalWeakTable<NewsToolsConfig, ConcurrentBag<ArticleReader>> SpareReaders = new ConditionalWeakTable<NewsToolsConfig, ConcurrentBag<ArticleReader>>();

        [ThreadStatic]
        private static ConditionalWeakTable<NewsToolsConfig, ArticleReader>? readers;

        public static ArticleReader Reader(NewsToolsConfig config) =>
            (readers ??= new ConditionalWeakTable<NewsToolsConfig, ArticleReader>()).GetValue(config, c => new ArticleReader(c));

        /// <summary>A reader for one worker's input, used by nothing else until it is given back.</summary>
        public static ArticleReader RentReader(NewsToolsConfig config) =>
            SpareReaders.GetValue(config, _ => new ConcurrentBag<ArticleReader>()).TryTake(out var reader) ? reader : new ArticleReader(config);

        public static void ReturnReader(NewsToolsConfig config, ArticleReader reader) =>
            SpareReaders.GetValue(config, _ => new ConcurrentBag<ArticleReader>()).Add(reader);

        public static QuoteExtractor Quotes(NewsToolsConfig config) => QuoteExtractors.GetValue(config, c => new QuoteExtractor(c));
    }
}
