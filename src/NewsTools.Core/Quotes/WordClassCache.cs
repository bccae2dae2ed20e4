using System;
using System.Runtime.CompilerServices;

namespace NewsTools.Quotes
{
    /// <summary>
    /// The classes and slot of the short words this thread's tokenizer met lately, one entry per place a word's characters
    /// hash to, in front of <see cref="WordClassTable"/>. About every other token of news prose is in a list and every other
    /// is not, so the table's first test (its filter) went one way or the other at random, and the processor guessed it
    /// wrong about as often; here a word met before, as most words of an article are, is one equal test that nearly always
    /// holds, and its classes are read rather than branched on. A word of fewer than eight characters is told by its packed
    /// characters as written alone (they are zero above the word, and no word holds a zero character), so an entry gives
    /// exactly what the table gives, case-sensitive spellings included.
    /// </summary>
    internal sealed class WordClassCache
    {
        // 4096 entries of 16 bytes (64 KB a thread): 1024 left a fifth of the corpus's short words to the table for want of room.
        private const int Bits = 12;

        [ThreadStatic]
        private static WordClassCache? current;

        private readonly Entry[] entries = new Entry[1 << Bits];

        private WordClassCache(WordClassTable table)
        {
            Table = table;
        }

        public WordClassTable Table { get; }

        /// <summary>Words shorter than this are cached (their packed characters are the whole word).</summary>
        public const int MaxLength = 7;

        /// <summary>This thread's cache for <paramref name="table"/> (a fresh one when the thread last read another table).</summary>
        public static WordClassCache For(WordClassTable table)
        {
            var cache = current;
            if (cache == null || cache.Table != table)
            {
                current = cache = new WordClassCache(table);
            }

            return cache;
        }

        /// <summary>
        /// The classes of an all-ASCII word of at most <see cref="MaxLength"/> characters at text[start, start + length), whose
        /// characters as written the tokenizer packed (<see cref="WordClassTable.AddChar"/>), and its slot (-1: none).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public WordClass Lookup(string text, int start, int length, ulong written, out int slot)
        {
            ref var entry = ref entries[(int)((written * 0x9E3779B97F4A7C15UL) >> (64 - Bits))];
            if (entry.Written == written)
            {
                slot = entry.Slot;
                return entry.Classes;
            }

            return Fill(ref entry, text, start, length, written, out slot);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private WordClass Fill(ref Entry entry, string text, int start, int length, ulong written, out int slot)
        {
            var classes = Table.LookupWord(text, start, length, written, out slot);
            entry.Written = written;
            entry.Classes = classes;
            entry.Slot = slot;
            return classes;
        }

        private struct Entry
        {
            public ulong Written;
            public WordClass Classes;
            public int Slot;
        }
    }
}
