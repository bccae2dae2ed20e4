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

        public void Error(NewsToolsException error)
        {
            ErrorCount++;
            Err.WriteLine($"newstools: {error.Input}: {error.Message}");
        }

        public void Warning(string message, string? input) => Err.WriteLine(input == null ? $"newstools: warning: {message}" : $"newstools: warning: {input}: {message}");

        public void Progress(int done, int total, string current)
        {
        }

        /// <summary>Defaults plus --config files (or NEWSTOOLS_CONFIG). A bad file is fatal here: every input depends on it.</summary>
        public NewsToolsConfig LoadConfig(CommandLine args) => ConfigLoader.Load(args.Values("config"));

        public OutputWriter CreateWriter(CommandLine args, params string[] tableColumns) =>
            new OutputWriter(Out, OutputWriter.ParseFormat(args.Value("format")), tableColumns);

        /// <summary>
        /// The articles named on the command line (files, wildcards, directories with -r) or in --jsonl files, one at a time so
        /// memory stays flat. Inputs that cannot be read are reported and skipped; the rest go on.
        /// </summary>
        public IEnumerable<Article> ReadArticles(CommandLine args, NewsToolsConfig config)
        {
            var reader = new ArticleReader(config);
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
                foreach (var article in ReadJsonl(jsonl, reader, overrides))
                {
                    yield return article;
                }
            }

            foreach (var path in ExpandPaths(args.Positional, args.Flag("recurse")))
            {
                Cancellation.ThrowIfCancellationRequested();
                Article? article = null;
                try
                {
                    article = reader.ReadFile(path, overrides, Cancellation);
                }
                catch (NewsToolsException ex)
                {
                    Error(ex);
                }

                if (article != null)
                {
                    yield return article;
                }
            }
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

                yield return item;
            }
        }

        public static DateTime? ParseDate(string? value, string what)
        {
            if (value == null)
            {
                return null;
            }

            if (DateTime.TryParseExact(value, new[] { "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mm:ssK" }, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var date))
            {
                return date.Date;
            }

            throw new UsageException($"{what} '{value}' is not a date (use yyyy-MM-dd).");
        }

        private IEnumerable<Article> ReadJsonl(string file, ArticleReader reader, ArticleOptions overrides)
        {
            foreach (var (line, input) in NumberedLines(file, "JsonlNotReadable"))
            {
                Article? article = null;
                try
                {
                    article = ParseJsonlLine(line, input, reader, overrides);
                }
                catch (NewsToolsException ex)
                {
                    Error(ex);
                }

                if (article != null)
                {
                    yield return article;
                }
            }
        }

        /// <summary>The non-blank lines of a JSON Lines file with their "FILE:N" names; an unreadable file is reported, not thrown.</summary>
        private IEnumerable<(string Line, string Input)> NumberedLines(string file, string errorId)
        {
            IEnumerable<string> lines;
            try
            {
                lines = File.ReadLines(file);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                Error(new NewsToolsException(errorId, InputErrorKind.NotFound, file, ex.Message, ex));
                yield break;
            }

            var number = 0;
            foreach (var line in lines)
            {
                number++;
                Cancellation.ThrowIfCancellationRequested();
                if (!string.IsNullOrWhiteSpace(line))
                {
                    yield return (line, file + ":" + number.ToString(CultureInfo.InvariantCulture));
                }
            }
        }

        private static Article ParseJsonlLine(string line, string input, ArticleReader reader, ArticleOptions overrides)
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

                string? Get(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
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
                    if (!DateTime.TryParse(dctText, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var parsed))
                    {
                        throw new NewsToolsException("JsonlInvalid", InputErrorKind.InvalidData, input, $"\"dct\" '{dctText}' is not a date.");
                    }

                    dct = parsed.Date;
                }

                var options = new ArticleOptions
                {
                    Id = id,
                    Outlet = overrides.Outlet ?? Get("outlet"),
                    Title = overrides.Title ?? Get("title"),
                    ReferenceDate = overrides.ReferenceDate ?? dct,
                    ReferenceDateSource = overrides.ReferenceDate != null ? ReferenceDateSource.User : ReferenceDateSource.Metadata,
                    Url = Get("url"),
                };
                return reader.Parse(text, options, input);
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
                    foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
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
    }
}
