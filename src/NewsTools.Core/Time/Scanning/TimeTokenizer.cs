using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace NewsTools.Time.Scanning
{
    /// <summary>
    /// Splits text into words, digit runs and single punctuation marks in one linear pass. Non-breaking spaces count as
    /// spaces and curly apostrophes as straight ones, so offsets stay those of the text as given. "p.m."/"a.m." become one word.
    /// </summary>
    internal static class TimeTokenizer
    {
        [MethodImpl(HotPath.Optimize)]
        public static void Tokenize(string text, int start, int end, List<TimeToken> tokens, Lexicon lexicon)
        {
            var i = start;
            var space = true;
            var lineBreak = true;
            while (i < end)
            {
                var c = text[i];
                if (c == '\n' || c == '\r')
                {
                    lineBreak = true;
                    space = true;
                    i++;
                    continue;
                }

                if (char.IsWhiteSpace(c) || c == '\u00a0')
                {
                    space = true;
                    i++;
                    continue;
                }

                var token = new TimeToken { Start = i, SpaceBefore = space, BreakBefore = lineBreak, Number = -1 };
                // ASCII digits only: the run below reads '0'-'9', so a digit of another script ("\uff13", "\u0663") taken here made
                // an empty token and the scan never moved on. Such digits are single marks, like other symbols.
                if (c >= '0' && c <= '9')
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
                }
                else if (char.IsLetter(c))
                {
                    // The lexicon's hash is taken in the same pass that finds the word's end: one read of each letter.
                    var hash = Lexicon.HashStep(Lexicon.HashSeed, c);
                    var j = i + 1;
                    while (j < end && char.IsLetter(text[j]))
                    {
                        hash = Lexicon.HashStep(hash, text[j]);
                        j++;
                    }

                    // "a.m." and "p.m." (with or without the last period) are one token.
                    if (j == i + 1 && (c == 'a' || c == 'p' || c == 'A' || c == 'P') && j + 1 < end && text[j] == '.' && (text[j + 1] == 'm' || text[j + 1] == 'M')
                        && (j + 2 >= end || !char.IsLetter(text[j + 2])))
                    {
                        j += 2;
                        if (j < end && text[j] == '.')
                        {
                            j++;
                        }

                        token.Lex = lexicon.Find(c == 'a' || c == 'A' ? "am" : "pm", 0, 2);
                    }
                    else
                    {
                        token.Lex = lexicon.Find(text, i, j - i, hash);
                    }

                    token.Kind = TokenKind.Word;
                    token.Capitalized = char.IsUpper(c);
                    token.End = j;
                }
                else
                {
                    token.Kind = TokenKind.Punct;
                    token.End = i + 1;
                }

                tokens.Add(token);
                i = token.End;
                space = false;
                lineBreak = false;
            }
        }
    }
}
