namespace NewsTools.Articles
{
    /// <summary>What import decided a block of the input is.</summary>
    internal enum BlockRole
    {
        Body,
        Caption,
        Heading,
        Title,
        Removed,
    }

    /// <summary>A line or HTML block of the input, with its offsets in the article text and what it turned out to be.</summary>
    internal sealed class ArticleBlock
    {
        public ArticleBlock(int start, string text, ParagraphKind? hint)
            : this(start, text, 0, text.Length, false)
        {
            Hint = hint;
        }

        /// <summary>A block that is <paramref name="source"/>[<paramref name="sourceStart"/>, + <paramref name="length"/>), at <paramref name="start"/> in the article.</summary>
        public ArticleBlock(int start, string source, int sourceStart, int length, bool followedByBlank)
        {
            Reset(start, source, sourceStart, length, followedByBlank);
        }

        /// <summary>The block's offset in the article text.</summary>
        public int Start { get; private set; }

        public int Length { get; private set; }

        public int End => Start + Length;

        /// <summary>The string the block stands in, at <see cref="SourceStart"/>: the article text for a line, its own text for an HTML block.</summary>
        public string Source { get; private set; } = string.Empty;

        public int SourceStart { get; private set; }

        /// <summary>The block's text, cut from its source when first asked for (the classifier reads most lines in place).</summary>
        public string Text => text ??= Source.Substring(SourceStart, Length);

        /// <summary>What the markup said (figcaption, h2), when the input was HTML.</summary>
        public ParagraphKind? Hint { get; private set; }

        public BlockRole Role { get; set; } = BlockRole.Body;

        public string? Reason { get; set; }

        /// <summary>Text with odd spaces made plain, same length, for matching.</summary>
        public string Plain => plain ??= NewsTools.Text.TextNormalizer.ForAnalysis(Text);

        /// <summary>
        /// <see cref="Plain"/> where it stands: the block in its source when it holds no odd space (nearly every line), so that
        /// no string is made for it.
        /// </summary>
        public LineView PlainView => plainView ??= LineView.Plain(Source, SourceStart, Length);

        /// <summary>The trimmed plain line (Plain.Trim()) that the line rules read.</summary>
        public LineView Line => line ??= PlainView.Trim();

        /// <summary>Letters in Latin script and in other scripts, counted once (see BlockClassifier).</summary>
        public (long Latin, long Other)? Scripts { get; set; }

        /// <summary>In plain text, whether a blank line follows: a first line set apart like that is a headline.</summary>
        public bool FollowedByBlank { get; set; }

        private string? text;
        private string? plain;
        private LineView? plainView;
        private LineView? line;

        /// <summary>Makes this block another line, as new: a reader reuses its blocks from article to article.</summary>
        public void Reset(int start, string source, int sourceStart, int length, bool followedByBlank)
        {
            Start = start;
            Source = source;
            SourceStart = sourceStart;
            Length = length;
            text = sourceStart == 0 && length == source.Length ? source : null;
            Hint = null;
            Role = BlockRole.Body;
            Reason = null;
            Scripts = null;
            FollowedByBlank = followedByBlank;
            plain = null;
            plainView = null;
            line = null;
        }

        public override string ToString() => Role + ": " + Text;
    }
}
