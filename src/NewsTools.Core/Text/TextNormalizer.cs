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
            // Most text has none: a vectorised search settles that without touching each character in C#.
            var first = text.IndexOfAny(OddSpaces);
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

        private static readonly char[] OddSpaces = { '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u2002', '\u2003', '\u3000', '\t' };

        public static bool IsOddSpace(char c) =>
            c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u2009' || c == '\u200A' || c == '\u2002' || c == '\u2003' || c == '\u3000' || c == '\t';

        /// <summary>Any apostrophe-like character.</summary>
        public static bool IsApostrophe(char c) => c == '\'' || c == '\u2019' || c == '\u02BC' || c == '`';

        /// <summary>Hyphens and dashes of every width.</summary>
        public static bool IsDash(char c) => c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2015' || c == '\u2212';
    }
}
