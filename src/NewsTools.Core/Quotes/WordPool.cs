namespace NewsTools.Quotes
{
    /// <summary>
    /// Word strings shared across paragraphs and articles. News prose repeats a small vocabulary, so handing back the string
    /// cut for an earlier occurrence of the same characters saves most of the substrings the attributor would otherwise make.
    /// A fixed-size table where a new word simply replaces the one in its slot: bounded memory, constant time per word.
    /// Safe to share between threads without locks: a slot is read once and its string compared before it is returned.
    /// </summary>
    internal static class WordPool
    {
        // Longer words are rare enough that pooling them would only evict common ones.
        private const int MaxLength = 24;
        private const int Slots = 1 << 13;
        private const int LowerSlots = 1 << 11;
        private static readonly string?[] Table = new string?[Slots];
        private static readonly LowerPair?[] LowerTable = new LowerPair?[LowerSlots];

        /// <summary>The text of <paramref name="length"/> characters at <paramref name="start"/>, equal to Substring's result.</summary>
        public static string Get(string source, int start, int length)
        {
            if (length > MaxLength || length == 0)
            {
                return source.Substring(start, length);
            }

            // A cheap hash of length, first, middle and last character spreads words well enough: a collision only costs a cut.
            var hash = ((uint)length * 0x9E3779B1u) ^ (source[start] * 0x85EBCA6Bu) ^ (source[start + (length >> 1)] * 0xC2B2AE35u) ^ (source[start + length - 1] * 0x27D4EB2Fu);
            var slot = (int)((hash ^ (hash >> 13)) & (Slots - 1));
            var pooled = Table[slot];
            if (pooled != null && pooled.Length == length && SameText(pooled, source, start))
            {
                return pooled;
            }

            pooled = source.Substring(start, length);
            Table[slot] = pooled;
            return pooled;
        }

        private static bool SameText(string pooled, string source, int start)
        {
            for (var i = 0; i < pooled.Length; i++)
            {
                if (pooled[i] != source[start + i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// <paramref name="word"/>.ToLowerInvariant(), remembered: the rules lower-case the same capitalised words again and again.
        /// A lower-case word is its own answer and costs nothing.
        /// </summary>
        public static string Lower(string word)
        {
            var i = 0;
            // (A surrogate pair may change case as a whole: such words take the full ToLowerInvariant below.)
            while (i < word.Length && !char.IsSurrogate(word[i]) && char.ToLowerInvariant(word[i]) == word[i])
            {
                i++;
            }

            if (i == word.Length || word.Length > MaxLength)
            {
                return i == word.Length ? word : word.ToLowerInvariant();
            }

            var slot = word.GetHashCode() & (LowerSlots - 1);
            var pair = LowerTable[slot];
            if (pair != null && string.Equals(pair.Word, word, System.StringComparison.Ordinal))
            {
                return pair.Lower;
            }

            pair = new LowerPair(word, word.ToLowerInvariant());
            LowerTable[slot] = pair;
            return pair.Lower;
        }

        private sealed class LowerPair
        {
            public LowerPair(string word, string lower)
            {
                Word = word;
                Lower = lower;
            }

            public string Word { get; }

            public string Lower { get; }
        }
    }
}
