using System;
using System.Collections.Generic;
using System.Threading;
using NewsTools.Articles;
using NewsTools.Engine;
using NewsTools.Feeds;

namespace NewsTools.Archive
{
    /// <summary>
    /// One run that adds to an archive: articles and URLs go in one at a time (as a pipeline delivers them), are stored a batch
    /// at a time, and <see cref="Complete"/> groups the new ones into events and gives back what happened to each. URLs are
    /// fetched with the validators of their last fetch, so an unchanged page costs a 304; the new validators are kept only
    /// once the batch holding the page is committed, so a run killed midway fetches those pages again in full.
    /// </summary>
    public sealed class ArchiveSession
    {
        private readonly NewsArchive archive;
        private readonly IEngineReporter reporter;
        private readonly CancellationToken cancellationToken;
        private readonly WebArticleReader? web;
        private List<Article> batch = new List<Article>(NewsArchive.BatchSize);
        private List<FetchedPage> batchPages = new List<FetchedPage>();

        // The full batch before this one, written once this one is full: its articles were analysed while this one's were read,
        // and this one's are analysed while it is written. Written as soon as it was full, the writing thread waited for its
        // last analyses while the other cores had nothing queued, and took in no article while it wrote.
        private List<Article> waiting = new List<Article>(NewsArchive.BatchSize);
        private List<FetchedPage> waitingPages = new List<FetchedPage>();

        // Pages unchanged since their last fetch (a 304) while each batch was read: their entries come before that batch's, as
        // when each batch was written as soon as it was full.
        private List<ArchiveEntry> batchUnchanged = new List<ArchiveEntry>();
        private List<ArchiveEntry> waitingUnchanged = new List<ArchiveEntry>();
        private readonly List<ArchiveEntry> entries = new List<ArchiveEntry>();

        public ArchiveSession(NewsArchive archive, IEngineReporter? reporter = null, WebArticleReader? web = null, CancellationToken cancellationToken = default)
        {
            this.archive = archive ?? throw new ArgumentNullException(nameof(archive));
            this.reporter = reporter ?? SilentReporter.Instance;
            this.web = web;
            this.cancellationToken = cancellationToken;
            archive.PrepareAnalysis();
        }

        public void Add(Article article)
        {
            // Its analysis starts now, while the session reads the next articles and writes earlier batches.
            archive.Prefetch(article ?? throw new ArgumentNullException(nameof(article)), cancellationToken);
            batch.Add(article);
            if (batch.Count >= archive.ArticlesPerBatch)
            {
                Flush();
            }
        }

        /// <summary>Fetches and adds the page at <paramref name="url"/>; a failed fetch is reported (naming the URL and status) and the run goes on.</summary>
        public void AddUrl(string url)
        {
            if (web == null)
            {
                throw new InvalidOperationException("This session was made without a web reader.");
            }

            try
            {
                var article = web.Read(url, out var page, validators: archive.GetValidators(url), cancellationToken: cancellationToken);
                if (article == null)
                {
                    batchUnchanged.Add(new ArchiveEntry { ArticleId = url, Url = page.FinalUrl, Status = ArchiveStatus.Unchanged, Added = DateTimeOffset.UtcNow, FirstSeen = DateTimeOffset.UtcNow });
                    return;
                }

                batchPages.Add(page);
                Add(article);
            }
            catch (NewsToolsException ex) when (!IsArchiveError(ex))
            {
                // The page's failure (HTTP status, timeout, no article text): reported naming the URL, and the run goes on.
                reporter.Error(ex);
            }
        }

        private static bool IsArchiveError(NewsToolsException ex) => ex.ErrorId.StartsWith("Archive", StringComparison.Ordinal) || ex.ErrorId == "NotAnArchive";

        /// <summary>Stores what is buffered, groups the run's new articles into events, and returns every entry of the run.</summary>
        public IReadOnlyList<ArchiveEntry> Complete()
        {
            // Twice: the waiting batch, then the one being read (which the first call made the waiting one).
            Flush();
            Flush();
            archive.AssignEvents(entries, cancellationToken);
            return entries;
        }

        /// <summary>Stores the waiting batch, and makes the batch being read the waiting one.</summary>
        private void Flush()
        {
            entries.AddRange(waitingUnchanged);
            waitingUnchanged.Clear();
            if (waiting.Count > 0)
            {
                entries.AddRange(archive.AddBatch(waiting, cancellationToken));
                waiting.Clear();
                foreach (var page in waitingPages)
                {
                    archive.SaveValidators(page);
                }

                waitingPages.Clear();
            }

            (waiting, batch) = (batch, waiting);
            (waitingPages, batchPages) = (batchPages, waitingPages);
            (waitingUnchanged, batchUnchanged) = (batchUnchanged, waitingUnchanged);
        }
    }
}
