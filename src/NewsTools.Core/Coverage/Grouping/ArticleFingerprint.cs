using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using NewsTools.Articles;
using NewsTools.Config;

namespace NewsTools.Coverage
{
    /// <summary>The stop words of a configuration, built once per configuration object.</summary>
    internal static class CoverageVocabulary
    {
        private static readonly ConditionalWeakTable<NewsToolsConfig, HashSet<string>> Cache = new ConditionalWeakTable<NewsToolsConfig, HashSet<string>>();

        private static readonly ConditionalWeakTable<NewsToolsConfig, HashSet<string>> EnglishCache = new ConditionalWeakTable<NewsToolsConfig, HashSet<string>>();

        /// <summary>The English stop words alone, to tell whether an article is in English.</summary>
        public static HashSet<string> EnglishStopWords(NewsToolsConfig config) =>
            EnglishCache.GetValue(config, c => new HashSet<string>(c.Coverage.StopWords.Select(w => w.ToLowerInvariant()), StringComparer.Ordinal));

        /// <summary>Stop words of every configured language.</summary>
        public static HashSet<string> StopWords(NewsToolsConfig config) =>
            Cache.GetValue(config, c =>
            {
                var set = new HashSet<string>(StringComparer.Ordinal);
                foreach (var w in c.Coverage.StopWords.Concat(c.Coverage.OtherStopWords))
                {
                    set.Add(w.ToLowerInvariant());
                }

                return set;
            });

        private static readonly ConditionalWeakTable<NewsToolsConfig, TermTable> HashedCache = new ConditionalWeakTable<NewsToolsConfig, TermTable>();

        /// <summary><see cref="StopWords"/> as a table a word's key is looked up in from a reader's buffer, without a string.</summary>
        public static TermTable HashedStopWords(NewsToolsConfig config) =>
            HashedCache.GetValue(config, c =>
            {
                var table = new TermTable(256);
                foreach (var w in StopWords(c))
                {
                    table.Add(w.ToCharArray(), w.Length, EventSignature.Hash(w), 0);
                }

                return table;
            });

        /// <summary>The article's readable text: its kept paragraphs (or the whole text when it has none).</summary>
        public static IEnumerable<(int Start, int End)> Spans(Article article)
        {
            if (article.Paragraphs.Count == 0)
            {
                yield return (0, article.Text.Length);
                yield break;
            }

            foreach (var p in article.Paragraphs)
            {
                yield return (p.Start, Math.Min(p.End, article.Text.Length));
            }
        }
    }

    /// <summary>
    /// What identifies the event an article covers: its content words, names (runs of capitalised words) and numbers, counted,
    /// with the headline counted twice. The grouper turns the counts into rarity-weighted vectors.
    /// </summary>
    internal sealed class ArticleFingerprint
    {
        private readonly TermTable table;
        private Dictionary<string, float>? counts;

        private ArticleFingerprint(TermTable table, DateTime? date)
        {
            this.table = table;
            Date = date;
        }

        /// <summary>Distinct terms, in the order they first occur.</summary>
        public int Count => table.Count;

        /// <summary>Term k: "stem", or "n:first_second" for a two-word name (a new string each call).</summary>
        public string Term(int k) => table.Term(k);

        /// <summary>The terms' characters, without a string each: term k is <see cref="TermTable.Length"/>(k) of them from <see cref="TermTable.Start"/>(k).</summary>
        internal TermTable Table => table;

        /// <summary>Term k's <see cref="EventSignature.Hash"/>.</summary>
        public ulong Hash(int k) => table.Hash(k);

        /// <summary>Term k's weighted count.</summary>
        public float Weight(int k) => table.Weight(k);

        /// <summary>Term -> weighted count, in the order the terms first occur (made on first use; the grouper reads the arrays).</summary>
        public Dictionary<string, float> Counts
        {
            get
            {
                if (counts == null)
                {
                    var made = new Dictionary<string, float>(table.Count, StringComparer.Ordinal);
                    for (var k = 0; k < table.Count; k++)
                    {
                        made.Add(table.Term(k), table.Weight(k));
                    }

                    counts = made;
                }

                return counts;
            }
        }

        public DateTime? Date { get; }

        /// <summary>Name bigrams ("white house", "tea party") count more than single words: they rarely repeat by chance.</summary>
        private const float NameBigramWeight = 1.5f;
        /// <summary>A title's words count twice: the title names the event, the body also tells its background.</summary>
        private const float TitleWeight = 2f;

        /// <summary>Shorter numbers ("12", "3") and single letters are in every story and say nothing about one event.</summary>
        private const int MinNumberLength = 3;
        private const int MinWordLength = 2;

        /// <summary>The fingerprint as the configuration reads words: its stop words, and its abbreviations (the user's too).</summary>
        public static ArticleFingerprint Build(Article article, NewsToolsConfig config) =>
            CountTerms(article, new Counter(WordScanner.For(config), CoverageVocabulary.HashedStopWords(config)));

        /// <summary>
        /// <see cref="Build"/> into this thread's reused table: the fingerprint holds until the next call on the same thread. For a
        /// caller that reads it at once and keeps only what it copies out (a signature, an archive's terms): every article signed
        /// builds one, and a new table grown to the article's hundreds of terms was most of what signing an article allocated.
        /// </summary>
        internal static ArticleFingerprint BuildTransient(Article article, NewsToolsConfig config)
        {
            var counter = reused;
            if (counter == null || counter.Config != config || !counter.Terms.Clear())
            {
                reused = counter = new Counter(WordScanner.For(config), CoverageVocabulary.HashedStopWords(config), config);
            }

            return CountTerms(article, counter);
        }

        [ThreadStatic]
        private static Counter? reused;

        private static ArticleFingerprint CountTerms(Article article, Counter counter)
        {
            if (!string.IsNullOrWhiteSpace(article.Title))
            {
                counter.AddText(article.Title!, 0, article.Title!.Length, TitleWeight);
            }

            var text = article.Text ?? "";
            foreach (var (start, end) in CoverageVocabulary.Spans(article))
            {
                counter.AddText(text, start, end, 1f);
            }

            // Only a date the publisher or the user gave: a date found in the text may be any date the story mentions.
            var trusted = article.ReferenceDateSource == ReferenceDateSource.Metadata || article.ReferenceDateSource == ReferenceDateSource.User;
            return new ArticleFingerprint(counter.Terms, article.PublishedTime?.Date ?? (trusted ? article.ReferenceDate : null));
        }

        /// <summary>
        /// Counts an article's terms from the scanner's key buffer: a term becomes a string once, when it first occurs, and a stop
        /// word, a stem or a two-word name is looked up by its hash and characters, so the words of a long article cost no
        /// string each (they were most of what grouping spent on an article).
        /// </summary>
        private sealed class Counter
        {
            private readonly WordScanner scanner;
            private readonly TermTable stopWords;
            private char[] stem = new char[32];
            private char[] name = new char[64];
            private char[] previousName = new char[32];

            private WordScanner.WordReader? words;

            public Counter(WordScanner scanner, TermTable stopWords, NewsToolsConfig? config = null)
            {
                this.scanner = scanner;
                this.stopWords = stopWords;
                Config = config;
            }

            /// <summary>The configuration a reused counter was made for.</summary>
            public NewsToolsConfig? Config { get; }

            public TermTable Terms { get; } = new TermTable(64);

            public void AddText(string text, int start, int end, float weight)
            {
                // One reader per counter, restarted on each stretch of text: a paragraph's words need no reader and key buffer of their own.
                var words = this.words ??= new WordScanner.WordReader(scanner, text, start, end);
                words.Restart(text, start, end);
                var key = words.Key;
                var previousLength = -1;
                var previousEnd = -1;
                while (words.Next())
                {
                    var n = key.Length;
                    if ((words.Numeric && n < MinNumberLength) || (!words.Numeric && n < MinWordLength))
                    {
                        previousLength = -1;
                        continue;
                    }

                    // The key's hash and those of its first n-1, n-2 and n-3 characters, in one pass: a stem is the key less at
                    // most three of them (and perhaps a "y"), so the stem's hash is one of these, not a second pass over it.
                    var chars = key.Chars;
                    ulong hash = EventSignature.HashStart, less1 = 0, less2 = 0, less3 = 0;
                    for (var i = 0; i < n; i++)
                    {
                        less3 = less2;
                        less2 = less1;
                        less1 = hash;
                        hash = EventSignature.HashStep(hash, chars[i]);
                    }

                    if (stopWords.Contains(chars, n, hash))
                    {
                        previousLength = -1;
                        continue;
                    }

                    var endsInY = false;
                    var kept = words.Numeric ? n : WordScanner.StemLength(key, words.Capitalised && !words.SentenceStart, out endsInY);
                    var stemHash = kept == n ? hash : kept == n - 1 ? less1 : kept == n - 2 ? less2 : kept == n - 3 ? less3 : EventSignature.Hash(chars, kept);
                    if (endsInY)
                    {
                        Reserve(ref stem, kept + 1);
                        Array.Copy(chars, stem, kept);
                        stem[kept++] = 'y';
                        Terms.Add(stem, kept, EventSignature.HashStep(stemHash, 'y'), weight);
                    }
                    else
                    {
                        Terms.Add(chars, kept, stemHash, weight);
                    }
                    if (words.Capitalised && !words.Numeric)
                    {
                        if (previousLength >= 0 && words.Start == previousEnd + 1 && text[previousEnd] == ' ')
                        {
                            // "n:" + the previous name's key + "_" + this one's.
                            var length = 2 + previousLength + 1 + n;
                            Reserve(ref name, length);
                            name[0] = 'n';
                            name[1] = ':';
                            Array.Copy(previousName, 0, name, 2, previousLength);
                            name[2 + previousLength] = '_';
                            Array.Copy(key.Chars, 0, name, 3 + previousLength, n);
                            Terms.Add(name, length, EventSignature.Hash(name, length), weight * NameBigramWeight);
                        }

                        Reserve(ref previousName, n);
                        Array.Copy(key.Chars, previousName, n);
                        previousLength = n;
                        previousEnd = words.End;
                    }
                    else
                    {
                        previousLength = -1;
                    }
                }
            }

            private static void Reserve(ref char[] buffer, int length)
            {
                if (buffer.Length < length)
                {
                    Array.Resize(ref buffer, Math.Max(length, buffer.Length * 2));
                }
            }
        }
    }

    /// <summary>
    /// Terms with a weighted count each, in the order they were first added, found by their <see cref="EventSignature.Hash"/>
    /// and then their characters (two terms that share a hash stay two). Open addressing over one array of entry numbers. The
    /// terms' characters sit end to end in one array: an article has hundreds of distinct terms and only the few a signature
    /// labels itself with, or a caller asks for by <see cref="Term"/>, are ever needed as strings.
    /// </summary>
    internal sealed class TermTable
    {
        private char[] chars;
        private string?[]? names;
        private int used;
        private int[] starts;
        private int[] lengths;
        private ulong[] hashes;
        private float[] weights;
        private int[] slots;
        private int shift;

        /// <summary>A table for up to <paramref name="capacity"/> terms (a power of two) before it grows.</summary>
        public TermTable(int capacity)
        {
            chars = new char[capacity * 8];
            starts = new int[capacity];
            lengths = new int[capacity];
            hashes = new ulong[capacity];
            weights = new float[capacity];
            slots = new int[capacity * 2];
            shift = 64 - Log2(slots.Length);
        }

        public int Count { get; private set; }

        /// <summary>Terms a table keeps room for when it is cleared for reuse; one that grew past them is better dropped.</summary>
        private const int MaxReusedCapacity = 4096;

        /// <summary>Empties the table to count another text's terms in the room it has; false when it grew too large to keep.</summary>
        public bool Clear()
        {
            if (starts.Length > MaxReusedCapacity)
            {
                return false;
            }

            // Only the slots the terms took are emptied: a table grown by one long article would otherwise clear all its slots for
            // every short one after it. Each term's slot lies on the probe path from its hash's slot.
            var mask = slots.Length - 1;
            for (var k = 0; k < Count; k++)
            {
                var slot = Slot(hashes[k]);
                while (slots[slot] != k + 1)
                {
                    slot = (slot + 1) & mask;
                }

                slots[slot] = 0;
            }

            if (names != null)
            {
                Array.Clear(names, 0, Math.Min(Count, names.Length));
            }

            Count = 0;
            used = 0;
            return true;
        }

        /// <summary>Term k as a string, made on the first call for it and kept (the signature asks for its label's few only).</summary>
        public string Term(int k)
        {
            if (names == null || names.Length < starts.Length)
            {
                Array.Resize(ref names, starts.Length);
            }

            return names[k] ??= new string(chars, starts[k], lengths[k]);
        }

        /// <summary>The characters all terms sit in; term k is <see cref="Length"/>(k) of them from <see cref="Start"/>(k).</summary>
        public char[] Chars => chars;

        public int Start(int k) => starts[k];

        public int Length(int k) => lengths[k];

        public ulong Hash(int k) => hashes[k];

        public float Weight(int k) => weights[k];

        /// <summary>Whether term k is a two-word name ("n:first_second").</summary>
        public bool IsNamePair(int k) => IsNamePair(chars, starts[k], lengths[k]);

        /// <summary>Whether the term in <paramref name="chars"/>[start, start + length) is a two-word name, "n:" and its words, as the fingerprint writes one.</summary>
        internal static bool IsNamePair(char[] chars, int start, int length) => length > 1 && chars[start] == 'n' && chars[start + 1] == ':';

        /// <summary>Whether <paramref name="term"/> is a two-word name ("n:first_second").</summary>
        internal static bool IsNamePair(string term) => term.Length > 1 && term[0] == 'n' && term[1] == ':';

        /// <summary>Terms a and b's names compared as string.CompareOrdinal compares them, without a string of either.</summary>
        public int CompareNames(int a, int b) => CompareOrdinal(chars, starts[a], lengths[a], starts[b], lengths[b], 0);

        /// <summary>
        /// Two ranges of <paramref name="chars"/> compared as string.CompareOrdinal compares strings: the first differing UTF-16
        /// unit from <paramref name="from"/> on decides (the units before it are known to be equal), else the shorter comes first.
        /// </summary>
        internal static int CompareOrdinal(char[] chars, int startA, int lengthA, int startB, int lengthB, int from)
        {
            var shared = Math.Min(lengthA, lengthB);
            for (var i = from; i < shared; i++)
            {
                var a = chars[startA + i];
                var b = chars[startB + i];
                if (a != b)
                {
                    return a < b ? -1 : 1;
                }
            }

            return lengthA.CompareTo(lengthB);
        }

        public bool Contains(char[] key, int length, ulong hash) => Find(key, length, hash) >= 0;

        /// <summary>Adds <paramref name="weight"/> to the term's count; a new term's characters are kept with that count.</summary>
        public void Add(char[] key, int length, ulong hash, float weight)
        {
            var slot = Slot(hash);
            while (true)
            {
                var k = slots[slot] - 1;
                if (k < 0)
                {
                    break;
                }

                if (hashes[k] == hash && Same(k, key, length))
                {
                    weights[k] += weight;
                    return;
                }

                slot = (slot + 1) & (slots.Length - 1);
            }

            if (Count == starts.Length)
            {
                Grow();
                Add(key, length, hash, weight);
                return;
            }

            if (used + length > chars.Length)
            {
                Array.Resize(ref chars, Math.Max(used + length, chars.Length * 2));
            }

            Array.Copy(key, 0, chars, used, length);
            starts[Count] = used;
            lengths[Count] = length;
            used += length;
            hashes[Count] = hash;
            weights[Count] = weight;
            slots[slot] = ++Count;
        }

        private int Find(char[] key, int length, ulong hash)
        {
            for (var slot = Slot(hash); ; slot = (slot + 1) & (slots.Length - 1))
            {
                var k = slots[slot] - 1;
                if (k < 0)
                {
                    return -1;
                }

                if (hashes[k] == hash && Same(k, key, length))
                {
                    return k;
                }
            }
        }

        // Fibonacci hashing, as the background table does: the top bits of the product pick the slot.
        private int Slot(ulong hash) => (int)((hash * 0x9E3779B97F4A7C15UL) >> shift);

        private static int Log2(int n)
        {
            var bits = 0;
            while ((1 << bits) < n)
            {
                bits++;
            }

            return bits;
        }

        private bool Same(int k, char[] key, int length)
        {
            if (lengths[k] != length)
            {
                return false;
            }

            var start = starts[k];
            for (var i = 0; i < length; i++)
            {
                if (chars[start + i] != key[i])
                {
                    return false;
                }
            }

            return true;
        }

        private void Grow()
        {
            var size = starts.Length * 2;
            Array.Resize(ref starts, size);
            Array.Resize(ref lengths, size);
            Array.Resize(ref hashes, size);
            Array.Resize(ref weights, size);
            slots = new int[size * 2];
            shift = 64 - Log2(slots.Length);
            for (var k = 0; k < Count; k++)
            {
                var slot = Slot(hashes[k]);
                while (slots[slot] != 0)
                {
                    slot = (slot + 1) & (slots.Length - 1);
                }

                slots[slot] = k + 1;
            }
        }
    }
}
