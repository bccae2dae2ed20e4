namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>
    /// '"I went to Wall Street before the crash ..."' and then a line '- Clinton.': in fact checks, round-ups and reader letters a
    /// dash and a name alone on the next line sign the quote above it. Asked about each paragraph that follows a quoted one.
    /// </summary>
    internal sealed class SignOffParagraphRule
    {
        // A sign-off is a dash, a name and maybe a full stop or a handle: "― Donald Trump (@realDonaldTrump)" is eight tokens.
        private const int MaxSignOffTokens = 10;
        private readonly MentionParser parser;

        public SignOffParagraphRule(MentionParser parser)
        {
            this.parser = parser;
        }

        /// <summary>The name that signs the paragraph before, when <paramref name="p"/> is only a dash and that name; otherwise null.</summary>
        public Mention? SignOff(ParagraphText p)
        {
            if (p.Quotes.Count > 0 || p.Tokens.Count < 2 || p.Tokens.Count > MaxSignOffTokens || p.Tokens[0].Kind != TokenKind.Punct)
            {
                return null;
            }

            var dash = p.Source[p.Tokens[0].Start];
            if ((dash != '―' && dash != '—' && dash != '–' && dash != '-') || !p.IsCapitalised(1))
            {
                return null;
            }

            var name = parser.PhraseAfter(p, 1, p.Tokens.Count);
            if (name == null || !name.IsNamed)
            {
                return null;
            }

            // Nothing but punctuation and a parenthesis (a handle, an affiliation) may follow the name: a clause is no signature.
            var inParenthesis = false;
            for (var t = name.EndToken; t < p.Tokens.Count; t++)
            {
                inParenthesis |= p.IsPunct(t, '(');
                if (p.IsWord(t) && !inParenthesis)
                {
                    return null;
                }
            }

            return name;
        }
    }
}
