using System;
using System.IO;
using System.Management.Automation;
using System.Text;
using NewsTools.Archive;
using NewsTools.Engine;
using NewsTools.PowerShell.Input;

namespace NewsTools.PowerShell.Commands
{
    /// <summary>
    /// Compare-NewsArchive: what changed in an archive since a time: new events, new outlets on an event, new statements,
    /// new discrepancies between outlets, and articles revised; optionally also as an HTML report.
    /// </summary>
    [Cmdlet(VerbsData.Compare, "NewsArchive")]
    [OutputType(typeof(ArchiveChange))]
    public sealed class CompareNewsArchiveCommand : ArchiveCmdletBase
    {
        /// <summary>Changes stored at or after this time (a scheduled job passes the time its run started, or the last run's).</summary>
        [Parameter(Mandatory = true, Position = 1)]
        public DateTime Since { get; set; }

        /// <summary>Also write the changes as an HTML page here.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? ReportPath { get; set; }

        protected override void EndProcessing()
        {
            RunStoppable(() =>
            {
                var since = new DateTimeOffset(Since);
                try
                {
                    var changes = Archive.Changes(since, Cancellation);
                    foreach (var change in changes)
                    {
                        WriteObject(change);
                    }

                    if (ReportPath != null)
                    {
                        var report = SessionState.Path.GetUnresolvedProviderPathFromPSPath(ReportPath);
                        try
                        {
                            File.WriteAllText(report, ChangeReportWriter.ToHtml(changes, since, System.IO.Path.GetFileName(Archive.Path)), new UTF8Encoding(false));
                        }
                        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                        {
                            WriteInputError(new NewsToolsException("ReportNotWritten", InputErrorKind.ReadError, report, "The report cannot be written: " + ex.Message, ex));
                        }
                    }
                }
                catch (NewsToolsException ex)
                {
                    WriteInputError(ex);
                }
            });
            base.EndProcessing();
        }
    }
}
