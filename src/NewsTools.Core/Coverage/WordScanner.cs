using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using NewsTools.Config;
using NewsTools.Text;

namespace NewsTools.Coverage
{
    /// <summary>One word of a text, with its offsets and a normalised key for matching.</summary>
    internal readonly struct Word
    {
        public Word(int start, int end, string key, bool capitalised, bool numeric, bool sentenceStart)
        {
            Start = start;
            End = end;
            Key = key;
            Capitalised = capitalised;
            Numeric = numeric;
            SentenceStart = sentenceStart;
        }

        public int Start { get; }

        public int End { get; }

        /// <summary>Lower case, dots of abbreviations and a possessive 's dropped ("U.S." -> "us", "Japan's" -> "japan").</summary>
        public string Key { get; }

        public bool Capitalised { get; }

        public bool Numeric { get; }

        /// <summary>First word of a sentence or paragraph, where a capital says nothing about names.</summary>
        public bool SentenceStart { get; }

        public override string ToString() => Key;
    }

    /// <summary>
    /// A linear hand scanner for words, with coverage's own keys (abbreviation dots dropped so "N.A.A.C.P." meets "NAACP",
    /// possessives folded). An article's paragraphs are scanned once, as a layer of its <see cref="ArticleText"/>, and every
    /// coverage analysis that reads a stretch of them is given a cut of that scan. One scanner per configuration: the
    /// abbreviations whose period ends no sentence are the configuration's, the user's additions included.
    /// </summary>
    internal sealed class WordScanner
    {
        private static readonly ConditionalWeakTable<NewsToolsConfig, WordScanner> Cache = new ConditionalWeakTable<NewsToolsConfig, WordScanner>();

        /// <summary>The words of each paragraph (see <see cref="ArticleText.Spans"/>), in one list; one layer per scanner, as the abbreviations differ.</summary>
        private readonly TextLayer<ParagraphWords> wordsLayer;

        // Abbreviations whose period ends no sentence ("Mr. Wang"; Text/Abbreviations).
        private readonly Abbreviations listed;

        private WordScanner(NewsToolsConfig config)
        {
            listed = Abbreviations.For(config);
            wordsLayer = new TextLayer<ParagraphWords>("coverage words", text => ParagraphWords.Scan(this, text));
        }

        /// <summary>The scanner of a configuration (built once per configuration object).</summary>
        public static WordScanner For(NewsToolsConfig config) => Cache.GetValue(config, c => new WordScanner(c));

        /// <summary>
        /// The scanner of the built-in lists, for callers that read only word boundaries and keys (a diff of two quotes): the
        /// abbreviations decide <see cref="Word.SentenceStart"/> and nothing else.
        /// </summary>
        public static WordScanner BuiltIn => builtIn ??= For(ConfigLoader.Defaults);

        // Kept: the diff asks for it per pair of texts, and the defaults are read under a lock (a race only makes it twice).
        private static WordScanner? builtIn;

        public List<Word> Scan(string text) => Scan(text, 0, text.Length);

        /// <summary>
        /// The words <see cref="Scan(string, int, int)"/> finds in text[from, to) of an article, cut from the article's shared
        /// scan of its paragraphs. A range inside one paragraph that cuts no word gets the same words, the first one marked
        /// as starting a sentence (a scan that starts there knows nothing before it); any other range is scanned on its own.
        /// </summary>
        public List<Word> Scan(ArticleText text, int from, int to)
        {
            var span = text.SpanHolding(from, to);
            if (span < 0)
            {
                return Scan(text.Text, from, to);
            }

            var layer = text.Get(wordsLayer);
            var words = layer.Words;
            var i = layer.FirstEndingAfter(span, from);
            var last = layer.First[span + 1];
            if (i < last && words[i].Start < from)
            {
                return Scan(text.Text, from, to);
            }

            var result = new List<Word>();
            for (; i < last && words[i].Start < to; i++)
            {
                var w = words[i];
                if (w.End > to)
                {
                    // The range ends inside a word: a scan of the range alone keys the part it sees.
                    return Scan(text.Text, from, to);
                }

                result.Add(result.Count == 0 && !w.SentenceStart ? new Word(w.Start, w.End, w.Key, w.Capitalised, w.Numeric, true) : w);
            }

            return result;
        }

        public List<Word> Scan(string text, int from, int to)
        {
            var words = new List<Word>();
            var reader = new WordReader(this, text, from, to);
            while (reader.Next())
            {
                words.Add(new Word(reader.Start, reader.End, reader.Key.ToString(), reader.Capitalised, reader.Numeric, reader.SentenceStart));
            }

            return words;
        }

        /// <summary>
        /// The words of text[from, to) one at a time, as <see cref="Scan(string, int, int)"/> finds them, each key left in a
        /// buffer that the next word overwrites: a reader that keeps only some keys (the grouping fingerprint, which drops stop
        /// words and counts the rest) makes no string for the others.
        /// </summary>
        internal sealed class WordReader
        {
            private readonly WordScanner scanner;
            private string text;
            private int to;
            private int i;
            private bool sentenceStart = true;
            private bool any;

            public WordReader(WordScanner scanner, string text, int from, int to)
            {
                this.scanner = scanner;
                this.text = text;
                this.to = to;
                i = from;
            }

            /// <summary>Reads text[from, to) from its start, as a new reader would.</summary>
            public void Restart(string text, int from, int to)
            {
                this.text = text;
                this.to = to;
                i = from;
                sentenceStart = true;
                any = false;
            }

            /// <summary>The current word's key (see <see cref="Word.Key"/>), valid until the next call to <see cref="Next"/>.</summary>
            public KeyBuffer Key { get; } = new KeyBuffer();

            public int Start { get; private set; }

            public int End { get; private set; }

            public bool Capitalised { get; private set; }

            public bool Numeric { get; private set; }

            public bool SentenceStart { get; private set; }

            /// <summary>Moves to the next word; false at the end of the range.</summary>
            public bool Next()
            {
                while (i < to)
                {
                    var c = text[i];
                    if (!char.IsLetterOrDigit(c))
                    {
                        // A space, the usual mark between words, ends no sentence: no call for it.
                        if (c != ' ' && scanner.EndsSentence(text, i, any ? Start : -1, any ? End : -1))
                        {
                            sentenceStart = true;
                        }

                        i++;
                        continue;
                    }

                    Start = i;
                    i = ReadWord(text, Start, to, Key, out var numeric);
                    End = i;
                    Numeric = numeric;
                    Capitalised = char.IsUpper(text[Start]);
                    SentenceStart = sentenceStart;
                    sentenceStart = false;
                    any = true;
                    return true;
                }

                return false;
            }
        }

        /// <summary>A word's key as it is read: lower-case characters appended to a buffer that is reused from word to word.</summary>
        internal sealed class KeyBuffer
        {
            private char[] chars = new char[32];

            public char[] Chars => chars;

            public int Length { get; private set; }

            public void Clear() => Length = 0;

            public void Append(char c)
            {
                if (Length == chars.Length)
                {
                    Array.Resize(ref chars, chars.Length * 2);
                }

                chars[Length++] = c;
            }

            public override string ToString() => new string(chars, 0, Length);
        }

        /// <summary>
        /// Whether the mark at <paramref name="i"/> (between words) makes the next word start a sentence: a full stop, unless it
        /// closes an initial or a listed abbreviation ("Mr. Trump" keeps Trump a name), and ! ? a line break, a colon or an opening
        /// quote, after which a capital says nothing about names.
        /// </summary>
        private bool EndsSentence(string text, int i, int lastStart, int lastEnd)
        {
            var c = text[i];
            if (c == '.')
            {
                if (lastEnd != i)
                {
                    return true;
                }

                return !(lastEnd - lastStart == 1 || listed.KeepsSentence(text, lastStart, lastEnd - lastStart));
            }

            return c == '!' || c == '?' || c == '\n' || c == ':' || c == '\u201C' || c == '"';
        }

        /// <summary>
        /// Reads the word starting at <paramref name="start"/> into <paramref name="key"/> (lower case, see <see cref="Word.Key"/>)
        /// and returns where it ends; numeric when it has digits and no letters.
        /// </summary>
        private static int ReadWord(string text, int start, int to, KeyBuffer key, out bool numeric)
        {
            key.Clear();
            var letters = 0;
            var digits = 0;
            var i = start;
            while (i < to)
            {
                var c = text[i];

                // ASCII letters and digits, most of any English text, without the Unicode tables: the same key and counts.
                if ((uint)((c | 0x20) - 'a') <= 'z' - 'a')
                {
                    key.Append((char)(c | 0x20));
                    letters++;
                    i++;
                    continue;
                }

                if ((uint)(c - '0') <= 9)
                {
                    key.Append(c);
                    digits++;
                    i++;
                    continue;
                }

                if (c >= '\u0080' && char.IsLetterOrDigit(c))
                {
                    key.Append(char.ToLowerInvariant(c));
                    if (char.IsDigit(c))
                    {
                        digits++;
                    }
                    else
                    {
                        letters++;
                    }

                    i++;
                    continue;
                }

                // A space, the usual end of a word, is no mark inside one.
                if (c == ' ')
                {
                    break;
                }

                var inner = InnerMark(text, i, start, to, key);
                if (inner == InnerMarkKind.EndsWord)
                {
                    break;
                }

                if (inner == InnerMarkKind.Possessive)
                {
                    i += 2;
                    break;
                }

                i++;
            }

            if (i < to && text[i] == '.' && i >= 2 && text[i - 2] == '.' && char.IsLetter(text[i - 1]))
            {
                i++; // the closing dot of "U.S." is not a sentence end in most cases; treat it as part of the word
            }

            numeric = digits > 0 && letters == 0;
            return i;
        }

        private enum InnerMarkKind
        {
            /// <summary>The mark ends the word.</summary>
            EndsWord,

            /// <summary>The mark is inside the word (appended to the key when it is kept there).</summary>
            InWord,

            /// <summary>An apostrophe and s closing a possessive: the word ends after them, the key without them.</summary>
            Possessive,
        }

        /// <summary>
        /// What the non-alphanumeric character at <paramref name="i"/>, inside the word begun at <paramref name="start"/>, does: an
        /// apostrophe keeps "don't" one word but closes "Japan's", a hyphen joins "cease-fire", a decimal point, thousands comma
        /// or slash joins digits ("3.5", "1,000", "9/11"), and a dot between single letters joins an abbreviation ("U.S.").
        /// </summary>
        private static InnerMarkKind InnerMark(string text, int i, int start, int to, KeyBuffer key)
        {
            var c = text[i];
            var next = i + 1 < to ? text[i + 1] : '\0';
            var prev = i > start ? text[i - 1] : '\0';
            if ((c == '\'' || c == '\u2019') && char.IsLetter(next))
            {
                if (Possessive.StartsAt(text, i, to))
                {
                    return InnerMarkKind.Possessive;
                }

                key.Append('\'');
                return InnerMarkKind.InWord;
            }

            if (c == '-' && char.IsLetterOrDigit(next))
            {
                key.Append('-');
                return InnerMarkKind.InWord;
            }

            if ((c == '.' || c == ',' || c == '/') && char.IsDigit(prev) && char.IsDigit(next))
            {
                if (c != ',')
                {
                    key.Append(c);
                }

                return InnerMarkKind.InWord;
            }

            // Abbreviations with dots: "U.S.", "N.A.A.C.P.", "G.O.P." (single letters between dots); the dots leave the key.
            if (c == '.' && char.IsLetter(prev) && (i - 1 == start || text[i - 2] == '.') && char.IsLetter(next) && (i + 2 >= to || text[i + 2] == '.'))
            {
                return InnerMarkKind.InWord;
            }

            return InnerMarkKind.EndsWord;
        }

        /// <summary>A light English stem: plural and a few inflections, enough for "sanctions"/"sanction" and "visited"/"visit".</summary>
        public static string Stem(string key, bool capitalised = false)
        {
            var length = StemLength(new KeyChars(key), capitalised, out var endsInY);
            return length == key.Length ? key : key.Substring(0, length) + (endsInY ? "y" : "");
        }

        /// <summary>
        /// <see cref="Stem(string, bool)"/> of the key in <paramref name="key"/>: the stem is its first characters, as many as
        /// returned, followed by a "y" when <paramref name="endsInY"/> ("studies" -> "stud" + "y").
        /// </summary>
        internal static int StemLength(KeyBuffer key, bool capitalised, out bool endsInY) =>
            StemLength(new KeyChars(key.Chars, key.Length), capitalised, out endsInY);

        /// <summary><see cref="Stem(string, bool)"/> of a lower-case word that is the first <paramref name="length"/> characters of <paramref name="chars"/>, as <see cref="StemLength(KeyBuffer, bool, out bool)"/> gives it.</summary>
        internal static int StemLength(char[] chars, int length, out bool endsInY) =>
            StemLength(new KeyChars(chars, length), false, out endsInY);

        private static int StemLength(KeyChars key, bool capitalised, out bool endsInY)
        {
            endsInY = false;
            var n = key.Length;

            // Names keep their endings ("Beijing", "Yukos", "Reyes").
            if (n <= 3 || !key.IsLetters() || capitalised)
            {
                return n;
            }

            if (key.EndsWith("ies") && n > 4)
            {
                endsInY = true;
                return n - 3;
            }

            if (key.EndsWith("sses"))
            {
                return n - 2;
            }

            if (key.EndsWith("ing") && n > 5)
            {
                return n - 3;
            }

            if (key.EndsWith("ed") && n > 4)
            {
                return n - 2;
            }

            if (key[n - 1] == 's' && key[n - 2] != 's' && key[n - 2] != 'u' && key[n - 2] != 'i')
            {
                return n - 1;
            }

            return n;
        }

        /// <summary>A key's characters, from a string or from a reader's buffer, so the stemming rule is written once for both.</summary>
        private readonly struct KeyChars
        {
            private readonly string? text;
            private readonly char[]? chars;

            public KeyChars(string text)
            {
                this.text = text;
                chars = null;
                Length = text.Length;
            }

            public KeyChars(char[] chars, int length)
            {
                text = null;
                this.chars = chars;
                Length = length;
            }

            public int Length { get; }

            public char this[int i] => text != null ? text[i] : chars![i];

            public bool EndsWith(string suffix)
            {
                if (suffix.Length > Length)
                {
                    return false;
                }

                for (var i = 0; i < suffix.Length; i++)
                {
                    if (this[Length - suffix.Length + i] != suffix[i])
                    {
                        return false;
                    }
                }

                return true;
            }

            public bool IsLetters()
            {
                for (var i = 0; i < Length; i++)
                {
                    if (!char.IsLetter(this[i]))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        /// <summary>The words of an article's paragraphs, each paragraph scanned on its own, and where each paragraph's words begin.</summary>
        private sealed class ParagraphWords
        {
            private ParagraphWords(List<Word> words, int[] first)
            {
                Words = words;
                First = first;
            }

            public List<Word> Words { get; }

            /// <summary>Index in <see cref="Words"/> of span k's first word; the last entry is the word count.</summary>
            public int[] First { get; }

            public static ParagraphWords Scan(WordScanner scanner, ArticleText text)
            {
                var words = new List<Word>();
                var first = new int[text.Spans.Count + 1];
                for (var k = 0; k < text.Spans.Count; k++)
                {
                    first[k] = words.Count;
                    words.AddRange(scanner.Scan(text.Text, text.Spans[k].Start, text.Spans[k].End));
                }

                first[text.Spans.Count] = words.Count;
                return new ParagraphWords(words, first);
            }

            /// <summary>The first word of span k that ends after offset <paramref name="from"/> (words are ordered and do not overlap).</summary>
            public int FirstEndingAfter(int span, int from)
            {
                int lo = First[span], hi = First[span + 1];
                while (lo < hi)
                {
                    var mid = (lo + hi) >> 1;
                    if (Words[mid].End <= from)
                    {
                        lo = mid + 1;
                    }
                    else
                    {
                        hi = mid;
                    }
                }

                return lo;
            }
        }
    }
}
