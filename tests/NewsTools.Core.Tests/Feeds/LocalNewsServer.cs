using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace NewsTools.Tests.Feeds
{
    /// <summary>
    /// A small HTTP server on 127.0.0.1 (never another address) that a test starts, fills with routes, and disposes. It serves
    /// at most <see cref="MaxRequests"/> requests and stops by itself after <see cref="Lifetime"/>, so a test gone wrong cannot
    /// leave it running.
    /// </summary>
    public sealed class LocalNewsServer : IDisposable
    {
        public const int MaxRequests = 500;
        public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

        private readonly HttpListener listener = new HttpListener();
        private readonly ConcurrentDictionary<string, Func<HttpListenerRequest, Response>> routes = new ConcurrentDictionary<string, Func<HttpListenerRequest, Response>>(StringComparer.Ordinal);
        private readonly CancellationTokenSource stop = new CancellationTokenSource(Lifetime);
        private readonly Task loop;
        private int served;

        public LocalNewsServer()
        {
            for (var attempt = 0; ; attempt++)
            {
                var probe = new TcpListener(IPAddress.Loopback, 0);
                probe.Start();
                var port = ((IPEndPoint)probe.LocalEndpoint).Port;
                probe.Stop();
                BaseUrl = $"http://127.0.0.1:{port}/";
                listener.Prefixes.Clear();
                listener.Prefixes.Add(BaseUrl);
                try
                {
                    listener.Start();
                    break;
                }
                catch (HttpListenerException) when (attempt < 5)
                {
                }
            }

            loop = Task.Run(Serve);
        }

        public string BaseUrl { get; }

        public string Url(string path) => BaseUrl + path.TrimStart('/');

        /// <summary>Every request served, in order: path, User-Agent, If-None-Match, and when it arrived.</summary>
        public ConcurrentQueue<(string Path, string? UserAgent, string? IfNoneMatch, DateTime At)> Requests { get; } = new ConcurrentQueue<(string, string?, string?, DateTime)>();

        public void Route(string path, Func<HttpListenerRequest, Response> handler) => routes["/" + path.TrimStart('/')] = handler;

        public void Page(string path, string body, string contentType = "text/html; charset=utf-8") => Route(path, _ => new Response(200, body, contentType));

        private async Task Serve()
        {
            while (!stop.IsCancellationRequested && served < MaxRequests)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync().ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is HttpListenerException || ex is ObjectDisposedException || ex is InvalidOperationException)
                {
                    return;
                }

                Interlocked.Increment(ref served);
                _ = Task.Run(() => Answer(context));
            }

            listener.Close();
        }

        private async Task Answer(HttpListenerContext context)
        {
            var path = context.Request.Url!.AbsolutePath;
            Requests.Enqueue((path, context.Request.UserAgent, context.Request.Headers["If-None-Match"], DateTime.UtcNow));
            var response = routes.TryGetValue(path, out var handler) ? handler(context.Request) : new Response(404, "not found", "text/plain");
            try
            {
                if (response.Delay > TimeSpan.Zero)
                {
                    await Task.Delay(response.Delay, stop.Token).ConfigureAwait(false);
                }

                context.Response.StatusCode = response.Status;
                foreach (var header in response.Headers)
                {
                    context.Response.Headers[header.Key] = header.Value;
                }

                var bytes = Encoding.UTF8.GetBytes(response.Body);
                if (response.Status != 304)
                {
                    context.Response.ContentType = response.ContentType;
                    context.Response.ContentLength64 = bytes.Length;
                    await context.Response.OutputStream.WriteAsync(bytes.AsMemory(), stop.Token).ConfigureAwait(false);
                }

                context.Response.Close();
            }
            catch (Exception ex) when (ex is HttpListenerException || ex is ObjectDisposedException || ex is OperationCanceledException || ex is InvalidOperationException)
            {
                // The client gave up (a timeout test) or the server is stopping.
            }
        }

        public void Dispose()
        {
            stop.Cancel();
            try
            {
                listener.Stop();
                listener.Close();
            }
            catch (Exception ex) when (ex is ObjectDisposedException || ex is HttpListenerException)
            {
                // Closing can look the port up again and find it taken by another test's server by then ("Address already in
                // use"): this listener is stopped either way.
            }

            try
            {
                loop.Wait(TimeSpan.FromSeconds(5));
            }
            catch (AggregateException)
            {
            }

            stop.Dispose();
        }

        public sealed class Response
        {
            public Response(int status, string body = "", string contentType = "text/html; charset=utf-8")
            {
                Status = status;
                Body = body;
                ContentType = contentType;
            }

            public int Status { get; }

            public string Body { get; }

            public string ContentType { get; }

            public TimeSpan Delay { get; set; }

            public Dictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        }
    }
}
