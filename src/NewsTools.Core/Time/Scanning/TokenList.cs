using System;
using System.Runtime.CompilerServices;

namespace NewsTools.Time.Scanning
{
    /// <summary>
    /// The tokens of one stretch of text in a plain array, read by reference: parsers ask several questions about each token,
    /// and a <c>List&lt;TimeToken&gt;</c> indexer copies the whole struct for every one of them.
    /// </summary>
    internal sealed class TokenList
    {
        private TimeToken[] items;
        private int[] starts = new int[64];

        public TokenList(int capacity)
        {
            items = new TimeToken[Math.Max(capacity, 16)];
        }

        public int Count { get; private set; }

        public int Capacity => items.Length;

        /// <summary>The backing array; entries at <see cref="Count"/> and beyond are stale.</summary>
        internal TimeToken[] Items => items;

        public ref TimeToken this[int i]
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get
            {
                if ((uint)i >= (uint)Count)
                {
                    ThrowOutOfRange();
                }

                return ref items[i];
            }
        }

        /// <summary>Indices of the tokens an expression can begin with, ascending (see TimeTokenizer).</summary>
        internal int[] Starts => starts;

        public int StartCount { get; private set; }

        public void Clear()
        {
            Count = 0;
            StartCount = 0;
        }

        /// <summary>
        /// Grows the token array and the start list (doubling) until each has room for <paramref name="more"/> entries past
        /// <see cref="Count"/> and <see cref="StartCount"/>; the tokenizer then fills them through <see cref="Items"/> and
        /// <see cref="Starts"/> without a check per token.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        internal void MakeRoom(int more)
        {
            var size = items.Length;
            while (size - Count < more)
            {
                size *= 2;
            }

            if (size != items.Length)
            {
                Array.Resize(ref items, size);
            }

            size = starts.Length;
            while (size - StartCount < more)
            {
                size *= 2;
            }

            if (size != starts.Length)
            {
                Array.Resize(ref starts, size);
            }
        }

        /// <summary>How many entries of <see cref="Items"/> and <see cref="Starts"/> the tokenizer filled.</summary>
        internal void SetCounts(int count, int startCount)
        {
            Count = count;
            StartCount = startCount;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void ThrowOutOfRange() => throw new ArgumentOutOfRangeException("i");
    }
}
