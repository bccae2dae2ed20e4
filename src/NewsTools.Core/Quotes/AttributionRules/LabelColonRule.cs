namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>
    /// 'Okafor: "We are not done yet."', 'Chris Cillizza, The Washington Post: "..."': in round-ups and transcripts a name that
    /// opens the paragraph, alone or with its outlet after a comma, and a colon introduce the quote; the colon stands as the cue.
    /// </summary>
    internal sealed class LabelColonRule : ICueRule
    {
        // A label is a name and an affiliation, never a clause: "Chris Cillizza, The Washington Post" is seven tokens.
        private const int MaxLabelTokens = 10;
        private readonly CueFinder cues;

        public LabelColonRule(CueFinder cues)
        {
            this.cues = cues;
        }

        public CueCandidate? Find(QuoteContext q)
        {
            var p = q.Paragraph;
            var colon = q.Span.OpenToken - 1;

            // A list item's mark may open the paragraph before the name ("- Manchester United boss Sir Alex Ferguson: "..."");
            // after one the colon may be left out ("- Newcastle boss Graeme Souness "We deserved the win.""), and the mark is the cue.
            var first = IsBullet(p) ? 1 : 0;
            var bare = first == 1 && p.IsWord(colon);
            if (bare)
            {
                colon = q.Span.OpenToken;
            }

            if (colon < first + 1 || colon > first + MaxLabelTokens || (!bare && !p.IsPunct(colon, ':')) || q.Sentence.First != 0)
            {
                return null;
            }

            var label = cues.Parser.PhraseAfter(p, first, colon);

            // The name must fill the label up to the colon, or up to the comma that sets off its affiliation. A title names the
            // speaker by role, as headlines do ("Minister: \"We will not raise taxes\"", "Union boss: ...").
            if (label == null || !(label.IsNamed || IsTitleLabel(p, label)) || (label.EndToken != colon && !p.IsPunct(label.EndToken, ',')))
            {
                return null;
            }

            // Without a colon only a role and a name make the label ("Newcastle boss Graeme Souness"): a list item may open
            // with any capitalised word ("- Compelling "failing and rogue states" to ...").
            if (bare && (label.Title == null || !label.IsNamed))
            {
                return null;
            }

            for (var t = label.EndToken + 1; t < colon; t++)
            {
                // An affiliation is capitalised words ("The Washington Post"), not a clause with a verb.
                if (p.IsWord(t) && !p.IsCapitalised(t) && !p.Is(t, WordClass.ClauseWord))
                {
                    return null;
                }
            }

            var cue = bare ? new CueMatch { First = 0, End = 1, Text = p.Word(0), Speaker = label } : new CueMatch { First = colon, End = colon + 1, Text = ":", Speaker = label };
            return new CueCandidate(cue, adjacent: true);
        }

        // "-", "*", "•" or a dash alone before the paragraph's first word.
        private static bool IsBullet(ParagraphText p) =>
            p.Tokens.Count > 1 && p.Tokens[0].Kind == TokenKind.Punct && p.Tokens[0].End - p.Tokens[0].Start == 1 &&
            (p.IsPunct(0, '-') || p.IsPunct(0, '*') || p.IsPunct(0, '•') || p.IsPunct(0, '–') || p.IsPunct(0, '—'));

        /// <summary>A label of at most three words whose last is a title ("Minister", "Foreign minister", "Union boss").</summary>
        private static bool IsTitleLabel(ParagraphText p, Mention label) =>
            label.EndToken - label.FirstToken <= 3 && p.Is(label.EndToken - 1, WordClass.TitleWord);
    }
}
