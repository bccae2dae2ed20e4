using System;

namespace NewsTools.Feeds
{
    /// <summary>What one fetch brought back.</summary>
    public sealed class FetchedPage
    {
        public string RequestedUrl { get; internal set; } = "";

        /// <summary>Where the content came from after redirects: the URL the article keeps.</summary>
        public string FinalUrl { get; internal set; } = "";

        public int StatusCode { get; internal set; }

        /// <summary>The server answered 304: the page is as it was when <see cref="ETag"/>/<see cref="LastModified"/> were given.</summary>
        public bool NotModified { get; internal set; }

        /// <summary>The body decoded to text; null when not modified.</summary>
        public string? Content { get; internal set; }

        public string? ContentType { get; internal set; }

        public string? ETag { get; internal set; }

        public string? LastModified { get; internal set; }

        /// <summary>Attempts made (1 when the first succeeded).</summary>
        public int Attempts { get; internal set; }

        public int Redirects { get; internal set; }

        public override string ToString() => StatusCode + " " + FinalUrl;
    }

    /// <summary>The validators a previous fetch of a URL returned, sent back so an unchanged page costs a 304.</summary>
    public sealed class CacheValidators
    {
        public CacheValidators(string? etag, string? lastModified)
        {
            ETag = etag;
            LastModified = lastModified;
        }

        public string? ETag { get; }

        public string? LastModified { get; }

        public bool IsEmpty => string.IsNullOrEmpty(ETag) && string.IsNullOrEmpty(LastModified);
    }
}
