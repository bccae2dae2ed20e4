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

        /// <summary>
        /// The word's place in its lexicon's groups (<see cref="Lexicon.Groups"/>; <see cref="TimeScan.LexOf"/> gives the
        /// group), 0 for a word the lexicon lacks and for other tokens. An index, not the group: the tokenizer stores one
        /// per token, and storing a reference into the kept token array cost a garbage-collector write barrier each time.
        /// </summary>
        public int LexIndex;

        public int Length => End - Start;

        public char First(string text) => text[Start];
    }
}
