using NewsTools.Text;

namespace NewsTools.Quotes
{
    /// <summary>A noun phrase that names or stands for a speaker, split into its parts.</summary>
    internal sealed class Mention
    {
        public int FirstToken { get; set; }

        public int EndToken { get; set; }

        public int Start { get; set; }

        public int End { get; set; }

        /// <summary>The phrase as written ("Chinese foreign minister Wang", "the ministry", "he").</summary>
        /// <remarks>A phrase of several words is cut from the text when first asked (see <see cref="Renew"/>): most names are only linked, by their core.</remarks>
        public string Text
        {
            get => text ??= WordStrings.Cut(strings, source, Start, End - Start);
            set => text = value;
        }

        /// <summary>The name or head without determiner, titles and nationality ("Wang", "Chinese Foreign Ministry", "ministry").</summary>
        /// <remarks>A core of several words is cut when first asked (see <see cref="CoreFrom"/>): a phrase a rule tries and lets go is not cut.</remarks>
        public string Core
        {
            get => core ??= WordStrings.Cut(strings, source, CoreStart, End - CoreStart - Possessive.Length(source, CoreStart, End));
            set => core = value;
        }

        /// <summary>Offset of <see cref="Core"/> in the text.</summary>
        public int CoreStart { get; set; }

        public string? Title { get; set; }

        /// <summary>The country a demonym or possessive ties the phrase to ("Chinese", "China's").</summary>
        public string? Country { get; set; }

        /// <summary>
        /// The names in capitals set before a lowercase title, the body or side the role belongs to: "United" in "the United
        /// manager", "Manchester United" in "Manchester United manager Alex Ferguson".
        /// </summary>
        public string? Affiliation { get; set; }

        public bool IsPronoun { get; set; }

        /// <summary>
        /// For a subject of two named phrases joined by "and" ("Tom Smith and Ann Jones"), the first of them; the second is the
        /// rest of the phrase after "and". Null for any other phrase.
        /// </summary>
        public Mention? FirstConjunct { get; set; }

        /// <summary>The second named phrase of a subject joined by "and" (see <see cref="FirstConjunct"/>).</summary>
        public Mention? SecondConjunct { get; set; }

        /// <summary>The core is one token's text as written, whose word classes are <see cref="CoreClasses"/>.</summary>
        public bool CoreIsOneToken { get; set; }

        public WordClass CoreClasses { get; set; }

        /// <summary>The head is a capitalised name (Explicit attribution) rather than a common noun (Nominal).</summary>
        public bool IsNamed { get; set; }

        public override string ToString() => Text;

        /// <summary>A mention of one word token as written ("his", "someone"), its core the word itself.</summary>
        internal static Mention OfWord(ParagraphText p, int t, bool isPronoun)
        {
            var word = p.Word(t);
            return new Mention { FirstToken = t, EndToken = t + 1, Start = p.Tokens[t].Start, End = p.Tokens[t].End, Text = word, Core = word, IsPronoun = isPronoun };
        }

        private string? text = "";
        private string? core = "";

        // The text [Start, End) indexes, read when Text or Core is first asked and was not given.
        private string source = "";

        /// <summary>The article text the mention's offsets index.</summary>
        public string Source => source;

        /// <summary>
        /// The word right after the mention when it starts in lower case ("firms" in "Big US firms", "striker" in "Real Madrid
        /// striker Michael Owen"), else null: a name before such a word is used attributively.
        /// </summary>
        internal string? LowercaseWordAfter()
        {
            var k = End;
            while (k < source.Length && source[k] == ' ')
            {
                k++;
            }

            if (k == End || k >= source.Length || !char.IsLower(source[k]))
            {
                return null;
            }

            var e = k;
            while (e < source.Length && (char.IsLetter(source[e]) || source[e] == '-'))
            {
                e++;
            }

            return source.Substring(k, e - k);
        }

        /// <summary>The word right before the mention when it is in lower case and only a space stands between ("in" in "in Victoria Park"), else null.</summary>
        internal string? LowercaseWordBefore()
        {
            var e = Start;
            while (e > 0 && source[e - 1] == ' ')
            {
                e--;
            }

            var k = e;
            while (k > 0 && char.IsLetter(source[k - 1]))
            {
                k--;
            }

            return k < e && e < Start && char.IsLower(source[k]) ? source.Substring(k, e - k) : null;
        }

        // The article's word strings that Text and Core are cut through when first asked: the name that registration cut is
        // the string resolution hands out again.
        private WordStrings? strings;

        /// <summary>
        /// The core runs from <paramref name="start"/> to the phrase's end without its possessive mark, cut when first asked
        /// (through the word strings given to <see cref="Renew"/>); its offsets are read then, so set them no more.
        /// </summary>
        internal void CoreFrom(int start)
        {
            CoreStart = start;
            core = null;
        }

        /// <summary>
        /// This mention made afresh over another phrase, every other property back to its initial value (as a new Mention), so
        /// that a caller that only reads a mention while it links it (the resolver's registration of names) needs one object,
        /// not one per name. Keep in step with the properties above. <paramref name="text"/> null: <see cref="Text"/> is
        /// source[start, end), cut when first asked, through <paramref name="strings"/> when given.
        /// </summary>
        internal Mention Renew(int firstToken, int endToken, int start, int end, string? text, string source = "", WordStrings? strings = null)
        {
            FirstToken = firstToken;
            EndToken = endToken;
            Start = start;
            End = end;
            this.text = text;
            this.source = source;
            this.strings = strings;
            Core = "";
            CoreStart = 0;
            Title = null;
            Country = null;
            Affiliation = null;
            IsPronoun = false;
            FirstConjunct = null;
            SecondConjunct = null;
            CoreIsOneToken = false;
            CoreClasses = WordClass.None;
            IsNamed = false;
            return this;
        }
    }
}
