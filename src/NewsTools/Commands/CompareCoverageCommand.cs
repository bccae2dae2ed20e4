using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using NewsTools.Articles;
using NewsTools.Coverage;
using NewsTools.PowerShell.Input;
using NewsTools.PowerShell.Views;

namespace NewsTools.PowerShell.Commands
{
    /// <summary>
    /// Compare-Coverage: how the input articles' coverage of one event differs, one row per statement, fact, discrepancy,
    /// voice or framing item. Needs every article, so it collects them and writes when the input ends. One kind of object
    /// per stream, so Export-Csv and Group-Object see one shape: the CoverageItem rows, or with -Summary the CoverageSummary
    /// of each group instead.
    /// </summary>
    [Cmdlet(VerbsData.Compare, "Coverage", DefaultParameterSetName = ParameterSets.Path)]
    [OutputType(typeof(CoverageItem), typeof(CoverageSummary))]
    public sealed class CompareCoverageCommand : ArticleInputCommandBase
    {
        /// <summary>The type name that selects the side-by-side view in NewsTools.format.ps1xml.</summary>
        public const string SideBySideTypeName = "NewsTools.Coverage.CoverageItem#SideBySide";

        private readonly List<Article> articles = new List<Article>();

        /// <summary>Only rows of these kinds.</summary>
        [Parameter]
        public CoverageKind[]? Kind { get; set; }

        /// <summary>SideBySide shows each outlet's text in its own column.</summary>
        [Parameter]
        [ValidateSet("Default", "SideBySide", IgnoreCase = true)]
        public string View { get; set; } = "Default";

        /// <summary>Write one CoverageSummary per compared group instead of the rows.</summary>
        [Parameter]
        public SwitchParameter Summary { get; set; }

        /// <summary>Group the articles by event first (as Group-ArticleEvent does) and compare within each group.</summary>
        [Parameter]
        public SwitchParameter GroupByEvent { get; set; }

        protected override void ProcessRecord() => RunStoppable(() => articles.AddRange(ReadInputArticles()));

        protected override void EndProcessing()
        {
            RunStoppable(() =>
            {
                if (articles.Count == 0)
                {
                    return;
                }

                // Engine work only inside the try: WriteError may throw (-ErrorAction Stop, Ctrl+C) and must not be caught.
                IReadOnlyList<CoverageComparison> comparisons = Array.Empty<CoverageComparison>();
                var failures = new List<ErrorRecord>();
                try
                {
                    // Rows only: the merged timeline is drawn by Export-CoverageReport.
                    var run = new CoverageRun(ConfigFor(articles)) { GroupByEvent = GroupByEvent, BuildTimeline = false };
                    comparisons = run.Compare(articles, new CmdletReporter(this), Cancellation);
                }
                catch (Exception ex) when (!IsStopRequest(ex))
                {
                    // Grouping the whole input failed: nothing to compare; still this input's error, not the session's.
                    failures.Add(RecordFor(ex, "EventGroupingFailed", null));
                }

                foreach (var failure in failures)
                {
                    WriteError(failure);
                }

                WriteVerbose($"Compared {articles.Count} articles in {comparisons.Count} groups: {comparisons.Sum(c => c.Items.Count)} rows.");
                var kinds = Kind == null || Kind.Length == 0 ? null : new HashSet<CoverageKind>(Kind);
                var sideBySide = string.Equals(View, "SideBySide", StringComparison.OrdinalIgnoreCase) && !Summary;
                var outlets = sideBySide ? SideBySideView.OutletsOf(comparisons) : Array.Empty<string>();
                if (sideBySide && comparisons.Count > 0)
                {
                    SideBySideView.Register(this, outlets, SideBySideTypeName);
                }
                foreach (var comparison in comparisons)
                {
                    foreach (var warning in comparison.Summary.Warnings)
                    {
                        WriteWarning(comparison.Summary.GroupId + ": " + warning);
                    }

                    if (Summary)
                    {
                        WriteObject(comparison.Summary);
                        continue;
                    }

                    foreach (var item in comparison.Items)
                    {
                        if (kinds != null && !kinds.Contains(item.Kind))
                        {
                            continue;
                        }

                        if (sideBySide)
                        {
                            WriteObject(SideBySideView.Wrap(item, outlets, SideBySideTypeName));
                        }
                        else
                        {
                            WriteObject(item);
                        }
                    }
                }
            });

            // After the work, whose phases (reading, grouping, aligning) report progress under the same bar.
            base.EndProcessing();
        }
    }
}
