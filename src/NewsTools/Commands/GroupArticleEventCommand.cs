using System;
using System.Collections.Generic;
using System.Management.Automation;
using NewsTools.Articles;
using NewsTools.Coverage;
using NewsTools.PowerShell.Input;

namespace NewsTools.PowerShell.Commands
{
    /// <summary>Group-ArticleEvent: groups the input articles by the event they cover; written when the input ends.</summary>
    [Cmdlet(VerbsData.Group, "ArticleEvent", DefaultParameterSetName = ParameterSets.Path)]
    [OutputType(typeof(ArticleGroup))]
    public sealed class GroupArticleEventCommand : ArticleInputCommandBase
    {
        private readonly List<Article> articles = new List<Article>();

        protected override void ProcessRecord() => RunStoppable(() => articles.AddRange(ReadInputArticles()));

        protected override void EndProcessing()
        {
            RunStoppable(() =>
            {
                if (articles.Count == 0)
                {
                    return;
                }

                IReadOnlyList<ArticleGroup> groups;
                try
                {
                    groups = new EventGrouper(ConfigFor(articles)) { Reporter = new CmdletReporter(this) }.Group(articles, Cancellation);
                }
                catch (Exception ex) when (!IsStopRequest(ex))
                {
                    // Nothing to write without the groups; non-terminating all the same, so -ErrorAction decides.
                    WriteError(RecordFor(ex, "EventGroupingFailed", null));
                    return;
                }

                WriteVerbose($"{articles.Count} articles in {groups.Count} event groups.");
                foreach (var group in groups)
                {
                    WriteObject(group);
                }
            });

            // After the work, whose phases (reading, grouping, aligning) report progress under the same bar.
            base.EndProcessing();
        }
    }
}
