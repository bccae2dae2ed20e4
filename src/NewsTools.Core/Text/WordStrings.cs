using System;

namespace NewsTools.Text
{
    /// <summary>
    /// The strings of the words an analysis of an article has cut (its quotes' paragraphs, its events' verbs and names), handed
    /// out again for the same characters: a name or "said" is cut once an article, not once a paragraph or event. Direct-mapped and bounded (a new word takes its slot's place), and emptied
    /// for each article: kept across articles, the strings would outlive the young generation and cost more to collect than
    /// to cut again. Strings are values, so which copy a caller gets is invisible.
    /// </summary>
    internal sealed class WordStrings
    {
        // Slots (a power of two) and the longest word kept: names and function words are short, and a long token is rarely seen twice.
        private const int Slots = 1024;
        private const int MaxLength = 24;

        private readonly string?[] slots = new string?[Slots];

        // The slots filled since the last Clear, so that clearing costs the article's words, not the whole table.
        private readonly int[] filled = new int[Slots];
        private int filledCount;

        /// <summary>Forgets every string (at an article's start and end, so that none is held past its article).</summary>
        public void Clear()
        {
            for (var i = 0; i < filledCount; i++)
            {
                slots[filled[i]] = null;
            }

            filledCount = 0;
        }

        /// <summary>text[start, start + length), through <paramref name="strings"/> when there are any (else cut anew).</summary>
        public static string Cut(WordStrings? strings, string text, int start, int length) =>
            strings != null ? strings.Cut(text, start, length) : text.Substring(start, length);

        /// <summary>text[start, start + length), as a string cut earlier for the same characters when one is kept.</summary>
        public string Cut(string text, int start, int length)
        {
            if (length > MaxLength || length == 0)
            {
                return text.Substring(start, length);
            }

            // The slot from the length and three characters, without a chain through every character: a word that shares them
            // with another only takes its place.
            var hash = (uint)((length * 31) + (text[start] * 7) + (text[start + (length >> 1)] * 131) + (text[start + length - 1] * 1031));
            var index = (int)(hash ^ (hash >> 10)) & (Slots - 1);
            var kept = slots[index];
            if (kept == null)
            {
                filled[filledCount++] = index;
            }
            else if (kept.Length == length && kept.AsSpan().SequenceEqual(text.AsSpan(start, length)))
            {
                return kept;
            }

            return slots[index] = text.Substring(start, length);
        }
    }
}
