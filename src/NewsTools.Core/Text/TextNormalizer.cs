using System.Text;

namespace NewsTools.Text
{
    /// <summary>Same-length normalisation for analysis, so offsets found in the copy index the original text.</summary>
    public static class TextNormalizer
    {
        /// <summary>
        /// Non-breaking and other fixed-width spaces become ordinary spaces (the Sputnik seed has 19 of them between words),
        /// every other character is kept: the result has exactly the length of the input.
        /// </summary>
        public static string ForAnalysis(string text)
        {
            // Most text has none: two vectorised searches (five marks at most each, which the runtime compares exactly, where
            // a longer list falls back to a probabilistic filter) settle that without touching each character in C#.
            var first = FirstOddSpace(text, 0, text.Length);
            if (first < 0)
            {
                return text;
            }

            StringBuilder? copy = null;
            for (var i = first; i < text.Length; i++)
            {
                if (IsOddSpace(text[i]))
                {
                    copy ??= new StringBuilder(text);
                    copy[i] = ' ';
                }
            }

            return copy?.ToString() ?? text;
        }

        /// <summary>The offset of the first odd space in text[start, start + count), or -1.</summary>
        public static int FirstOddSpace(string text, int start, int count)
        {
            var first = text.IndexOfAny(OddSpacesCommon, start, count);
            var limit = first < 0 ? count : first - start;
            var other = limit > 0 ? text.IndexOfAny(OddSpacesRare, start, limit) : -1;
            return other >= 0 ? other : first;
        }

        // Split so that each list is short enough for the runtime's exact vectorised search.
        private static readonly char[] OddSpacesCommon = { '\u00A0', '\t', '\u2009', '\u202F', '\u2007' };
        private static readonly char[] OddSpacesRare = { '\u200A', '\u2002', '\u2003', '\u3000' };

        /// <summary>
        /// The one definition of a space every scanner uses: what char.IsWhiteSpace says, which takes in line breaks, tabs and
        /// every odd space (no-break, thin, figure, ideographic: each <see cref="IsOddSpace"/> character is one). The characters
        /// between the space and U+0085, none of them white space, are answered without the call: they are most of any text.
        /// </summary>
        public static bool IsSpace(char c) => (c <= ' ' || c >= '\u0085') && char.IsWhiteSpace(c);

        /// <summary>A mark that ends a sentence: a full stop, "!", "?" or an ellipsis.</summary>
        public static bool IsSentenceStop(char c) => c == '.' || c == '!' || c == '?' || c == '…';

        public static bool IsOddSpace(char c) =>
            c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u2009' || c == '\u200A' || c == '\u2002' || c == '\u2003' || c == '\u3000' || c == '\t';

        /// <summary>Any apostrophe-like character.</summary>
        public static bool IsApostrophe(char c) => c == '\'' || c == '\u2019' || c == '\u02BC' || c == '`';

        /// <summary>Hyphens and dashes of every width.</summary>
        public static bool IsDash(char c) => c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2015' || c == '\u2212';

        /// <summary>
        /// How many letters the word has when every one is a capital ("NATO" 4, "G7" 1, "31" 0), or -1 when one is not: a word
        /// in capitals, told with a loop (no enumerator per word).
        /// </summary>
        internal static int CapitalLetterCount(string word)
        {
            var letters = 0;
            foreach (var c in word)
            {
                if (char.IsLetter(c))
                {
                    if (!char.IsUpper(c))
                    {
                        return -1;
                    }

                    letters++;
                }
            }

            return letters;
        }
    }
}
