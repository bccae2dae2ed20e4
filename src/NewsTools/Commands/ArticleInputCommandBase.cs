using System;
using System.Collections.Generic;
using System.Management.Automation;
using NewsTools.Articles;
using NewsTools.Engine;
using NewsTools.PowerShell.Input;

namespace NewsTools.PowerShell.Commands
{
    /// <summary>
    /// The input side of every cmdlet that analyses articles. Four parameter sets, so pipeline binding is deterministic:
    /// an Article object binds -InputObject (by value); a string binds -Text (by value, so `Get-Content -Raw` output is
    /// article text, never a path); anything else with a PSPath, LP or FullName property (Get-ChildItem, Get-Item) binds
    /// -LiteralPath by property name; -Path takes wildcards from the command line only.
    /// </summary>
    public abstract class ArticleInputCommandBase : NewsToolsCmdlet
    {
        private int done;
        private int texts;
        private bool warnedAboutLines;
        private bool warnedAboutFileName;

        /// <summary>Files to read; wildcards allowed.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ParameterSets.Path)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[] Path { get; set; } = Array.Empty<string>();

        /// <summary>Files to read, taken exactly as written; binds FileInfo objects from the pipeline.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ParameterSets.LiteralPath, ValueFromPipelineByPropertyName = true)]
        [Alias("PSPath", "LP", "FullName")]
        [ValidateNotNullOrEmpty]
        public string[] LiteralPath { get; set; } = Array.Empty<string>();

        /// <summary>Articles from Import-Article or ConvertTo-Article.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ParameterSets.Article, ValueFromPipeline = true)]
        [Alias("Article")]
        public Article[] InputObject { get; set; } = Array.Empty<Article>();

        /// <summary>Article text already in memory (plain text or HTML).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ParameterSets.Text, ValueFromPipeline = true)]
        [AllowEmptyString]
        [ArticleText]
        public string[] Text { get; set; } = Array.Empty<string>();

        /// <summary>The articles of the current pipeline input, read or parsed as needed; failures are written and skipped.</summary>
        internal IEnumerable<Article> ReadInputArticles()
        {
            switch (ParameterSetName)
            {
                case ParameterSets.Article:
                    foreach (var article in InputObject)
                    {
                        if (article != null)
                        {
                            yield return article;
                        }
                    }

                    break;

                case ParameterSets.Text:
                    foreach (var text in Text)
                    {
                        var article = ParseText(text);
                        if (article != null)
                        {
                            yield return article;
                        }
                    }

                    break;

                default:
                    var literal = ParameterSetName == ParameterSets.LiteralPath;
                    var files = ResolvePaths(literal ? LiteralPath : Path, literal);
                    for (var i = 0; i < files.Count; i++)
                    {
                        if (Cancellation.IsCancellationRequested)
                        {
                            yield break;
                        }

                        // Known total for -Path; pipeline input arrives one file per record, so only a count is known.
                        ReportProgress(done, literal ? 0 : files.Count, files[i]);
                        var article = ReadArticleFile(files[i], null);
                        done++;
                        if (article != null)
                        {
                            yield return article;
                        }
                    }

                    break;
            }
        }

        /// <summary>
        /// A string is article text, never a path: say so once when it looks like what the user meant was a file (one short
        /// line naming an existing file), and once when Get-Content without -Raw sends a file line by line.
        /// </summary>
        private void WarnAboutTextInput(string? text)
        {
            if (ArticleTextAttribute.LineInputSeen)
            {
                ArticleTextAttribute.LineInputSeen = false;
                if (!warnedAboutLines)
                {
                    warnedAboutLines = true;
                    WriteWarning("The input arrives line by line (Get-Content without -Raw), and each line becomes its own article. Use Get-Content -Raw to read a file as one article, or pipe the file itself (Get-ChildItem).");
                }
            }

            if (warnedAboutFileName || string.IsNullOrWhiteSpace(text) || text!.Length > 260 || text.IndexOf('\n') >= 0)
            {
                return;
            }

            try
            {
                var path = SessionState.Path.GetUnresolvedProviderPathFromPSPath(text.Trim());
                if (System.IO.File.Exists(path))
                {
                    warnedAboutFileName = true;
                    WriteWarning($"'{text}' names a file, but a string is read as article text, not as a path. To analyse the file, use -Path '{text}' or pipe Get-Item '{text}'.");
                }
            }
            catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException || ex is ItemNotFoundException || ex is DriveNotFoundException || ex is ProviderNotFoundException || ex is PSNotSupportedException || ex is System.IO.IOException)
            {
                // Not a path at all: plain text, as expected.
            }
        }

        private Article? ParseText(string text)
        {
            WarnAboutTextInput(text);

            // Text has no path: errors and warnings name it by its place in the input, as ConvertTo-Article does.
            var name = "<text " + (++texts) + ">";
            try
            {
                return Remember(Reader.Parse(text ?? "", null, name));
            }
            catch (NewsToolsException ex)
            {
                WriteInputError(ex);
            }
            catch (Exception ex) when (!IsStopRequest(ex))
            {
                WriteUnexpectedError(ex, "ArticleParseFailed", name);
            }

            return null;
        }
    }
}
