using System;
using System.Collections.Generic;
using System.Threading;
using NewsTools.Engine;
using NewsTools.Text;

namespace NewsTools.Articles
{
    // Named in ConvertTo-Json as the CLI names them ("Kind": "Body", not 0); see NewsTools.Core.csproj.
    [Newtonsoft.Json.JsonConverter(typeof(Newtonsoft.Json.Converters.StringEnumConverter))]
    public enum ParagraphKind
    {
        Body,
        Caption,
        Heading,
    }

    /// <summary>Where an article's reference date (the "today" its relative dates hang on) came from.</summary>
    [Newtonsoft.Json.JsonConverter(typeof(Newtonsoft.Json.Converters.StringEnumConverter))]
    public enum ReferenceDateSource
    {
        /// <summary>No date could be found at all.</summary>
        None,
        /// <summary>HTML meta tags or JSON-LD, or the dct of a --jsonl line.</summary>
        Metadata,
        /// <summary>A full date printed in the text (a dateline, "Jan. 28, 2018").</summary>
        ExplicitDate,
        /// <summary>A weekday with a month and day ("Sunday (Jan 28)") and no year: the year was inferred.</summary>
        WeekdayInference,
        /// <summary>Given by the user (-ReferenceDate).</summary>
        User,
        /// <summary>Clues exist but do not settle the date; <see cref="Article.ReferenceDate"/> is null.</summary>
        Ambiguous,
    }

    /// <summary>A paragraph of the article, with its offsets in <see cref="Article.Text"/>.</summary>
    public sealed class Paragraph
    {
        public Paragraph(int index, ParagraphKind kind, string text, int start)
            : this(index, kind, start, text ?? throw new ArgumentNullException(nameof(text)), 0, text.Length)
        {
        }

        /// <summary>
        /// A paragraph at <paramref name="start"/> in the article whose text is <paramref name="source"/>[<paramref name="sourceStart"/>,
        /// + <paramref name="length"/>) (the article text itself for a line, or a string of the paragraph's own), cut when
        /// <see cref="Text"/> is first read: the analyses read paragraphs as spans of the article text, so most paragraphs never
        /// need a string of their own.
        /// </summary>
        internal Paragraph(int index, ParagraphKind kind, int start, string source, int sourceStart, int length)
        {
            Index = index;
            Kind = kind;
            Start = start;
            this.length = length;
            this.source = source;
            this.sourceStart = sourceStart;
            text = sourceStart == 0 && source.Length == length ? source : null;
        }

        private readonly string source;
        private readonly int sourceStart;
        private readonly int length;
        private string? text;

        /// <summary>Position among the kept paragraphs, from 0.</summary>
        public int Index { get; }

        public ParagraphKind Kind { get; }

        /// <summary>The paragraph exactly as it stands in the article text (same length as End - Start).</summary>
        public string Text
        {
            get
            {
                // Threads that share the article may race to cut it: the first string kept is the one every reader gets.
                var cut = Volatile.Read(ref text);
                if (cut == null)
                {
                    var made = source.Substring(sourceStart, length);
                    cut = Interlocked.CompareExchange(ref text, made, null) ?? made;
                }

                return cut;
            }
        }

        public int Start { get; }

        public int End => Start + length;

        public override string ToString() => Text;
    }

    /// <summary>A stretch of the input that import took out (boilerplate, teasers, widgets), kept so nothing vanishes without a trace.</summary>
    public sealed class RemovedText
    {
        public RemovedText(string text, int start, string reason)
        {
            Text = text;
            Start = start;
            Reason = reason;
        }

        public string Text { get; }

        public int Start { get; }

        public int End => Start + Text.Length;

        /// <summary>Why it was removed, e.g. "Boilerplate: Subscribe", "Teaser", "OtherScript".</summary>
        public string Reason { get; }

        public override string ToString() => Reason + ": " + Text;
    }

    /// <summary>One news article, read and cleaned: the object every other NewsTools command starts from.</summary>
    public sealed class Article
    {
        /// <summary>Stable id: the --jsonl id, else the file name without extension, else a hash of the text.</summary>
        public string Id { get; internal set; } = "";

        public string? Path { get; internal set; }

        public string? Url { get; internal set; }

        /// <summary>Canonical outlet name ("Sputnik", "The Straits Times"), or null when unknown.</summary>
        public string? Outlet { get; internal set; }

        private IReadOnlyList<string> agencies = JoinedList<string>.Empty;

        /// <summary>News agencies credited in the text ("AFP", "Reuters").</summary>
        public IReadOnlyList<string> Agencies { get => agencies; internal set => agencies = JoinedList.Of(value); }

        public string? Title { get; internal set; }

        public string? Author { get; internal set; }

        public string? SiteName { get; internal set; }

        /// <summary>The dateline place ("BEIJING").</summary>
        public string? Dateline { get; internal set; }

        /// <summary>When the page says it was published, with the offset it gave (a time without one is taken as UTC).</summary>
        public DateTimeOffset? PublishedTime { get; internal set; }

        /// <summary>The language a web page declares (BCP 47: "en", "fr-FR"); null for plain text and pages that declare none.</summary>
        public string? Language { get; internal set; }

        /// <summary>The date relative expressions are resolved against (date only).</summary>
        public DateTime? ReferenceDate { get; internal set; }

        public ReferenceDateSource ReferenceDateSource { get; internal set; }

        /// <summary>"Text" or "Html".</summary>
        public string Format { get; internal set; } = "Text";

        /// <summary>
        /// The article text. For plain text it is the input exactly as decoded (offsets reported by every command index it);
        /// for HTML it is the extracted text, paragraphs separated by blank lines.
        /// </summary>
        public string Text { get; internal set; } = "";

        /// <summary>The kept paragraphs (body, captions, headings) in reading order; boilerplate is in <see cref="Removed"/>.</summary>
        public IReadOnlyList<Paragraph> Paragraphs { get; internal set; } = Array.Empty<Paragraph>();

        /// <summary>Words in the kept paragraphs, captions left out; counted when first asked for (quote and time pipelines never ask).</summary>
        public int WordCount => wordCount ??= CountWords();

        private int? wordCount;

        private int CountWords()
        {
            var words = 0;
            foreach (var paragraph in Paragraphs)
            {
                if (paragraph.Kind != ParagraphKind.Caption)
                {
                    words += BlockClassifier.WordCount(paragraph.Text);
                }
            }

            return words;
        }

        public IReadOnlyList<RemovedText> Removed { get; internal set; } = Array.Empty<RemovedText>();

        private ArticleText? sharedText;

        /// <summary>
        /// The text as the analyses share it (<see cref="ArticleText"/>), made on first use. Safe from several threads: a
        /// race makes two equal copies and keeps one. Made again if the text or paragraphs were replaced after it was made.
        /// </summary>
        internal ArticleText SharedText()
        {
            var shared = Volatile.Read(ref sharedText);
            if (shared != null && ReferenceEquals(shared.Text, Text) && shared.Paragraphs == Paragraphs)
            {
                return shared;
            }

            var made = new ArticleText(Text, Paragraphs);
            var kept = Interlocked.CompareExchange(ref sharedText, made, shared);

            // Another thread got there first: read its copy (made from the same text), so the layers are built once.
            return ReferenceEquals(kept, shared) || !ReferenceEquals(kept!.Text, Text) || kept.Paragraphs != Paragraphs ? made : kept;
        }

        public override string ToString() => Title ?? Id;
    }
}
