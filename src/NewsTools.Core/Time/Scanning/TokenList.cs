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

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void AddStart(int index)
        {
            if (StartCount == starts.Length)
            {
                Array.Resize(ref starts, starts.Length * 2);
            }

            starts[StartCount++] = index;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void ThrowOutOfRange() => throw new ArgumentOutOfRangeException("i");

        /// <summary>A new token at the end, for the caller to fill in.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ref TimeToken Add()
        {
            if (Count == items.Length)
            {
                Array.Resize(ref items, items.Length * 2);
            }

            return ref items[Count++];
        }
    }
}
