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
        {
            Start = start;
            Text = text;
            Hint = hint;
        }

        public int Start { get; private set; }

        public string Text { get; private set; }

        public int End => Start + Text.Length;

        /// <summary>What the markup said (figcaption, h2), when the input was HTML.</summary>
        public ParagraphKind? Hint { get; private set; }

        public BlockRole Role { get; set; } = BlockRole.Body;

        public string? Reason { get; set; }

        /// <summary>Text with odd spaces made plain, same length, for matching.</summary>
        public string Plain => plain ??= NewsTools.Text.TextNormalizer.ForAnalysis(Text);

        /// <summary>Letters in Latin script and in other scripts, counted once (see BlockClassifier).</summary>
        public (long Latin, long Other)? Scripts { get; set; }

        /// <summary>In plain text, whether a blank line follows: a first line set apart like that is a headline.</summary>
        public bool FollowedByBlank { get; set; }

        private string? plain;

        /// <summary>Makes this block another line, as new: a reader reuses its blocks from article to article.</summary>
        public void Reset(int start, string text, bool followedByBlank)
        {
            Start = start;
            Text = text;
            Hint = null;
            Role = BlockRole.Body;
            Reason = null;
            Scripts = null;
            FollowedByBlank = followedByBlank;
            plain = null;
        }

        public override string ToString() => Role + ": " + Text;
    }
}
