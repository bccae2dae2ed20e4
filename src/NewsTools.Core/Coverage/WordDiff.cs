using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace NewsTools.Coverage
{
    internal enum DiffOp
    {
        Same,
        Removed,
        Added,
    }

    /// <summary>A run of words that one rendering has, the other has, or both have.</summary>
    internal readonly struct DiffSegment
    {
        public DiffSegment(DiffOp op, string text)
        {
            Op = op;
            Text = text;
        }

        public DiffOp Op { get; }

        public string Text { get; }
    }

    /// <summary>
    /// Word-level difference of two renderings (longest common subsequence of words, case and punctuation ignored),
    /// written the way `git diff --word-diff` does: "We hope ... will [-not give up-]{+neither relax in+} its efforts".
    /// </summary>
    internal static class WordDiff
    {
        /// <summary>Above this many word pairs the table would be too big; the middle is then shown as replaced whole.</summary>
        private const int MaxCells = 400_000;

        // Boundaries and keys only: the built-in scanner's, as the configured abbreviations change nothing but sentence starts.
        public static List<DiffSegment> Segments(string a, string b) => Segments(a, WordScanner.BuiltIn.Scan(a), b, WordScanner.BuiltIn.Scan(b));

        /// <summary>The same, over words scanned once by a caller that diffs one text against many.</summary>
        public static List<DiffSegment> Segments(string a, IReadOnlyList<Word> wa, string b, IReadOnlyList<Word> wb)
        {
            var sa = wa.Select(w => a.Substring(w.Start, w.End - w.Start)).ToArray();
            var sb = wb.Select(w => b.Substring(w.Start, w.End - w.Start)).ToArray();
            var ka = wa.Select(w => w.Key).ToArray();
            var kb = wb.Select(w => w.Key).ToArray();
            return JoinRuns(WordOps(sa, ka, sb, kb));
        }

        /// <summary>One operation per word: the common prefix and suffix as they are, the middle by <see cref="MiddleOps"/>.</summary>
        private static List<(DiffOp Op, string Word)> WordOps(string[] sa, string[] ka, string[] sb, string[] kb)
        {
            // Common prefix and suffix first: translations and trims often differ only in the middle.
            var prefix = 0;
            while (prefix < ka.Length && prefix < kb.Length && ka[prefix] == kb[prefix])
            {
                prefix++;
            }

            var suffix = 0;
            while (suffix < ka.Length - prefix && suffix < kb.Length - prefix && ka[ka.Length - 1 - suffix] == kb[kb.Length - 1 - suffix])
            {
                suffix++;
            }

            var ops = new List<(DiffOp Op, string Word)>();
            for (var i = 0; i < prefix; i++)
            {
                ops.Add((DiffOp.Same, sa[i]));
            }

            MiddleOps(sa, ka, sb, kb, prefix, ka.Length - prefix - suffix, kb.Length - prefix - suffix, ops);
            for (var i = ka.Length - suffix; i < ka.Length; i++)
            {
                ops.Add((DiffOp.Same, sa[i]));
            }

            return ops;
        }

        /// <summary>
        /// The <paramref name="n"/> and <paramref name="m"/> words after <paramref name="prefix"/>, aligned by their longest common
        /// subsequence of keys (an added word is preferred over a removed one on ties); replaced whole when the table would be too big.
        /// </summary>
        private static void MiddleOps(string[] sa, string[] ka, string[] sb, string[] kb, int prefix, int n, int m, List<(DiffOp Op, string Word)> ops)
        {
            if ((long)n * m > MaxCells)
            {
                ops.AddRange(sa.Skip(prefix).Take(n).Select(w => (DiffOp.Removed, w)));
                ops.AddRange(sb.Skip(prefix).Take(m).Select(w => (DiffOp.Added, w)));
                return;
            }

            // lcs[i, j]: the longest common subsequence of the words from i in a and from j in b.
            var lcs = new int[n + 1, m + 1];
            for (var i = n - 1; i >= 0; i--)
            {
                for (var j = m - 1; j >= 0; j--)
                {
                    lcs[i, j] = ka[prefix + i] == kb[prefix + j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
                }
            }

            int x = 0, y = 0;
            while (x < n || y < m)
            {
                if (x < n && y < m && ka[prefix + x] == kb[prefix + y])
                {
                    ops.Add((DiffOp.Same, sa[prefix + x]));
                    x++;
                    y++;
                }
                else if (y < m && (x == n || lcs[x, y + 1] >= lcs[x + 1, y]))
                {
                    ops.Add((DiffOp.Added, sb[prefix + y]));
                    y++;
                }
                else
                {
                    ops.Add((DiffOp.Removed, sa[prefix + x]));
                    x++;
                }
            }
        }

        /// <summary>Runs of equal operations joined into segments; within each changed stretch the removed words come before the added ones.</summary>
        private static List<DiffSegment> JoinRuns(List<(DiffOp Op, string Word)> ops)
        {
            var segments = new List<DiffSegment>();
            var k = 0;
            while (k < ops.Count)
            {
                if (ops[k].Op == DiffOp.Same)
                {
                    var start = k;
                    while (k < ops.Count && ops[k].Op == DiffOp.Same)
                    {
                        k++;
                    }

                    segments.Add(new DiffSegment(DiffOp.Same, string.Join(" ", ops.Skip(start).Take(k - start).Select(o => o.Word))));
                    continue;
                }

                var removed = new List<string>();
                var added = new List<string>();
                while (k < ops.Count && ops[k].Op != DiffOp.Same)
                {
                    (ops[k].Op == DiffOp.Removed ? removed : added).Add(ops[k].Word);
                    k++;
                }

                if (removed.Count > 0)
                {
                    segments.Add(new DiffSegment(DiffOp.Removed, string.Join(" ", removed)));
                }

                if (added.Count > 0)
                {
                    segments.Add(new DiffSegment(DiffOp.Added, string.Join(" ", added)));
                }
            }

            return segments;
        }

        public static string Format(IEnumerable<DiffSegment> segments)
        {
            var sb = new StringBuilder();
            foreach (var s in segments)
            {
                if (sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(s.Op switch
                {
                    DiffOp.Removed => "[-" + s.Text + "-]",
                    DiffOp.Added => "{+" + s.Text + "+}",
                    _ => s.Text,
                });
            }

            return sb.ToString();
        }

        /// <summary>Share of words the two renderings have in common (2 x common / total).</summary>
        public static double Similarity(IReadOnlyList<DiffSegment> segments)
        {
            int same = 0, other = 0;
            foreach (var s in segments)
            {
                var count = s.Text.Split(' ').Length;
                if (s.Op == DiffOp.Same)
                {
                    same += count;
                }
                else
                {
                    other += count;
                }
            }

            return same + other == 0 ? 1 : 2.0 * same / ((2.0 * same) + other);
        }
    }
}
