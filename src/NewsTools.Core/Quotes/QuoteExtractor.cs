using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Engine;
using NewsTools.Text;

namespace NewsTools.Quotes
{
    /// <summary>Finds the quotations of an article and attributes each to its speaker.</summary>
    public sealed class QuoteExtractor
    {
        // The working objects of the last Extract on this thread, reused by the next one (see Workspace).
        [ThreadStatic]
        private static Workspace? spareWorkspace;

        private readonly CueLexicon lexicon;

        public QuoteExtractor(NewsToolsConfig config)
        {
            lexicon = new CueLexicon(config);
        }

        /// <summary>
        /// Direct, partial and indirect quotations in reading order, and quoted terms (Kind Term, no speaker).
        /// Offsets index <see cref="Article.Text"/>; each paragraph of a quote that runs over several paragraphs is its own quote.
        /// </summary>
        public IReadOnlyList<Quote> Extract(Article article, CancellationToken cancellationToken = default) =>
            Extract(article, SilentReporter.Instance, cancellationToken);

        /// <summary>
        /// As <see cref="Extract(Article, CancellationToken)"/>; when a run-on sentence had to be cut to a window around its
        /// quotes (see <see cref="MaxSentenceChars"/>), <paramref name="reporter"/> is warned once for the article.
        /// </summary>
        public IReadOnlyList<Quote> Extract(Article article, IEngineReporter reporter, CancellationToken cancellationToken = default)
        {
            if (article == null)
            {
                throw new ArgumentNullException(nameof(article));
            }

            // Analyse a same-length copy (non-breaking spaces as spaces) so every offset found indexes the text as given.
            var text = TextNormalizer.ForAnalysis(article.Text);

            // Take this thread's workspace (if it was made for this lexicon) so that nothing else uses it meanwhile.
            var workspace = spareWorkspace != null && spareWorkspace.Lexicon == lexicon ? spareWorkspace : new Workspace(lexicon);
            spareWorkspace = null;
            workspace.Resolver.Clear();
            // The transcript rule reads the paragraphs before a question again, only if it meets one: through the workspace's one
            // delegate over the article being read (a closure per article was garbage for every article).
            workspace.Begin(article, text);
            workspace.Transcript.Clear(workspace.EarlierParagraphs);
            var resolver = workspace.Resolver;
            var attributor = workspace.Attributor;
            var indirect = workspace.Indirect;
            // Collected in the workspace's list and copied out at the end into a list of just the quotes: a new list grown
            // quote by quote left its smaller arrays behind for every article.
            var quotes = workspace.Quotes;
            quotes.Clear();
            QuoteFinding? previous = null;
            ParagraphText? previousParagraph = null;
            (int Start, int End, string Text) lastSentence = (0, 0, null!);
            var sentencesCut = false;
            var previousFirstQuote = 0;
            foreach (var paragraph in new ParagraphWalk(article, text, workspace, fresh: false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                resolver.Register(paragraph);
                var body = paragraph.Kind == ParagraphKind.Body;
                // The sign-off signs a paragraph that opens with a quote; what is left without a speaker there is the signer's.
                if (previousParagraph != null && previousParagraph.Quotes.Count > 0 && previousParagraph.Quotes[0].OpenToken == 0 && previousFirstQuote < quotes.Count &&
                    workspace.SignOffs.SignOff(paragraph) is Mention signer)
                {
                    Sign(quotes, previousFirstQuote, previousParagraph.Start, signer, resolver.Resolve(signer, signer.Start), paragraph);
                }

                var firstQuote = quotes.Count;
                List<QuoteFinding> findings;
                if (body && workspace.Transcript.Turn(paragraph) is QuoteFinding turn)
                {
                    // A transcript's labelled line is its speaker's turn, whatever it reports or quotes within.
                    findings = workspace.Findings;
                    findings.Clear();
                    findings.Add(turn);
                }
                else
                {
                    // Headline grammar (a heading with no closing period) drops "that" and puts verbs in the present ("city promises lower tolls"): reading reported
                    // speech into it invents clauses, and the story's body reports the same statement properly.
                    var reported = workspace.Reported;
                    reported.Clear();
                    if (!IsHeadlineGrammar(paragraph))
                    {
                        indirect.Find(paragraph, reported);
                    }

                    findings = attributor.Attribute(paragraph, body ? previous : null, body ? previousParagraph : null, reported, workspace.Findings);
                    findings.AddRange(reported);
                    findings.Sort((a, b) => a.Span.Open.CompareTo(b.Span.Open));
                }

                for (var i = 0; i < findings.Count; i++)
                {
                    // One paragraph can hold thousands of quotes: Ctrl+C is honoured inside it, not only between paragraphs.
                    if ((i & 255) == 255)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    quotes.Add(ToQuote(article, findings[i], workspace.Words, ref lastSentence, ref sentencesCut));
                }

                // Continuation crosses only into the next paragraph, from the last statement (quoted or reported) that had a speaker.
                // A name someone gave ('described him as a "21st Century Fagin"') is no statement to carry on.
                previous = findings.LastOrDefault(f => f.Speaker != null && f.Kind != QuoteKind.Term && !f.Names);
                previousParagraph = body ? paragraph : null;
                previousFirstQuote = firstQuote;
            }

            // The last paragraph's findings and the article are not held on to by the thread's workspace.
            workspace.Findings.Clear();
            workspace.Reported.Clear();
            workspace.Begin(null, null);
            if (!workspace.IsOversized)
            {
                spareWorkspace = workspace;
            }

            if (sentencesCut)
            {
                (reporter ?? SilentReporter.Instance).Warning(
                    $"A sentence longer than {MaxSentenceChars:N0} characters was cut to a window around its quotes (marked with \"…\").",
                    article.Path ?? article.Id);
            }

            var result = new List<Quote>(quotes);
            quotes.Clear();
            return result;
        }

        /// <summary>
        /// Gives the signer of a sign-off line the direct quotes of the paragraph before it that have no speaker of their own
        /// there: none, or one read from an earlier paragraph (a continuation, the narration before), which the signature overrides.
        /// </summary>
        private static void Sign(List<Quote> quotes, int from, int paragraphStart, Mention signer, ResolvedSpeaker speaker, ParagraphText line)
        {
            for (var i = from; i < quotes.Count; i++)
            {
                var q = quotes[i];
                if ((q.Speaker != null && q.SpeakerStart >= paragraphStart) || q.Kind != QuoteKind.Direct)
                {
                    continue;
                }

                q.Speaker = speaker.Name;
                q.SpeakerType = speaker.Type;
                q.SpeakerTitle = speaker.Title;
                q.SpeakerMention = signer.Text;
                q.SpeakerStart = signer.Start;
                q.SpeakerEnd = signer.End;
                q.Cue = line.Source.Substring(line.Tokens[0].Start, line.Tokens[0].End - line.Tokens[0].Start);
                q.Attribution = Attribution.Explicit;
                q.Addressee = null;
                q.Via = null;
            }
        }

        private static Quote ToQuote(Article article, QuoteFinding f, WordStrings words, ref (int Start, int End, string Text) lastSentence, ref bool sentencesCut)
        {
            var (start, end) = f.Kind == QuoteKind.Indirect ? (f.Span.ContentStart, f.Span.ContentEnd) : TrimContent(article.Text, f.Span.ContentStart, f.Span.ContentEnd);
            var p = f.Paragraph;
            var sentenceStart = f.SentenceStart;
            var sentenceEnd = f.SentenceEnd;
            return new Quote
            {
                Text = article.Text.Substring(start, end - start),
                Kind = f.Kind,
                Speaker = f.Speaker?.Name,
                SpeakerMention = f.Attribution == Attribution.Continuation ? null : f.MentionText,
                SpeakerTitle = f.Speaker?.Title,
                SpeakerType = f.Speaker?.Type ?? SpeakerType.Unknown,
                Cue = f.Attribution == Attribution.Continuation ? null : f.Cue?.TextThrough(words),
                Addressee = f.Attribution == Attribution.Continuation ? null : f.Addressee,
                Via = f.Attribution == Attribution.Continuation ? null : f.Via,
                Attribution = f.Speaker == null ? Attribution.None : f.Attribution,
                ArticleId = article.Id,
                Outlet = article.Outlet,
                Paragraph = p.Index,
                Start = start,
                End = end,
                SpeakerStart = f.SpeakerStart,
                SpeakerEnd = f.SpeakerEnd,
                Sentence = WholeParagraph(article, p.Index, sentenceStart, sentenceEnd) ?? SentenceText(article.Text, sentenceStart, sentenceEnd, start, end, ref lastSentence, ref sentencesCut),
            };
        }

        /// <summary>A sentence that is its whole paragraph is the paragraph's text, which the article holds already (not cut again).</summary>
        private static string? WholeParagraph(Article article, int index, int sentenceStart, int sentenceEnd)
        {
            if (index >= article.Paragraphs.Count || sentenceEnd - sentenceStart > MaxSentenceChars)
            {
                return null;
            }

            // Compared, not assumed: a paragraph's text is the article's over its offsets, and a comparison costs less than a copy.
            var paragraph = article.Paragraphs[index];
            return paragraph.Start == sentenceStart && paragraph.End == sentenceEnd &&
                string.CompareOrdinal(article.Text, sentenceStart, paragraph.Text, 0, paragraph.Text.Length) == 0 ? paragraph.Text : null;
        }

        /// <summary>The longest sentence a quote carries whole; beyond it, a window around the quote marked with "…".</summary>
        internal const int MaxSentenceChars = 2000;

        /// <summary>
        /// The quote's sentence. Quotes of one sentence share one string (a sentence of 8,000 quotes is held once, not 8,000
        /// times); a run-on "sentence" longer than anyone reads as context is cut to a window around the quote, with "…"
        /// where it was cut, so each quote's memory stays bounded.
        /// </summary>
        private static string SentenceText(string text, int sentenceStart, int sentenceEnd, int quoteStart, int quoteEnd, ref (int Start, int End, string Text) last, ref bool cut)
        {
            if (sentenceEnd <= sentenceStart)
            {
                return "";
            }

            if (sentenceEnd - sentenceStart > MaxSentenceChars)
            {
                cut = true;
                var reach = Math.Max(0, (MaxSentenceChars - Math.Min(quoteEnd - quoteStart, MaxSentenceChars)) / 2);
                var from = Math.Max(sentenceStart, quoteStart - reach);
                var to = Math.Min(sentenceEnd, from + MaxSentenceChars);
                return (from > sentenceStart ? "…" : "") + text.Substring(from, to - from) + (to < sentenceEnd ? "…" : "");
            }

            if (last.Start != sentenceStart || last.End != sentenceEnd || last.Text == null)
            {
                last = (sentenceStart, sentenceEnd, text.Substring(sentenceStart, sentenceEnd - sentenceStart));
            }

            return last.Text;
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

        private static bool IsSpace(char c) => TextNormalizer.IsSpace(c);

        /// <summary>The article's kept paragraphs; when it has none (text built in memory), its lines.</summary>
        private static bool IsHeadlineGrammar(ParagraphText paragraph)
        {
            if (paragraph.Kind != ParagraphKind.Heading)
            {
                return false;
            }

            var end = paragraph.End;
            while (end > paragraph.Start && TextNormalizer.IsSpace(paragraph.Source[end - 1]))
            {
                end--;
            }

            return end > paragraph.Start && ".!?\"”’".IndexOf(paragraph.Source[end - 1]) < 0;
        }

        /// <summary>The article's paragraphs each built anew, leaving the workspace's recycled paragraphs alone (to read earlier paragraphs again).</summary>
        private static IEnumerable<ParagraphText> FreshParagraphs(Article article, string text, Workspace workspace)
        {
            var walk = new ParagraphWalk(article, text, workspace, fresh: true);
            while (walk.MoveNext())
            {
                yield return walk.Current;
            }
        }

        /// <summary>
        /// The article's kept paragraphs; when it has none (text built in memory), its lines. A struct that Extract walks with
        /// foreach: an iterator object per article was garbage for every article read.
        /// </summary>
        private struct ParagraphWalk
        {
            private readonly Article article;
            private readonly string text;
            private readonly Workspace workspace;
            private readonly bool fresh;

            // Sentences are split once per article for every analysis (the shared text's layer), when the text analysed
            // is the article's own (no odd spaces to normalise) and the paragraph is the shared text's span.
            private readonly ArticleText? shared;

            // The next kept paragraph's index, or (for lines) the next line's start and the next paragraph's index.
            private int next;
            private int index;

            public ParagraphWalk(Article article, string text, Workspace workspace, bool fresh)
            {
                this.article = article;
                this.text = text;
                this.workspace = workspace;
                this.fresh = fresh;
                shared = article.Paragraphs.Count > 0 && ReferenceEquals(text, article.Text) ? ArticleText.Of(article) : null;
                next = 0;
                index = 0;
                Current = null!;
            }

            public ParagraphText Current { get; private set; }

            public ParagraphWalk GetEnumerator() => this;

            public bool MoveNext()
            {
                // By index: a foreach through the list's interface allocated an enumerator for every article.
                var paragraphs = article.Paragraphs;
                if (paragraphs.Count > 0)
                {
                    if (next >= paragraphs.Count)
                    {
                        return false;
                    }

                    var n = next++;
                    var p = paragraphs[n];
                    var same = shared != null && shared.Spans[n].Start == p.Start && shared.Spans[n].End == p.End;
                    Current = fresh ? workspace.FreshParagraph(text, p.Index, p.Kind, p.Start, p.End) : workspace.NextParagraph(text, p.Index, p.Kind, p.Start, p.End, same ? shared : null, n);
                    return true;
                }

                // Each non-blank line is a paragraph, as in plain-text news.
                while (next < text.Length)
                {
                    var lineEnd = text.IndexOf('\n', next);
                    if (lineEnd < 0)
                    {
                        lineEnd = text.Length;
                    }

                    var start = next;
                    var end = lineEnd;
                    while (start < end && TextNormalizer.IsSpace(text[start]))
                    {
                        start++;
                    }

                    while (end > start && TextNormalizer.IsSpace(text[end - 1]))
                    {
                        end--;
                    }

                    next = lineEnd + 1;
                    if (end > start)
                    {
                        Current = fresh ? workspace.FreshParagraph(text, index++, ParagraphKind.Body, start, end) : workspace.NextParagraph(text, index++, ParagraphKind.Body, start, end, null, -1);
                        return true;
                    }
                }

                return false;
            }
        }

        /// <summary>
        /// The per-article working objects, kept per thread and cleared between articles, so their lists and tables (and each
        /// paragraph's token lists) are not allocated and regrown for every article. Only the speaker resolver holds state.
        /// </summary>
        private sealed class Workspace
        {
            // A workspace that grew this large on an unusual article is dropped rather than kept for the thread's lifetime.
            private const int MaxKeptTokens = 1 << 16;
            private const int MaxKeptMentions = 1 << 14;

            // Every paragraph built for the articles read (rebuilt for later paragraphs), and the one built last.
            private readonly List<ParagraphText> built = new List<ParagraphText>();
            private ParagraphText? newer;

            // The article Extract is reading and its analysed text (see EarlierParagraphs).
            private Article? article;
            private string? text;

            public Workspace(CueLexicon lexicon)
            {
                Lexicon = lexicon;
                EarlierParagraphs = before => FreshParagraphs(article!, text!, this).TakeWhile(x => x.Index < before);
                var parser = new MentionParser(lexicon);
                Resolver = new SpeakerResolver(lexicon, parser, Words);
                var cues = new CueFinder(lexicon, parser, Resolver);
                Attributor = new QuoteAttributor(new AttributionRules.CueRules(cues), new QuoteClassifier(lexicon, parser), lexicon, parser, Resolver);
                Indirect = new IndirectSpeechFinder(new AttributionRules.ReportedSpeechRules(cues), cues);
                SignOffs = new AttributionRules.SignOffParagraphRule(parser);
                Transcript = new AttributionRules.TranscriptTurnRule(lexicon, parser, Resolver);
            }

            public AttributionRules.TranscriptTurnRule Transcript { get; }

            /// <summary>The current article's paragraphs before an index, each built afresh (for the transcript rule).</summary>
            public Func<int, IEnumerable<ParagraphText>> EarlierParagraphs { get; }

            /// <summary>Sets the article being read (null once read, so that the thread's workspace does not keep it).</summary>
            public void Begin(Article? article, string? text)
            {
                this.article = article;
                this.text = text;
                Words.Clear();
            }

            /// <summary>The article's quotes as they are found (emptied when they are copied out).</summary>
            public List<Quote> Quotes { get; } = new List<Quote>();

            /// <summary>The strings of the words the article's paragraphs have cut (emptied by <see cref="Begin"/>).</summary>
            public WordStrings Words { get; } = new WordStrings();

            public AttributionRules.SignOffParagraphRule SignOffs { get; }

            public CueLexicon Lexicon { get; }

            public SpeakerResolver Resolver { get; }

            public QuoteAttributor Attributor { get; }

            public IndirectSpeechFinder Indirect { get; }

            /// <summary>The paragraph's reported statements, refilled for each paragraph (the attributor only reads them, and the findings copy them).</summary>
            public List<QuoteFinding> Reported { get; } = new List<QuoteFinding>();

            /// <summary>The paragraph's findings, refilled for each paragraph (each is made into a Quote, and only the last with a speaker is kept).</summary>
            public List<QuoteFinding> Findings { get; } = new List<QuoteFinding>();

            public bool IsOversized
            {
                get
                {
                    if (Resolver.MentionCount > MaxKeptMentions || Findings.Capacity > MaxKeptMentions || Quotes.Capacity > MaxKeptMentions)
                    {
                        return true;
                    }

                    foreach (var p in built)
                    {
                        if (p.Tokens.Capacity > MaxKeptTokens)
                        {
                            return true;
                        }
                    }

                    return false;
                }
            }

            /// <summary>A paragraph built on its own, sharing nothing with the paragraphs being read.</summary>
            public ParagraphText FreshParagraph(string text, int index, ParagraphKind kind, int start, int end) =>
                ParagraphText.Build(text, index, kind, start, end, Lexicon.Classes, Lexicon.Sentences, strings: Words);

            /// <summary>
            /// Builds the next paragraph into one built before that nothing refers to any more: not the previous paragraph, which
            /// is still read (a quote continued from it, its closing colon), nor one whose names the resolver has yet to register.
            /// </summary>
            public ParagraphText NextParagraph(string text, int index, ParagraphKind kind, int start, int end, ArticleText? shared, int span)
            {
                ParagraphText? spare = null;
                foreach (var candidate in built)
                {
                    if (candidate != newer && !candidate.AwaitsRegistration)
                    {
                        spare = candidate;
                        break;
                    }
                }

                var p = ParagraphText.Build(text, index, kind, start, end, Lexicon.Classes, Lexicon.Sentences, spare, shared, span, Words);
                if (spare == null)
                {
                    built.Add(p);
                }

                newer = p;
                return p;
            }
        }
    }
}
