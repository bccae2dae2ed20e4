using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using NewsTools.Articles;
using NewsTools.Engine;
using Polly;
using Polly.Retry;

namespace NewsTools.Feeds
{
    /// <summary>
    /// Fetches pages and feeds over HTTP the way a scheduled monitor should: a timeout per attempt, a polite interval per
    /// host, retries on transient failures (Polly), conditional requests, a User-Agent naming NewsTools, and redirects
    /// followed by hand so their number is bounded and the final URL is known. Failures are <see cref="NewsToolsException"/>s
    /// naming the URL and the HTTP status.
    /// </summary>
    public sealed class WebFetcher : IDisposable
    {
        private readonly HttpClient client;
        private readonly FetchOptions options;
        private readonly ResiliencePipeline<HttpResponseMessage> retry;
        private readonly Dictionary<string, DateTime> nextAllowed = new Dictionary<string, DateTime>(StringComparer.OrdinalIgnoreCase);
        private readonly object gate = new object();

        public WebFetcher(FetchOptions? options = null)
            : this(options, new HttpClientHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate })
        {
        }

        internal WebFetcher(FetchOptions? options, HttpMessageHandler handler)
        {
            this.options = options ?? new FetchOptions();
            // The per-attempt timeout is ours (a linked token), so HttpClient's own must never fire first.
            client = new HttpClient(handler, disposeHandler: true) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
            retry = BuildRetry(this.options);
        }

        public FetchOptions Options => options;

        /// <summary>Fetches <paramref name="url"/>; with <paramref name="validators"/>, a page unchanged since costs a 304.</summary>
        public FetchedPage Fetch(string url, CacheValidators? validators = null, CancellationToken cancellationToken = default) =>
            FetchAsync(url, validators, cancellationToken).GetAwaiter().GetResult();

        public async Task<FetchedPage> FetchAsync(string url, CacheValidators? validators = null, CancellationToken cancellationToken = default)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw new NewsToolsException("InvalidUrl", InputErrorKind.InvalidArgument, url ?? "", "Only absolute http:// and https:// addresses can be fetched.");
            }

            var page = new FetchedPage { RequestedUrl = url };
            var current = uri;
            for (var hop = 0; ; hop++)
            {
                var attempts = 0;
                HttpResponseMessage response;
                try
                {
                    response = await retry.ExecuteAsync(
                        async token =>
                        {
                            attempts++;
                            await WaitForHost(current, token).ConfigureAwait(false);
                            try
                            {
                                return await SendOnce(current, hop == 0 ? validators : null, url, token).ConfigureAwait(false);
                            }
                            finally
                            {
                                HostAnswered(current);
                            }
                        },
                        cancellationToken).ConfigureAwait(false);
                }
                catch (HttpRequestException ex)
                {
                    throw new NewsToolsException("FetchFailed", InputErrorKind.ReadError, url, $"{Describe(current, url)}could not be fetched after {attempts} attempt(s): {Innermost(ex).Message}", ex);
                }

                page.Attempts += attempts;
                using (response)
                {
                    var status = (int)response.StatusCode;
                    if (status >= 300 && status < 400 && status != 304 && response.Headers.Location != null)
                    {
                        if (hop >= options.MaxRedirects)
                        {
                            throw new NewsToolsException("TooManyRedirects", InputErrorKind.ReadError, url, $"More than {options.MaxRedirects} redirects (HTTP {status}); the last pointed to {response.Headers.Location}.");
                        }

                        current = response.Headers.Location.IsAbsoluteUri ? response.Headers.Location : new Uri(current, response.Headers.Location);
                        page.Redirects++;
                        continue;
                    }

                    page.FinalUrl = current.AbsoluteUri;
                    page.StatusCode = status;
                    page.ETag = response.Headers.ETag?.ToString();
                    page.LastModified = response.Content?.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture);
                    if (status == 304)
                    {
                        page.NotModified = true;
                        page.ETag ??= validators?.ETag;
                        page.LastModified ??= validators?.LastModified;
                        return page;
                    }

                    if (status < 200 || status >= 300)
                    {
                        var kind = status == 404 || status == 410 ? InputErrorKind.NotFound : InputErrorKind.ReadError;
                        throw new NewsToolsException("HttpError", kind, url, $"{Describe(current, url)}answered HTTP {status} {response.ReasonPhrase}" + (attempts > 1 ? $" after {attempts} attempts." : "."));
                    }

                    page.ContentType = response.Content?.Headers.ContentType?.MediaType;
                    var bytes = await response.Content!.ReadAsByteArrayAsync().ConfigureAwait(false);
                    page.Content = bytes.Length == 0 ? "" : TextDecoder.Decode(bytes, url, out _);
                    return page;
                }
            }
        }

        private async Task<HttpResponseMessage> SendOnce(Uri uri, CacheValidators? validators, string input, CancellationToken cancellationToken)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.TryAddWithoutValidation("User-Agent", options.UserAgent);
            request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/json;q=0.9,*/*;q=0.8");
            if (validators != null)
            {
                if (!string.IsNullOrEmpty(validators.ETag))
                {
                    request.Headers.TryAddWithoutValidation("If-None-Match", validators.ETag);
                }

                if (!string.IsNullOrEmpty(validators.LastModified))
                {
                    request.Headers.TryAddWithoutValidation("If-Modified-Since", validators.LastModified);
                }
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Timeout);
            try
            {
                var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                if ((int)response.StatusCode >= 200 && (int)response.StatusCode < 300)
                {
                    // The body is read within the same attempt's time: a page that sends its headers and then stalls is slow too.
                    await BufferBody(response, input, timeout.Token).ConfigureAwait(false);
                }

                return response;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new NewsToolsException("FetchTimeout", InputErrorKind.ReadError, input, $"{Describe(uri, input)}did not answer within {options.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s.");
            }
        }

        /// <summary>Reads the body into memory under the attempt's token and the size limit, keeping the content headers.</summary>
        private async Task BufferBody(HttpResponseMessage response, string input, CancellationToken cancellationToken)
        {
            var length = response.Content.Headers.ContentLength;
            if (length > options.MaxBytes)
            {
                throw new NewsToolsException("PageTooLarge", InputErrorKind.LimitExceeded, input, $"The page is {length / (1024 * 1024)} MB; pages larger than {options.MaxBytes / (1024 * 1024)} MB are not read.");
            }

            var buffer = new MemoryStream(length > 0 ? (int)length.Value : 64 * 1024);
            using (var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false))
            {
                var chunk = new byte[81920];
                int n;
                while ((n = await stream.ReadAsync(chunk, 0, chunk.Length, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    if (buffer.Length + n > options.MaxBytes)
                    {
                        throw new NewsToolsException("PageTooLarge", InputErrorKind.LimitExceeded, input, $"The page is larger than {options.MaxBytes / (1024 * 1024)} MB; larger pages are not read.");
                    }

                    buffer.Write(chunk, 0, n);
                }
            }

            var content = new ByteArrayContent(buffer.ToArray());
            foreach (var header in response.Content.Headers)
            {
                content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            response.Content.Dispose();
            response.Content = content;
        }

        /// <summary>Waits until this host may be asked again, and books the next slot before waiting so parallel callers queue.</summary>
        private Task WaitForHost(Uri uri, CancellationToken cancellationToken)
        {
            if (options.PerHostInterval <= TimeSpan.Zero)
            {
                return Task.CompletedTask;
            }

            TimeSpan wait;
            lock (gate)
            {
                var now = DateTime.UtcNow;
                var slot = nextAllowed.TryGetValue(uri.Authority, out var next) && next > now ? next : now;
                nextAllowed[uri.Authority] = slot + options.PerHostInterval;
                wait = slot - now;
            }

            return wait > TimeSpan.Zero ? Task.Delay(wait, cancellationToken) : Task.CompletedTask;
        }

        /// <summary>
        /// The interval also runs from the host's answer, not only from the request: a slow answer does not let the next
        /// request follow hard on its heels, and the host sees at least the interval between one request and the next.
        /// </summary>
        private void HostAnswered(Uri uri)
        {
            if (options.PerHostInterval <= TimeSpan.Zero)
            {
                return;
            }

            lock (gate)
            {
                var earliest = DateTime.UtcNow + options.PerHostInterval;
                if (!nextAllowed.TryGetValue(uri.Authority, out var next) || next < earliest)
                {
                    nextAllowed[uri.Authority] = earliest;
                }
            }
        }

        private static ResiliencePipeline<HttpResponseMessage> BuildRetry(FetchOptions options)
        {
            if (options.MaxRetries <= 0)
            {
                return ResiliencePipeline<HttpResponseMessage>.Empty;
            }

            return new ResiliencePipelineBuilder<HttpResponseMessage>()
                .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
                {
                    // A timeout is not retried: a page that was too slow once is likely too slow again, and the run has others to fetch.
                    ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                        .Handle<HttpRequestException>()
                        .HandleResult(r => IsTransient(r.StatusCode)),
                    MaxRetryAttempts = options.MaxRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.RetryDelay,
                    DelayGenerator = args => new ValueTask<TimeSpan?>(RetryAfter(args.Outcome.Result)),
                    OnRetry = args =>
                    {
                        args.Outcome.Result?.Dispose();
                        return default;
                    },
                })
                .Build();
        }

        /// <summary>408 and 429 say "not now"; 500, 502, 503 and 504 are the server's or a proxy's passing trouble. 501 and 505 are not.</summary>
        private static bool IsTransient(HttpStatusCode status)
        {
            var code = (int)status;
            return code == 408 || code == 429 || code == 500 || code == 502 || code == 503 || code == 504;
        }

        private static TimeSpan? RetryAfter(HttpResponseMessage? response)
        {
            var header = response?.Headers.RetryAfter;
            if (header == null)
            {
                return null;
            }

            var wait = header.Delta ?? (header.Date - DateTimeOffset.UtcNow);
            if (wait == null)
            {
                return null;
            }

            return wait.Value < TimeSpan.Zero ? TimeSpan.Zero : wait.Value > TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : wait.Value;
        }

        private static string Describe(Uri current, string requested) =>
            string.Equals(current.AbsoluteUri, requested, StringComparison.Ordinal) ? "The server " : $"The server (redirected to {current.AbsoluteUri}) ";

        private static Exception Innermost(Exception ex)
        {
            while (ex.InnerException != null)
            {
                ex = ex.InnerException;
            }

            return ex;
        }

        public void Dispose() => client.Dispose();
    }
}
