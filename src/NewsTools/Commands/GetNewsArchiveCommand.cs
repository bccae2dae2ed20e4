using System;
using System.Management.Automation;
using NewsTools.Archive;
using NewsTools.Articles;
using NewsTools.Coverage;
using NewsTools.Engine;
using NewsTools.PowerShell.Completion;
using NewsTools.PowerShell.Input;
using NewsTools.Quotes;
using NewsTools.Time;

namespace NewsTools.PowerShell.Commands
{
    /// <summary>
    /// Get-NewsArchive: what an archive holds, as the other cmdlets write it: articles, quotes, time expressions, timeline
    /// events, events (ArticleGroup) or every revision (ArchiveEntry), filtered by when they were stored, outlet and speaker.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "NewsArchive")]
    [OutputType(typeof(Article), typeof(Quote), typeof(TimeExpression), typeof(TimelineEvent), typeof(ArticleGroup), typeof(ArchiveEntry))]
    public sealed class GetNewsArchiveCommand : ArchiveCmdletBase
    {
        /// <summary>What to return; -Speaker implies Quote. A string, not the engine's enum: PowerShell loads this type before NewsTools.Core can be found.</summary>
        [Parameter]
        [ValidateSet("Article", "Quote", "TimeExpression", "TimelineEvent", "Event", "Revision", IgnoreCase = true)]
        public string? Kind { get; set; }

        /// <summary>Only what was stored at or after this time.</summary>
        [Parameter]
        public DateTime? Since { get; set; }

        /// <summary>Only articles of these outlets; wildcards allowed.</summary>
        [Parameter]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(OutletNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string[]? Outlet { get; set; }

        /// <summary>Only quotes of these speakers; wildcards allowed.</summary>
        [Parameter]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(SpeakerNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string[]? Speaker { get; set; }

        /// <summary>Only the articles (or their quotes, ...) of this event, e.g. event-0042.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? EventId { get; set; }

        protected override void EndProcessing()
        {
            var kind = Kind != null ? (ArchiveKind)Enum.Parse(typeof(ArchiveKind), Kind, ignoreCase: true) : Speaker != null ? ArchiveKind.Quote : ArchiveKind.Article;
            if (Speaker != null && kind != ArchiveKind.Quote)
            {
                ThrowTerminatingError(new ErrorRecord(new ArgumentException("-Speaker applies to -Kind Quote only."), "SpeakerNeedsQuotes", ErrorCategory.InvalidArgument, Kind));
            }

            RunStoppable(() =>
            {
                try
                {
                    var query = new ArchiveQuery
                    {
                        Kind = kind,
                        Since = Since == null ? (DateTimeOffset?)null : new DateTimeOffset(Since.Value),
                        Outlets = Outlet,
                        Speakers = Speaker,
                        EventId = EventId,
                    };
                    foreach (var item in Archive.Query(query, Cancellation))
                    {
                        WriteObject(item);
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
