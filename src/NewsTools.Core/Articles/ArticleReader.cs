using System;
using System.Threading;
using NewsTools.Config;

namespace NewsTools.Articles
{
    /// <summary>What the caller knows better than the article: overrides applied after reading.</summary>
    public sealed class ArticleOptions
    {
        public string? Id { get; set; }

        public string? Outlet { get; set; }

        public string? Title { get; set; }

        public DateTime? ReferenceDate { get; set; }

        public string? Url { get; set; }

        /// <summary>How <see cref="ReferenceDate"/> was obtained: User for -ReferenceDate, Metadata for a --jsonl "dct".</summary>
        public ReferenceDateSource ReferenceDateSource { get; set; } = ReferenceDateSource.User;
    }

    /// <summary>Reads articles from files or strings (plain text or HTML) into <see cref="Article"/> objects.</summary>
    public sealed class ArticleReader
    {
        /// <summary>Files larger than this are refused with a LimitExceeded error rather than read.</summary>
        public const long DefaultMaxBytes = 16L * 1024 * 1024;

        private readonly NewsToolsConfig config;

        public ArticleReader(NewsToolsConfig config)
        {
            this.config = config;
        }

        public long MaxBytes { get; set; } = DefaultMaxBytes;

        /// <summary>Reads one file; throws <see cref="NewsTools.Engine.NewsToolsException"/> for missing, empty, binary or oversized input.</summary>
        public Article ReadFile(string path, ArticleOptions? options = null, CancellationToken cancellationToken = default)
        {
            _ = config;
            throw new NotImplementedException();
        }

        /// <summary>Reads text already in memory; HTML is recognised by its markup.</summary>
        public Article Parse(string content, ArticleOptions? options = null, string? inputName = null)
        {
            throw new NotImplementedException();
        }
    }
}
