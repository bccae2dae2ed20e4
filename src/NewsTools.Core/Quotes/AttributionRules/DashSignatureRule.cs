namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>'"We will win." ― Donald Trump (@realDonaldTrump)': a dash and a name after a quote that opens its sentence sign a tweet or an epigraph.</summary>
    internal sealed class DashSignatureRule : ICueRule
    {
        private readonly CueLexicon lexicon;
        private readonly MentionParser parser;

        public DashSignatureRule(CueLexicon lexicon, MentionParser parser)
        {
            this.lexicon = lexicon;
            this.parser = parser;
        }

        public CueCandidate? Find(QuoteContext q)
        {
            if (!q.OpensSentence || !q.HasAfter)
            {
                return null;
            }

            var p = q.Paragraph;
            var t = q.After.First;
            if (p.Tokens[t].Kind != TokenKind.Punct)
            {
                return null;
            }

            var c = p.Source[p.Tokens[t].Start];
            if (c != '―' && c != '—' && c != '–' && c != '-')
            {
                return null;
            }

            if (!p.IsCapitalised(t + 1) && !(p.IsWord(t + 1) && p.Is(t + 1, WordClass.Determiner)))
            {
                return null;
            }

            var m = parser.PhraseAfter(p, t + 1, q.After.End);
            return m == null || !m.IsNamed ? (CueCandidate?)null : new CueCandidate(new CueMatch { First = t, End = t + 1, Text = c.ToString(), Speaker = m }, adjacent: true);
        }
    }
}
