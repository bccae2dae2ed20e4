using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Text;

namespace NewsTools.Quotes
{
    /// <summary>Finds the quotations of an article and attributes each to its speaker.</summary>
    public sealed class QuoteExtractor
    {
        private readonly CueLexicon lexicon;

        public QuoteExtractor(NewsToolsConfig config)
        {
            lexicon = new CueLexicon(config);
        }

        /// <summary>
        /// Direct, partial and indirect quotations in reading order, and quoted terms (Kind Term, no speaker).
        /// Offsets index <see cref="Article.Text"/>; each paragraph of a quote that runs over several paragraphs is its own quote.
        /// </summary>
        public IReadOnlyList<Quote> Extract(Article article, CancellationToken cancellationToken = default)
        {
            if (article == null)
            {
                throw new ArgumentNullException(nameof(article));
            }

            // Analyse a same-length copy (non-breaking spaces as spaces) so every offset found indexes the text as given.
            var text = TextNormalizer.ForAnalysis(article.Text);
            var parser = new MentionParser(lexicon);
            var resolver = new SpeakerResolver(lexicon, parser);
            var cues = new CueFinder(lexicon, parser, resolver);
            var attributor = new QuoteAttributor(cues, new QuoteClassifier(lexicon, parser), parser, resolver);
            var indirect = new IndirectSpeechFinder(lexicon, parser, cues, attributor);
            var quotes = new List<Quote>();
            QuoteFinding? previous = null;
            ParagraphText? previousParagraph = null;
            foreach (var paragraph in Paragraphs(article, text))
            {
                cancellationToken.ThrowIfCancellationRequested();
                resolver.Register(paragraph);
                var body = paragraph.Kind == ParagraphKind.Body;
                // Headline grammar drops "that" and puts verbs in the present ("city promises lower tolls"): reading reported
                // speech into it invents clauses, and the story's body reports the same statement properly.
                var reported = paragraph.Kind == ParagraphKind.Heading ? new List<QuoteFinding>() : indirect.Find(paragraph).ToList();
                var findings = attributor.Attribute(paragraph, body ? previous : null, body ? previousParagraph : null, reported);
                findings.AddRange(reported);
                findings.Sort((a, b) => a.Span.Open.CompareTo(b.Span.Open));
                foreach (var f in findings)
                {
                    quotes.Add(ToQuote(article, f));
                }

                // Continuation crosses only into the next paragraph, from the last statement (quoted or reported) that had a speaker.
                previous = findings.LastOrDefault(f => f.Speaker != null && f.Kind != QuoteKind.Term);
                previousParagraph = body ? paragraph : null;
            }

            return quotes;
        }

        private static Quote ToQuote(Article article, QuoteFinding f)
        {
            var (start, end) = f.Kind == QuoteKind.Indirect ? (f.Span.ContentStart, f.Span.ContentEnd) : TrimContent(article.Text, f.Span.ContentStart, f.Span.ContentEnd);
            var p = f.Paragraph;
            var sentenceStart = p.Tokens.Count > 0 && f.Sentence.First < p.Tokens.Count ? p.Tokens[f.Sentence.First].Start : p.Start;
            var sentenceEnd = p.Tokens.Count > 0 && f.Sentence.End > 0 ? p.Tokens[Math.Min(f.Sentence.End, p.Tokens.Count) - 1].End : p.End;
            return new Quote
            {
                Text = article.Text.Substring(start, end - start),
                Kind = f.Kind,
                Speaker = f.Speaker?.Name,
                SpeakerMention = f.Attribution == Attribution.Continuation ? null : f.MentionText,
                SpeakerTitle = f.Speaker?.Title,
                SpeakerType = f.Speaker?.Type ?? SpeakerType.Unknown,
                Cue = f.Attribution == Attribution.Continuation ? null : f.Cue?.Text,
                Addressee = f.Attribution == Attribution.Continuation ? null : f.Addressee,
                Attribution = f.Speaker == null ? Attribution.None : f.Attribution,
                ArticleId = article.Id,
                Outlet = article.Outlet,
                Paragraph = p.Index,
                Start = start,
                End = end,
                SpeakerStart = f.SpeakerStart,
                SpeakerEnd = f.SpeakerEnd,
                Sentence = sentenceEnd > sentenceStart ? article.Text.Substring(sentenceStart, sentenceEnd - sentenceStart) : "",
            };
        }

        /// <summary>The quoted text without surrounding spaces or the comma that English puts inside the marks before the attribution.</summary>
        internal static (int Start, int End) TrimContent(string text, int start, int end)
        {
            while (start < end && IsSpace(text[start]))
            {
                start++;
            }

            while (end > start && (IsSpace(text[end - 1]) || text[end - 1] == ','))
            {
                end--;
            }

            return (start, end);
        }

        private static bool IsSpace(char c) => char.IsWhiteSpace(c);

        /// <summary>The article's kept paragraphs; when it has none (text built in memory), its lines.</summary>
        private static IEnumerable<ParagraphText> Paragraphs(Article article, string text)
        {
            if (article.Paragraphs.Count > 0)
            {
                foreach (var p in article.Paragraphs)
                {
                    yield return ParagraphText.Build(text, p.Index, p.Kind, p.Start, p.End);
                }

                yield break;
            }

            // Each non-blank line is a paragraph, as in plain-text news.
            var index = 0;
            var i = 0;
            while (i < text.Length)
            {
                var lineEnd = text.IndexOf('\n', i);
                if (lineEnd < 0)
                {
                    lineEnd = text.Length;
                }

                var start = i;
                var end = lineEnd;
                while (start < end && char.IsWhiteSpace(text[start]))
                {
                    start++;
                }

                while (end > start && char.IsWhiteSpace(text[end - 1]))
                {
                    end--;
                }

                if (end > start)
                {
                    yield return ParagraphText.Build(text, index++, ParagraphKind.Body, start, end);
                }

                i = lineEnd + 1;
            }
        }
    }
}
