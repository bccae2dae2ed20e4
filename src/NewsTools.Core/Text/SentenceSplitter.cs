using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using NewsTools.Config;
using NewsTools.Quotes;

namespace NewsTools.Text
{
    /// <summary>
    /// Splits a paragraph into sentences in one pass. A sentence ends at . ! ? or … (with any closing quotes and brackets
    /// after it) followed by white space and a capital, digit or opening quote, unless the period ends an abbreviation
    /// ("Mr.", "Jan.", "U.S.") or a single initial ("John F. Kennedy"); a sentence also ends at a line break. A stop inside
    /// a quotation ends no sentence unless the quotation ends with it ("Stop. Now," he said. is one sentence). One splitter
    /// per configuration, so the user's abbreviations count; an article's sentences are a layer of its
    /// <see cref="ArticleText"/>, each paragraph split once, when it is first asked for.
    /// </summary>
    public sealed class SentenceSplitter
    {
        private static readonly ConditionalWeakTable<NewsToolsConfig, SentenceSplitter> Cache = new ConditionalWeakTable<NewsToolsConfig, SentenceSplitter>();

        // The characters that can end a sentence; every other character is skipped in one search.
        private static readonly char[] Stops = { '.', '!', '?', '…', '\n' };

        // Abbreviations that do not end a sentence when a capital follows (Text/Abbreviations: "Inc." may end one).
        private readonly Abbreviations listed;

        // The sentences of each paragraph span of an article: slots filled when a paragraph is first asked for (events ask
        // only for the paragraphs that hold a dated expression), so the value is a cache of a pure function of the text.
        // One layer per splitter: two configurations with different abbreviations split the same article differently.
        private readonly TextLayer<IReadOnlyList<TextSpan>?[]> layer;

        private SentenceSplitter(NewsToolsConfig config)
        {
            listed = Abbreviations.For(config);
            layer = new TextLayer<IReadOnlyList<TextSpan>?[]>("sentences", text => new IReadOnlyList<TextSpan>?[text.Spans.Count]);
        }

        /// <summary>The splitter of a configuration (the built-in abbreviations and the user's additions), made once per configuration.</summary>
        public static SentenceSplitter For(NewsToolsConfig config)
        {
            if (config == null)
            {
                throw new ArgumentNullException(nameof(config));
            }

            return Cache.GetValue(config, c => new SentenceSplitter(c));
        }

        /// <summary>The sentences of the article text's span (paragraph) <paramref name="span"/>, split on first use and kept.</summary>
        /// <param name="quotes">The span's quotations when the caller has already scanned them (QuoteScanner.Scan over exactly the span), so a first split need not scan again.</param>
        internal IReadOnlyList<TextSpan> Sentences(ArticleText text, int span, IReadOnlyList<QuoteSpan>? quotes = null)
        {
            var paragraphs = text.Get(layer);
            var sentences = Volatile.Read(ref paragraphs[span]);
            if (sentences == null)
            {
                // Two threads may both split a paragraph: the results are equal, and either one kept serves every reader.
                // Split into this thread's list and kept as an array of just the sentences: a list of its own per paragraph
                // cost its object and an array of four or more (most paragraphs have one to three sentences).
                var (start, end) = (text.Spans[span].Start, text.Spans[span].End);
                var scratch = scratchSentences ??= new List<TextSpan>();
                scratch.Clear();
                if (quotes == null)
                {
                    var found = scratchQuotes ??= new List<QuoteSpan>();
                    found.Clear();
                    QuoteScanner.Scan(text.Text, start, end, found);
                    SplitInto(scratch, text.Text, start, end, found);
                    found.Clear();
                }
                else
                {
                    SplitInto(scratch, text.Text, start, end, quotes);
                }

                sentences = scratch.ToArray();
                Volatile.Write(ref paragraphs[span], sentences);

                // A flood of sentences or quotation marks in one paragraph does not leave its lists' room with the thread.
                if (scratch.Capacity > MaxKeptScratch)
                {
                    scratchSentences = null;
                }

                if (scratchQuotes != null && scratchQuotes.Capacity > MaxKeptScratch)
                {
                    scratchQuotes = null;
                }
            }

            return sentences;
        }

        // The most sentences or quotations a thread's lists keep room for between paragraphs.
        private const int MaxKeptScratch = 1 << 12;

        // This thread's lists for the sentences and quotations of the paragraph being split for the article's layer.
        [ThreadStatic]
        private static List<TextSpan>? scratchSentences;

        [ThreadStatic]
        private static List<QuoteSpan>? scratchQuotes;

        /// <summary>Whether the sentences of span <paramref name="span"/> are already split and kept on the shared text.</summary>
        internal bool HasSentences(ArticleText text, int span) => Volatile.Read(ref text.Get(layer)[span]) != null;

        /// <summary>The sentences of text[start, end) (a paragraph), trimmed of surrounding white space.</summary>
        public List<TextSpan> Split(string text, int start, int end)
        {
            var quotes = new List<QuoteSpan>();
            QuoteScanner.Scan(text, start, end, quotes);
            return Split(text, start, end, quotes);
        }

        /// <summary>The sentences of a paragraph whose quotations <paramref name="quotes"/> are already found (in text order).</summary>
        internal List<TextSpan> Split(string text, int start, int end, IReadOnlyList<QuoteSpan> quotes)
        {
            var sentences = new List<TextSpan>();
            SplitInto(sentences, text, start, end, quotes);
            return sentences;
        }

        /// <summary>Adds the sentences of text[start, end), whose quotations are <paramref name="quotes"/>, to <paramref name="sentences"/>.</summary>
        private void SplitInto(List<TextSpan> sentences, string text, int start, int end, IReadOnlyList<QuoteSpan> quotes)
        {
            var sentenceStart = SkipSpace(text, start, end);
            var i = sentenceStart;
            var q = 0;
            while (i < end)
            {
                // Only a line break or a stop can end a sentence: jump to the next one (a vectorised search on .NET).
                var stop = text.IndexOfAny(Stops, i, end - i);
                if (stop < 0)
                {
                    break;
                }

                i = stop;
                var c = text[i];
                if (c == '\n')
                {
                    // A line break always ends a sentence: headlines, captions and list items carry no final period.
                    AddTrimmed(sentences, text, sentenceStart, i);
                    sentenceStart = SkipSpace(text, i, end);
                    i = sentenceStart;
                    continue;
                }

                if (TextNormalizer.IsSentenceStop(c))
                {
                    var j = i + 1;
                    while (j < end && TextNormalizer.IsSentenceStop(text[j]))
                    {
                        j++;
                    }

                    while (j < end && IsClosing(text[j]))
                    {
                        j++;
                    }

                    if (j >= end)
                    {
                        break;
                    }

                    // Inside a quotation only a stop the quotation closes on can end the sentence: a quoted speech of
                    // several sentences is one sentence of the paragraph, its speaker's verb included.
                    while (q < quotes.Count && QuoteEnd(quotes[q]) < i)
                    {
                        q++;
                    }

                    // An unclosed quotation that ends at this stop (the next paragraph's quotation opens right after it, its
                    // break lost) ends there as a closed one would.
                    if (q < quotes.Count && quotes[q].Open < i && i < QuoteEnd(quotes[q]) && !(quotes[q].Close > i && quotes[q].Close < j) &&
                        !(quotes[q].Unclosed && quotes[q].ContentEnd <= j))
                    {
                        i = j;
                        continue;
                    }

                    if (IsSpace(text[j]))
                    {
                        var next = SkipSpace(text, j, end);
                        if (next < end && StartsSentence(text[next]) && !(c == '.' && j == i + 1 && IsAbbreviationBefore(text, start, i)))
                        {
                            AddTrimmed(sentences, text, sentenceStart, j);
                            sentenceStart = next;
                            i = next;
                            continue;
                        }
                    }

                    i = j;
                    continue;
                }
            }

            AddTrimmed(sentences, text, sentenceStart, end);
        }

        private bool IsAbbreviationBefore(string text, int floor, int dot)
        {
            var s = dot;
            var dotted = false;
            while (s > floor && (char.IsLetter(text[s - 1]) || text[s - 1] == '.'))
            {
                s--;
                dotted |= text[s] == '.';
            }

            var length = dot - s;
            if (length == 0)
            {
                return false;
            }

            // A single capital ("F.") or a dotted acronym ("U.S", "U.N") before the period; read in place, without cutting
            // the word, since every period before a capital asks.
            if ((length == 1 && char.IsUpper(text[s])) || dotted)
            {
                return true;
            }

            return listed.KeepsSentence(text, s, length);
        }

        /// <summary>The closing mark's offset, or the content's end when the quotation runs on past the paragraph.</summary>
        private static int QuoteEnd(QuoteSpan quote) => quote.Unclosed ? quote.ContentEnd : quote.Close;

        // An opening bracket after a stop opens no sentence: "(One exception was a paper that found \"significant\" harm.)"
        // stays with the sentence before it, where quote attribution finds the speaker.
        private static bool StartsSentence(char c) =>
            char.IsUpper(c) || char.IsDigit(c) || c == '"' || c == '\u201C' || c == '\u2018' || c == '\'' || c == '«' || c == '`' || (!char.IsLetter(c) && !char.IsPunctuation(c) && !TextNormalizer.IsSpace(c)) || (char.IsLetter(c) && !char.IsLower(c));

        private static bool IsClosing(char c) => c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == ')' || c == ']' || c == '»';

        private static bool IsSpace(char c) => TextNormalizer.IsSpace(c);

        private static int SkipSpace(string text, int i, int end)
        {
            while (i < end && IsSpace(text[i]))
            {
                i++;
            }

            return i;
        }

        private static void AddTrimmed(List<TextSpan> sentences, string text, int start, int end)
        {
            while (end > start && IsSpace(text[end - 1]))
            {
                end--;
            }

            while (start < end && IsSpace(text[start]))
            {
                start++;
            }

            if (end > start)
            {
                sentences.Add(new TextSpan(start, end));
            }
        }
    }
}
