namespace NewsTools.Text
{
    /// <summary>
    /// The possessive mark, one rule for every scanner: an apostrophe and s after a word ("Japan's", "Japan’s", "CHINA'S"),
    /// or an apostrophe after a plural's s ("ministers'", "ministers’"). Any apostrophe counts
    /// (<see cref="TextNormalizer.IsApostrophe"/>); the word before the mark must hold at least one more character.
    /// </summary>
    public static class Possessive
    {
        /// <summary>How many characters of the possessive mark text[start, end) ends with: 2 for 's, 1 for s', else 0.</summary>
        public static int Length(string text, int start, int end)
        {
            if (end - start <= 2)
            {
                return 0;
            }

            var last = text[end - 1];
            var before = text[end - 2];
            if (IsS(last) && TextNormalizer.IsApostrophe(before))
            {
                return 2;
            }

            return TextNormalizer.IsApostrophe(last) && IsS(before) ? 1 : 0;
        }

        /// <summary>
        /// Whether the apostrophe at text[i] starts a possessive 's that ends the word there ("Japan's" but not "Japan'sk"),
        /// for scanners that read a word from left to right and stop at the mark.
        /// </summary>
        public static bool StartsAt(string text, int i, int end) =>
            i + 1 < end && TextNormalizer.IsApostrophe(text[i]) && IsS(text[i + 1]) && (i + 2 >= end || !char.IsLetter(text[i + 2]));

        /// <summary>Whether a word ends in a possessive mark.</summary>
        public static bool Is(string word) => Length(word, 0, word.Length) > 0;

        /// <summary>The word without its possessive mark ("Japan's" to "Japan", "ministers'" to "ministers").</summary>
        public static string Strip(string word)
        {
            var mark = Length(word, 0, word.Length);
            return mark == 0 ? word : word.Substring(0, word.Length - mark);
        }

        private static bool IsS(char c) => c == 's' || c == 'S';
    }
}
