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

        private ParserStart(int traits, Mod[] modifiers)
        {
            Traits = traits;
            Modifiers = modifiers;
        }

        /// <summary>One bit 1 &lt;&lt; LexKind per kind of time word, and <see cref="NumberToken"/>, <see cref="PunctToken"/>.</summary>
        public int Traits { get; }

        /// <summary>The modifier words the parser can begin at (empty: none).</summary>
        public Mod[] Modifiers { get; }

        /// <summary>A parser that begins at a word of one of these kinds.</summary>
        public static ParserStart At(params LexKind[] kinds)
        {
            var traits = 0;
            foreach (var k in kinds)
            {
                traits |= 1 << (int)k;
            }

            return new ParserStart(traits, Array.Empty<Mod>());
        }

        /// <summary>Also at a digit run.</summary>
        public ParserStart OrNumber() => new ParserStart(Traits | NumberToken, Modifiers);

        /// <summary>Also at a mark (the apostrophe of "'90s").</summary>
        public ParserStart OrMark() => new ParserStart(Traits | PunctToken, Modifiers);

        /// <summary>Also at these modifier words.</summary>
        public ParserStart OrModifiers(params Mod[] modifiers) => new ParserStart(Traits | (1 << (int)LexKind.Modifier), modifiers);

        /// <summary>
        /// Also where <see cref="DurationParser"/>'s counted units can begin: "a" (a modifier the caller lists), a vague
        /// amount ("several"), a number word or a digit run.
        /// </summary>
        public ParserStart OrCountedUnits() => new ParserStart(Traits | (1 << (int)LexKind.Vague) | (1 << (int)LexKind.Number) | NumberToken, Modifiers);
    }
}
