using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.InteropServices;

namespace NewsTools.Articles
{
    /// <summary>Whether an article is mostly in Latin script, and which of its lines are mostly in another (navigation or a summary in another language), to be removed.</summary>
    internal sealed partial class BlockClassifier
    {
        private static bool IsMostlyLatin(List<ArticleBlock> blocks)
        {
            long latin = 0;
            long other = 0;
            foreach (var block in blocks)
            {
                var (blockLatin, blockOther) = ScriptsOf(block);
                latin += blockLatin;
                other += blockOther;
            }

            return latin >= other;
        }

        private static bool IsOtherScript(ArticleBlock block)
        {
            var (latin, other) = ScriptsOf(block);
            return other > 0 && other >= latin;
        }

        private static (long Latin, long Other) ScriptsOf(ArticleBlock block)
        {
            if (block.Scripts is (long, long) known)
            {
                return known;
            }

            long latin = 0;
            long other = 0;
            var text = block.PlainView.AsSpan();

            // Below U+0250 nothing is outside the Latin blocks, so nothing to count.
            if (OrOfChars(text) < 0x250)
            {
                latin = text.Length;
            }
            else
            {
                CountScripts(text, ref latin, ref other);
            }

            block.Scripts = (latin, other);
            return (latin, other);
        }

        /// <summary>Every character of the text OR-ed together (branch-free, a vector of characters at a time), so its high bits tell whether any character reaches a given block.</summary>
        private static int OrOfChars(ReadOnlySpan<char> text)
        {
            var chars = MemoryMarshal.Cast<char, ushort>(text);
            var done = 0;
            var any = 0;
            if (Vector.IsHardwareAccelerated)
            {
                var vectors = MemoryMarshal.Cast<ushort, Vector<ushort>>(chars);
                var all = Vector<ushort>.Zero;
                foreach (var vector in vectors)
                {
                    all |= vector;
                }

                for (var k = 0; k < Vector<ushort>.Count; k++)
                {
                    any |= all[k];
                }

                done = vectors.Length * Vector<ushort>.Count;
            }

            for (var i = done; i < chars.Length; i++)
            {
                any |= chars[i];
            }

            return any;
        }

        private static void CountScripts(ReadOnlySpan<char> text, ref long latin, ref long other)
        {
            foreach (var c in text)
            {
                if (c < 128)
                {
                    // ASCII fast path: most news text never leaves it.
                    if ((uint)((c | 0x20) - 'a') <= 'z' - 'a')
                    {
                        latin++;
                    }

                    continue;
                }

                if (!char.IsLetter(c))
                {
                    continue;
                }

                // Basic Latin, Latin-1, Latin Extended A/B and the phonetic/extended additions are all "Latin".
                if (c < '\u0250' || (c >= '\u1E00' && c <= '\u1EFF'))
                {
                    latin++;
                }
                else
                {
                    other++;
                }
            }
        }
    }
}
