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

        /// <summary>
        /// The index of the last of <paramref name="spans"/> (ordered, not overlapping) that starts at or before
        /// <paramref name="offset"/>, or -1: a binary search, so many lookups in one long list stay linear.
        /// </summary>
        public static int LastStartingAtOrBefore(System.Collections.Generic.IReadOnlyList<TextSpan> spans, int offset)
        {
            int lo = 0, hi = spans.Count - 1, found = -1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >> 1;
                if (spans[mid].Start <= offset)
                {
                    found = mid;
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return found;
        }
    }
}
