using System.Threading;
using NewsTools.Articles;
using NewsTools.Engine;

namespace NewsTools.Feeds
{
    /// <summary>Fetches a page and reads it as an article that keeps the URL it was finally served from.</summary>
    public sealed class WebArticleReader
    {
        private readonly ArticleReader reader;
        private readonly WebFetcher fetcher;

        public WebArticleReader(ArticleReader reader, WebFetcher fetcher)
        {
            this.reader = reader;
            this.fetcher = fetcher;
        }

        /// <summary>
        /// The article at <paramref name="url"/>, or null when <paramref name="validators"/> were given and the server says the
        /// page has not changed (<paramref name="page"/> then has NotModified set). Its id is the final URL unless
        /// <paramref name="options"/> names one.
        /// </summary>
        public Article? Read(string url, out FetchedPage page, ArticleOptions? options = null, CacheValidators? validators = null, CancellationToken cancellationToken = default)
        {
            page = fetcher.Fetch(url, validators, cancellationToken);
            if (page.NotModified)
            {
                return null;
            }

            if (string.IsNullOrWhiteSpace(page.Content))
            {
                throw new NewsToolsException("EmptyPage", InputErrorKind.InvalidData, url, $"The page at {page.FinalUrl} is empty (HTTP {page.StatusCode}).");
            }

            var pageOptions = new ArticleOptions
            {
                Id = options?.Id ?? page.FinalUrl,
                Outlet = options?.Outlet,
                Title = options?.Title,
                ReferenceDate = options?.ReferenceDate,
                ReferenceDateSource = options?.ReferenceDateSource ?? ReferenceDateSource.User,
                Url = page.FinalUrl,
            };
            return reader.Parse(page.Content!, pageOptions, url, cancellationToken);
        }
    }
}
