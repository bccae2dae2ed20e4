using System.Collections.Generic;
using NewsTools.Text;

namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>
    /// One quoted span as every cue rule sees it: its paragraph's tokens, its sentence, and the two stretches an attribution
    /// can stand in (the words after the quote and the words before it, back to the previous quote of the sentence).
    /// </summary>
    internal sealed class QuoteContext
    {
        // The stretch after a quote is read no further than this many tokens, so the work per quote is constant.
        private const int MaxStretchTokens = 60;

        public QuoteContext(ParagraphText paragraph, int quoteIndex, ParagraphText? previousParagraph)
        {
            Renew(paragraph, quoteIndex, previousParagraph);
        }

        /// <summary>An empty context, to be <see cref="Renew"/>ed before it is read.</summary>
        internal QuoteContext()
        {
        }

        /// <summary>
        /// This context made over another quote, every property set afresh (keep in step with the properties below): the
        /// attributor renews one context per quote, since the rules read it while they run and keep none of it.
        /// </summary>
        internal QuoteContext Renew(ParagraphText paragraph, int quoteIndex, ParagraphText? previousParagraph)
        {
            Paragraph = paragraph;
            PreviousParagraph = previousParagraph;
            Span = paragraph.Quotes[quoteIndex];
            SentenceIndex = paragraph.SentenceOf(Span.OpenToken);
            Sentence = paragraph.Sentences[SentenceIndex];
            Segments = paragraph.SegmentsOf(SentenceIndex);

            // The stretch after the quote runs to the next sentence end even when the quote itself ended with "?" or "."
            // ('"...?" Clinton asked.'); the stretch before it is the part of its sentence between the previous quote and this one.
            var afterStart = Span.CloseToken + 1;
            After = (afterStart, StretchEnd(paragraph, afterStart));
            BeforeIndex = SegmentEndingAt(Segments, Span.OpenToken);
            Before = BeforeIndex >= 0 ? Segments[BeforeIndex] : (Span.OpenToken, Span.OpenToken);

            // A quote that ends its sentence inside a longer one ('He pledged ... "mutual good." Trump said') has nothing after it.
            if (!OpensSentence && QuoteClassifier.EndsSentence(paragraph.Source, Span.ContentStart, Span.ContentEnd))
            {
                After = (afterStart, afterStart);
            }

            return this;
        }

        public ParagraphText Paragraph { get; private set; } = null!;

        /// <summary>The paragraph before, when the quote may be introduced by its closing colon; otherwise null.</summary>
        public ParagraphText? PreviousParagraph { get; private set; }

        public QuoteSpan Span { get; private set; } = null!;

        public int SentenceIndex { get; private set; }

        public (int First, int End) Sentence { get; private set; }

        /// <summary>The sentence's stretches outside quotes, in order.</summary>
        public List<(int First, int End)> Segments { get; private set; } = null!;

        /// <summary>The words after the quote, up to the sentence end or the next quote (empty when the quote ends its sentence inside a longer one).</summary>
        public (int First, int End) After { get; private set; }

        /// <summary>The words of the sentence between the previous quote (or the sentence start) and this quote.</summary>
        public (int First, int End) Before { get; private set; }

        /// <summary>Index of <see cref="Before"/> in <see cref="Segments"/>, or -1.</summary>
        public int BeforeIndex { get; private set; }

        public bool OpensSentence => Span.OpenToken == Sentence.First;

        public bool OpensParagraph => Span.OpenToken == 0;

        public bool HasAfter => After.End > After.First;

        public bool HasBefore => Before.End > Before.First;

        /// <summary>From a token to the next sentence-ending mark, opening quote or paragraph end.</summary>
        private static int StretchEnd(ParagraphText p, int from)
        {
            var t = from;
            while (t < p.Tokens.Count && t - from < MaxStretchTokens && p.Tokens[t].Kind != TokenKind.OpenQuote && !IsSentenceStop(p, t) && !p.IsPunct(t, '!') && !p.IsPunct(t, '?') && !p.IsPunct(t, ';'))
            {
                // Initials keep their period ("N.C., who"): one that ends the sentence ("in the U.S. Then") ends the stretch after it.
                if (EndsWithStop(p, t) && t + 1 < p.Tokens.Count && p.SentenceOf(t + 1) != p.SentenceOf(t))
                {
                    return t + 1;
                }

                t++;
            }

            return t;
        }

        /// <summary>
        /// A period that ends its sentence. One that keeps the sentence going closes an abbreviation written apart from the
        /// word list's forms ('"...!" Rep. Ann Lee, R-Pa., said'), and the stretch runs on past it.
        /// </summary>
        internal static bool IsSentenceStop(ParagraphText p, int t) =>
            p.IsPunct(t, '.') && (t + 1 >= p.Tokens.Count || p.SentenceOf(t + 1) != p.SentenceOf(t));

        private static bool EndsWithStop(ParagraphText p, int t) => p.IsWord(t) && p.Source[p.Tokens[t].End - 1] == '.';

        /// <summary>Index of the stretch that ends at a token (binary search; stretches are ordered), or -1.</summary>
        private static int SegmentEndingAt(List<(int First, int End)> segments, int end)
        {
            int lo = 0, hi = segments.Count - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) / 2;
                if (segments[mid].End == end)
                {
                    return mid;
                }

                if (segments[mid].End < end)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return -1;
        }
    }
}
