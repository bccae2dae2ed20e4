using System;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Parsers
{
    /// <summary>
    /// The tokens a parser can begin at: the kinds of time word, a digit run, a mark, and which modifier words ("the",
    /// "last", "every"). The tagger asks a parser only at tokens its declaration admits, so a parser that learns to begin
    /// somewhere new says so here, beside its code, and nothing else needs changing.
    /// </summary>
    internal sealed class ParserStart
    {
        public const int NumberToken = 1 << 30;
        public const int PunctToken = 1 << 28;

        /// <summary>Every length of digit run: bits 1 to <see cref="ManyDigits"/>.</summary>
        public const int AnyDigits = ((1 << (ManyDigits + 1)) - 1) & ~1;

        /// <summary>The bit of <see cref="Digits"/> that stands for runs of this many digits or more.</summary>
        public const int ManyDigits = 10;

        /// <summary>The <see cref="AfterModifier"/> of a parser that says nothing of the token after its modifiers.</summary>
        public const int AnyToken = -1;

        private ParserStart(int traits, Mod[] modifiers, int digits, int afterModifier = AnyToken)
        {
            Traits = traits;
            Modifiers = modifiers;
            Digits = digits;
            AfterModifier = afterModifier;
        }

        /// <summary>One bit 1 &lt;&lt; LexKind per kind of time word, and <see cref="NumberToken"/>, <see cref="PunctToken"/>.</summary>
        public int Traits { get; }

        /// <summary>The modifier words the parser can begin at (empty: none).</summary>
        public Mod[] Modifiers { get; }

        /// <summary>
        /// Where the parser begins at a digit run, the lengths of run it can begin at: bit d for d digits (bit
        /// <see cref="ManyDigits"/> for that many or more); 0 when it begins at none.
        /// </summary>
        public int Digits { get; }

        /// <summary>
        /// What the token after a modifier the parser begins at can be, as <see cref="Traits"/> says of a start (a bit per kind
        /// of time word, <see cref="NumberToken"/>, <see cref="PunctToken"/>), or <see cref="AnyToken"/>.
        /// </summary>
        public int AfterModifier { get; }

        /// <summary>Bit <see cref="ManyDigits"/> at most: the bit of <see cref="Digits"/> for a run of <paramref name="digits"/> digits.</summary>
        public static int DigitsBit(int digits) => 1 << (digits < ManyDigits ? digits : ManyDigits);

        /// <summary>A parser that begins at a word of one of these kinds.</summary>
        public static ParserStart At(params LexKind[] kinds) => new ParserStart(KindBits(kinds), Array.Empty<Mod>(), 0);

        /// <summary>One bit 1 &lt;&lt; kind per kind, as <see cref="Traits"/> holds them.</summary>
        private static int KindBits(LexKind[] kinds)
        {
            var bits = 0;
            foreach (var k in kinds)
            {
                bits |= 1 << (int)k;
            }

            return bits;
        }

        /// <summary>Also at a digit run.</summary>
        public ParserStart OrNumber() => new ParserStart(Traits | NumberToken, Modifiers, AnyDigits);

        /// <summary>
        /// Also at a digit run of one of these lengths ("12 March": one or two digits; "1989": four): at most digit runs
        /// (counts, sums, scores) the parser would fail, and is not tried there.
        /// </summary>
        public ParserStart OrNumberOf(params int[] digitCounts)
        {
            var digits = 0;
            foreach (var d in digitCounts)
            {
                digits |= DigitsBit(d);
            }

            return new ParserStart(Traits | NumberToken, Modifiers, Digits | digits);
        }

        /// <summary>Also at a mark (the apostrophe of "'90s").</summary>
        public ParserStart OrMark() => new ParserStart(Traits | PunctToken, Modifiers, Digits);

        /// <summary>Also at these modifier words.</summary>
        public ParserStart OrModifiers(params Mod[] modifiers) => new ParserStart(Traits | (1 << (int)LexKind.Modifier), modifiers, Digits, AfterModifier);

        /// <summary>
        /// At its modifiers only before a word of one of these kinds, or before a digit run or a mark where the flags say so
        /// ("the same day": "the" before a modifier; "the 1970s": before a digit run): "the" stands before nearly every noun,
        /// and before most the parser would fail.
        /// </summary>
        public ParserStart BeforeOnly(bool number, bool mark, params LexKind[] kinds)
        {
            var traits = (number ? NumberToken : 0) | (mark ? PunctToken : 0) | KindBits(kinds);
            return new ParserStart(Traits, Modifiers, Digits, traits);
        }

        /// <summary>
        /// Also where <see cref="DurationParser"/>'s counted units can begin: "a" (a modifier the caller lists), a vague
        /// amount ("several"), a number word or a digit run.
        /// </summary>
        public ParserStart OrCountedUnits() => new ParserStart(Traits | (1 << (int)LexKind.Vague) | (1 << (int)LexKind.Number) | NumberToken, Modifiers, AnyDigits);
    }
}
