using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using NewsTools.Articles;
using NewsTools.Engine;

namespace NewsTools.Cli
{
    /// <summary>JSON Lines input: article documents and gold files, one object a line, each line named FILE:N in messages.</summary>
    internal sealed partial class CliContext
    {
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

        /// <summary>
        /// The non-blank lines of a JSON Lines file with their "FILE:N" names. An unreadable file (missing, not a regular
        /// file) is reported, not thrown; a line longer than an article may be is reported and skipped without being held.
        /// </summary>
        private IEnumerable<(string Line, string Input)> NumberedLines(string file, string errorId)
        {
            BoundedLineReader lines;
            try
            {
                var stream = file == StandardInput ? Console.OpenStandardInput() : InputFile.Open(file, 0, "JSON Lines file");
                lines = new BoundedLineReader(new StreamReader(stream, System.Text.Encoding.UTF8, true), MaxLineChars);
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
                    var input = (file == StandardInput ? StandardInputName : file) + ":" + number.ToString(CultureInfo.InvariantCulture);
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

                string? Get(string name) => JsonString(root, name, input);
                var id = Get("id");
                var text = Get("text");
                if (string.IsNullOrEmpty(id) || text == null)
                {
                    throw new NewsToolsException("JsonlInvalid", InputErrorKind.InvalidData, input, "The line has no \"id\" or no \"text\" string.");
                }

                var dct = JsonDate(Get("dct"), input);
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

        /// <summary>A string member of a line's object, or null when it is missing or not a string.</summary>
        private static string? JsonString(JsonElement root, string name, string input)
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

        /// <summary>The "dct" of a line: an ISO date as written, its offset kept, since the article's own calendar day is its reference date.</summary>
        private static DateTime? JsonDate(string? dctText, string input)
        {
            if (dctText == null)
            {
                return null;
            }

            if (!DateTimeOffset.TryParseExact(dctText, IsoDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                throw new NewsToolsException("JsonlInvalid", InputErrorKind.InvalidData, input, $"\"dct\" '{dctText}' is not an ISO date (yyyy-MM-dd, optionally with a time and offset).");
            }

            return parsed.DateTime.Date;
        }
    }
}
