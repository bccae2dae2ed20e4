using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using NewsTools.Config;
using NewsTools.Engine;
using NewsTools.Text;

namespace NewsTools.Articles
{
    /// <summary>What the caller knows better than the article: overrides applied after reading.</summary>
    public sealed class ArticleOptions
    {
        public string? Id { get; set; }

        public string? Outlet { get; set; }

        public string? Title { get; set; }

        public DateTime? ReferenceDate { get; set; }

        public string? Url { get; set; }

        /// <summary>How <see cref="ReferenceDate"/> was obtained: User for -ReferenceDate, Metadata for a --jsonl "dct".</summary>
        public ReferenceDateSource ReferenceDateSource { get; set; } = ReferenceDateSource.User;

        /// <summary>Whether text is read as plain text, as HTML, or recognised by its markup (the default for files and strings).</summary>
        public ArticleFormat Format { get; set; } = ArticleFormat.Auto;
    }

    /// <summary>How to read an input's text: recognise HTML by its markup, or take it as given.</summary>
    public enum ArticleFormat
    {
        Auto,
        Text,
        Html,
    }

    /// <summary>Reads articles from files or strings (plain text or HTML) into <see cref="Article"/> objects.</summary>
    public sealed class ArticleReader
    {
        /// <summary>Files larger than this are refused with a LimitExceeded error rather than read.</summary>
        public const long DefaultMaxBytes = 16L * 1024 * 1024;

        private readonly NewsToolsConfig config;
        private readonly BlockClassifier classifier;
        private readonly HtmlArticleExtractor htmlExtractor;
        private readonly ReferenceDateResolver referenceDates;

        // A plain text's lines, kept between articles (a reader serves one thread at a time, as its classifier's votes already require).
        private readonly List<ArticleBlock> lineBlocks = new List<ArticleBlock>();
        private readonly List<ArticleBlock> spareBlocks = new List<ArticleBlock>();

        // News articles have tens of lines: a text of thousands does not leave that many blocks behind in the reader.
        private const int MaxSpareBlocks = 1024;

        public ArticleReader(NewsToolsConfig config)
        {
            this.config = config;
            classifier = new BlockClassifier(config);
            htmlExtractor = new HtmlArticleExtractor(config);
            referenceDates = new ReferenceDateResolver(config);
        }

        public long MaxBytes { get; set; } = DefaultMaxBytes;

        /// <summary>Receives warnings (an undecidable reference date); errors are thrown, not reported.</summary>
        public IEngineReporter Reporter { get; set; } = SilentReporter.Instance;

        /// <summary>
        /// Whether a doubt about an article's date (weekdays with no year to place them in) is reported: a command whose answers
        /// do not depend on dates, such as reading quotes, turns it off (default on).
        /// </summary>
        public bool ReportsDateDoubts { get; set; } = true;

        /// <summary>Reads one file; throws <see cref="NewsToolsException"/> for missing, empty, binary, oversized or non-regular input.</summary>
        public Article ReadFile(string path, ArticleOptions? options = null, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Read into this thread's buffer: only the decoded text stays, the file's bytes are not allocated anew for each file.
            var buffer = readBuffer;
            var count = InputFile.ReadInto(path, MaxBytes, "file", ref buffer, KeptBufferBytes, out var fullPath, cancellationToken);
            if (buffer!.Length <= KeptBufferBytes)
            {
                readBuffer = buffer;
            }

            // The file's name is the id the options do not give: passed beside them, not in a copy of them for every file.
            var fileId = options?.Id != null ? null : Path.GetFileNameWithoutExtension(path);
            var article = ReadBytes(buffer, count, path, null, options, fileId, IsHtmlName(path), cancellationToken);
            // The full path the read found, when it did: made again, it was a second string and a second pass over the path.
            article.Path = fullPath ?? Path.GetFullPath(path);
            return article;
        }

        /// <summary>Whether the file's extension says HTML (.html, .htm, .xhtml in any case): asked of the name's end, not of a lower-cased copy of its extension.</summary>
        private static bool IsHtmlName(string path) =>
            path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".xhtml", StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// Reads an article from bytes, e.g. a web response's body: <paramref name="charset"/> is the charset its
        /// Content-Type declared, if any (it wins over the page's own &lt;meta charset&gt;, as in a browser).
        /// </summary>
        public Article ReadBytes(byte[] bytes, string inputName, string? charset, ArticleOptions? options = null, CancellationToken cancellationToken = default) =>
            ReadBytes(bytes, bytes.Length, inputName, charset, options, null, false, cancellationToken);

        /// <summary>
        /// Reads one article from a stream to its end, e.g. standard input (`curl ... | newstools quotes -`): decoded and
        /// recognised as HTML or text as a file is. <paramref name="inputName"/> names it in errors and is its id unless the
        /// options give one. Throws <see cref="NewsToolsException"/> for an empty, binary or oversized input.
        /// </summary>
        public Article ReadStream(Stream stream, string inputName, ArticleOptions? options = null, CancellationToken cancellationToken = default)
        {
            if (stream == null)
            {
                throw new ArgumentNullException(nameof(stream));
            }

            var bytes = new MemoryStream();
            var chunk = new byte[StreamChunkBytes];
            int n;
            try
            {
                while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (bytes.Length + n > MaxBytes)
                    {
                        throw new NewsToolsException("InputTooLarge", InputErrorKind.LimitExceeded, inputName, $"The input is larger than {MaxBytes / (1024 * 1024)} MB; articles larger than that are not read.");
                    }

                    bytes.Write(chunk, 0, n);
                }
            }
            catch (IOException ex)
            {
                throw new NewsToolsException("InputNotReadable", InputErrorKind.ReadError, inputName, "The input cannot be read: " + ex.Message, ex);
            }

            if (bytes.Length == 0)
            {
                throw new NewsToolsException("EmptyInput", InputErrorKind.InvalidData, inputName, "The input is empty.");
            }

            return ReadBytes(bytes.GetBuffer(), (int)bytes.Length, inputName, null, options, options?.Id != null ? null : inputName, false, cancellationToken);
        }

        // Read from a stream in pieces of this size: standard input gives what the writer has written so far.
        private const int StreamChunkBytes = 64 * 1024;

        /// <summary>Files up to this size are read into a buffer each thread keeps; a larger one gets an array of its own.</summary>
        private const int KeptBufferBytes = 1 << 20;

        [ThreadStatic]
        private static byte[]? readBuffer;

        private Article ReadBytes(byte[] bytes, int count, string inputName, string? charset, ArticleOptions? options, string? defaultId, bool htmlByName, CancellationToken cancellationToken)
        {
            var html = htmlByName || StartsWithMarkup(bytes, count);
            var text = TextDecoder.Decode(bytes, count, inputName, charset, html, out _, out var warning);
            if (warning != null)
            {
                Reporter.Warning(warning, inputName);
            }

            return Parse(text, options, inputName, htmlByName ? ArticleFormat.Html : ArticleFormat.Auto, cancellationToken, defaultId);
        }

        private static bool StartsWithMarkup(byte[] bytes, int count)
        {
            var i = 0;
            while (i < count && i < 1024 && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n' || bytes[i] == 0xEF || bytes[i] == 0xBB || bytes[i] == 0xBF))
            {
                i++;
            }

            return i < count && bytes[i] == '<';
        }

        /// <summary>Reads text already in memory; HTML is recognised by its markup.</summary>
        /// <param name="inputName">Names the input in errors and warnings (a path, URL or "FILE:line").</param>
        public Article Parse(string content, ArticleOptions? options = null, string? inputName = null) =>
            Parse(content, options, inputName, options?.Format ?? ArticleFormat.Auto, default);

        /// <summary>As <see cref="Parse(string, ArticleOptions?, string?)"/>, stopping when <paramref name="cancellationToken"/> is cancelled.</summary>
        public Article Parse(string content, ArticleOptions? options, string? inputName, CancellationToken cancellationToken) =>
            Parse(content, options, inputName, options?.Format ?? ArticleFormat.Auto, cancellationToken);

        /// <param name="defaultId">The id when the options give none (a file's name), else the text's hash is.</param>
        private Article Parse(string content, ArticleOptions? options, string? inputName, ArticleFormat format, CancellationToken cancellationToken, string? defaultId = null)
        {
            options ??= NoOptions;
            var id = options.Id ?? defaultId;
            var input = inputName ?? id ?? "(text)";
            cancellationToken.ThrowIfCancellationRequested();
            // Asked without Trim(), which copies the whole text whenever it ends in a line break (nearly every file does).
            if (string.IsNullOrWhiteSpace(content))
            {
                throw new NewsToolsException("EmptyArticle", InputErrorKind.InvalidData, input, "The article has no text.");
            }

            if (content.Length > MaxBytes)
            {
                throw new NewsToolsException("ArticleTooLarge", InputErrorKind.LimitExceeded, input, $"The text has {content.Length} characters; articles larger than {MaxBytes / (1024 * 1024)} MB are not read.");
            }

            // One rule for NUL, as for files: text never holds it, so input that does is not an article.
            var nul = content.IndexOf('\0');
            if (nul >= 0)
            {
                throw new NewsToolsException("BinaryText", InputErrorKind.InvalidData, input, $"The text holds a NUL character (at offset {nul}); it is not an article.");
            }

            var article = new Article { Id = id ?? "text-" + ShortHash(content), Url = options.Url };
            List<ArticleBlock> blocks;
            string? knownTitle = null;
            if (format == ArticleFormat.Html || (format == ArticleFormat.Auto && LooksLikeHtml(content)))
            {
                var html = htmlExtractor.Extract(content);
                article.Format = "Html";
                article.SiteName = html.SiteName;
                article.Author = html.Author;
                article.PublishedTime = html.Published;
                article.Language = html.Language;
                article.Url ??= html.Url;
                knownTitle = html.Title;
                blocks = BuildHtmlText(html, article);
                if (blocks.Count == 0)
                {
                    throw new NewsToolsException("NoArticleText", InputErrorKind.InvalidData, input, "No article text was found in this HTML page.");
                }
            }
            else
            {
                article.Text = content;
                blocks = SplitLines(content, lineBlocks, spareBlocks);
            }

            cancellationToken.ThrowIfCancellationRequested();
            classifier.Classify(blocks, knownTitle, input, Reporter, cancellationToken);
            KeepPageTextTheClassifierWouldEmpty(article, blocks, input);
            Assemble(article, blocks, knownTitle);
            if (blocks == lineBlocks)
            {
                // The reader keeps its blocks, not the text they stood in: that belongs to the article.
                foreach (var block in blocks)
                {
                    block.Reset(0, string.Empty, 0, 0, false);
                }

                blocks.Clear();
            }

            DetectOutletAndDateline(article, options);
            article.Title = options.Title ?? article.Title;
            ResolveReferenceDate(article, options, input);
            return article;
        }

        // Read only, never handed out: the options of a call that gave none.
        private static readonly ArticleOptions NoOptions = new ArticleOptions();

        private static bool LooksLikeHtml(string content)
        {
            var first = 0;
            while (first < content.Length && (char.IsWhiteSpace(content[first]) || content[first] == '\uFEFF'))
            {
                first++;
            }

            if (first == content.Length || content[first] != '<')
            {
                return false;
            }

            var probe = content.Substring(first, Math.Min(content.Length - first, 4096));
            foreach (var tag in new[] { "<html", "<!doctype html", "<body", "<head", "<p>", "<p ", "<div", "<article", "<meta" })
            {
                if (probe.IndexOf(tag, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>HTML becomes text with one block per paragraph, separated by blank lines; the blocks keep their offsets.</summary>
        private static List<ArticleBlock> BuildHtmlText(HtmlExtraction html, Article article)
        {
            var sb = new StringBuilder();
            var blocks = new List<ArticleBlock>();
            foreach (var (text, hint) in html.Blocks)
            {
                if (sb.Length > 0)
                {
                    sb.Append("\n\n");
                }

                blocks.Add(new ArticleBlock(sb.Length, text, hint) { FollowedByBlank = true });
                sb.Append(text);
            }

            article.Text = sb.ToString();
            return blocks;
        }

        /// <summary>
        /// Each non-blank line is a block (news text puts one paragraph on a line), trimmed, with its offsets. A line ends at
        /// LF, CRLF or a lone CR (old Mac files and text pasted between systems mix them).
        /// </summary>
        /// <param name="blocks">Filled with the lines (cleared first): the reader's own list, reused by every article it reads.</param>
        /// <param name="spares">Every block this reader has made, reused as the next article's lines (one object per line was most of what import allocated beside the text).</param>
        private static List<ArticleBlock> SplitLines(string text, List<ArticleBlock> blocks, List<ArticleBlock> spares)
        {
            blocks.Clear();
            var i = 0;
            while (i < text.Length)
            {
                var lineEnd = LineEnd(text, i);
                var s = i;
                var e = lineEnd;
                while (s < e && IsSpace(text[s]))
                {
                    s++;
                }

                while (e > s && IsSpace(text[e - 1]))
                {
                    e--;
                }

                var next = NextLine(text, lineEnd);
                if (e > s)
                {
                    var blank = next >= text.Length || IsBlankLineAt(text, next);
                    // The line stays where it is in the text: a string is cut only for what needs one (see ArticleBlock.Text).
                    if (blocks.Count < spares.Count)
                    {
                        var block = spares[blocks.Count];
                        block.Reset(s, text, s, e - s, blank);
                        blocks.Add(block);
                    }
                    else
                    {
                        var block = new ArticleBlock(s, text, s, e - s, blank);
                        blocks.Add(block);
                        if (spares.Count < MaxSpareBlocks)
                        {
                            spares.Add(block);
                        }
                    }
                }

                i = next;
            }

            return blocks;
        }

        /// <summary>Where the line starting at <paramref name="i"/> ends: at its CR or LF, or the end of the text.</summary>
        private static int LineEnd(string text, int i)
        {
            // IndexOfAny is vectorised where the runtime can: most of a line is passed over many characters at a time.
            var end = i < text.Length ? text.IndexOfAny(LineBreaks, i) : -1;
            return end < 0 ? Math.Max(i, text.Length) : end;
        }

        private static readonly char[] LineBreaks = { '\n', '\r' };

        /// <summary>The start of the line after the break at <paramref name="lineEnd"/> (CRLF counts as one break).</summary>
        private static int NextLine(string text, int lineEnd) =>
            lineEnd + 1 < text.Length && text[lineEnd] == '\r' && text[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;

        private static bool IsBlankLineAt(string text, int i)
        {
            var end = LineEnd(text, i);
            for (; i < end; i++)
            {
                if (!IsSpace(text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsSpace(char c) => c == ' ' || c == '\t' || c == '\r' || TextNormalizer.IsOddSpace(c) || c == '\uFEFF';

        /// <summary>
        /// The line rules that find boilerplate in plain text (a short line, a label) would leave a page whose whole story is one
        /// short text ("Test" in a bare body) with nothing, though the page's extractor took that text as its content: the
        /// extractor's judgement stands, the text is kept as the body and the user is told, so nothing is silently lost.
        /// </summary>
        private void KeepPageTextTheClassifierWouldEmpty(Article article, List<ArticleBlock> blocks, string input)
        {
            if (article.Format != "Html" || blocks.Count == 0 || blocks.Exists(b => b.Role != BlockRole.Removed))
            {
                return;
            }

            foreach (var block in blocks)
            {
                block.Role = BlockRole.Body;
                block.Reason = null;
            }

            Reporter.Warning("Every block of this page looked like boilerplate to the line rules; the text the page's extractor found is kept as the article.", input);
        }

        private static void Assemble(Article article, List<ArticleBlock> blocks, string? knownTitle)
        {
            // Sized first: growing the lists by doubling allocated about as much again as they end up holding.
            var removedCount = 0;
            foreach (var block in blocks)
            {
                removedCount += block.Role == BlockRole.Removed ? 1 : 0;
            }

            var paragraphs = new List<Paragraph>(blocks.Count - removedCount);
            var removed = new List<RemovedText>(removedCount);
            foreach (var block in blocks)
            {
                switch (block.Role)
                {
                    case BlockRole.Removed:
                        removed.Add(new RemovedText(block.Text, block.Start, block.Reason ?? "Boilerplate"));
                        continue;
                    case BlockRole.Title:
                        article.Title ??= block.Line.ToString();
                        paragraphs.Add(ParagraphOf(block, paragraphs.Count, ParagraphKind.Heading));
                        break;
                    case BlockRole.Caption:
                        paragraphs.Add(ParagraphOf(block, paragraphs.Count, ParagraphKind.Caption));
                        break;
                    case BlockRole.Heading:
                        paragraphs.Add(ParagraphOf(block, paragraphs.Count, ParagraphKind.Heading));
                        break;
                    default:
                        paragraphs.Add(ParagraphOf(block, paragraphs.Count, ParagraphKind.Body));
                        break;
                }
            }

            article.Title = knownTitle ?? article.Title;
            article.Paragraphs = paragraphs;
            article.Removed = removed;
        }

        /// <summary>The block as a paragraph that cuts its string only when asked for it.</summary>
        private static Paragraph ParagraphOf(ArticleBlock block, int index, ParagraphKind kind) =>
            new Paragraph(index, kind, block.Start, block.Source, block.SourceStart, block.Length);

        private void DetectOutletAndDateline(Article article, ArticleOptions options)
        {
            // The classifier's own tally, added to: it is cleared when the reader's next article is classified.
            var votes = classifier.OutletVotes;
            // Made for the first agency: most articles credit none.
            List<string>? agencies = null;
            string? creditedOutlet = null;
            // The dateline opens the story: one of the first three body paragraphs (a standfirst may come before it).
            DatelineParser.Dateline? dateline = null;
            var bodySeen = 0;
            for (var p = 0; p < article.Paragraphs.Count && bodySeen < 3 && dateline == null; p++)
            {
                if (article.Paragraphs[p].Kind == ParagraphKind.Body)
                {
                    bodySeen++;
                    // Read in the article text, where the paragraph stands: its own string is cut only if someone asks for it.
                    var paragraph = article.Paragraphs[p];
                    dateline = DatelineParser.Parse(LineView.Plain(article.Text, paragraph.Start, paragraph.End - paragraph.Start));
                }
            }

            if (dateline != null)
            {
                article.Dateline = dateline.Place;
                foreach (var credit in dateline.Credits)
                {
                    var agency = config.Agencies.FirstOrDefault(a => string.Equals(a, credit, StringComparison.OrdinalIgnoreCase));
                    var outlet = classifier.OutletOrNull(credit);
                    if (agency != null)
                    {
                        (agencies ??= new List<string>()).Add(agency);
                    }
                    else if (outlet != null)
                    {
                        votes.TryGetValue(outlet, out var n);
                        votes[outlet] = n + 2;
                    }
                    else
                    {
                        // "KESSEL (Valley Times) -": a credit that is no agency is the outlet itself, profile or not.
                        creditedOutlet ??= credit;
                    }
                }
            }

            // Metadata: the site name or the page's domain.
            VoteForMetadata(votes, article.SiteName);
            VoteForMetadata(votes, HostOf(article.Url));

            article.Agencies = agencies ?? (IReadOnlyList<string>)JoinedList<string>.Empty;
            article.Outlet = options.Outlet
                ?? MostVoted(votes)
                ?? article.SiteName
                ?? creditedOutlet;
        }

        private void VoteForMetadata(Dictionary<string, int> votes, string? hint)
        {
            if (hint == null)
            {
                return;
            }

            var outlet = classifier.OutletOrNull(hint) ?? OutletWithDomain(hint);
            if (outlet != null)
            {
                votes.TryGetValue(outlet, out var n);
                votes[outlet] = n + 3;
            }
        }

        // Apart from VoteForMetadata: the lambda's captured hint was allocated on every call, null hint (plain text) or not.
        private string? OutletWithDomain(string host) =>
            config.Outlets.FirstOrDefault(o => o.Domains.Any(d => host.EndsWith(d, StringComparison.OrdinalIgnoreCase)))?.Name;

        /// <summary>The outlet with most votes, the first in ordinal order among equals; null when none has any.</summary>
        private static string? MostVoted(Dictionary<string, int> votes)
        {
            string? best = null;
            var bestVotes = 0;
            foreach (var vote in votes)
            {
                if (best == null || vote.Value > bestVotes || (vote.Value == bestVotes && string.CompareOrdinal(vote.Key, best) < 0))
                {
                    best = vote.Key;
                    bestVotes = vote.Value;
                }
            }

            return best;
        }

        private static string? HostOf(string? url) =>
            url != null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : null;

        private void ResolveReferenceDate(Article article, ArticleOptions options, string input)
        {
            if (options.ReferenceDate is DateTime given)
            {
                article.ReferenceDate = given.Date;
                article.ReferenceDateSource = options.ReferenceDateSource;
                return;
            }

            if (article.PublishedTime is DateTimeOffset published)
            {
                // The date where the story was published: 17:18 at -08:00 is still that day there, whatever UTC says.
                article.ReferenceDate = published.Date;
                article.ReferenceDateSource = ReferenceDateSource.Metadata;
                return;
            }

            var result = referenceDates.Resolve(article.Text, article.Paragraphs);
            article.ReferenceDate = result.Date;
            article.ReferenceDateSource = result.Source;
            if (result.Warning != null && ReportsDateDoubts)
            {
                Reporter.Warning(result.Warning, input);
            }
        }

        private static string ShortHash(string content)
        {
            using var sha = SHA256.Create();
            var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(content));
            return BitConverter.ToString(hash, 0, 6).Replace("-", "").ToLowerInvariant();
        }
    }
}
