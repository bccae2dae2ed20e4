using System;
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

        // The most characters tokenized between two checks that the token list has room.
        private const int Stretch = 512;

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
        /// expression can begin with: a word whose lexicon entry can start one, a digit run, an apostrophe right before a digit
        /// ("'90s").
        /// </summary>
        // One loop over locals: the token array, its count and the start list are read into locals and written back once,
        // and each token's fields are stored once, so the loop keeps its state in registers instead of going through the
        // list for every token (the tokenizer is about half of the tagger's time).
        public static void Tokenize(string text, int start, int end, TokenList tokens, Lexicon lexicon)
        {
            var ascii = AsciiClass;
            var items = tokens.Items;
            var count = tokens.Count;
            var starts = tokens.Starts;
            var startCount = tokens.StartCount;

            // ShortWord reads eight characters from a word's start, and the key's bytes follow the machine's byte order.
            var lastShortStart = BitConverter.IsLittleEndian ? text.Length - Lexicon.ShortWordLength : -1;
            var i = start;
            var space = true;
            var lineBreak = true;
            while (i < end)
            {
                // Room for a token per character of the next stretch (every token takes at least one), made once for the
                // stretch: the loop below then stores without asking for room at each token.
                var stretchEnd = end - i > Stretch ? i + Stretch : end;
                if (items.Length - count < stretchEnd - i || starts.Length - startCount < stretchEnd - i)
                {
                    tokens.SetCounts(count, startCount);
                    tokens.MakeRoom(stretchEnd - i);
                    items = tokens.Items;
                    starts = tokens.Starts;
                }

                while (i < stretchEnd)
                {
                    var c = text[i];
                    var kind = c < 128 ? ascii[c] : ClassOfOther(c);
                    if (kind == Break || kind == Space)
                    {
                        lineBreak |= kind == Break;
                        space = true;
                        i++;
                        continue;
                    }

                    int j;
                    var number = -1;
                    var lex = 0;
                    TokenKind tokenKind;
                    if (kind >= Lower)
                    {
                        tokenKind = TokenKind.Word;

                        // ASCII letters, then any letters: the word is plain ASCII when the second loop takes none. Eight
                        // characters at a time where the text holds them: a word's end then costs no mispredicted branch.
                        var plain = c < 128;
                        var eight = plain && i <= lastShortStart;
                        ulong letters = 0;
                        if (eight)
                        {
                            letters = EightChars.Read(text, i, out var nonAscii);
                            j = i + EightChars.LetterRun(letters, nonAscii);
                        }
                        else
                        {
                            j = i + 1;
                        }

                        // A longer word (about one in ten): its next eight characters at once too, where they are in the text
                        // and in the span, so that only words of more than sixteen letters go on a character at a time.
                        if (eight && j == i + 8 && j < end && j <= lastShortStart)
                        {
                            j += EightChars.LetterRun(EightChars.Read(text, j, out var moreNonAscii), moreNonAscii);
                        }

                        if (!eight || j == i + 8 || j == i + 16)
                        {
                            while (j < end && (uint)((text[j] | 0x20) - 'a') <= 'z' - 'a')
                            {
                                j++;
                            }
                        }

                        if (j > end)
                        {
                            j = end;
                        }

                        if (j < end && text[j] >= 128)
                        {
                            var k = WordEndOther(text, j, end, ascii);
                            plain &= k == j;
                            j = k;
                        }

                        // "a.m." and "p.m." (with or without the last period) are one token.
                        if (j == i + 1 && (c == 'a' || c == 'p' || c == 'A' || c == 'P') && j + 1 < end && text[j] == '.' && (text[j + 1] == 'm' || text[j + 1] == 'M')
                            && (j + 2 >= end || !char.IsLetter(text[j + 2])))
                        {
                            j = Meridiem(text, i, end, lexicon, out var meridiem);
                            if (meridiem != null)
                            {
                                lex = meridiem.Index;
                                if (meridiem.CanStart)
                                {
                                    starts[startCount++] = count;
                                }
                            }
                        }
                        else if (eight && plain && j - i <= Lexicon.ShortWordLength)
                        {
                            // Most words: the group and whether it can begin an expression, without a branch on the answer.
                            var entry = lexicon.ShortEntry(letters, j - i);
                            lex = entry >> 1;
                            starts[startCount] = count;
                            startCount += entry & 1;
                        }
                        else if (j - i <= Lexicon.MaxWordLength)
                        {
                            var slot = lexicon.EdgeSlot(text, i, j - i);
                            if (slot != 0)
                            {
                                var found = lexicon.FindLetters(text, i, j - i, slot);
                                if (found != null)
                                {
                                    lex = found.Index;
                                    if (found.CanStart)
                                    {
                                        starts[startCount++] = count;
                                    }
                                }
                            }
                        }
                    }
                    else if (kind == Digit)
                    {
                        tokenKind = TokenKind.Number;
                        j = NumberEnd(text, i, end, out number);
                        starts[startCount++] = count;
                    }
                    else
                    {
                        tokenKind = TokenKind.Punct;
                        j = MarkEnd(text, i, end);

                        // An apostrophe begins an expression only right before a digit ("'90s"); most stand in "May's",
                        // "don't" or close a quotation, and were tried by a parser in vain.
                        if ((c == '\'' || c == '\u2019') && j < end && (uint)(text[j] - '0') <= 9)
                        {
                            starts[startCount++] = count;
                        }
                    }

                    // Every field written: the buffer is reused and holds the tokens of earlier texts.
                    ref var token = ref items[count++];
                    token.Start = i;
                    token.End = j;
                    token.Kind = tokenKind;
                    token.SpaceBefore = space;
                    token.BreakBefore = lineBreak;
                    token.Capitalized = kind == Upper;
                    token.Number = number;
                    token.LexIndex = lex;
                    space = false;
                    lineBreak = false;
                    i = j;

                    // Most tokens are followed by one plain space: step over it here rather than in a turn of the loop.
                    if (i < end && text[i] == ' ')
                    {
                        space = true;
                        i++;
                    }
                }
            }

            tokens.SetCounts(count, startCount);
        }

        /// <summary>The end of the mark at i; a flood of one mark is one token.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int MarkEnd(string text, int i, int end)
        {
            var c = text[i];
            i++;

            // A flood of one mark (a rule of dashes, ten megabytes of quote marks) is one token, not one per character.
            if (i + LongMarkRun - 1 <= end && text[i] == c && IsRunOf(text, i, LongMarkRun - 1, c))
            {
                while (i < end && text[i] == c)
                {
                    i++;
                }
            }

            return i;
        }

        /// <summary>The end of "a.m." or "p.m." at i (with or without the last period), and its lexicon group.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int Meridiem(string text, int i, int end, Lexicon lexicon, out LexGroup? lex)
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
        /// The end of the run of ASCII digits from i, and its value when it has at most 9 digits (else -1). ASCII digits
        /// only: a digit of another script ("\uff13", "\u0663") taken here made an empty token and the scan never moved on.
        /// Such digits are single marks, like other symbols.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int NumberEnd(string text, int i, int end, out int number)
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

            number = j - i <= 9 ? (int)value : -1;
            return j;
        }

        /// <summary>The end of a word from a character outside ASCII on, out of line so the tokenizer's loop calls nothing for plain words.</summary>
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
