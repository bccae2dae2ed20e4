using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using NewsTools.Config;
using NewsTools.Engine;

namespace NewsTools.Cli
{
    /// <summary>What every command shares: the streams, the configuration, reading inputs, reporting per-input errors.</summary>
    internal sealed partial class CliContext : IEngineReporter
    {
        public static readonly string[] CommonValueOptions = { "format", "jsonl", "config", "outlet", "title", "reference-date" };

        public CliContext(TextWriter output, TextWriter error, CancellationToken cancellation = default)
        {
            Out = output;
            Err = error;
            Cancellation = cancellation;
        }

        public TextWriter Out { get; }

        public TextWriter Err { get; }

        public CancellationToken Cancellation { get; }

        /// <summary>Inputs that failed; any makes the exit code 1.</summary>
        public int ErrorCount { get; private set; }

        public int ExitCode => ErrorCount > 0 ? 1 : 0;

        /// <summary>
        /// On a worker thread of <see cref="ForEachArticle"/>, the messages of the input in hand, replayed on the main thread in
        /// input order; null elsewhere.
        /// </summary>
        [ThreadStatic]
        private static List<Action>? deferred;

        public void Error(NewsToolsException error)
        {
            if (deferred != null)
            {
                deferred.Add(() => Error(error));
                return;
            }

            ErrorCount++;
            Err.WriteLine(ConsoleText.Escape($"newstools: {error.Input}: {error.Message}"));
        }

        public void Warning(string message, string? input)
        {
            if (deferred != null)
            {
                deferred.Add(() => Warning(message, input));
                return;
            }

            Err.WriteLine(ConsoleText.Escape(input == null ? $"newstools: warning: {message}" : $"newstools: warning: {input}: {message}"));
        }

        /// <summary>
        /// Runs one input's work; any failure becomes that input's error and the run goes on (a bug met on one article must
        /// not cost the articles after it). Only cancellation passes through.
        /// </summary>
        public bool Guard(string input, Action work)
        {
            try
            {
                work();
                return true;
            }
            catch (NewsToolsException ex)
            {
                Error(ex);
            }
            catch (Exception ex) when (IsInputFailure(ex))
            {
                Error(Unexpected(input, ex));
            }

            return false;
        }

        /// <summary>Failures that belong to one input: everything but cancellation and the output stream giving out.</summary>
        internal static bool IsInputFailure(Exception ex) => !(ex is OperationCanceledException) && !(ex is OutputStreamException) && !(ex is UsageException);

        internal static NewsToolsException Unexpected(string input, Exception ex) =>
            new NewsToolsException("InputFailed", InputErrorKind.InvalidData, input, $"This input could not be processed ({ex.GetType().Name}: {ex.Message}); the other inputs go on.", ex);

        public void Progress(int done, int total, string current)
        {
        }

        /// <summary>Defaults plus --config files (or NEWSTOOLS_CONFIG). A bad file is fatal here: every input depends on it.</summary>
        public NewsToolsConfig LoadConfig(CommandLine args) => ConfigLoader.Load(args.Values("config"));

        public OutputWriter CreateWriter(CommandLine args, params string[] tableColumns) =>
            new OutputWriter(Out, OutputWriter.ParseFormat(args.Value("format")), tableColumns, Cancellation);

        private static readonly string[] IsoDateFormats = { "yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mmK", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ssK" };

        public static DateTime? ParseDate(string? value, string what)
        {
            if (value == null)
            {
                return null;
            }

            // The day as written: "2024-03-12T23:30:00-05:00" is the 12th where it was written, whatever UTC says.
            if (DateTimeOffset.TryParseExact(value, IsoDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
            {
                return date.DateTime.Date;
            }

            throw new UsageException($"{what} '{value}' is not a date (use yyyy-MM-dd).");
        }
    }
}
