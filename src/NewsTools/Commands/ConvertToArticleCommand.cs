using System;
using System.Collections;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text;
using NewsTools.Articles;
using NewsTools.Engine;
using NewsTools.PowerShell.Completion;
using NewsTools.PowerShell.Input;

namespace NewsTools.PowerShell.Commands
{
    /// <summary>
    /// ConvertTo-Article: article text already in memory (a string, or an Invoke-WebRequest response) into an Article.
    /// Each string is one article, so use Get-Content -Raw; a web response gives its Content and keeps its URL.
    /// </summary>
    [Cmdlet(VerbsData.ConvertTo, "Article")]
    [OutputType(typeof(Article))]
    public sealed class ConvertToArticleCommand : NewsToolsCmdlet
    {
        private int count;
        private bool warnedAboutLines;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [AllowEmptyString]
        public PSObject? InputObject { get; set; }

        [Parameter]
        [ArgumentCompleter(typeof(OutletNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string? Outlet { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Title { get; set; }

        [Parameter]
        public DateTime? ReferenceDate { get; set; }

        /// <summary>The address the text came from; taken from a web response when not given.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Url { get; set; }

        /// <summary>The article id; by default a hash of the text.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Id { get; set; }

        protected override void ProcessRecord() => RunStoppable(() => Convert(InputObject));

        private void Convert(PSObject? input)
        {
            var value = input?.BaseObject;
            if (value is IEnumerable list && !(value is string) && !(value is byte[]) && !(value is IDictionary))
            {
                // An array given as the argument is several inputs, as if piped one by one.
                foreach (var item in list)
                {
                    Convert(item == null ? null : PSObject.AsPSObject(item));
                }

                return;
            }

            if (!TryGetContent(input, out var content, out var url, out var raw, out var charset))
            {
                WriteError(new ErrorRecord(
                    new ArgumentException("ConvertTo-Article takes article text (a string) or a web response with a Content property; for files use Import-Article."),
                    "NotArticleText",
                    ErrorCategory.InvalidArgument,
                    value));
                return;
            }

            WarnAboutLineInput(input!);
            count++;
            var options = new ArticleOptions { Id = Id, Outlet = Outlet, Title = Title, ReferenceDate = ReferenceDate?.Date, Url = Url ?? url };
            var name = options.Url ?? "<input " + count + ">";
            Article? article = null;
            try
            {
                // A response's own bytes are decoded by the engine, with the charset its Content-Type declared (or the page's
                // <meta charset>, or a BOM), rather than the string PowerShell made of them.
                article = Remember(raw != null ? Reader.ReadBytes(raw, name, charset, options, Cancellation) : Reader.Parse(content, options, name));
            }
            catch (NewsToolsException ex)
            {
                WriteInputError(ex);
            }
            catch (Exception ex) when (!IsStopRequest(ex))
            {
                WriteUnexpectedError(ex, "ArticleParseFailed", name);
            }

            if (article != null)
            {
                WriteObject(article);
            }
        }

        /// <summary>
        /// Get-Content without -Raw sends one string per line, each marked with its line number (ReadCount): say once that
        /// every line becomes its own article, since that is rarely what was meant.
        /// </summary>
        private void WarnAboutLineInput(PSObject input)
        {
            if (warnedAboutLines || !(input.BaseObject is string))
            {
                return;
            }

            var readCount = input.Properties["ReadCount"]?.Value;
            if (readCount is long line && line >= 2)
            {
                warnedAboutLines = true;
                WriteWarning("The input arrives line by line (Get-Content without -Raw), and each line becomes its own article. Use Get-Content -Raw to convert a file as one article, or Import-Article.");
            }
        }

        /// <summary>
        /// A string is the text. Otherwise a Content property (string, or bytes read as UTF-8) is, unless the response also
        /// carries its raw bytes (RawContentStream), which the engine decodes with the Content-Type header's charset; the URL
        /// comes from the response: BaseResponse.RequestMessage.RequestUri on PowerShell 7, BaseResponse.ResponseUri on Windows PowerShell.
        /// </summary>
        private static bool TryGetContent(PSObject? input, out string content, out string? url, out byte[]? raw, out string? charset)
        {
            content = "";
            url = null;
            raw = null;
            charset = null;
            if (input == null)
            {
                return false;
            }

            if (input.BaseObject is string text)
            {
                content = text;
                return true;
            }

            var contentValue = Unwrap(input.Properties["Content"]?.Value);
            if (contentValue is string s)
            {
                content = s;
            }
            else if (contentValue is byte[] bytes)
            {
                content = new UTF8Encoding(false).GetString(bytes);
                if (content.Length > 0 && content[0] == '\uFEFF')
                {
                    content = content.Substring(1);
                }
            }
            else
            {
                return false;
            }

            // Invoke-WebRequest keeps the body as received (RawContentStream) and the headers: the bytes and the declared charset.
            if (Unwrap(input.Properties["RawContentStream"]?.Value) is MemoryStream stream && stream.Length > 0)
            {
                raw = stream.ToArray();
                charset = CharsetOf(ContentTypeOf(Unwrap(input.Properties["Headers"]?.Value) as IDictionary));
            }

            var response = Property(input, "BaseResponse");
            var request = Property(response, "RequestMessage");
            var uri = Unwrap(Property(request, "RequestUri") ?? Property(response, "ResponseUri"));
            url = uri?.ToString() ?? RequestUriOf(Unwrap(request) as string);
            return true;
        }

        /// <summary>The Content-Type header: a string on Windows PowerShell, a list of strings on PowerShell 7.</summary>
        private static string? ContentTypeOf(IDictionary? headers)
        {
            if (headers == null)
            {
                return null;
            }

            foreach (DictionaryEntry header in headers)
            {
                if (string.Equals(header.Key?.ToString(), "Content-Type", StringComparison.OrdinalIgnoreCase))
                {
                    var value = Unwrap(header.Value);
                    return value is string text ? text : value is IEnumerable values ? values.Cast<object>().FirstOrDefault()?.ToString() : value?.ToString();
                }
            }

            return null;
        }

        /// <summary>The charset parameter of a media type ("text/html; charset=windows-1251"), unquoted.</summary>
        private static string? CharsetOf(string? contentType)
        {
            if (contentType == null)
            {
                return null;
            }

            foreach (var part in contentType.Split(';'))
            {
                var eq = part.IndexOf('=');
                if (eq > 0 && string.Equals(part.Substring(0, eq).Trim(), "charset", StringComparison.OrdinalIgnoreCase))
                {
                    var value = part.Substring(eq + 1).Trim().Trim('"', '\'').Trim();
                    return value.Length > 0 ? value : null;
                }
            }

            return null;
        }

        /// <summary>
        /// A response that came back from a job or remoting is deserialized to a depth of one or two, so its request message
        /// may be only the text of HttpRequestMessage.ToString(): "Method: GET, RequestUri: 'https://...', Version: ...".
        /// </summary>
        private static string? RequestUriOf(string? requestText)
        {
            const string Marker = "RequestUri: '";
            var start = requestText?.IndexOf(Marker, StringComparison.Ordinal) ?? -1;
            if (start < 0)
            {
                return null;
            }

            start += Marker.Length;
            var end = requestText!.IndexOf('\'', start);
            return end > start ? requestText.Substring(start, end - start) : null;
        }

        /// <summary>
        /// A property of a response part, kept wrapped: a [pscustomobject] or a deserialized object (from a job or remoting)
        /// carries its properties on the PSObject, and unwrapping it to its base object would lose them.
        /// </summary>
        private static object? Property(object? target, string name)
        {
            if (target == null)
            {
                return null;
            }

            var wrapped = target as PSObject ?? PSObject.AsPSObject(target);
            return wrapped.Properties[name]?.Value;
        }

        private static object? Unwrap(object? value) => value is PSObject pso ? pso.BaseObject : value;
    }
}
