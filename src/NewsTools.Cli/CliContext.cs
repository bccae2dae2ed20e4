using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Engine;

namespace NewsTools.Cli
{
    /// <summary>What every command shares: the streams, the configuration, reading inputs, reporting per-input errors.</summary>
    internal sealed class CliContext : IEngineReporter
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

        /// <summary>
        /// The articles named on the command line (files, wildcards, directories with -r) or in --jsonl files, one at a time so
        /// memory stays flat. Inputs that cannot be read are reported and skipped; the rest go on.
        /// </summary>
        public IEnumerable<Article> ReadArticles(CommandLine args, NewsToolsConfig config)
        {
            var reader = new ArticleReader(config) { Reporter = this };
            foreach (var read in ArticleInputs(args))
            {
                var article = read(reader);
                if (article != null)
                {
                    yield return article;
                }
            }
        }

        /// <summary>
        /// Each article of <see cref="ReadArticles"/> handed to <paramref name="work"/>, the results in input order. With
        /// --parallel N (default: one thread per core) reading and work run on N threads, each with its own reader; the
        /// errors and warnings of each input are written when its turn comes, so the output is the same as with one thread.
        /// </summary>
        public IEnumerable<T> ForEachArticle<T>(CommandLine args, NewsToolsConfig config, Func<Article, T> work)
        {
            var threads = ParallelThreads(args);
            if (threads <= 1)
            {
                foreach (var article in ReadArticles(args, config))
                {
                    yield return work(article);
                }

                yield break;
            }

            using var readers = new ThreadLocal<ArticleReader>(() => new ArticleReader(config) { Reporter = this });
            var done = OrderedParallel.Select(
                WithMessagesBefore(ArticleInputs(args)),
                input =>
                {
                    var messages = input.Before;
                    if (input.Read == null)
                    {
                        return (Found: false, Result: default(T), Messages: messages);
                    }

                    deferred = messages;
                    try
                    {
                        var article = input.Read(readers.Value!);
                        return (Found: article != null, Result: article != null ? work(article) : default, Messages: messages);
                    }
                    finally
                    {
                        deferred = null;
                    }
                },
                threads,
                Cancellation);
            foreach (var (found, result, messages) in done)
            {
                foreach (var message in messages)
                {
                    message();
                }

                if (found)
                {
                    yield return result!;
                }
            }
        }

        /// <summary>
        /// The inputs, each with the messages raised while finding it (a wildcard that matches nothing), so that those too are
        /// written in input order; a last item without a read carries the messages raised after the last input.
        /// </summary>
        private static IEnumerable<(Func<ArticleReader, Article?>? Read, List<Action> Before)> WithMessagesBefore(IEnumerable<Func<ArticleReader, Article?>> inputs)
        {
            using var items = inputs.GetEnumerator();
            while (true)
            {
                var before = new List<Action>();
                bool more;
                deferred = before;
                try
                {
                    more = items.MoveNext();
                }
                finally
                {
                    deferred = null;
                }

                yield return (more ? items.Current : null, before);
                if (!more)
                {
                    yield break;
                }
            }
        }

        /// <summary>--parallel N: how many threads read and analyse articles (default: the cores this process may use).</summary>
        public static int ParallelThreads(CommandLine args)
        {
            var value = args.Value("parallel");
            if (value == null)
            {
                return OrderedParallel.DefaultThreads;
            }

            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var threads) || threads < 1)
            {
                throw new UsageException($"--parallel '{value}' is not a number of threads (1 or more).");
            }

            return threads;
        }

        /// <summary>
        /// The inputs named on the command line, each as a read still to be done by a given reader: one --jsonl line or one
        /// file. Inputs that cannot be read are reported, and their read gives null.
        /// </summary>
        private IEnumerable<Func<ArticleReader, Article?>> ArticleInputs(CommandLine args)
        {
            var overrides = new ArticleOptions
            {
                Outlet = args.Value("outlet"),
                Title = args.Value("title"),
                ReferenceDate = ParseDate(args.Value("reference-date"), "--reference-date"),
            };

            var jsonlFiles = args.Values("jsonl");
            if (jsonlFiles.Count == 0 && args.Positional.Count == 0)
            {
                throw new UsageException("Give one or more PATHs or --jsonl FILE.");
            }

            foreach (var jsonl in jsonlFiles)
            {
                foreach (var (line, input) in NumberedLines(jsonl, "JsonlNotReadable"))
                {
                    yield return reader => Attempt(input, () => ParseJsonlLine(line, input, reader, overrides, Cancellation));
                }
            }

            foreach (var path in ExpandPaths(args.Positional, args.Flag("recurse")))
            {
                Cancellation.ThrowIfCancellationRequested();
                yield return reader => Attempt(path, () => reader.ReadFile(path, overrides, Cancellation));
            }
        }

        /// <summary>One input's read: its failure is reported as that input's error, and gives null.</summary>
        private Article? Attempt(string input, Func<Article> read)
        {
            try
            {
                return read();
            }
            catch (NewsToolsException ex)
            {
                Error(ex);
            }
            catch (Exception ex) when (IsInputFailure(ex))
            {
                Error(Unexpected(input, ex));
            }

            return null;
        }

        /// <summary>
        /// The lines of the one gold FILE.jsonl an evaluation command takes, each turned into a <typeparamref name="T"/> by
        /// <paramref name="parse"/> (given the line and its "FILE:N" name). A file that cannot be read, or a line that does not
        /// parse, is reported and skipped, so one bad line costs one document, not the run.
        /// </summary>
        public IEnumerable<T> ReadGoldFile<T>(CommandLine args, string expected, Func<string, string, T> parse)
        {
            if (args.Positional.Count != 1)
            {
                throw new UsageException("Give one gold FILE.jsonl (" + expected + ").");
            }

            foreach (var (line, input) in NumberedLines(args.Positional[0], "EvalFileNotReadable"))
            {
                T item;
                try
                {
                    item = parse(line, input);
                }
                catch (NewsToolsException ex)
                {
                    Error(ex);
                    continue;
                }
                catch (Exception ex) when (ex is JsonException || ex is FormatException || ex is InvalidOperationException || ex is KeyNotFoundException)
                {
                    Error(new NewsToolsException("EvalLineInvalid", InputErrorKind.InvalidData, input, ex.Message, ex));
                    continue;
                }
                catch (Exception ex) when (IsInputFailure(ex))
                {
                    Error(Unexpected(input, ex));
                    continue;
                }

                yield return item;
            }
        }

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

        /// <summary>
        /// The non-blank lines of a JSON Lines file with their "FILE:N" names. An unreadable file (missing, not a regular
        /// file) is reported, not thrown; a line longer than an article may be is reported and skipped without being held.
        /// </summary>
        private IEnumerable<(string Line, string Input)> NumberedLines(string file, string errorId)
        {
            BoundedLineReader lines;
            try
            {
                lines = new BoundedLineReader(new StreamReader(InputFile.Open(file, 0, "JSON Lines file"), System.Text.Encoding.UTF8, true), MaxLineChars);
            }
            catch (NewsToolsException ex)
            {
                Error(new NewsToolsException(errorId, ex.Kind, file, ex.Message, ex));
                yield break;
            }

            using (lines)
            {
                var number = 0;
                while (true)
                {
                    Cancellation.ThrowIfCancellationRequested();
                    string? line;
                    bool tooLong;
                    try
                    {
                        line = lines.ReadLine(out tooLong);
                    }
                    catch (IOException ex)
                    {
                        Error(new NewsToolsException(errorId, InputErrorKind.ReadError, file, "The file cannot be read: " + ex.Message, ex));
                        yield break;
                    }

                    if (line == null)
                    {
                        yield break;
                    }

                    number++;
                    var input = file + ":" + number.ToString(CultureInfo.InvariantCulture);
                    if (tooLong)
                    {
                        Error(new NewsToolsException("JsonlLineTooLarge", InputErrorKind.LimitExceeded, input, $"The line is longer than {MaxLineChars / (1024 * 1024)} M characters (the article size limit); it is skipped."));
                        continue;
                    }

                    if (!string.IsNullOrWhiteSpace(line))
                    {
                        yield return (line, input);
                    }
                }
            }
        }

        /// <summary>A JSON line holds one article and its fields, so it may be a little longer than the article limit, no more.</summary>
        private const int MaxLineChars = (int)(ArticleReader.DefaultMaxBytes + (1024 * 1024));

        private static Article ParseJsonlLine(string line, string input, ArticleReader reader, ArticleOptions overrides, CancellationToken cancellation)
        {
            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(line);
            }
            catch (JsonException ex)
            {
                throw new NewsToolsException("JsonlInvalid", InputErrorKind.InvalidData, input, "Not a JSON object: " + ex.Message, ex);
            }

            using (doc)
            {
                var root = doc.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    throw new NewsToolsException("JsonlInvalid", InputErrorKind.InvalidData, input, "Each line must be a JSON object with \"id\" and \"text\".");
                }

                string? Get(string name)
                {
                    if (!root.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.String)
                    {
                        return null;
                    }

                    try
                    {
                        return v.GetString();
                    }
                    catch (InvalidOperationException)
                    {
                        // "\ud800" alone: JSON allows the escape, Unicode text does not.
                        throw new NewsToolsException("JsonlInvalid", InputErrorKind.InvalidData, input, $"\"{name}\" holds an unpaired surrogate escape (a lone \\uD800-\\uDFFF), which is not Unicode text.");
                    }
                }

                var id = Get("id");
                var text = Get("text");
                if (string.IsNullOrEmpty(id) || text == null)
                {
                    throw new NewsToolsException("JsonlInvalid", InputErrorKind.InvalidData, input, "The line has no \"id\" or no \"text\" string.");
                }

                DateTime? dct = null;
                var dctText = Get("dct");
                if (dctText != null)
                {
                    // An ISO date as written, its offset kept: the article's own calendar day is its reference date.
                    if (!DateTimeOffset.TryParseExact(dctText, IsoDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                    {
                        throw new NewsToolsException("JsonlInvalid", InputErrorKind.InvalidData, input, $"\"dct\" '{dctText}' is not an ISO date (yyyy-MM-dd, optionally with a time and offset).");
                    }

                    dct = parsed.DateTime.Date;
                }

                var options = new ArticleOptions
                {
                    Id = id,
                    Outlet = overrides.Outlet ?? Get("outlet"),
                    Title = overrides.Title ?? Get("title"),
                    ReferenceDate = overrides.ReferenceDate ?? dct,
                    ReferenceDateSource = overrides.ReferenceDate != null ? ReferenceDateSource.User : ReferenceDateSource.Metadata,
                    Url = Get("url"),
                    // The text is the document as given, so Start/End index it exactly; markup is read as HTML only on request.
                    Format = string.Equals(Get("format"), "html", StringComparison.OrdinalIgnoreCase) ? ArticleFormat.Html : ArticleFormat.Text,
                };
                return reader.Parse(text, options, input, cancellation);
            }
        }

        /// <summary>Files as given; wildcards expanded when the shell did not; directories only with -r (else an error, as Import-Article does).</summary>
        private IEnumerable<string> ExpandPaths(IEnumerable<string> paths, bool recurse)
        {
            foreach (var path in paths)
            {
                if (path.IndexOfAny(new[] { '*', '?' }) >= 0 && !File.Exists(path))
                {
                    var dir = Path.GetDirectoryName(path);
                    var pattern = Path.GetFileName(path);
                    string[] matches = Array.Empty<string>();
                    if (Directory.Exists(string.IsNullOrEmpty(dir) ? "." : dir))
                    {
                        matches = Directory.GetFiles(string.IsNullOrEmpty(dir) ? "." : dir!, pattern).OrderBy(f => f, StringComparer.Ordinal).ToArray();
                    }

                    if (matches.Length == 0)
                    {
                        Error(new NewsToolsException("PathNotFound", InputErrorKind.NotFound, path, "No file matches this path."));
                    }

                    foreach (var match in matches)
                    {
                        yield return match;
                    }
                }
                else if (Directory.Exists(path) && recurse)
                {
                    foreach (var file in FilesUnder(path))
                    {
                        yield return file;
                    }
                }
                else
                {
                    yield return path;
                }
            }
        }
    
        /// <summary>
        /// The files under a folder, sorted, each real folder visited once: a symbolic link back to a parent (a loop) or a
        /// second link to a folder already read would otherwise repeat its articles until the path grew too long.
        /// </summary>
        private List<string> FilesUnder(string root)
        {
            var visited = new HashSet<string>(StringComparer.Ordinal);
            var found = new List<string>();
            var pending = new Stack<string>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                Cancellation.ThrowIfCancellationRequested();
                var dir = pending.Pop();
                string[] files;
                string[] dirs;
                try
                {
                    if (!visited.Add(RealPath(dir)))
                    {
                        continue;
                    }

                    files = Directory.GetFiles(dir);
                    dirs = Directory.GetDirectories(dir);
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                {
                    Error(new NewsToolsException("FolderNotReadable", InputErrorKind.ReadError, dir, "The folder cannot be read: " + ex.Message, ex));
                    continue;
                }

                found.AddRange(files);
                foreach (var sub in dirs)
                {
                    pending.Push(sub);
                }
            }

            // One order for every run: the paths sorted, as a listing of the whole tree would give them.
            found.Sort(StringComparer.Ordinal);
            return found;
        }

        /// <summary>The folder with every symbolic link on its path resolved.</summary>
        private static string RealPath(string dir)
        {
            var info = new DirectoryInfo(Path.GetFullPath(dir));
            var parent = info.Parent == null ? info.FullName : Path.Combine(RealPath(info.Parent.FullName), info.Name);
            var target = new DirectoryInfo(parent).ResolveLinkTarget(true);
            return Path.TrimEndingDirectorySeparator(target?.FullName ?? parent);
        }
    }
}
