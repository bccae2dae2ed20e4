namespace NewsTools.Text
{
    /// <summary>A half-open range [Start, End) of a text.</summary>
    public readonly struct TextSpan
    {
        public TextSpan(int start, int end)
        {
            Start = start;
            End = end;
        }

        public int Start { get; }

        public int End { get; }

        public int Length => End - Start;

        public string Of(string text) => text.Substring(Start, End - Start);

        public bool Contains(int offset) => offset >= Start && offset < End;

        public override string ToString() => "[" + Start + "," + End + ")";
    }
}
