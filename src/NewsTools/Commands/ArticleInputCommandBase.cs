using System;
using System.Collections.Generic;
using System.Linq;
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
        // Pipeline input arrives one file per record: with -ThrottleLimit above 1 it is queued for threads that work on
        // while the next records are bound (PipedInputWork), so piped folders use the cores too.
        private object? piped;
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

        /// <summary>
        /// How many threads read (and, for the cmdlets that analyse each article on its own, analyse) the input's files;
        /// results are still written in input order. 1 reads one file after another on the pipeline thread.
        /// </summary>
        [Parameter]
        [ValidateRange(1, 256)]
        public int ThrottleLimit { get; set; } = OrderedParallel.DefaultThreads;

        /// <summary>
        /// What <paramref name="analyse"/> finds in each article of the input, article by article in input order. It runs
        /// on several threads when -ThrottleLimit is above 1 (the pipeline thread among them), so it must not write: it reports through the reporter it is
        /// given, and its failures are written as the article's error (naming it with <paramref name="errorId"/>).
        /// Call from ProcessRecord, and with <paramref name="endOfInput"/> from EndProcessing, which writes what piped
        /// input still holds back.
        /// </summary>
        internal IEnumerable<(Article Article, IReadOnlyList<T> Found)> AnalyseInput<T>(Func<Article, IEngineReporter, IReadOnlyList<T>> analyse, string errorId, bool endOfInput = false)
        {
            if (ThrottleLimit <= 1)
            {
                return endOfInput ? Array.Empty<(Article, IReadOnlyList<T>)>() : AnalyseOneByOne(analyse, errorId);
            }

            if (MyInvocation.ExpectingInput)
            {
                // Piped input, one file per record: queued for the threads, which go on with it while the next record
                // is bound; what is done comes back in input order (all of it at the end of the input).
                var work = (PipedInputWork<ArticleSource, WorkDone<T>>)(piped ??= PipedWork(ThrottleLimit, analyse, errorId));
                if (endOfInput)
                {
                    return Deliver(work.TakeAll(), 0);
                }

                foreach (var source in InputSources())
                {
                    work.Add(source);
                }

                return Deliver(work.TakeReady(), 0);
            }

            if (endOfInput)
            {
                return Array.Empty<(Article, IReadOnlyList<T>)>();
            }

            // Every input came on the command line, in this one record.
            var batch = InputSources();
            return ReadAndAnalyse(batch, Math.Min(ThrottleLimit, Math.Max(1, batch.Count)), ProgressTotal(batch.Count), analyse, errorId);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                (piped as IDisposable)?.Dispose();
                piped = null;
            }

            base.Dispose(disposing);
        }

        private IEnumerable<(Article Article, IReadOnlyList<T> Found)> AnalyseOneByOne<T>(Func<Article, IEngineReporter, IReadOnlyList<T>> analyse, string errorId)
        {
            foreach (var article in ReadInputArticles())
            {
                IReadOnlyList<T> found = Array.Empty<T>();
                try
                {
                    found = analyse(article, Reporter);
                }
                catch (NewsToolsException ex)
                {
                    WriteInputError(ex);
                }
                catch (Exception ex) when (!IsStopRequest(ex))
                {
                    WriteUnexpectedError(ex, errorId, article.Path ?? article.Id);
                }

                yield return (article, found);
            }
        }

        /// <summary>Known total for -Path; pipeline input arrives one file per record, so only a count is known.</summary>
        private int ProgressTotal(int count) => ParameterSetName == ParameterSets.Path && !MyInvocation.ExpectingInput ? count : 0;

        /// <summary>The inputs of the current record, found on the pipeline thread (paths resolved, text named).</summary>
        private List<ArticleSource> InputSources()
        {
            var sources = new List<ArticleSource>();
            switch (ParameterSetName)
            {
                case ParameterSets.Article:
                    foreach (var article in InputObject)
                    {
                        if (article != null)
                        {
                            sources.Add(ArticleSource.FromArticle(article));
                        }
                    }

                    break;

                case ParameterSets.Text:
                    foreach (var text in Text)
                    {
                        WarnAboutTextInput(text);
                        sources.Add(ArticleSource.FromText(text ?? "", "<text " + (++texts) + ">"));
                    }

                    break;

                default:
                    var literal = ParameterSetName == ParameterSets.LiteralPath;
                    foreach (var file in ResolvePaths(literal ? LiteralPath : Path, literal))
                    {
                        sources.Add(ArticleSource.FromFile(file, null));
                    }

                    break;
            }

            return sources;
        }

        /// <summary>
        /// The articles of the current pipeline input, read or parsed as needed; failures are written and skipped. With
        /// -ThrottleLimit above 1 the files of one record are read on that many threads, still handed on in input order.
        /// </summary>
        internal IEnumerable<Article> ReadInputArticles()
        {
            if (ThrottleLimit > 1 && ParameterSetName != ParameterSets.Article)
            {
                var sources = InputSources();
                if (sources.Count > 1)
                {
                    return ReadAndAnalyse<Article>(sources, Math.Min(ThrottleLimit, sources.Count), ProgressTotal(sources.Count), null, "").Select(read => read.Article);
                }

                return ReadSources(sources);
            }

            return ReadOneByOne();
        }

        private IEnumerable<Article> ReadSources(List<ArticleSource> sources)
        {
            foreach (var source in sources)
            {
                if (Cancellation.IsCancellationRequested)
                {
                    yield break;
                }

                ReportProgress(InputsDone, ProgressTotal(sources.Count), source.Name);
                var article = source.File != null ? ReadArticleFile(source.File, null) : Parse(source.Text ?? "", source.Name);
                InputsDone++;
                if (article != null)
                {
                    yield return article;
                }
            }
        }

        private IEnumerable<Article> ReadOneByOne()
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
                        ReportProgress(InputsDone, literal ? 0 : files.Count, files[i]);
                        var article = ReadArticleFile(files[i], null);
                        InputsDone++;
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
            return Parse(text, "<text " + (++texts) + ">");
        }

        private Article? Parse(string text, string name)
        {
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
