using System;
using System.Collections.Generic;
using System.Management.Automation;
using NewsTools.Engine;
using NewsTools.PowerShell.Input;
using NewsTools.Time;

namespace NewsTools.PowerShell.Commands
{
    /// <summary>
    /// ConvertTo-EventTimeline: the dated events of all input articles merged into one timeline. Needs the whole input,
    /// so it adds each article as it arrives and writes the timeline, sorted by date, when the input ends.
    /// </summary>
    [Cmdlet(VerbsData.ConvertTo, "EventTimeline", DefaultParameterSetName = ParameterSets.Path)]
    [OutputType(typeof(TimelineEvent))]
    public sealed class ConvertToEventTimelineCommand : ArticleInputCommandBase
    {
        private TimelineBuilder? builder;
        private int articleCount;

        /// <summary>Only events starting on or after this date (undated events are left out).</summary>
        [Parameter]
        public DateTime? After { get; set; }

        /// <summary>Only events starting on or before this date (undated events are left out).</summary>
        [Parameter]
        public DateTime? Before { get; set; }

        /// <summary>Leave out events whose date could not be resolved (by default they come last).</summary>
        [Parameter]
        public SwitchParameter DatedOnly { get; set; }

        /// <summary>Resolve relative dates against this date instead of each article's own.</summary>
        [Parameter]
        public DateTime? ReferenceDate { get; set; }

        protected override void ProcessRecord() => RunStoppable(() =>
        {
            foreach (var article in ReadInputArticles())
            {
                try
                {
                    // One timeline, built with the configuration of the first article (or this command's -ConfigPath).
                    (builder ??= new TimelineBuilder(ConfigFor(article)) { Reporter = new CmdletReporter(this) }).Add(article, ReferenceDate?.Date, Cancellation);
                    articleCount++;
                }
                catch (NewsToolsException ex)
                {
                    WriteInputError(ex);
                }
                catch (Exception ex) when (!IsStopRequest(ex))
                {
                    WriteUnexpectedError(ex, "TimelineAddFailed", article.Path ?? article.Id);
                }
            }
        });

        protected override void EndProcessing()
        {
            RunStoppable(() =>
            {
                var filtered = After.HasValue || Before.HasValue;
                IReadOnlyList<TimelineEvent> events;
                try
                {
                    events = builder?.Build(DatedOnly || filtered) ?? Array.Empty<TimelineEvent>();
                }
                catch (Exception ex) when (!IsStopRequest(ex))
                {
                    // Nothing to write without the timeline; a non-terminating error all the same, so -ErrorAction decides
                    // (terminating errors are for a configuration that stops every input).
                    WriteError(RecordFor(ex, "TimelineBuildFailed", null));
                    return;
                }

                var written = 0;
                foreach (var item in events)
                {
                    if (InRange(item))
                    {
                        WriteObject(item);
                        written++;
                    }
                }

                WriteVerbose($"Timeline of {articleCount} articles: {events.Count} events, {written} written.");
            });

            // After the work, whose phases (reading, grouping, aligning) report progress under the same bar.
            base.EndProcessing();
        }

        private bool InRange(TimelineEvent item)
        {
            if (!After.HasValue && !Before.HasValue)
            {
                return true;
            }

            if (!item.Date.HasValue)
            {
                return false;
            }

            var date = item.Date.Value.Date;
            return (!After.HasValue || date >= After.Value.Date) && (!Before.HasValue || date <= Before.Value.Date);
        }
    }
}
