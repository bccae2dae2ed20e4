using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Text;
using System.Threading;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Engine;
using NewsTools.PowerShell.Input;
using NewsTools.PowerShell.Sessions;

namespace NewsTools.PowerShell.Commands
{
    /// <summary>Parameter-set names shared by the cmdlets that read articles.</summary>
    internal static class ParameterSets
    {
        public const string Path = "Path";
        public const string LiteralPath = "LiteralPath";
        public const string Article = "Article";
        public const string Text = "Text";
    }

    /// <summary>
    /// What every NewsTools cmdlet shares: -ConfigPath and the merged configuration, cancellation (Ctrl+C reaches the engine
    /// through a token), one progress bar, and per-item errors written as non-terminating errors.
    /// Public only because PowerShell requires cmdlet base classes to be; it is abstract and exports no command.
    /// </summary>
    public abstract class NewsToolsCmdlet : PSCmdlet, IDisposable
    {
        private CancellationTokenSource? cancellation;
        private NewsToolsConfig? config;
        private bool progressShown;
        private CmdletReporter? reporter;

        /// <summary>YAML files that add outlets, speakers, boilerplate rules and cue words to the built-in configuration.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? ConfigPath { get; set; }

        /// <summary>The merged configuration (defaults, then -ConfigPath files or NEWSTOOLS_CONFIG).</summary>
        internal NewsToolsConfig Config => config ?? throw new InvalidOperationException("BeginProcessing has not run.");

        /// <summary>
        /// The configuration to analyse this article with: the one it was imported with, unless this command was given its
        /// own -ConfigPath.
        /// </summary>
        internal NewsToolsConfig ConfigFor(Article article) =>
            ConfigPath == null ? ArticleConfigs.Of(article) ?? Config : Config;

        /// <summary>The configuration for a whole input compared or grouped together: that of its first imported article.</summary>
        internal NewsToolsConfig ConfigFor(IReadOnlyList<Article> articles) =>
            ConfigPath == null ? articles.Select(ArticleConfigs.Of).FirstOrDefault(c => c != null) ?? Config : Config;

        /// <summary>
        /// The session's reader for this configuration, reporting to this command for the read about to be made: its warnings
        /// (an undecidable reference date) become WriteWarning. Articles read here carry the configuration onward.
        /// </summary>
        internal ArticleReader Reader
        {
            get
            {
                var reader = EngineCache.Reader(Config);
                reader.Reporter = Reporter;
                reader.ReportsDateDoubts = ReadsReferenceDate;
                return reader;
            }
        }

        /// <summary>This command's engine reporter: warnings become WriteWarning, errors non-terminating errors.</summary>
        internal IEngineReporter Reporter => reporter ??= new CmdletReporter(this);

        /// <summary>Whether this command's answers depend on the article's date (so an undated file is worth a warning).</summary>
        internal virtual bool ReadsReferenceDate => true;

        internal Article Remember(Article article)
        {
            ArticleConfigs.Remember(article, Config);

            // A file or web page with no date anywhere (no metadata, dateline or dated sentence): relative expressions such as
            // "last Tuesday" cannot be resolved, which the analyst should know before reading a timeline. Text typed or piped
            // in memory is left alone, so a line-by-line or test string does not warn once per line.
            if (ReadsReferenceDate && UndatedArticle.Warning(article) is string undated)
            {
                WriteWarning((article.Path ?? article.Url) + ": " + undated);
            }

            return article;
        }

        /// <summary>One article file read with this command's configuration; a failure is written as this file's error (null returned).</summary>
        internal Article? ReadArticleFile(string file, ArticleOptions? options)
        {
            try
            {
                var article = Remember(Reader.ReadFile(file, options, Cancellation));
                WriteVerbose($"Read '{file}': {article.Format}, {article.Text.Length} characters, outlet {article.Outlet ?? "unknown"}.");
                return article;
            }
            catch (NewsToolsException ex)
            {
                WriteInputError(ex);
            }
            catch (Exception ex) when (!IsStopRequest(ex))
            {
                WriteUnexpectedError(ex, "ArticleReadFailed", file);
            }

            return null;
        }

        internal CancellationToken Cancellation => cancellation?.Token ?? CancellationToken.None;

        /// <summary>Inputs read so far in this command, for the progress bar.</summary>
        internal int InputsDone { get; set; }

        /// <summary>
        /// Reads each source and hands it to <paramref name="analyse"/> on <paramref name="threads"/> threads (this, the
        /// pipeline thread, among them, between its writes), then writes on this thread, input by input in input order, what
        /// the one-thread path writes for it: the read's warnings and errors, the article's verbose line, the analysis'
        /// messages. Yields each article read with what the analysis found (nothing when it failed, its error written). The
        /// analysis never calls Write*, whichever thread it runs on: its messages wait.
        /// </summary>
        internal IEnumerable<(Article Article, IReadOnlyList<T> Found)> ReadAndAnalyse<T>(
            IReadOnlyList<ArticleSource> sources,
            int threads,
            int total,
            Func<Article, IEngineReporter, IReadOnlyList<T>>? analyse,
            string analysisErrorId)
        {
            var config = Config;
            return Deliver(OrderedParallel.Select(sources, source => Work(source, config, analyse, analysisErrorId), threads, Cancellation), total);
        }

        /// <summary>
        /// The same as <see cref="ReadAndAnalyse"/> for input that arrives record by record (piped files): each record's
        /// sources are queued with <see cref="PipedInputWork{TSource, TResult}.Add"/> and read and analysed on
        /// <paramref name="threads"/> threads while PowerShell binds the next record; <see cref="Deliver"/> writes what is
        /// done, in input order, on the pipeline thread.
        /// </summary>
        internal PipedInputWork<ArticleSource, WorkDone<T>> PipedWork<T>(int threads, Func<Article, IEngineReporter, IReadOnlyList<T>>? analyse, string analysisErrorId)
        {
            var config = Config;
            return new PipedInputWork<ArticleSource, WorkDone<T>>(source => Work(source, config, analyse, analysisErrorId), threads, Cancellation);
        }

        /// <summary>
        /// Writes on this thread, input by input in the order given, what the one-thread path writes for it (the read's
        /// warnings and errors, the article's verbose line, the analysis' messages), and yields each article read with what
        /// the analysis found.
        /// </summary>
        internal IEnumerable<(Article Article, IReadOnlyList<T> Found)> Deliver<T>(IEnumerable<WorkDone<T>> done, int total)
        {
            foreach (var item in done)
            {
                ReportProgress(InputsDone, total, item.Name);
                InputsDone++;
                item.Read.Replay();
                if (item.Article == null)
                {
                    continue;
                }

                if (item.Remember)
                {
                    Remember(item.Article);
                    if (item.Article.Path != null)
                    {
                        WriteVerbose($"Read '{item.Article.Path}': {item.Article.Format}, {item.Article.Text.Length} characters, outlet {item.Article.Outlet ?? "unknown"}.");
                    }
                }

                item.Analysis.Replay();
                yield return (item.Article, item.Found ?? Array.Empty<T>());
            }
        }

        /// <summary>One input's read and analysis on a worker, every failure kept as that input's error.</summary>
        private WorkDone<T> Work<T>(ArticleSource source, NewsToolsConfig config, Func<Article, IEngineReporter, IReadOnlyList<T>>? analyse, string analysisErrorId)
        {
            var result = new WorkDone<T>(source.Name, new DeferredReporter(this), new DeferredReporter(this));
            if (source.Article != null)
            {
                result.Article = source.Article;
            }
            else
            {
                var reader = EngineCache.RentReader(config);
                reader.Reporter = result.Read;
                reader.ReportsDateDoubts = ReadsReferenceDate;
                try
                {
                    result.Article = source.File != null
                        ? reader.ReadFile(source.File, source.Options, Cancellation)
                        : reader.Parse(source.Text ?? "", null, source.Name, Cancellation);
                    result.Remember = true;
                }
                catch (NewsToolsException ex)
                {
                    result.Read.Add(() => WriteInputError(ex));
                }
                catch (Exception ex) when (!(ex is OperationCanceledException && Cancellation.IsCancellationRequested))
                {
                    result.Read.Add(() => WriteUnexpectedError(ex, source.File != null ? "ArticleReadFailed" : "ArticleParseFailed", source.Name));
                }
                finally
                {
                    reader.Reporter = SilentReporter.Instance;
                    reader.ReportsDateDoubts = true;
                    EngineCache.ReturnReader(config, reader);
                }
            }

            if (result.Article != null && analyse != null)
            {
                var article = result.Article;
                try
                {
                    result.Found = analyse(article, result.Analysis);
                }
                catch (NewsToolsException ex)
                {
                    result.Analysis.Add(() => WriteInputError(ex));
                }
                catch (Exception ex) when (!(ex is OperationCanceledException && Cancellation.IsCancellationRequested))
                {
                    result.Analysis.Add(() => WriteUnexpectedError(ex, analysisErrorId, article.Path ?? article.Id));
                }
            }

            return result;
        }

        /// <summary>One input's read and analysis, done on whichever thread, waiting to be written on the pipeline thread.</summary>
        internal sealed class WorkDone<T>
        {
            public WorkDone(string name, DeferredReporter read, DeferredReporter analysis)
            {
                Name = name;
                Read = read;
                Analysis = analysis;
            }

            /// <summary>What the progress bar calls the input.</summary>
            public string Name { get; }

            public DeferredReporter Read { get; }

            public DeferredReporter Analysis { get; }

            public Article? Article { get; set; }

            /// <summary>True when the article was read here (not given as an object), so it takes this command's configuration.</summary>
            public bool Remember { get; set; }

            public IReadOnlyList<T>? Found { get; set; }
        }


        /// <summary>The progress activity's title.</summary>
        internal virtual string ProgressActivity => MyInvocation.MyCommand?.Name ?? GetType().Name;

        protected override void BeginProcessing()
        {
            cancellation = new CancellationTokenSource();
            config = LoadConfig();
        }

        protected override void StopProcessing()
        {
            cancellation?.Cancel();
        }

        protected override void EndProcessing()
        {
            CompleteProgress();
        }

        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        protected virtual void Dispose(bool disposing)
        {
            if (disposing)
            {
                cancellation?.Dispose();
                cancellation = null;
            }
        }

        /// <summary>
        /// Runs a processing step so that the cancellation it asked for ends the command the PowerShell way
        /// (PipelineStoppedException) and no OperationCanceledException escapes.
        /// </summary>
        internal void RunStoppable(Action step)
        {
            try
            {
                step();
            }
            catch (OperationCanceledException) when (Cancellation.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        /// <summary>A per-input engine failure: a non-terminating error naming the input; the caller goes on.</summary>
        internal void WriteInputError(NewsToolsException error) => WriteError(ErrorCategoryMap.ToErrorRecord(error));

        /// <summary>Anything else the engine threw for one input, still non-terminating so the other inputs go on.</summary>
        internal void WriteUnexpectedError(Exception error, string errorId, object? target) =>
            WriteError(ErrorCategoryMap.Naming(new ErrorRecord(error, errorId, ErrorCategory.NotSpecified, target), target?.ToString(), error.Message));

        /// <summary>The error record for a failure that ends the command (a whole-input step such as grouping failed).</summary>
        internal static ErrorRecord RecordFor(Exception error, string errorId, object? target) =>
            error is NewsToolsException known
                ? ErrorCategoryMap.ToErrorRecord(known)
                : ErrorCategoryMap.Naming(new ErrorRecord(error, errorId, ErrorCategory.NotSpecified, target), target?.ToString(), error.Message);

        /// <summary>
        /// True when <paramref name="error"/> must end the command rather than be reported as one input's failure: the
        /// cancellation this cmdlet asked for (Ctrl+C), or PowerShell's own stop signals, which WriteWarning/WriteError
        /// throw from inside the engine's callbacks (the pipeline is stopping, or -WarningAction/-ErrorAction Stop).
        /// </summary>
        internal bool IsStopRequest(Exception error) =>
            (error is OperationCanceledException && Cancellation.IsCancellationRequested)
            || error is PipelineStoppedException
            || error is ActionPreferenceStopException;

        /// <summary>One progress bar per command, with an id that stays the same for the whole run.</summary>
        internal void ReportProgress(int done, int total, string current)
        {
            var status = total > 0 ? $"{done} of {total}" : $"{done} done";
            var record = new ProgressRecord(ProgressActivityId, ProgressActivity, status)
            {
                CurrentOperation = current,
                PercentComplete = total > 0 ? Math.Max(0, Math.Min(100, (int)(done * 100L / total))) : -1,
            };
            WriteProgress(record);
            progressShown = true;
        }

        internal void CompleteProgress()
        {
            if (!progressShown)
            {
                return;
            }

            WriteProgress(new ProgressRecord(ProgressActivityId, ProgressActivity, "Done") { RecordType = ProgressRecordType.Completed });
            progressShown = false;
        }

        /// <summary>A stable id per command name (FNV-1a, since string.GetHashCode differs between processes).</summary>
        internal int ProgressActivityId
        {
            get
            {
                unchecked
                {
                    uint hash = 2166136261;
                    foreach (var b in Encoding.UTF8.GetBytes(GetType().FullName ?? "NewsTools"))
                    {
                        hash = (hash ^ b) * 16777619;
                    }

                    return (int)(hash & 0x3FFFFFFF);
                }
            }
        }

        /// <summary>Resolves -Path or -LiteralPath values, writing an error for each that fails.</summary>
        internal List<string> ResolvePaths(IEnumerable<string> paths, bool literal)
        {
            var result = new List<string>();
            var errors = new List<ErrorRecord>();
            foreach (var path in paths)
            {
                result.AddRange(ProviderPathResolver.Resolve(this, path, literal, errors));
            }

            foreach (var error in errors)
            {
                WriteError(error);
            }

            return result;
        }

        /// <summary>
        /// -ConfigPath files, or else those named in NEWSTOOLS_CONFIG, resolved against the current PowerShell location
        /// (not the process directory, which Set-Location does not change), then merged over the built-in defaults.
        /// </summary>
        private NewsToolsConfig LoadConfig()
        {
            var requested = ConfigPath ?? EnvironmentConfigFiles();
            var files = new List<string>();
            var errors = new List<ErrorRecord>();
            foreach (var path in requested)
            {
                files.AddRange(ProviderPathResolver.Resolve(this, path, literal: ConfigPath == null, errors));
            }

            if (errors.Count > 0)
            {
                // Every input depends on the configuration: nothing can go on without it.
                ThrowTerminatingError(errors[0]);
            }

            WriteVerbose(files.Count == 0
                ? "Configuration: the built-in defaults."
                : "Configuration: the built-in defaults and " + string.Join(", ", files) + (ConfigPath == null ? " (from " + ConfigLoader.EnvironmentVariable + ")." : "."));
            try
            {
                return ConfigCache.Load(files);
            }
            catch (NewsToolsException ex)
            {
                ThrowTerminatingError(ErrorCategoryMap.ToErrorRecord(ex));
                throw;
            }
        }

        private static string[] EnvironmentConfigFiles()
        {
            var value = Environment.GetEnvironmentVariable(ConfigLoader.EnvironmentVariable);
            return string.IsNullOrWhiteSpace(value)
                ? Array.Empty<string>()
                : value!.Split(new[] { System.IO.Path.PathSeparator }, StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();
        }

        /// <summary>Wildcard patterns (case-insensitive) for -Speaker/-Outlet style filters; null when no filter was given.</summary>
        internal static WildcardPattern[]? ToPatterns(string[]? values) =>
            values == null || values.Length == 0
                ? null
                : values.Select(v => new WildcardPattern(v, WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant)).ToArray();

        internal static bool MatchesAny(WildcardPattern[]? patterns, string? value) =>
            patterns == null || (value != null && patterns.Any(p => p.IsMatch(value)));
    }
}
