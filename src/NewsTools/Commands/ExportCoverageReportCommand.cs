using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text;
using NewsTools.Articles;
using NewsTools.Coverage;
using NewsTools.PowerShell.Input;

namespace NewsTools.PowerShell.Commands
{
    /// <summary>
    /// Export-CoverageReport: compares the piped articles (as Compare-Coverage does) and writes one self-contained HTML page.
    /// </summary>
    [Cmdlet(VerbsData.Export, "CoverageReport", SupportsShouldProcess = true, DefaultParameterSetName = ParameterSets.Article)]
    [OutputType(typeof(FileInfo))]
    public sealed class ExportCoverageReportCommand : NewsToolsCmdlet
    {
        private readonly List<Article> articles = new List<Article>();

        /// <summary>The HTML file to write.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = "";

        /// <summary>Articles from Import-Article or ConvertTo-Article.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ParameterSets.Article)]
        [Alias("Article")]
        public Article[] InputObject { get; set; } = Array.Empty<Article>();

        /// <summary>Article files to read, taken as written; binds files from Get-ChildItem (-Path names the report).</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ParameterSets.LiteralPath)]
        [Alias("PSPath", "LP", "FullName")]
        [ValidateNotNullOrEmpty]
        public string[] ArticlePath { get; set; } = Array.Empty<string>();

        /// <summary>Group the articles by event first and put one comparison per group in the page.</summary>
        [Parameter]
        public SwitchParameter GroupByEvent { get; set; }

        /// <summary>Do not overwrite an existing file.</summary>
        [Parameter]
        [Alias("NoOverwrite")]
        public SwitchParameter NoClobber { get; set; }

        /// <summary>Write the FileInfo of the report to the pipeline.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord() => RunStoppable(() =>
        {
            if (ParameterSetName == ParameterSets.LiteralPath)
            {
                foreach (var file in ResolvePaths(ArticlePath, literal: true))
                {
                    var article = ReadArticleFile(file, null);
                    if (article != null)
                    {
                        articles.Add(article);
                    }
                }

                return;
            }

            foreach (var article in InputObject)
            {
                if (article != null)
                {
                    articles.Add(article);
                }
            }
        });

        protected override void EndProcessing()
        {
            RunStoppable(WriteReport);

            // After the work, whose phases (reading, grouping, aligning) report progress under the same bar.
            base.EndProcessing();
        }

        private void WriteReport()
        {
            var target = ResolveOutputPath();
            if (target == null)
            {
                return;
            }

            if (Directory.Exists(target))
            {
                WriteError(new ErrorRecord(
                    new IOException($"'{Path}' is a folder; give -Path the name of the HTML file to write, such as '{System.IO.Path.Combine(Path, "report.html")}'."),
                    "ReportPathIsFolder",
                    ErrorCategory.InvalidArgument,
                    Path));
                return;
            }

            if (articles.Count == 0)
            {
                // Nothing to compare: an existing report stays as it is rather than being replaced by an empty page.
                WriteWarning($"No articles came in, so no report was written to '{target}'.");
                return;
            }

            if (NoClobber && File.Exists(target))
            {
                WriteError(new ErrorRecord(new IOException($"'{target}' exists and -NoClobber was given."), "ReportExists", ErrorCategory.ResourceExists, target));
                return;
            }

            if (!ShouldProcess(target, "Write coverage report"))
            {
                return;
            }

            // Engine work only inside the try: WriteError/WriteWarning may throw (-ErrorAction Stop, Ctrl+C) and must not be caught.
            string? html = null;
            Exception? failure = null;
            IReadOnlyList<CoverageComparison> comparisons = Array.Empty<CoverageComparison>();
            try
            {
                comparisons = new CoverageRun(ConfigFor(articles)) { GroupByEvent = GroupByEvent }.Compare(articles, new CmdletReporter(this), Cancellation);
                html = CoverageReportWriter.ToHtml(comparisons);
            }
            catch (Exception ex) when (!IsStopRequest(ex))
            {
                failure = ex;
            }

            foreach (var warning in comparisons.SelectMany(c => c.Summary.Warnings.Select(w => c.Summary.GroupId + ": " + w)))
            {
                WriteWarning(warning);
            }

            if (failure == null && html != null && comparisons.Count == 0)
            {
                // Every group failed (each reported above): an empty page would replace what the file held.
                WriteWarning($"No group could be compared, so no report was written to '{target}'.");
                return;
            }

            if (failure != null || html == null)
            {
                // No page for this input: a non-terminating error, so -ErrorAction decides what the script does next.
                WriteError(RecordFor(failure ?? new InvalidOperationException("No report was produced."), "CoverageReportFailed", target));
                return;
            }

            try
            {
                File.WriteAllText(target, html, new UTF8Encoding(false));
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is NotSupportedException || ex is System.Security.SecurityException)
            {
                WriteError(new ErrorRecord(ex, "ReportNotWritten", ErrorCategory.WriteError, target));
                return;
            }

            WriteVerbose($"Wrote the coverage report of {articles.Count} articles in {comparisons.Count} groups to '{target}'.");
            if (PassThru)
            {
                WriteObject(new FileInfo(target));
            }
        }

        private string? ResolveOutputPath()
        {
            try
            {
                var resolved = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path, out var provider, out _);
                if (string.Equals(provider.Name, Input.ProviderPathResolver.FileSystemProviderName, StringComparison.OrdinalIgnoreCase))
                {
                    return resolved;
                }

                WriteError(new ErrorRecord(new ArgumentException($"'{Path}' is a {provider.Name} path; the report is written to a file."), "NotFileSystemPath", ErrorCategory.InvalidArgument, Path));
            }
            catch (Exception ex) when (ex is ArgumentException || ex is ItemNotFoundException || ex is System.Management.Automation.DriveNotFoundException || ex is ProviderNotFoundException || ex is PSNotSupportedException)
            {
                WriteError(new ErrorRecord(ex, "InvalidPath", ErrorCategory.InvalidArgument, Path));
            }

            return null;
        }
    }
}
