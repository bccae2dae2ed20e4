using System;
using System.Text.RegularExpressions;
using NewsTools.Text;

namespace NewsTools.Articles
{
    /// <summary>
    /// A line of a text read where it stands, without a string of its own: import classifies every line of an article, and
    /// cutting each one out was a fifth of what a pass over the corpus allocated. <see cref="ToString"/> makes the string
    /// for the few lines a rule needs as one.
    /// </summary>
    internal readonly struct LineView
    {
        public LineView(string source, int start, int length)
        {
            Source = source;
            Start = start;
            Length = length;
        }

        /// <summary>The string the line stands in.</summary>
        public string Source { get; }

        public int Start { get; }

        public int Length { get; }

        public char this[int index] => Source[Start + index];

        /// <summary>The last character; the line must not be empty.</summary>
        public char Last => Source[Start + Length - 1];

        /// <summary>The rest of the line from <paramref name="offset"/> on.</summary>
        public LineView From(int offset) => Slice(offset, Length - offset);

        public LineView Slice(int offset, int length) => new LineView(Source, Start + offset, length);

        /// <summary>The offset in the line of the first <paramref name="c"/> at or after <paramref name="from"/>, or -1.</summary>
        public int IndexOf(char c, int from)
        {
            var at = Source.IndexOf(c, Start + from, Length - from);
            return at < 0 ? -1 : at - Start;
        }

        /// <summary>The text as <see cref="TextNormalizer.ForAnalysis"/> makes it, read in place unless it has odd spaces to replace.</summary>
        public static LineView Plain(string source, int start, int length) =>
            TextNormalizer.FirstOddSpace(source, start, length) < 0
                ? new LineView(source, start, length)
                : new LineView(TextNormalizer.ForAnalysis(source.Substring(start, length)), 0, length);

        /// <summary>As string.Trim(): white space taken off both ends.</summary>
        public LineView Trim()
        {
            var s = Start;
            var e = Start + Length;
            while (s < e && char.IsWhiteSpace(Source[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(Source[e - 1]))
            {
                e--;
            }

            return new LineView(Source, s, e - s);
        }

        public bool EqualsText(string text, StringComparison comparison) =>
            text.Length == Length && string.Compare(Source, Start, text, 0, Length, comparison) == 0;

        public bool StartsWith(string prefix, StringComparison comparison) =>
            prefix.Length <= Length && string.Compare(Source, Start, prefix, 0, prefix.Length, comparison) == 0;

        /// <summary>Whether the pattern matches the line as if it were the whole input (anchors and lookarounds see only the line).</summary>
        public bool IsMatchedBy(Regex regex) => regex.Match(Source, Start, Length).Success;

        public ReadOnlySpan<char> AsSpan() => Source.AsSpan(Start, Length);

        public override string ToString() => Source.Substring(Start, Length);
    }
}
