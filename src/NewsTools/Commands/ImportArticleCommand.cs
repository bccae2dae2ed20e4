using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using NewsTools.Articles;
using NewsTools.Engine;
using NewsTools.Feeds;
using NewsTools.PowerShell.Completion;
using NewsTools.PowerShell.Input;

namespace NewsTools.PowerShell.Commands
{
    /// <summary>
    /// Import-Article: reads article files (plain text or HTML) into NewsTools.Articles.Article objects.
    /// Strings in the pipeline are paths (with wildcards) and bind -Path by value; files from Get-ChildItem bind
    /// -LiteralPath by property name (PSPath, LP, FullName).
    /// </summary>
    [Cmdlet(VerbsData.Import, "Article", DefaultParameterSetName = ParameterSets.Path)]
    [OutputType(typeof(Article))]
    public sealed class ImportArticleCommand : NewsToolsCmdlet
    {
        // Piped paths arrive one per record: with -ThrottleLimit above 1 they are queued for threads that read on while
        // the next records are bound (PipedInputWork).
        private PipedInputWork<ArticleSource, WorkDone<Article>>? piped;
        private int total;

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ParameterSets.Path, ValueFromPipeline = true)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[] Path { get; set; } = Array.Empty<string>();

        [Parameter(Mandatory = true, ParameterSetName = ParameterSets.LiteralPath, ValueFromPipelineByPropertyName = true)]
        [Alias("PSPath", "LP", "FullName")]
        [ValidateNotNullOrEmpty]
        public string[] LiteralPath { get; set; } = Array.Empty<string>();

        /// <summary>Web pages to fetch (politely, with retries and a timeout); Get-NewsFeed items bind by their Link.</summary>
        [Parameter(Mandatory = true, ParameterSetName = UriSet, ValueFromPipelineByPropertyName = true)]
        [Alias("Link", "Url")]
        [ValidateNotNullOrEmpty]
        public string[] Uri { get; set; } = Array.Empty<string>();

        /// <summary>Seconds one fetch attempt may take.</summary>
        [Parameter(ParameterSetName = UriSet)]
        [ValidateRange(1, 600)]
        public int TimeoutSec { get; set; } = 30;

        private const string UriSet = "Uri";
        private WebFetcher? fetcher;

        [Parameter]
        [ArgumentCompleter(typeof(OutletNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string? Outlet { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Title { get; set; }

        [Parameter]
        public DateTime? ReferenceDate { get; set; }

        /// <summary>How many threads read the files; articles are still written in input order. 1 reads one file after another.</summary>
        [Parameter(ParameterSetName = ParameterSets.Path)]
        [Parameter(ParameterSetName = ParameterSets.LiteralPath)]
        [ValidateRange(1, 256)]
        public int ThrottleLimit { get; set; } = OrderedParallel.DefaultThreads;

        protected override void ProcessRecord() => RunStoppable(() =>
        {
            if (ParameterSetName == UriSet)
            {
                ReadPages();
            }
            else
            {
                ReadFiles();
            }
        });

        /// <summary>Fetches each page; the article keeps the URL it was finally served from. A failed fetch names the URL and status.</summary>
        private void ReadPages()
        {
            fetcher ??= new WebFetcher(new FetchOptions { Timeout = TimeSpan.FromSeconds(TimeoutSec) });
            var web = new WebArticleReader(Reader, fetcher);
            var options = new ArticleOptions { Outlet = Outlet, Title = Title, ReferenceDate = ReferenceDate?.Date };
            foreach (var uri in Uri)
            {
                Cancellation.ThrowIfCancellationRequested();
                ReportProgress(InputsDone, 0, uri);
                Article? article = null;
                try
                {
                    article = web.Read(uri, out _, options, cancellationToken: Cancellation);
                }
                catch (NewsToolsException ex)
                {
                    WriteInputError(ex);
                }
                catch (Exception ex) when (!IsStopRequest(ex))
                {
                    WriteUnexpectedError(ex, "ArticleFetchFailed", uri);
                }

                InputsDone++;
                if (article != null)
                {
                    WriteObject(Remember(article));
                }
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                fetcher?.Dispose();
                fetcher = null;
                piped?.Dispose();
                piped = null;
            }

            base.Dispose(disposing);
        }

        protected override void EndProcessing()
        {
            // Piped paths still being read on the -ThrottleLimit threads.
            if (piped != null)
            {
                RunStoppable(() => WriteArticles(piped.TakeAll()));
            }

            base.EndProcessing();
        }

        private void ReadFiles()
        {
            var literal = ParameterSetName == ParameterSets.LiteralPath;
            var files = ResolvePaths(literal ? LiteralPath : Path, literal);
            var options = new ArticleOptions { Outlet = Outlet, Title = Title, ReferenceDate = ReferenceDate?.Date };

            // The total is known only when every path came on the command line. Piped paths (or files) arrive one record
            // at a time, so the bar counts files done; a per-record total would read "4 of 2" on the second record.
            total = literal || MyInvocation.ExpectingInput ? 0 : files.Count;
            if (ThrottleLimit > 1)
            {
                var sources = files.Select(file => ArticleSource.FromFile(file, options)).ToList();
                if (!MyInvocation.ExpectingInput)
                {
                    WriteArticles(ReadAndAnalyse<Article>(sources, Math.Min(ThrottleLimit, Math.Max(1, sources.Count)), total, null, "").Select(read => read.Article));
                    return;
                }

                piped ??= PipedWork<Article>(ThrottleLimit, null, "");
                foreach (var source in sources)
                {
                    piped.Add(source);
                }

                WriteArticles(piped.TakeReady());
                return;
            }

            foreach (var file in files)
            {
                Cancellation.ThrowIfCancellationRequested();
                ReportProgress(InputsDone, total, file);
                var article = ReadArticleFile(file, options);
                InputsDone++;
                if (article != null)
                {
                    WriteObject(article);
                }
            }
        }

        private void WriteArticles(IEnumerable<WorkDone<Article>> done) => WriteArticles(Deliver(done, total).Select(read => read.Article));

        private void WriteArticles(IEnumerable<Article> articles)
        {
            foreach (var article in articles)
            {
                WriteObject(article);
            }
        }
    }
}
