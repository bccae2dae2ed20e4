using System;
using System.Management.Automation;
using NewsTools.Archive;
using NewsTools.Articles;
using NewsTools.Engine;
using NewsTools.Feeds;
using NewsTools.PowerShell.Input;

namespace NewsTools.PowerShell.Commands
{
    /// <summary>
    /// Export-NewsArchive: stores articles, or the pages at URLs (feed items bind by their Link), in an archive with their
    /// quotes, time expressions and timeline events; once each, a changed page as a new revision; new articles join the
    /// archive's events. Writes one ArchiveEntry per input saying what was done with it.
    /// </summary>
    [Cmdlet(VerbsData.Export, "NewsArchive", DefaultParameterSetName = ParameterSets.Article)]
    [OutputType(typeof(ArchiveEntry))]
    public sealed class ExportNewsArchiveCommand : ArchiveCmdletBase
    {
        private const string UriSet = "Uri";
        private ArchiveSession? session;
        private WebFetcher? fetcher;

        /// <summary>Articles from Import-Article or ConvertTo-Article.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ParameterSets.Article)]
        public Article[] InputObject { get; set; } = Array.Empty<Article>();

        /// <summary>Page addresses to fetch and store; Get-NewsFeed items bind by their Link.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = UriSet)]
        [Alias("Link", "Url")]
        [ValidateNotNullOrEmpty]
        public string[] Uri { get; set; } = Array.Empty<string>();

        /// <summary>Seconds one fetch attempt may take.</summary>
        [Parameter(ParameterSetName = UriSet)]
        [ValidateRange(1, 600)]
        public int TimeoutSec { get; set; } = 30;

        internal override bool ReadOnly => false;

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            fetcher = new WebFetcher(new FetchOptions { Timeout = TimeSpan.FromSeconds(TimeoutSec) });
            var web = new WebArticleReader(new ArticleReader(Config) { Reporter = new CmdletReporter(this) }, fetcher);
            session = new ArchiveSession(Archive, new CmdletReporter(this), web, Cancellation);
        }

        protected override void ProcessRecord() => RunStoppable(() =>
        {
            try
            {
                if (ParameterSetName == UriSet)
                {
                    foreach (var uri in Uri)
                    {
                        session!.AddUrl(uri);
                    }
                }
                else
                {
                    foreach (var article in InputObject)
                    {
                        if (article != null)
                        {
                            session!.Add(article);
                        }
                    }
                }
            }
            catch (NewsToolsException ex)
            {
                // Only the archive's own failures get here (busy, read-only, full): nothing more can be stored.
                ThrowTerminatingError(ErrorCategoryMap.ToErrorRecord(ex));
            }
        });

        protected override void EndProcessing()
        {
            RunStoppable(() =>
            {
                try
                {
                    foreach (var entry in session!.Complete())
                    {
                        WriteObject(entry);
                    }
                }
                catch (NewsToolsException ex)
                {
                    ThrowTerminatingError(ErrorCategoryMap.ToErrorRecord(ex));
                }
            });
            base.EndProcessing();
        }

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
