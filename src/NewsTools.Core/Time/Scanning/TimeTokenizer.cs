using System.Runtime.CompilerServices;
using NewsTools.Text;

namespace NewsTools.Time.Scanning
{
    /// <summary>
    /// Splits text into words, digit runs and single punctuation marks in one linear pass. Non-breaking spaces count as
    /// spaces and curly apostrophes as straight ones, so offsets stay those of the text as given. "p.m."/"a.m." become one word.
    /// </summary>
    internal static class TimeTokenizer
    {
        private const byte Other = 0;
        private const byte Break = 1;
        private const byte Space = 2;
        private const byte Digit = 3;
        private const byte Lower = 4;
        private const byte Upper = 5;

        // What each ASCII character is, taken from the same char tests the slow path uses: most of a text is ASCII.
        private static readonly byte[] AsciiClass = BuildAsciiClass();

        private static byte[] BuildAsciiClass()
        {
            var table = new byte[128];
            for (var c = (char)0; c < 128; c++)
            {
                table[c] = c == '\n' || c == '\r' ? Break
                    : TextNormalizer.IsSpace(c) ? Space
                    : c >= '0' && c <= '9' ? Digit
                    : char.IsLetter(c) ? (char.IsUpper(c) ? Upper : Lower)
                    : Other;
            }

            return table;
        }

        // Shorter runs of one mark ("--", "...", "!!!") stay one token per character, as parsers read them.
        private const int LongMarkRun = 16;

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static bool IsRunOf(string text, int start, int count, char c)
        {
            for (var k = start; k < start + count; k++)
            {
                if (text[k] != c)
                {
                    return false;
                }
            }

            return true;
        }

        // Out of line: the Unicode tables it calls would make the hot loop save and restore registers for every token.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static byte ClassOfOther(char c) =>
            TextNormalizer.IsSpace(c) ? Space
            : char.IsLetter(c) ? (char.IsUpper(c) ? Upper : Lower)
            : Other;

        /// <summary>
        /// Appends the tokens of text[start, end) to <paramref name="tokens"/>, and notes in its start list each token an
        /// expression can begin with: a word whose lexicon entry can start one, a digit run, an apostrophe ("'90s").
        /// </summary>
        [MethodImpl(HotPath.Optimize)]
        public static void Tokenize(string text, int start, int end, TokenList tokens, Lexicon lexicon)
        {
            var ascii = AsciiClass;
            var i = start;
            var space = true;
            var lineBreak = true;
            while (i < end)
            {
                var c = text[i];
                var kind = ClassOf(c, ascii);
                if (kind == Break || kind == Space)
                {
                    lineBreak |= kind == Break;
                    space = true;
                    i++;
                    continue;
                }

                var index = tokens.Count;
                ref var token = ref NewToken(tokens, i, space, lineBreak);
                space = false;
                lineBreak = false;
                if (kind >= Lower)
                {
                    i = Word(text, i, end, kind, ref token, lexicon, ascii);
                    if (token.Lex != null && token.Lex.CanStart)
                    {
                        tokens.AddStart(index);
                    }
                }
                else if (kind == Digit)
                {
                    i = Number(text, i, end, ref token);
                    tokens.AddStart(index);
                }
                else
                {
                    i = Mark(text, i, end, ref token);
                    if (c == '\'' || c == '\u2019')
                    {
                        tokens.AddStart(index);
                    }
                }

                // Most tokens are followed by one plain space: step over it here rather than in a turn of the loop.
                if (i < end && text[i] == ' ')
                {
                    space = true;
                    i++;
                }
            }
        }

        /// <summary>What the character is (Break, Space, Digit, Lower, Upper or Other).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static byte ClassOf(char c, byte[] ascii)
        {
            if (c >= 128)
            {
                return ClassOfOther(c);
            }

            // ASCII letters, the commonest characters, are told by arithmetic.
            if ((uint)((c | 0x20) - 'a') <= 'z' - 'a')
            {
                return c <= 'Z' ? Upper : Lower;
            }

            return ascii[c];
        }

        /// <summary>A new token at i, every field written: the buffer is reused and holds the tokens of earlier texts.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static ref TimeToken NewToken(TokenList tokens, int i, bool space, bool lineBreak)
        {
            ref var token = ref tokens.Add();
            token.Start = i;
            token.SpaceBefore = space;
            token.BreakBefore = lineBreak;
            token.Capitalized = false;
            token.Number = -1;
            token.Lex = null;
            return ref token;
        }

        /// <summary>The word at i (its first character a letter of <paramref name="kind"/>) into the token, with its lexicon group; returns its end.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int Word(string text, int i, int end, byte kind, ref TimeToken token, Lexicon lexicon, byte[] ascii)
        {
            var c = text[i];
            var j = WordEnd(text, i, end, ascii);
            LexGroup? lex = null;

            // "a.m." and "p.m." (with or without the last period) are one token.
            if (j == i + 1 && (c == 'a' || c == 'p' || c == 'A' || c == 'P') && j + 1 < end && text[j] == '.' && (text[j + 1] == 'm' || text[j + 1] == 'M')
                && (j + 2 >= end || !char.IsLetter(text[j + 2])))
            {
                j = Meridiem(text, i, end, lexicon, ref lex);
            }
            else if (j - i <= Lexicon.MaxWordLength)
            {
                var slot = lexicon.EdgeSlot(text, i, j - i);
                if (slot != 0)
                {
                    lex = lexicon.FindLetters(text, i, j - i, slot);
                }
            }

            token.Kind = TokenKind.Word;
            token.Capitalized = kind == Upper;
            token.End = j;
            if (lex != null)
            {
                token.Lex = lex;
            }

            return j;
        }

        /// <summary>The mark at i into the token; a flood of one mark is one token. Returns its end.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int Mark(string text, int i, int end, ref TimeToken token)
        {
            var c = text[i];
            token.Kind = TokenKind.Punct;
            token.End = i + 1;
            i++;

            // A flood of one mark (a rule of dashes, ten megabytes of quote marks) is one token, not one per character.
            if (i + LongMarkRun - 1 <= end && text[i] == c && IsRunOf(text, i, LongMarkRun - 1, c))
            {
                while (i < end && text[i] == c)
                {
                    i++;
                }

                token.End = i;
            }

            return i;
        }

        /// <summary>The end of "a.m." or "p.m." at i (with or without the last period), and its lexicon group.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int Meridiem(string text, int i, int end, Lexicon lexicon, ref LexGroup? lex)
        {
            var j = i + 3;
            if (j < end && text[j] == '.')
            {
                j++;
            }

            var c = text[i];
            lex = lexicon.Find(c == 'a' || c == 'A' ? "am" : "pm", 0, 2);
            return j;
        }

        /// <summary>
        /// A run of ASCII digits from i: its end, and its value in the token when it has at most 9 digits (else -1).
        /// ASCII digits only: a digit of another script ("\uff13", "\u0663") taken here made an empty token and the scan never
        /// moved on. Such digits are single marks, like other symbols.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int Number(string text, int i, int end, ref TimeToken token)
        {
            var j = i;
            long value = 0;
            while (j < end && text[j] >= '0' && text[j] <= '9')
            {
                if (j - i < 9)
                {
                    value = (value * 10) + (text[j] - '0');
                }

                j++;
            }

            token.Kind = TokenKind.Number;
            token.Number = j - i <= 9 ? (int)value : -1;
            token.End = j;
            return j;
        }

        /// <summary>The end of the word (a run of letters) that starts at <paramref name="i"/>.</summary>
        [MethodImpl(HotPath.Optimize)]
        private static int WordEnd(string text, int i, int end, byte[] ascii)
        {
            var j = i;

            while (j < end)
            {
                var d = text[j];
                if (d >= 128)
                {
                    return WordEndOther(text, j, end, ascii);
                }

                // An ASCII letter: A-Z or a-z (the ASCII letters char.IsLetter knows).
                if ((uint)((d | 0x20) - 'a') > 'z' - 'a')
                {
                    break;
                }

                j++;
            }

            return j;
        }

        /// <summary><see cref="WordEnd"/> from a character outside ASCII on, out of line so WordEnd itself calls nothing.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int WordEndOther(string text, int j, int end, byte[] ascii)
        {
            while (j < end)
            {
                var d = text[j];
                if (d < 128 ? ascii[d] < Lower : !char.IsLetter(d))
                {
                    break;
                }

                j++;
            }

            return j;
        }
    }
}
