using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Time.Parsers;
using NewsTools.Time.Refiners;
using NewsTools.Time.Resolution;
using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time
{
    /// <summary>
    /// Finds the time expressions of an article and resolves them against its reference date. Small parsers each
    /// recognise one family of expressions (Time/Parsers), refiners merge and filter their findings (Time/Refiners), and
    /// the resolver places them on the calendar (Time/Resolution). One linear pass over the tokens of each paragraph.
    /// </summary>
    public sealed class TimeExpressionTagger
    {
        private static readonly ITimeParser[] Parsers =
        {
            new MonthDateParser(),
            new NumericDateParser(),
            new QuarterParser(),
            new RelativePeriodParser(),
            new AgoParser(),
            new YearEndParser(),
            new DemonstrativeParser(),
            new YearParser(),
            new ReferenceWordParser(),
            new DurationParser(),
            new SetParser(),
            new TimeOfDayParser(),
            new WeekdayParser(),
            new HolidayParser(),
        };

        private const int NumberTokenBit = 1 << 30;
        private const int AnyTokenBit = 1 << 29;
        private const int PunctTokenBit = 1 << 28;

        /// <summary>
        /// Per parser (same order as <see cref="Parsers"/>), the token traits one of which its first token must have: a bit
        /// 1 &lt;&lt; LexKind for a lexicon entry of that kind, <see cref="NumberTokenBit"/> for a digit run, <see cref="PunctTokenBit"/> for a mark. Each mask follows
        /// the parser's first test of token i; parsers whose entry is wider ("the", plain words) take every token.
        /// </summary>
        private static readonly int[] StartMasks =
        {
            Kind(LexKind.Weekday) | Kind(LexKind.Month) | NumberTokenBit, // MonthDate: Weekday(i), IsMonthAt(i) or StandaloneNumber(i)
            NumberTokenBit, // NumericDate: IsNumber(i)
            Kind(LexKind.Modifier) | Kind(LexKind.Unit) | Kind(LexKind.Ordinal) | NumberTokenBit, // Quarter: Mod(i, The/This/Last/Next/Fiscal/Half/Period), Unit(i), Ordinal(i), bare year
            Kind(LexKind.Modifier), // RelativePeriod: Mod(i, The) or Is(i, Modifier)
            Kind(LexKind.Modifier) | Kind(LexKind.Unit) | CountedStart, // Ago: Mod(i, Nearly), bare Unit(i), CountedUnits(i)
            Kind(LexKind.Unit), // YearEnd: Unit(i)
            Kind(LexKind.Modifier), // Demonstrative: Mod(i, That)
            Kind(LexKind.Modifier) | Kind(LexKind.Number) | Kind(LexKind.Ordinal) | Kind(LexKind.Decade) | NumberTokenBit | PunctTokenBit, // Year: Mod(i, The/Fiscal), spoken Number(i), Ordinal(i), Decade(i), a digit run, an apostrophe ('90s)
            Kind(LexKind.DayWord) | Kind(LexKind.Modifier) | Kind(LexKind.Reference), // ReferenceWord: DayWord(i), Mod(i, These/The), Reference(i); "right", "as" have no lexicon entry, so never reach the parsers
            Kind(LexKind.Modifier) | Kind(LexKind.Unit) | CountedStart, // Duration: Mod(i, The) or a qualifier, bare Unit(i), CountedUnits(i)
            Kind(LexKind.SetWord) | Kind(LexKind.Modifier), // Set: SetWord(i), or Mod(i, Every/Each)
            Kind(LexKind.Meridiem) | NumberTokenBit, // TimeOfDay: Meridiem(i), or IsNumber(i)
            Kind(LexKind.Weekday), // Weekday: Is(i, Weekday)
            Kind(LexKind.Holiday), // Holiday: Is(i, Holiday)
        };

        private static int Kind(LexKind kind) => 1 << (int)kind;

        /// <summary>DurationParser.CountedUnits at its first token: Mod A, a Vague word, or an Amount (digit run, Mod A, number word).</summary>
        private static int CountedStart => Kind(LexKind.Modifier) | Kind(LexKind.Vague) | Kind(LexKind.Number) | NumberTokenBit;

        private static readonly ICandidateRefiner[] Refiners =
        {
            new ParentheticalDateRefiner(),
            new ClockDateRefiner(),
            new PartOfPeriodRefiner(),
            new ApproximationRefiner(),
            new OverlapRefiner(),
        };

        [ThreadStatic]
        private static TokenList? tokenBuffer;

        [ThreadStatic]
        private static List<TimexCandidate>? candidateBuffer;

        [ThreadStatic]
        private static List<(int Start, int End, int Index, bool Caption)>? spanBuffer;

        private readonly NewsToolsConfig config;

        public TimeExpressionTagger(NewsToolsConfig config)
        {
            this.config = config;
        }

        /// <param name="referenceDate">Overrides the article's own reference date.</param>
        public IReadOnlyList<TimeExpression> Tag(Article article, DateTime? referenceDate = null, CancellationToken cancellationToken = default)
        {
            if (article == null)
            {
                throw new ArgumentNullException(nameof(article));
            }

            // The English time vocabulary is built in (Time/Vocabulary); the configuration is where user vocabularies will go.
            _ = config;
            var spans = spanBuffer ??= new List<(int Start, int End, int Index, bool Caption)>();
            spans.Clear();
            if (article.Paragraphs.Count == 0)
            {
                spans.Add((0, article.Text.Length, 0, false));
            }
            else
            {
                foreach (var p in article.Paragraphs)
                {
                    spans.Add((p.Start, Math.Min(p.End, article.Text.Length), p.Index, p.Kind == ParagraphKind.Caption));
                }
            }

            return TagSpans(article.Text, spans, referenceDate ?? article.ReferenceDate, article.Id, cancellationToken);
        }

        /// <summary>Tags plain text (for evaluation and callers without an <see cref="Article"/>); offsets index <paramref name="text"/>.</summary>
        public IReadOnlyList<TimeExpression> TagText(string text, DateTime? referenceDate, string articleId = "", CancellationToken cancellationToken = default)
        {
            if (text == null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            return TagSpans(text, new List<(int, int, int, bool)> { (0, text.Length, 0, false) }, referenceDate, articleId, cancellationToken);
        }

        [MethodImpl(HotPath.Optimize)]
        private static IReadOnlyList<TimeExpression> TagSpans(string text, List<(int Start, int End, int Index, bool Caption)> spans, DateTime? referenceDate, string articleId, CancellationToken cancellationToken)
        {
            var results = new List<TimeExpression>();
            var resolver = new TimexResolver(referenceDate);

            // Token buffers are reused per thread: a fresh list per article would allocate more than the text itself.
            var tokens = tokenBuffer ??= new TokenList(1024);
            var candidates = candidateBuffer ??= new List<TimexCandidate>();
            foreach (var span in spans)
            {
                cancellationToken.ThrowIfCancellationRequested();
                tokens.Clear();
                candidates.Clear();
                TimeTokenizer.Tokenize(text, span.Start, span.End, tokens, Lexicon.Default);
                var scan = new TimeScan(text, tokens) { AllCaps = IsAllCaps(text, span.Start, span.End) };
                Find(scan, candidates, cancellationToken);
                foreach (var refiner in Refiners)
                {
                    refiner.Refine(scan, candidates);
                }

                foreach (var c in candidates)
                {
                    var tense = TenseDetector.Detect(scan, c.First, c.End);
                    var resolved = resolver.Resolve(c.Frame, tense);
                    var start = tokens[c.First].Start;
                    var end = tokens[c.End - 1].End;
                    results.Add(new TimeExpression
                    {
                        Text = text.Substring(start, end - start),
                        Type = resolved.Type,
                        Value = resolved.Value,
                        Precision = resolved.Value == null ? TimePrecision.Unknown : resolved.Precision,
                        Date = resolved.Value == null ? null : resolved.Start,
                        End = resolved.Value == null ? null : resolved.End,
                        ArticleId = articleId,
                        Start = start,
                        EndOffset = end,
                        Paragraph = span.Index,
                        IsCaption = span.Caption,
                        Tense = tense,
                    });
                }
            }

            // A megabyte line leaves a big buffer behind; do not keep it alive for the next, ordinary article.
            if (tokens.Capacity > 1 << 16)
            {
                tokenBuffer = null;
            }

            candidates.Clear();
            return results;
        }

        /// <summary>Left to right, the longest expression any parser finds at each token; then on after it.</summary>
        [MethodImpl(HotPath.Optimize)]
        private static void Find(TimeScan scan, List<TimexCandidate> candidates, CancellationToken cancellationToken)
        {
            var tokens = scan.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                if ((i & 0xfff) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                ref var t = ref tokens[i];
                if (t.Lex == null ? t.Kind != TokenKind.Number && !(t.Kind == TokenKind.Punct && (scan.Text[t.Start] == '\'' || scan.Text[t.Start] == '\u2019')) : !t.Lex.CanStart)
                {
                    continue;
                }

                var startMask = AnyTokenBit | (t.Kind == TokenKind.Number ? NumberTokenBit : t.Kind == TokenKind.Punct ? PunctTokenBit : 0) | (t.Lex == null ? 0 : t.Lex.Kinds);
                TimexCandidate? best = null;
                for (var p = 0; p < Parsers.Length; p++)
                {
                    if ((StartMasks[p] & startMask) == 0)
                    {
                        continue;
                    }

                    var c = Parsers[p].TryParse(scan, i);
                    if (c != null && c.End > i && (best == null || c.End > best.End))
                    {
                        best = c;
                    }
                }

                if (best != null)
                {
                    if (candidates.Count > 0 && best.First < candidates[candidates.Count - 1].End)
                    {
                        best.First = candidates[candidates.Count - 1].End;
                    }

                    candidates.Add(best);
                    i = best.End - 1;
                }
            }
        }

        /// <summary>Headlines and wire copy in capitals: capitalisation then says nothing about month names.</summary>
        [MethodImpl(HotPath.Optimize)]
        private static bool IsAllCaps(string text, int start, int end)
        {
            var upper = 0;
            var lower = 0;
            for (var i = start; i < end && upper + lower < 400; i++)
            {
                var c = text[i];
                if (c >= 'a' && c <= 'z')
                {
                    // At most 400 letters are counted, so with 37 lower-case ones lower * 10 < upper can no longer hold.
                    if (++lower >= 37)
                    {
                        return false;
                    }
                }
                else if (c >= 'A' && c <= 'Z')
                {
                    upper++;
                }
            }

            return upper > 20 && lower * 10 < upper;
        }
    }
}
