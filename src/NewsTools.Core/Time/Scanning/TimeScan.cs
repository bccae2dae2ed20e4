using System.Collections.Generic;
using System.Runtime.CompilerServices;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Scanning
{
    /// <summary>The tokens of one stretch of text with the small questions parsers ask about them.</summary>
    internal sealed class TimeScan
    {
        public TimeScan(string text, List<TimeToken> tokens)
        {
            Text = text;
            Tokens = tokens;
        }

        public string Text { get; }

        public List<TimeToken> Tokens { get; }

        /// <summary>The text is written in capitals throughout, so capitalisation says nothing.</summary>
        public bool AllCaps { get; set; }

        public int Count => Tokens.Count;

        public bool In(int i) => i >= 0 && i < Tokens.Count;

        /// <summary>Token i exists and no line break separates it from the token before.</summary>
        public bool OnLine(int i) => i >= 0 && i < Tokens.Count && !Tokens[i].BreakBefore;

        /// <summary>Token k continues an expression that starts at token <paramref name="start"/> (the first token may start a line).</summary>
        public bool Continues(int start, int k) => k == start ? In(k) : OnLine(k);

        /// <summary>Token i exists, on the same line, and is written right against the token before ("third-quarter").</summary>
        public bool Joined(int i) => OnLine(i) && !Tokens[i].SpaceBefore;

        public bool Punct(int i, char c) => In(i) && Tokens[i].Kind == TokenKind.Punct && Text[Tokens[i].Start] == c;

        public bool IsNumber(int i) => In(i) && Tokens[i].Kind == TokenKind.Number;

        public int Digits(int i) => Tokens[i].End - Tokens[i].Start;

        public bool Capitalized(int i) => AllCaps || Tokens[i].Capitalized;

        [MethodImpl(HotPath.Optimize)]
        public bool Is(int i, LexKind kind, out LexEntry entry)
        {
            entry = default;
            return In(i) && Tokens[i].Lex != null && Tokens[i].Lex!.Has(kind, out entry);
        }

        public bool Is(int i, LexKind kind) => Is(i, kind, out _);

        public bool Mod(int i, Mod mod) => Is(i, LexKind.Modifier, out var e) && e.Value == (int)mod;

        [MethodImpl(HotPath.Optimize)]
        public bool Unit(int i, out TimeUnit unit, out bool plural)
        {
            if (Is(i, LexKind.Unit, out var e))
            {
                unit = (TimeUnit)e.Value;
                plural = e.Value2 == 1;
                return true;
            }

            unit = TimeUnit.None;
            plural = false;
            return false;
        }

        /// <summary>Case-insensitive comparison of token i with a lower-case ASCII word.</summary>
        [MethodImpl(HotPath.Optimize)]
        public bool Word(int i, string word)
        {
            if (!In(i) || Tokens[i].Kind != TokenKind.Word || Tokens[i].Length != word.Length)
            {
                return false;
            }

            var start = Tokens[i].Start;
            for (var k = 0; k < word.Length; k++)
            {
                var c = Text[start + k];
                if (c >= 'A' && c <= 'Z')
                {
                    c = (char)(c | 0x20);
                }

                if (c != word[k])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Token i is a digit run that stands alone, not part of "1,500", "3.5" or "10%".</summary>
        [MethodImpl(HotPath.Optimize)]
        public bool StandaloneNumber(int i)
        {
            if (!IsNumber(i) || Tokens[i].Number < 0)
            {
                return false;
            }

            if (Joined(i) && (Punct(i - 1, ',') || Punct(i - 1, '.')) && Joined(i - 1) && IsNumber(i - 2))
            {
                return false;
            }

            if (Joined(i + 1) && (Punct(i + 1, ',') || Punct(i + 1, '.') || Punct(i + 1, '/')) && Joined(i + 2) && IsNumber(i + 2))
            {
                return false;
            }

            if (Joined(i + 1) && (Punct(i + 1, '%') || (Punct(i + 1, ':') && Joined(i + 2) && IsNumber(i + 2))))
            {
                return false;
            }

            if (Joined(i) && (Punct(i - 1, '$') || Punct(i - 1, '£') || Punct(i - 1, '€') || Punct(i - 1, '#')))
            {
                return false;
            }

            return true;
        }

        /// <summary>
        /// A cardinal amount at token i: digits, number words ("twenty-four", "twenty four", "a hundred"), "a"/"an"/"one".
        /// </summary>
        [MethodImpl(HotPath.Optimize)]
        public bool Amount(int i, out int value, out int next)
        {
            value = 0;
            next = i;
            if (StandaloneNumber(i) && Digits(i) <= 6)
            {
                value = Tokens[i].Number;
                next = i + 1;
                return true;
            }

            if (Mod(i, Vocabulary.Mod.A))
            {
                if (OnLine(i + 1) && Is(i + 1, LexKind.Number, out var h) && (h.Value == 100 || h.Value == 1000 || h.Value == 12))
                {
                    value = h.Value;
                    next = i + 2;
                    return true;
                }

                value = 1;
                next = i + 1;
                return true;
            }

            if (!Is(i, LexKind.Number, out var e) || e.Value >= 100)
            {
                return false;
            }

            value = e.Value;
            next = i + 1;
            if (value >= 20 && value % 10 == 0)
            {
                // "twenty-four" or "twenty four"
                var k = next;
                if (Punct(k, '-') && Joined(k) && Joined(k + 1))
                {
                    k++;
                }

                if (OnLine(k) && Is(k, LexKind.Number, out var units) && units.Value < 10)
                {
                    value += units.Value;
                    next = k + 1;
                }
            }

            if (OnLine(next) && Is(next, LexKind.Number, out var mult) && (mult.Value == 100 || mult.Value == 1000))
            {
                value *= mult.Value;
                next++;
            }

            return true;
        }
    }
}
