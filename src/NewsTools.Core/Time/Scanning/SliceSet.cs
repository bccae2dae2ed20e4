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
        private readonly int mask;

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
            mask = size - 1;
            foreach (var w in list)
            {
                if (Contains(w, 0, w.Length))
                {
                    continue;
                }

                var h = Hash(w, 0, w.Length) & mask;
                while (slots[h] != null)
                {
                    h = (h + 1) & mask;
                }

                slots[h] = w;
            }
        }

        [MethodImpl(HotPath.Optimize)]
        public bool Contains(string text, int start, int length)
        {
            if (length <= 0)
            {
                return false;
            }

            var h = Hash(text, start, length) & mask;
            while (true)
            {
                var w = slots[h];
                if (w == null)
                {
                    return false;
                }

                if (w.Length == length && Same(w, text, start))
                {
                    return true;
                }

                h = (h + 1) & mask;
            }
        }

        public bool Contains(string word) => Contains(word, 0, word.Length);

        internal static char Fold(char c) => c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c == '\u2019' ? '\'' : c;

        [MethodImpl(HotPath.Optimize)]
        internal static int Hash(string s, int start, int length)
        {
            unchecked
            {
                var h = (int)2166136261;
                for (var i = start; i < start + length; i++)
                {
                    h = (h ^ Fold(s[i])) * 16777619;
                }

                return h & 0x7fffffff;
            }
        }

        [MethodImpl(HotPath.Optimize)]
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
