using System;
using System.Collections.Generic;
using System.Management.Automation;
using NewsTools.Articles;
using NewsTools.Coverage;

namespace NewsTools.PowerShell.Commands
{
    /// <summary>
    /// Compare-Coverage: how the input articles' coverage of one event differs, one row per statement, fact, discrepancy,
    /// voice or framing item. Needs every article, so it collects them and writes the rows when the input ends:
    /// first a CoverageSummary per group (unless -Kind narrows the rows), then the CoverageItem rows.
    /// </summary>
    [Cmdlet(VerbsData.Compare, "Coverage", DefaultParameterSetName = ParameterSets.Path)]
    [OutputType(typeof(CoverageItem), typeof(CoverageSummary))]
    public sealed class CompareCoverageCommand : ArticleInputCommandBase
    {
        /// <summary>The type name that selects the side-by-side view in NewsTools.format.ps1xml.</summary>
        public const string SideBySideTypeName = "NewsTools.Coverage.CoverageItem#SideBySide";

        private readonly List<Article> articles = new List<Article>();

        /// <summary>Only rows of these kinds (the summary is then left out).</summary>
        [Parameter]
        public CoverageKind[]? Kind { get; set; }

        /// <summary>SideBySide shows each outlet's text in its own column.</summary>
        [Parameter]
        [ValidateSet("Default", "SideBySide", IgnoreCase = true)]
        public string View { get; set; } = "Default";

        /// <summary>Group the articles by event first (as Group-ArticleEvent does) and compare within each group.</summary>
        [Parameter]
        public SwitchParameter GroupByEvent { get; set; }

        protected override void ProcessRecord() => RunStoppable(() => articles.AddRange(ReadInputArticles()));

        protected override void EndProcessing()
        {
            base.EndProcessing();
            RunStoppable(() =>
            {
                if (articles.Count == 0)
                {
                    return;
                }

                IReadOnlyList<CoverageComparison> comparisons;
                try
                {
                    comparisons = CoverageInput.Compare(Config, articles, GroupByEvent, Cancellation);
                }
                catch (Exception ex) when (!IsCancellation(ex))
                {
                    ThrowTerminatingError(RecordFor(ex, "CoverageComparisonFailed", null));
                    return;
                }

                var kinds = Kind == null || Kind.Length == 0 ? null : new HashSet<CoverageKind>(Kind);
                var sideBySide = string.Equals(View, "SideBySide", StringComparison.OrdinalIgnoreCase);
                foreach (var comparison in comparisons)
                {
                    foreach (var warning in comparison.Summary.Warnings)
                    {
                        WriteWarning(comparison.Summary.GroupId + ": " + warning);
                    }

                    if (kinds == null)
                    {
                        WriteObject(comparison.Summary);
                    }

                    foreach (var item in comparison.Items)
                    {
                        if (kinds != null && !kinds.Contains(item.Kind))
                        {
                            continue;
                        }

                        if (sideBySide)
                        {
                            var wrapped = new PSObject(item);
                            wrapped.TypeNames.Insert(0, SideBySideTypeName);
                            WriteObject(wrapped);
                        }
                        else
                        {
                            WriteObject(item);
                        }
                    }
                }
            });
        }
    }
}
