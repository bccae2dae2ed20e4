namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>
    /// 'OBAMA'S LAST STATE OF THE UNION "President Barack Obama's final State of the Union address will ..." [AP.]': in a
    /// newsletter's round-up an item opens with the linked story's headline in capitals, quotes an excerpt of that story and
    /// credits its outlet in brackets. The excerpt is the story's words: the headline names it, as a document (item 4 of #12),
    /// and the bracketed credit stands as the cue. The speaker is the headline as written, never read as a person's name.
    /// </summary>
    internal sealed class RoundUpExcerptRule : ICueRule
    {
        // A headline is a few words ("EBOLA SURVIVORS, THROUGH THE LENS" is five), never a whole paragraph in capitals.
        private const int MinHeadlineWords = 2;
        private const int MaxHeadlineTokens = 24;

        // The credit ("[Mother Jones.]", "[WSJ | Paywall]") is short and follows the excerpt within the paragraph.
        private const int MaxCreditTokens = 8;
        private const int MaxTokensToCredit = 40;

        // A headline may stand in single quote marks ("'EUROPEANS ASK IF ...'"); they are not part of its words.
        private static readonly char[] HeadlineMarks = { ' ', '\'', '\u2018', '\u2019' };

        public CueCandidate? Find(QuoteContext q)
        {
            var p = q.Paragraph;
            var open = q.Span.OpenToken;
            if (q.Sentence.First != 0 || open > MaxHeadlineTokens || q.Span.CloseToken < 0 || !IsHeadline(p, open))
            {
                return null;
            }

            var credit = CreditAfter(p, q.Span.CloseToken + 1);
            if (credit.First < 0)
            {
                return null;
            }

            var headline = new Mention
            {
                FirstToken = 0,
                EndToken = open,
                Start = p.Tokens[0].Start,
                End = p.Tokens[open - 1].End,
                Text = p.Source.Substring(p.Tokens[0].Start, p.Tokens[open - 1].End - p.Tokens[0].Start).Trim(HeadlineMarks),
                IsNamed = true,
            };
            headline.Core = headline.Text;
            headline.CoreStart = headline.Start;
            var text = p.Source.Substring(p.Tokens[credit.First].Start, p.Tokens[credit.End - 1].End - p.Tokens[credit.First].Start);
            var cue = new CueMatch { First = credit.First, End = credit.End, Text = text, Speaker = headline, AsWritten = true };
            return new CueCandidate(cue, adjacent: true);
        }

        /// <summary>Tokens [0, open) are a headline: words without a lowercase letter, two or more of them, and no sentence end.</summary>
        private static bool IsHeadline(ParagraphText p, int open)
        {
            var words = 0;
            for (var t = 0; t < open; t++)
            {
                if (!p.IsWord(t))
                {
                    if (p.IsPunct(t, '.') || p.IsPunct(t, '!') || p.IsPunct(t, '?'))
                    {
                        return false;
                    }

                    continue;
                }

                var w = p.Word(t);
                var letters = 0;
                for (var i = 0; i < w.Length; i++)
                {
                    if (char.IsLower(w[i]))
                    {
                        return false;
                    }

                    letters += char.IsLetter(w[i]) ? 1 : 0;
                }

                words += letters > 1 ? 1 : 0;
            }

            return words >= MinHeadlineWords;
        }

        /// <summary>The bracketed credit after the excerpt, "[" to "]", or (-1, -1).</summary>
        private static (int First, int End) CreditAfter(ParagraphText p, int from)
        {
            var end = System.Math.Min(p.Tokens.Count, from + MaxTokensToCredit);
            for (var t = from; t < end; t++)
            {
                if (!p.IsPunct(t, '['))
                {
                    continue;
                }

                for (var k = t + 1; k < p.Tokens.Count && k - t <= MaxCreditTokens; k++)
                {
                    if (p.IsPunct(k, ']'))
                    {
                        return k > t + 1 ? (t, k + 1) : (-1, -1);
                    }
                }

                return (-1, -1);
            }

            return (-1, -1);
        }
    }
}
