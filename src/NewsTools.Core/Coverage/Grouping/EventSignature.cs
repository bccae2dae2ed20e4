using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Text;

namespace NewsTools.Coverage
{
    /// <summary>
    /// What the grouper keeps of one article: its strongest terms (hashed) with their weights, its trusted date and a hash of its
    /// text. It depends on the article alone, so signatures computed on many machines and merged group exactly as one machine
    /// would (`newstools group --signatures-out`, then `newstools group --signatures`).
    /// </summary>
    public sealed class EventSignature
    {
        internal EventSignature(string id, string? outlet, string? title, DateTime? date, ulong textHash, ulong[] terms, float[] weights, string[] labelTerms, float[] labelWeights)
        {
            Id = id;
            Outlet = outlet;
            Title = title;
            Date = date;
            TextHash = textHash;
            Terms = terms;
            Weights = weights;
            LabelTerms = labelTerms;
            LabelWeights = labelWeights;
            for (var i = 1; i < terms.Length && !RepeatsATerm; i++)
            {
                RepeatsATerm = terms[i] == terms[i - 1];
            }
        }

        /// <summary>Whether two of the terms share one hash (as good as never): <see cref="CosineTable"/> leaves such a signature to <see cref="Cosine"/>.</summary>
        internal bool RepeatsATerm { get; }

        public string Id { get; }

        public string? Outlet { get; }

        public string? Title { get; }

        /// <summary>The publication date, or a reference date the publisher or the user gave; never a date found in the text.</summary>
        public DateTime? Date { get; }

        /// <summary>Hash of the title and the text with white space collapsed; 0 when there is no text (never a duplicate).</summary>
        internal ulong TextHash { get; }

        /// <summary>Term hashes, ascending.</summary>
        internal ulong[] Terms { get; }

        /// <summary>Weights of <see cref="Terms"/>, scaled so that the article's whole vector has length 1.</summary>
        internal float[] Weights { get; }

        /// <summary>The strongest terms as words, for a group's label.</summary>
        internal string[] LabelTerms { get; }

        internal float[] LabelWeights { get; }

        internal double Cosine(EventSignature other)
        {
            // A merge of the two ascending term lists. Most steps pass a term the other lacks, and which list moves on is as good as
            // random: each index moves by a comparison's 0 or 1 instead of through a branch the processor mispredicts half the time.
            double sum = 0;
            int i = 0, j = 0;
            var a = Terms;
            var b = other.Terms;
            var wa = Weights;
            var wb = other.Weights;
            while (i < a.Length && j < b.Length)
            {
                var x = a[i];
                var y = b[j];
                if (x == y)
                {
                    sum += wa[i] * wb[j];
                }

                i += x <= y ? 1 : 0;
                j += y <= x ? 1 : 0;
            }

            return sum;
        }

        /// <summary>
        /// Builds the signature: tf-idf with background rarity, unit length over all terms, then the <paramref name="maxTerms"/>
        /// strongest kept (the rest add little to a cosine and would make memory grow with article length).
        /// </summary>
        internal static EventSignature Build(Article article, NewsToolsConfig config, int maxTerms, int labelTerms) =>
            Build(article, ArticleFingerprint.BuildTransient(article, config), maxTerms, labelTerms);

        /// <summary>
        /// The signature from a fingerprint already built (the archive builds one per article and uses it twice), and the text's
        /// <see cref="HashText"/> when the caller has it already (the archive works it out as it takes the content hash).
        /// </summary>
        internal static EventSignature Build(Article article, ArticleFingerprint print, int maxTerms, int labelTerms, ulong? textHash = null)
        {
            var background = BackgroundFrequencies.Default;
            var table = print.Table;
            var n = table.Count;
            var weights = Reused(ref scratchWeights, n);
            background.Idfs(table, weights);
            double norm = 0;
            for (var k = 0; k < n; k++)
            {
                // Most terms occur once, and 1 + ln 1 is 1: no logarithm for them.
                var occurrences = table.Weight(k);
                weights[k] = (occurrences == 1f ? 1f : (float)(1 + Math.Log(occurrences))) * weights[k];
                norm += (double)weights[k] * weights[k];
            }

            norm = Math.Sqrt(norm);
            var partial = Kept(table, weights, maxTerms, Math.Max(labelTerms, 0), out var count);
            var order = partial ?? Strongest(table, weights, maxTerms, out count);
            var (terms, kept) = Vector(table, weights, norm, order, count);
            if (partial != null && Repeats(terms))
            {
                // Two kept terms share a hash (as good as never): which weight sits first then follows the order the terms
                // came in, and only the full order gives the one it always gave.
                order = Strongest(table, weights, maxTerms, out count);
                (terms, kept) = Vector(table, weights, norm, order, count);
            }

            // Only the label's few terms become strings.
            var labelCount = Math.Min(Math.Max(labelTerms, 0), count);
            var labelNames = new string[labelCount];
            var labelWeights = new float[labelCount];
            for (var i = 0; i < labelCount; i++)
            {
                labelNames[i] = table.Term(order[i]);
                labelWeights[i] = norm > 0 ? (float)(weights[order[i]] / norm) : 0;
            }

            return new EventSignature(
                article.Id,
                article.Outlet,
                article.Title,
                print.Date,
                textHash ?? HashText(article),
                terms,
                kept,
                labelNames,
                labelWeights);
        }

        /// <summary>The kept terms' hashes, ascending, with their weights over the whole vector's length.</summary>
        private static (ulong[] Terms, float[] Weights) Vector(TermTable table, float[] weights, double norm, int[] order, int count)
        {
            var terms = new ulong[count];
            var kept = new float[count];
            for (var i = 0; i < count; i++)
            {
                terms[i] = table.Hash(order[i]);
                kept[i] = norm > 0 ? (float)(weights[order[i]] / norm) : 0;
            }

            Array.Sort(terms, kept);
            return (terms, kept);
        }

        private static bool Repeats(ulong[] sorted)
        {
            for (var i = 1; i < sorted.Length; i++)
            {
                if (sorted[i] == sorted[i - 1])
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The terms <see cref="Strongest"/> keeps, without sorting them all: a signature sorts its terms by hash, and needs them
        /// by weight only for its label's first few. The first <paramref name="labels"/> (or all kept, if fewer) indexes are in
        /// <see cref="Strongest"/>'s order, heaviest first and equal weights by name; the other kept terms follow them in no
        /// particular order. The indexes are the first <paramref name="kept"/> of this thread's array (as <see cref="Strongest"/>
        /// gives them). Null when a weight is negative or not a number, which no term should have: then <see cref="Strongest"/> decides.
        /// </summary>
        private static int[]? Kept(TermTable names, float[] weights, int count, int labels, out int kept)
        {
            var total = names.Count;
            kept = Math.Min(count, total);
            if (!AllAtLeastZero(weights, total))
            {
                return null;
            }

            var order = Reused(ref scratchOrder, Math.Max(kept, 1));
            if (kept <= 0)
            {
                return order;
            }

            // Every term heavier than the kept-th heaviest is kept; of those as heavy as it, the first by name fill the rest.
            var cut = kept < total ? KthLargest(Copy(weights, total), total, kept - 1) : float.NegativeInfinity;
            var above = 0;
            for (var i = 0; i < total; i++)
            {
                if (weights[i] > cut)
                {
                    order[above++] = i;
                }
            }

            if (above < kept)
            {
                var run = Reused(ref scratchRun, total);
                var tied = 0;
                for (var i = 0; i < total; i++)
                {
                    if (weights[i] == cut)
                    {
                        run[tied++] = i;
                    }
                }

                if (tied > kept - above)
                {
                    SortByName(names, run, 0, tied);
                }

                Array.Copy(run, 0, order, above, kept - above);
            }

            // The label's terms to the front, in order: the heaviest few kept sorted in place, each later term that is heavier
            // than the last of them taking its place (most are not, and cost one comparison).
            var first = Math.Min(labels, kept);
            if (first > 0)
            {
                for (var j = 1; j < first; j++)
                {
                    for (var k = j; k > 0 && Heavier(names, weights, order[k], order[k - 1]); k--)
                    {
                        (order[k], order[k - 1]) = (order[k - 1], order[k]);
                    }
                }

                for (var j = first; j < kept; j++)
                {
                    if (Heavier(names, weights, order[j], order[first - 1]))
                    {
                        (order[j], order[first - 1]) = (order[first - 1], order[j]);
                        for (var k = first - 1; k > 0 && Heavier(names, weights, order[k], order[k - 1]); k--)
                        {
                            (order[k], order[k - 1]) = (order[k - 1], order[k]);
                        }
                    }
                }
            }

            return order;
        }

        /// <summary>Whether term a comes before term b in <see cref="Strongest"/>'s order: heavier, or as heavy and first by name.</summary>
        private static bool Heavier(TermTable names, float[] weights, int a, int b) =>
            weights[a] > weights[b] || (weights[a] == weights[b] && names.CompareNames(a, b) < 0);

        /// <summary>
        /// The indexes of the <paramref name="count"/> heaviest terms, heaviest first and equal weights by name (ordinal): sorted
        /// by weight as plain numbers, then by name within the runs of equal weights that reach the cut. Many terms share a weight
        /// (each name seen once weighs the same), so the names decide often; sorting all of them through comparers cost more than
        /// the rest of the signature. The indexes are the first <paramref name="kept"/> of the array given, this thread's own,
        /// good until the next call on the thread.
        /// </summary>
        private static int[] Strongest(TermTable names, float[] weights, int count, out int kept)
        {
            kept = Math.Min(count, names.Count);

            // Only the terms at least as heavy as the kept-th heaviest can be kept: those are sorted, not all of the article's.
            // The run of terms as heavy as that one is taken whole, so its name order is the one a sort of them all would give.
            // (A weight that is not a number, which no term should have, has every term sorted as before.)
            var total = names.Count;
            var cut = kept > 0 && kept < total && !HasNaN(weights, total) ? KthLargest(Copy(weights, total), total, kept - 1) : float.NegativeInfinity;
            var n = 0;
            for (var i = 0; i < total; i++)
            {
                n += weights[i] >= cut || float.IsNaN(weights[i]) ? 1 : 0;
            }

            // The order and the packed numbers in this thread's arrays: every article signed needs them only while it is signed.
            var order = Reused(ref scratchOrder, n);
            var keys = cut >= 0 || AllAtLeastZero(weights, total) ? null : new float[n];
            if (keys == null)
            {
                // No weight is negative or not a number here, so a weight's bits order as the weight does: each term is one
                // number, the weight's bits inverted (heaviest first) above the term's index, and a sort of plain numbers
                // orders them, where a sort of the weights carrying the indexes along cost twice as much.
                var packed = Reused(ref scratchPacked, n);
                for (int i = 0, k = 0; i < total; i++)
                {
                    if (weights[i] >= cut)
                    {
                        packed[k++] = ((ulong)~WeightBits(weights[i]) << 32) | (uint)i;
                    }
                }

                Array.Sort(packed, 0, n);
                for (var k = 0; k < n; k++)
                {
                    order[k] = (int)(uint)packed[k];
                }
            }
            else
            {
                for (int i = 0, k = 0; i < total; i++)
                {
                    if (weights[i] >= cut || float.IsNaN(weights[i]))
                    {
                        keys[k] = -weights[i];
                        order[k++] = i;
                    }
                }

                Array.Sort(keys, order, 0, n);
            }

            for (var start = 0; start < kept;)
            {
                var end = start + 1;
                while (end < n && (keys == null ? weights[order[end]] == weights[order[start]] : keys[end].CompareTo(keys[start]) == 0))
                {
                    end++;
                }

                if (end - start > 1)
                {
                    SortByName(names, order, start, end - start);
                }

                start = end;
            }

            return order;
        }

        /// <summary>A weight's bits, 0 for both zeros (which are one weight).</summary>
        private static uint WeightBits(float weight) => weight == 0 ? 0u : FloatBits(weight);

        /// <summary>Whether none of the first <paramref name="count"/> values is negative or not a number.</summary>
        private static bool AllAtLeastZero(float[] values, int count)
        {
            for (var i = 0; i < count; i++)
            {
                if (!(values[i] >= 0))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool HasNaN(float[] values, int count)
        {
            for (var i = 0; i < count; i++)
            {
                if (float.IsNaN(values[i]))
                {
                    return true;
                }
            }

            return false;
        }

        private static float[] Copy(float[] values, int count)
        {
            var copy = Reused(ref scratchSelection, count);
            Array.Copy(values, copy, count);
            return copy;
        }

        // An article's term weights and the copy the selection reorders, kept per thread: every article signed needs both, only
        // while it is signed, and they are as long as the article has terms.
        [ThreadStatic]
        private static float[]? scratchWeights;

        [ThreadStatic]
        private static float[]? scratchSelection;

        [ThreadStatic]
        private static int[]? scratchOrder;

        [ThreadStatic]
        private static ulong[]? scratchPacked;

        [ThreadStatic]
        private static int[]? scratchRun;

        /// <summary>The array kept in <paramref name="kept"/> when it holds <paramref name="length"/> values, else a new one (kept unless it is very long).</summary>
        private static T[] Reused<T>(ref T[]? kept, int length)
        {
            if (kept != null && kept.Length >= length)
            {
                return kept;
            }

            var made = new T[Math.Max(length, 256)];
            if (length <= 4096)
            {
                kept = made;
            }

            return made;
        }

        /// <summary>The <paramref name="k"/>-th largest value (from 0) of the first <paramref name="count"/> of <paramref name="values"/>, which it reorders (Hoare's selection).</summary>
        private static float KthLargest(float[] values, int count, int k)
        {
            int lo = 0, hi = count - 1;
            while (lo < hi)
            {
                var pivot = values[(lo + hi) >> 1];
                int i = lo, j = hi;
                while (i <= j)
                {
                    while (values[i] > pivot)
                    {
                        i++;
                    }

                    while (values[j] < pivot)
                    {
                        j--;
                    }

                    if (i <= j)
                    {
                        (values[i], values[j]) = (values[j], values[i]);
                        i++;
                        j--;
                    }
                }

                if (k <= j)
                {
                    hi = j;
                }
                else if (k >= i)
                {
                    lo = i;
                }
                else
                {
                    return values[k];
                }
            }

            return values[k];
        }

        /// <summary>
        /// Sorts <paramref name="count"/> indexes of <paramref name="order"/> from <paramref name="start"/> by their names,
        /// ordinally. Each name's first four characters are packed into one number that orders as they do, so most comparisons
        /// are of two numbers, called directly by the sort; the characters after them decide only between names that share them.
        /// </summary>
        private static void SortByName(TermTable names, int[] order, int start, int count)
        {
            var run = new ByName[count];
            var chars = names.Chars;
            for (var k = 0; k < count; k++)
            {
                var i = order[start + k];
                run[k] = new ByName(chars, names.Start(i), names.Length(i), i);
            }

            Array.Sort(run);
            for (var k = 0; k < count; k++)
            {
                order[start + k] = run[k].Index;
            }
        }

        /// <summary>A term's index with its name (a range of the table's characters), ordered as string.CompareOrdinal orders the names.</summary>
        private readonly struct ByName : IComparable<ByName>
        {
            private readonly ulong prefix;
            private readonly char[] chars;
            private readonly int start;
            private readonly int length;

            public ByName(char[] chars, int start, int length, int index)
            {
                this.chars = chars;
                this.start = start;
                this.length = length;
                Index = index;

                // The first four UTF-16 units, the first highest; a name shorter than four has zeros after it, and so comes before
                // every longer name it begins (no term holds U+0000).
                ulong packed = 0;
                for (var i = 0; i < 4; i++)
                {
                    packed = (packed << 16) | (i < length ? chars[start + i] : 0u);
                }

                prefix = packed;
            }

            public int Index { get; }

            public int CompareTo(ByName other)
            {
                if (prefix != other.prefix)
                {
                    return prefix.CompareTo(other.prefix);
                }

                // The first four units are equal: the rest decides, both names being ranges of the one table's characters.
                return TermTable.CompareOrdinal(chars, start, length, other.start, other.length, 4);
            }
        }

        /// <summary>64-bit FNV-1a: stable across runs, machines and .NET versions (string.GetHashCode is not).</summary>
        internal static ulong Hash(string term)
        {
            var h = HashStart;
            foreach (var c in term)
            {
                h = HashStep(h, c);
            }

            return h;
        }

        /// <summary><see cref="Hash(string)"/> of the first <paramref name="length"/> characters of <paramref name="chars"/>.</summary>
        internal static ulong Hash(char[] chars, int length)
        {
            var h = HashStart;
            for (var i = 0; i < length; i++)
            {
                h = HashStep(h, chars[i]);
            }

            return h;
        }

        /// <summary><see cref="Hash(string)"/> of no characters: FNV-1a's offset basis.</summary>
        internal const ulong HashStart = 14695981039346656037UL;

        /// <summary>The hash of a term one character longer than the one <paramref name="h"/> is the hash of.</summary>
        internal static ulong HashStep(ulong h, char c) => (h ^ c) * 1099511628211UL;

        /// <summary>Identical texts (a wire story run by many sites) hash alike: the title, then the words with white space collapsed.</summary>
        internal static ulong HashText(Article article)
        {
            var h = TextHashStart(article.Title);
            var space = false;
            var letters = 0;
            foreach (var c in article.Text ?? "")
            {
                // The white space the archive's content hash collapses too (it takes this hash in the same pass).
                if (TextNormalizer.IsSpace(c))
                {
                    space = true;
                    continue;
                }

                if (space && letters > 0)
                {
                    h = HashStep(h, ' ');
                }

                space = false;
                h = HashStep(h, c);
                letters++;
            }

            return TextHashEnd(h, letters > 0);
        }

        /// <summary>
        /// <see cref="HashText"/> taken a character at a time by a caller that collapses the text's white space itself: this is the
        /// state before the text, then <see cref="HashStep"/> for each of the text's characters with every run of white space as one
        /// ' ' (none before the first word or after the last), and <see cref="TextHashEnd"/>.
        /// </summary>
        internal static ulong TextHashStart(string? title) => HashStep(Hash(title ?? ""), '\u0001');

        /// <summary>The text hash from the state after the text's last character; a text with no word at all hashes to 0 (never a duplicate).</summary>
        internal static ulong TextHashEnd(ulong h, bool anyWord) => !anyWord ? 0 : (h == 0 ? 1 : h);

        /// <summary>
        /// The signature without its id, outlet and title, in bytes that <see cref="FromBytes"/> reads back exactly (weights as
        /// their bits, words as UTF-16 units): what the archive stores per article, so a later run groups without re-reading texts.
        /// </summary>
        internal byte[] ToBytes()
        {
            var bytes = new byte[ByteCount()];
            WriteBytes(bytes);
            return bytes;
        }

        /// <summary>How many bytes <see cref="ToBytes"/> gives.</summary>
        internal int ByteCount()
        {
            var size = 1 + 1 + 8 + 8 + 4 + (Terms.Length * 12) + 4;
            foreach (var label in LabelTerms)
            {
                size += 4 + (label.Length * 2) + 4;
            }

            return size;
        }

        /// <summary>
        /// Writes <see cref="ToBytes"/>'s bytes at the start of <paramref name="bytes"/> (at least <see cref="ByteCount"/> long):
        /// the archive writes them into an array it reuses, as it binds them and has no use for them after.
        /// </summary>
        internal void WriteBytes(byte[] bytes)
        {
            // Laid out as a BinaryWriter writes these values (little-endian), into an array of the final size: every article
            // added to an archive is written once, and a writer over a stream cost more than the rest of storing the signature.
            var at = 0;
            bytes[at++] = 1;
            bytes[at++] = Date.HasValue ? (byte)1 : (byte)0;
            at = Put(bytes, at, (ulong)(Date?.Ticks ?? 0), 8);
            at = Put(bytes, at, TextHash, 8);
            at = Put(bytes, at, (uint)Terms.Length, 4);
            for (var i = 0; i < Terms.Length; i++)
            {
                at = Put(bytes, at, Terms[i], 8);
                at = Put(bytes, at, FloatBits(Weights[i]), 4);
            }

            at = Put(bytes, at, (uint)LabelTerms.Length, 4);
            for (var i = 0; i < LabelTerms.Length; i++)
            {
                at = Put(bytes, at, (uint)LabelTerms[i].Length, 4);
                foreach (var c in LabelTerms[i])
                {
                    at = Put(bytes, at, c, 2);
                }

                at = Put(bytes, at, FloatBits(LabelWeights[i]), 4);
            }
        }

        /// <summary>Writes the low <paramref name="count"/> bytes of <paramref name="value"/> at <paramref name="at"/>, lowest first; gives the end.</summary>
        private static int Put(byte[] bytes, int at, ulong value, int count)
        {
            for (var b = 0; b < count; b++)
            {
                bytes[at + b] = (byte)(value >> (8 * b));
            }

            return at + count;
        }

        private static uint FloatBits(float value) => new FloatView { Float = value }.Bits;

        /// <summary>A float's IEEE bits without an array per value (netstandard2.0 has no BitConverter.SingleToInt32Bits).</summary>
        [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Explicit)]
        private struct FloatView
        {
            [System.Runtime.InteropServices.FieldOffset(0)]
            public float Float;

            [System.Runtime.InteropServices.FieldOffset(0)]
            public uint Bits;
        }

        /// <summary>Reads bytes written by <see cref="ToBytes"/>; null when they are not a signature of this format.</summary>
        internal static EventSignature? FromBytes(string id, string? outlet, string? title, byte[] data)
        {
            try
            {
                using var r = new System.IO.BinaryReader(new System.IO.MemoryStream(data, false));
                if (r.ReadByte() != 1)
                {
                    return null;
                }

                var hasDate = r.ReadBoolean();
                var ticks = r.ReadInt64();
                var textHash = r.ReadUInt64();
                var terms = new ulong[r.ReadInt32()];
                var weights = new float[terms.Length];
                for (var i = 0; i < terms.Length; i++)
                {
                    terms[i] = r.ReadUInt64();
                    weights[i] = r.ReadSingle();
                }

                var labelTerms = new string[r.ReadInt32()];
                var labelWeights = new float[labelTerms.Length];
                for (var i = 0; i < labelTerms.Length; i++)
                {
                    var chars = new char[r.ReadInt32()];
                    for (var c = 0; c < chars.Length; c++)
                    {
                        chars[c] = (char)r.ReadUInt16();
                    }

                    labelTerms[i] = new string(chars);
                    labelWeights[i] = r.ReadSingle();
                }

                return new EventSignature(id, outlet, title, hasDate ? new DateTime(ticks) : (DateTime?)null, textHash, terms, weights, labelTerms, labelWeights);
            }
            catch (Exception ex) when (ex is System.IO.EndOfStreamException || ex is OverflowException || ex is ArgumentException)
            {
                return null;
            }
        }

        /// <summary>One JSON line, as `newstools group --signatures-out` writes it.</summary>
        public string ToJson()
        {
            var sb = new StringBuilder(64 + (Terms.Length * 26));
            sb.Append("{\"id\":");
            AppendString(sb, Id);
            sb.Append(",\"outlet\":");
            AppendString(sb, Outlet);
            sb.Append(",\"title\":");
            AppendString(sb, Title);
            sb.Append(",\"date\":");
            AppendString(sb, Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            sb.Append(",\"text\":\"").Append(TextHash.ToString("x16", CultureInfo.InvariantCulture)).Append("\",\"terms\":\"");
            for (var i = 0; i < Terms.Length; i++)
            {
                // Weights as the float's exact bits, so a merged run computes the same cosines as one machine.
                sb.Append(i == 0 ? "" : " ").Append(Terms[i].ToString("x16", CultureInfo.InvariantCulture)).Append(':')
                  .Append(BitConverter.ToInt32(BitConverter.GetBytes(Weights[i]), 0).ToString("x8", CultureInfo.InvariantCulture));
            }

            sb.Append("\",\"label\":[");
            for (var i = 0; i < LabelTerms.Length; i++)
            {
                sb.Append(i == 0 ? "[" : ",[");
                AppendString(sb, LabelTerms[i]);
                sb.Append(',').Append(LabelWeights[i].ToString("R", CultureInfo.InvariantCulture)).Append(']');
            }

            return sb.Append("]}").ToString();
        }

        /// <summary>Reads one line written by <see cref="ToJson"/>; null when it is not a signature.</summary>
        public static EventSignature? FromJson(string line)
        {
            if (!(JsonLite.Parse(line) is Dictionary<string, object?> o) || !(o.TryGetValue("id", out var id) && id is string idText) ||
                !(o.TryGetValue("terms", out var t) && t is string termsText) || !(o.TryGetValue("text", out var x) && x is string textHash))
            {
                return null;
            }

            string? Get(string name) => o.TryGetValue(name, out var v) ? v as string : null;
            try
            {
                var pairs = termsText.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
                var terms = new ulong[pairs.Length];
                var weights = new float[pairs.Length];
                for (var i = 0; i < pairs.Length; i++)
                {
                    var colon = pairs[i].IndexOf(':');
                    terms[i] = ulong.Parse(pairs[i].Substring(0, colon), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                    var bits = uint.Parse(pairs[i].Substring(colon + 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                    weights[i] = BitConverter.ToSingle(BitConverter.GetBytes(bits), 0);
                    if (i > 0 && terms[i] <= terms[i - 1])
                    {
                        return null;
                    }
                }

                var labelTerms = new List<string>();
                var labelWeights = new List<float>();
                if (o.TryGetValue("label", out var l) && l is List<object?> label)
                {
                    foreach (var item in label)
                    {
                        if (item is List<object?> pair && pair.Count == 2 && pair[0] is string term && pair[1] is double w)
                        {
                            labelTerms.Add(term);
                            labelWeights.Add((float)w);
                        }
                    }
                }

                DateTime? date = DateTime.TryParseExact(Get("date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateTime?)null;
                return new EventSignature(
                    idText,
                    Get("outlet"),
                    Get("title"),
                    date,
                    ulong.Parse(textHash, NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                    terms,
                    weights,
                    labelTerms.ToArray(),
                    labelWeights.ToArray());
            }
            catch (Exception ex) when (ex is FormatException || ex is OverflowException || ex is ArgumentException)
            {
                return null;
            }
        }

        private static void AppendString(StringBuilder sb, string? value)
        {
            if (value == null)
            {
                sb.Append("null");
                return;
            }

            sb.Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    default:
                        if (c < ' ' || char.IsSurrogate(c))
                        {
                            sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            sb.Append(c);
                        }

                        break;
                }
            }

            sb.Append('"');
        }
    }
}
