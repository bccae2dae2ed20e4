using System;
using System.Collections.Generic;
using System.Text;

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
    /// A linear hand scanner for words. The shared Text/Tokenizer was not on main when coverage was written, and coverage needs
    /// its own keys anyway (abbreviation dots dropped so "N.A.A.C.P." meets "NAACP", possessives folded).
    /// </summary>
    internal static class WordScanner
    {
        private static readonly HashSet<string> TitleAbbreviations = new HashSet<string>(StringComparer.Ordinal)
        {
            "mr", "mrs", "ms", "dr", "st", "gov", "sen", "rep", "gen", "lt", "col", "sgt", "capt", "prof", "rev", "jr", "sr", "no", "vs",
        };

        public static List<Word> Scan(string text) => Scan(text, 0, text.Length);

        public static List<Word> Scan(string text, int from, int to)
        {
            var words = new List<Word>();
            var sentenceStart = true;
            var key = new StringBuilder();
            var i = from;
            while (i < to)
            {
                var c = text[i];
                if (!char.IsLetterOrDigit(c))
                {
                    // A period after "Mr" or an initial does not end the sentence: "Mr. Trump" keeps Trump a name.
                    var abbreviation = c == '.' && words.Count > 0 && words[words.Count - 1].End == i &&
                        (TitleAbbreviations.Contains(words[words.Count - 1].Key) || words[words.Count - 1].End - words[words.Count - 1].Start == 1);
                    if ((c == '.' && !abbreviation) || c == '!' || c == '?' || c == '\n' || c == ':' || c == '\u201C' || c == '"')
                    {
                        sentenceStart = true;
                    }

                    i++;
                    continue;
                }

                var start = i;
                key.Clear();
                var letters = 0;
                var digits = 0;
                while (i < to)
                {
                    c = text[i];
                    if (char.IsLetterOrDigit(c))
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

                    var next = i + 1 < to ? text[i + 1] : '\0';
                    var prev = i > start ? text[i - 1] : '\0';
                    if ((c == '\'' || c == '\u2019') && char.IsLetter(next))
                    {
                        // "Japan's" -> "japan"; "don't" stays one word.
                        if ((next == 's' || next == 'S') && (i + 2 >= to || !char.IsLetter(text[i + 2])))
                        {
                            i += 2;
                            break;
                        }

                        key.Append('\'');
                        i++;
                        continue;
                    }

                    if (c == '-' && char.IsLetterOrDigit(next))
                    {
                        key.Append('-');
                        i++;
                        continue;
                    }

                    if ((c == '.' || c == ',' || c == '/') && char.IsDigit(prev) && char.IsDigit(next))
                    {
                        if (c != ',')
                        {
                            key.Append(c);
                        }

                        i++;
                        continue;
                    }

                    // Abbreviations with dots: "U.S.", "N.A.A.C.P.", "G.O.P." (single letters between dots).
                    if (c == '.' && char.IsLetter(prev) && (i - 1 == start || text[i - 2] == '.') && char.IsLetter(next) && (i + 2 >= to || text[i + 2] == '.'))
                    {
                        i++;
                        continue;
                    }

                    break;
                }

                if (i < to && text[i] == '.' && i >= 2 && text[i - 2] == '.' && char.IsLetter(text[i - 1]))
                {
                    i++; // the closing dot of "U.S." is not a sentence end in most cases; treat it as part of the word
                }

                var first = text[start];
                words.Add(new Word(start, i, key.ToString(), char.IsUpper(first), digits > 0 && letters == 0, sentenceStart));
                sentenceStart = false;
            }

            return words;
        }

        /// <summary>A light English stem: plural and a few inflections, enough for "sanctions"/"sanction" and "visited"/"visit".</summary>
        public static string Stem(string key, bool capitalised = false)
        {
            if (key.Length <= 3 || !IsLetters(key))
            {
                return key;
            }

            // Names keep their endings ("Beijing", "Yukos", "Reyes").
            if (capitalised)
            {
                return key;
            }

            if (key.EndsWith("ies", StringComparison.Ordinal) && key.Length > 4)
            {
                return key.Substring(0, key.Length - 3) + "y";
            }

            if (key.EndsWith("sses", StringComparison.Ordinal))
            {
                return key.Substring(0, key.Length - 2);
            }

            if (key.EndsWith("ing", StringComparison.Ordinal) && key.Length > 5)
            {
                return key.Substring(0, key.Length - 3);
            }

            if (key.EndsWith("ed", StringComparison.Ordinal) && key.Length > 4)
            {
                return key.Substring(0, key.Length - 2);
            }

            if (key[key.Length - 1] == 's' && key[key.Length - 2] != 's' && key[key.Length - 2] != 'u' && key[key.Length - 2] != 'i')
            {
                return key.Substring(0, key.Length - 1);
            }

            return key;
        }

        private static bool IsLetters(string key)
        {
            foreach (var c in key)
            {
                if (!char.IsLetter(c))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
