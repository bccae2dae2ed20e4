using System;
using System.Collections.Generic;

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
            var text = block.Plain;

            // OR-ing every character is branch-free; below U+0250 nothing is outside the Latin blocks, so nothing to count.
            var any = 0;
            foreach (var c in text)
            {
                any |= c;
            }

            if (any < 0x250)
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

        private static void CountScripts(string text, ref long latin, ref long other)
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
