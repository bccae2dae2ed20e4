using System;
using System.Collections.Generic;
using System.Linq;

namespace NewsTools.Text
{
    public enum TokenKind
    {
        Word,
        Number,
        Punctuation,
    }

    /// <summary>A token with its offsets in the text it came from.</summary>
    public readonly struct Token
    {
        public Token(int start, int end, TokenKind kind, string text)
        {
            Start = start;
            End = end;
            Kind = kind;
            Text = text;
        }

        public int Start { get; }

        public int End { get; }

        public TokenKind Kind { get; }

        public string Text { get; }

        public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

        public override string ToString() => Text;
    }

    /// <summary>
    /// Splits text into words, numbers and punctuation in one linear pass. Words keep inner apostrophes and hyphens
    /// ("Japan's", "two-day") and dotted abbreviations ("U.S."); numbers keep inner separators ("1,200", "3.5").
    /// </summary>
    public static class Tokenizer
    {
        public static List<Token> Tokenize(string text) => Tokenize(text, 0, text.Length);

        // Punctuation tokens are one character: share one string per ASCII character instead of allocating each.
        private static readonly string[] AsciiStrings = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

        public static List<Token> Tokenize(string text, int start, int end)
        {
            var tokens = new List<Token>(Math.Max(4, (end - start) / 6));
            var i = start;
            while (Next(text, ref i, end, out var s, out var kind))
            {
                var c = text[s];
                tokens.Add(new Token(s, i, kind, kind == TokenKind.Punctuation && c < 128 ? AsciiStrings[c] : text.Substring(s, i - s)));
            }

            return tokens;
        }

        /// <summary>
        /// The next token at or after <paramref name="i"/> (before <paramref name="end"/>) as offsets [start, i) and a kind, or
        /// false at the end: the same tokens as <see cref="Tokenize(string, int, int)"/> without cutting their text, for a
        /// caller that reads a few tokens at many places (the reference date's candidates).
        /// </summary>
        internal static bool Next(string text, ref int i, int end, out int start, out TokenKind kind)
        {
            while (i < end)
            {
                var c = text[i];
                if (TextNormalizer.IsSpace(c))
                {
                    i++;
                    continue;
                }

                var s = i;
                start = s;
                if (char.IsDigit(c))
                {
                    i++;
                    while (i < end && (char.IsDigit(text[i]) || ((text[i] == ',' || text[i] == '.') && i + 1 < end && char.IsDigit(text[i + 1]))))
                    {
                        i++;
                    }

                    // "1970s", "3rd", "28th": a number glued to a suffix stays one token.
                    while (i < end && char.IsLetter(text[i]))
                    {
                        i++;
                    }

                    kind = TokenKind.Number;
                    return true;
                }
                else if (char.IsLetter(c))
                {
                    i++;
                    while (i < end)
                    {
                        var d = text[i];
                        if (char.IsLetterOrDigit(d))
                        {
                            i++;
                        }
                        else if ((TextNormalizer.IsApostrophe(d) || d == '-' || d == '\u2011') && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
                        {
                            i++;
                        }
                        else if (d == '.' && i + 1 < end && char.IsLetter(text[i + 1]) && i + 2 <= end && (i + 2 == end || text[i + 2] == '.') && i - s == 1)
                        {
                            // Dotted abbreviation: "U.S.", "U.N." (single letters between dots).
                            i += 2;
                            if (i < end && text[i] == '.')
                            {
                                i++;
                            }

                            break;
                        }
                        else
                        {
                            break;
                        }
                    }

                    kind = TokenKind.Word;
                    return true;
                }

                i++;
                kind = TokenKind.Punctuation;
                return true;
            }

            start = end;
            kind = TokenKind.Punctuation;
            return false;
        }
    }
}
