using System;
using System.Management.Automation;
using NewsTools.Engine;
using NewsTools.Feeds;

namespace NewsTools.PowerShell.Commands
{
    /// <summary>Get-NewsFeed: the items of RSS, Atom and JSON feeds, each with title, link, published time (with offset) and summary.</summary>
    [Cmdlet(VerbsCommon.Get, "NewsFeed")]
    [OutputType(typeof(FeedItem))]
    public sealed class GetNewsFeedCommand : NewsToolsCmdlet
    {
        private WebFetcher? fetcher;

        /// <summary>Feed addresses (http or https), or paths of feed files.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Url", "Link")]
        [ValidateNotNullOrEmpty]
        public string[] Uri { get; set; } = Array.Empty<string>();

        /// <summary>Seconds one attempt may take before the fetch fails with FetchTimeout.</summary>
        [Parameter]
        [ValidateRange(1, 600)]
        public int TimeoutSec { get; set; } = 30;

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            fetcher = new WebFetcher(new FetchOptions { Timeout = TimeSpan.FromSeconds(TimeoutSec) });
        }

        protected override void ProcessRecord() => RunStoppable(() =>
        {
            foreach (var uri in Uri)
            {
                try
                {
                    foreach (var item in FeedSource.Read(uri, fetcher!, Cancellation))
                    {
                        WriteObject(item);
                    }
                }
                catch (NewsToolsException ex)
                {
                    WriteInputError(ex);
                }
                catch (Exception ex) when (!IsStopRequest(ex))
                {
                    WriteUnexpectedError(ex, "FeedReadFailed", uri);
                }
            }
        });

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                fetcher?.Dispose();
                fetcher = null;
            }

            base.Dispose(disposing);
        }
    }
}
