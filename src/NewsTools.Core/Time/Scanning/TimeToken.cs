namespace NewsTools.Time.Scanning
{
    internal enum TokenKind : byte
    {
        Word,
        Number,
        Punct,
    }

    /// <summary>One token of the text, by offsets; no string is made for it.</summary>
    internal struct TimeToken
    {
        public int Start;
        public int End;
        public TokenKind Kind;

        /// <summary>Whitespace stands between this token and the one before.</summary>
        public bool SpaceBefore;

        /// <summary>A line break stands between this token and the one before: expressions never run across it.</summary>
        public bool BreakBefore;

        /// <summary>First letter upper case.</summary>
        public bool Capitalized;

        /// <summary>Value of a digit run (at most 9 digits), else -1.</summary>
        public int Number;

        public LexGroup? Lex;

        public int Length => End - Start;

        public char First(string text) => text[Start];
    }
}
