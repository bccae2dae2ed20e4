using System;
using System.Management.Automation;
using NewsTools.Archive;
using NewsTools.Engine;
using NewsTools.PowerShell.Input;

namespace NewsTools.PowerShell.Commands
{
    /// <summary>What the archive cmdlets share: -Path to the archive file, opened once per command and closed at its end.</summary>
    public abstract class ArchiveCmdletBase : NewsToolsCmdlet
    {
        private NewsArchive? archive;

        /// <summary>The archive file (SQLite), e.g. news.db; created by Export-NewsArchive when missing.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = "";

        /// <summary>True for the cmdlets that only read: nothing is created or migrated.</summary>
        internal virtual bool ReadOnly => true;

        internal NewsArchive Archive => archive ?? throw new InvalidOperationException("BeginProcessing has not run.");

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            var full = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path);
            try
            {
                archive = NewsArchive.Open(full, Config, new ArchiveOptions { ReadOnly = ReadOnly });
            }
            catch (NewsToolsException ex)
            {
                // Without its archive the command has nothing to work on.
                ThrowTerminatingError(ErrorCategoryMap.ToErrorRecord(ex));
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                archive?.Dispose();
                archive = null;
            }

            base.Dispose(disposing);
        }
    }
}
