using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace NewsTools.Time.Scanning
{
    /// <summary>
    /// A set of words looked up by a slice of a text (start and length), ASCII case folded, without allocating:
    /// the hot path of event extraction asks it about every word of a clause.
    /// </summary>
    internal sealed class SliceSet
    {
        private readonly string?[] slots;
        private readonly int[] hashes;
        private readonly int mask;

        // One bit per value of a hash's low 13 bits, set for the words held: most words asked about are not in the set.
        private readonly byte[] filter = new byte[1 << 10];

        // By length (1-24) and first character (folded, & 31), one bit per last character (folded, & 31) of the words held:
        // a cheaper first "no" than the hash for the many words asked about that are not in the set.
        private const int EdgeLengths = 24;
        private readonly uint[] edges = new uint[EdgeLengths * 32];

        public SliceSet(IEnumerable<string> words)
        {
            var list = new List<string>();
            foreach (var w in words)
            {
                if (!string.IsNullOrEmpty(w))
                {
                    list.Add(w);
                }
            }

            var size = 16;
            while (size < list.Count * 4)
            {
                size <<= 1;
            }

            slots = new string?[size];
            hashes = new int[size];
            mask = size - 1;
            foreach (var w in list)
            {
                if (Contains(w, 0, w.Length))
                {
                    continue;
                }

                var hash = Hash(w, 0, w.Length);
                var h = hash & mask;
                while (slots[h] != null)
                {
                    h = (h + 1) & mask;
                }

                slots[h] = w;
                hashes[h] = hash;
                if (w.Length <= EdgeLengths)
                {
                    edges[((w.Length - 1) * 32) + (Fold(w[0]) & 31)] |= 1u << (Fold(w[w.Length - 1]) & 31);
                }
                filter[(hash >> 3) & 0x3ff] |= (byte)(1 << (hash & 7));
            }
        }

        public bool Contains(string text, int start, int length)
        {
            if (length <= 0)
            {
                return false;
            }

            if (length <= EdgeLengths
                && (edges[((length - 1) * 32) + (Fold(text[start]) & 31)] & (1u << (Fold(text[start + length - 1]) & 31))) == 0)
            {
                return false;
            }

            var hash = Hash(text, start, length);
            if ((filter[(hash >> 3) & 0x3ff] & (1 << (hash & 7))) == 0)
            {
                return false;
            }

            var h = hash & mask;
            while (true)
            {
                var w = slots[h];
                if (w == null)
                {
                    return false;
                }

                if (hashes[h] == hash && w.Length == length && Same(w, text, start))
                {
                    return true;
                }

                h = (h + 1) & mask;
            }
        }

        public bool Contains(string word) => Contains(word, 0, word.Length);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static char Fold(char c) => c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c == '\u2019' ? '\'' : c;

        /// <summary>The length and the first two and last two characters, folded, mixed: four reads whatever the length.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static int Hash(string s, int start, int length)
        {
            var last = start + length - 1;
            unchecked
            {
                var h = (uint)length * 0x9E3779B1u;
                h = (h ^ Fold(s[start])) * 0x85EBCA77u;
                h = (h ^ Fold(s[length > 1 ? start + 1 : start])) * 0xC2B2AE3Du;
                h = (h ^ Fold(s[length > 1 ? last - 1 : last])) * 0x27D4EB2Fu;
                h = (h ^ Fold(s[last])) * 0x165667B1u;
                h ^= h >> 15;
                return (int)(h & 0x7fffffff);
            }
        }

        private static bool Same(string word, string text, int start)
        {
            for (var i = 0; i < word.Length; i++)
            {
                if (Fold(word[i]) != Fold(text[start + i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
