using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using NewsTools.Articles;
using NewsTools.Config;
using ArticleText = NewsTools.Text.ArticleText;
using SentenceSplitter = NewsTools.Text.SentenceSplitter;
using TextSpan = NewsTools.Text.TextSpan;
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
        // The parsers, in the order they are tried at each token (on a tie in length the earlier one wins). Each declares
        // the tokens it can begin at (ITimeParser.Start); the tables below are built from those declarations.
        private static readonly ITimeParser[] Parsers =
        {
            new MonthDateParser(),
            new NumericDateParser(),
            new QuarterParser(),
            new PeriodLetterParser(),
            new RelativePeriodParser(),
            new AgoParser(),
            new YearEndParser(),
            new DemonstrativeParser(),
            new YearParser(),
            new ReferenceWordParser(),
            new DurationParser(),
            new SetParser(),
            new SeasonSetParser(),
            new TimeOfDayParser(),
            new WeekdayParser(),
            new HolidayParser(),
            new WeekdayOfMonthParser(),
            new PartOfDayParser(),
            new OrdinalDayParser(),
        };

        // Each parser's TryParse as a delegate, called by the token loop: a call through one interface at a site that meets
        // seventeen classes goes through the runtime's slow dispatch stub, a delegate call goes straight to the method.
        private static readonly Func<TimeScan, int, TimexCandidate?>[] TryParse = Array.ConvertAll(Parsers, p => new Func<TimeScan, int, TimexCandidate?>(p.TryParse));

        /// <summary>The modifiers some parser can begin at: the only modifier words an expression starts with.</summary>
        internal static readonly ICollection<Mod> StartingModifiers = CollectStartingModifiers();

        // The refiners, in order: names leave first, so that no later merge takes a name's words into a date.
        private static readonly ICandidateRefiner[] Refiners =
        {
            new NameRefiner(),
            new EraRefiner(),
            new ReduplicatedUnitRefiner(),
            new ParentheticalDateRefiner(),
            new ClockDateRefiner(),
            new ElidedMonthRefiner(),
            new PartOfPeriodRefiner(),
            new ApproximationRefiner(),
            new CoordinationRefiner(),
            new OverlapRefiner(),
        };

        // Each refiner's Refine as a delegate, called once a paragraph that has candidates: through the interface, a call
        // site that meets ten classes went through the runtime's resolving stub (a hash lookup) every time.
        private static readonly Action<TimeScan, List<TimexCandidate>>[] Refine = Array.ConvertAll(Refiners, r => new Action<TimeScan, List<TimexCandidate>>(r.Refine));

        [ThreadStatic]
        private static TokenList? tokenBuffer;

        [ThreadStatic]
        private static List<TimexCandidate>? candidateBuffer;

        [ThreadStatic]
        private static TimeScan? scanBuffer;

        [ThreadStatic]
        private static List<TimeExpression>? resultBuffer;

        [ThreadStatic]
        private static TimexResolver? resolverBuffer;

        private readonly Lexicon lexicon;

        // Which parsers each of the lexicon's words admits, worked out once per lexicon.
        private readonly StartTable starts;

        // The configuration's one sentence splitter: the tense and name rules ask where a sentence starts and ends.
        private readonly SentenceSplitter splitter;

        public TimeExpressionTagger(NewsToolsConfig config)
        {
            if (config == null)
            {
                throw new ArgumentNullException(nameof(config));
            }

            // The time vocabulary is the configuration's (time.defaults.yaml and the user's additions).
            lexicon = Lexicon.For(config);
            starts = StartTables.GetValue(lexicon, l => new StartTable(l));
            splitter = SentenceSplitter.For(config);
        }

        /// <param name="referenceDate">Overrides the article's own reference date.</param>
        public IReadOnlyList<TimeExpression> Tag(Article article, DateTime? referenceDate = null, CancellationToken cancellationToken = default)
        {
            if (article == null)
            {
                throw new ArgumentNullException(nameof(article));
            }

            // The paragraphs' spans are the shared text's, worked out once per article and kept on it, in the same order, so the
            // paragraphs split here serve events and quotes too; the paragraphs themselves are read only for those with
            // findings (their index and kind), as each Paragraph and its text lie elsewhere on the heap.
            var shared = ArticleText.Of(article);
            var paragraphs = article.Paragraphs.Count == 0 ? null : article.Paragraphs;
            var spans = paragraphs == null || shared.Spans.Count == paragraphs.Count ? shared.Spans : SpansOf(paragraphs, article.Text.Length);
            return TagSpans(article.Text, spans, paragraphs, referenceDate ?? article.ReferenceDate, article.Id, lexicon, starts, splitter, shared, cancellationToken);
        }

        // The paragraphs' spans as the shared text makes them, for a paragraph list changed in place after it was made.
        private static TextSpan[] SpansOf(IReadOnlyList<Paragraph> paragraphs, int textLength)
        {
            var spans = new TextSpan[paragraphs.Count];
            for (var k = 0; k < spans.Length; k++)
            {
                spans[k] = new TextSpan(paragraphs[k].Start, Math.Min(paragraphs[k].End, textLength));
            }

            return spans;
        }

        /// <summary>Tags plain text (for evaluation and callers without an <see cref="Article"/>); offsets index <paramref name="text"/>.</summary>
        public IReadOnlyList<TimeExpression> TagText(string text, DateTime? referenceDate, string articleId = "", CancellationToken cancellationToken = default)
        {
            if (text == null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            return TagSpans(text, new[] { new TextSpan(0, text.Length) }, null, referenceDate, articleId, lexicon, starts, splitter, null, cancellationToken);
        }

        /// <param name="paragraphs">The paragraphs the spans are of, one each, or null for one span that is no paragraph (number 0, no caption).</param>
        private static IReadOnlyList<TimeExpression> TagSpans(string text, IReadOnlyList<TextSpan> spanList, IReadOnlyList<Paragraph>? paragraphs, DateTime? referenceDate, string articleId, Lexicon lexicon, StartTable startTable, SentenceSplitter splitter, ArticleText? shared, CancellationToken cancellationToken)
        {
            // The shared text keeps its spans in an array; read as one, a span costs no call through the interface.
            var spans = spanList as TextSpan[] ?? spanList.ToArray();

            // Found into this thread's list and handed back as an array of just the expressions: a list grown by doubling
            // left a trail of arrays behind for every article.
            var results = resultBuffer ??= new List<TimeExpression>();
            results.Clear();
            var resolver = resolverBuffer == null ? resolverBuffer = new TimexResolver(referenceDate) : resolverBuffer.Reset(referenceDate);

            // Token buffers are reused per thread: a fresh list per article would allocate more than the text itself.
            var tokens = tokenBuffer ??= new TokenList(1024);
            var candidates = candidateBuffer ??= new List<TimexCandidate>();
            TimeExpression[] found;
            try
            {
                for (var n = 0; n < spans.Length; n++)
                {
                    var span = spans[n];
                    cancellationToken.ThrowIfCancellationRequested();
                    tokens.Clear();
                    candidates.Clear();
                    TimeTokenizer.Tokenize(text, span.Start, span.End, tokens, lexicon);
                    if (tokens.StartCount == 0)
                    {
                        // No token an expression can begin with: nothing for the parsers, the refiners or the resolver.
                        continue;
                    }

                    var scan = scanBuffer == null
                        ? scanBuffer = new TimeScan(text, tokens, span.Start, span.End, splitter, shared, n, lexicon)
                        : scanBuffer.Reset(text, tokens, span.Start, span.End, splitter, shared, n, lexicon);
                    Find(scan, startTable, candidates, cancellationToken);
                    if (candidates.Count == 0)
                    {
                        // Refiners only merge, drop or extend what parsers found; about half the paragraphs of news have nothing.
                        continue;
                    }

                    foreach (var refine in Refine)
                    {
                        refine(scan, candidates);
                    }

                    var paragraph = paragraphs?[n];
                    Resolve(scan, candidates, paragraph?.Index ?? 0, paragraph != null && paragraph.Kind == ParagraphKind.Caption, articleId, lexicon, resolver, results);
                }

                found = results.Count == 0 ? Array.Empty<TimeExpression>() : results.ToArray();
            }
            finally
            {
                // The kept scan and list let go of this article, also when the run was cancelled.
                scanBuffer?.Forget();
                results.Clear();
                if (results.Capacity > 1 << 12)
                {
                    resultBuffer = null;
                }
            }

            // A megabyte line leaves a big buffer behind; do not keep it alive for the next, ordinary article.
            if (tokens.Capacity > 1 << 16)
            {
                tokenBuffer = null;
            }

            candidates.Clear();
            return found;
        }

        /// <summary>
        /// The found expressions of one paragraph, left to right, each with its tense (from the verbs around it) and its value
        /// (resolved against the reference date; a range's end is anchored by the expression before it).
        /// </summary>
        private static void Resolve(TimeScan scan, List<TimexCandidate> candidates, int paragraph, bool caption, string articleId, Lexicon lexicon, TimexResolver resolver, List<TimeExpression> results)
        {
            var text = scan.Text;
            var tokens = scan.Tokens;
            TimexCandidate? previous = null;
            ResolvedTimex previousValue = default;
            var previousTense = Tense.Unknown;
            var previousHadTopicQuarter = false;
            foreach (var c in candidates)
            {
                var tense = TenseDetector.Detect(scan, c.First, c.End, out var cueBefore, out var ownPastVerb);
                if (c.Frame.Kind != FrameKind.Reference)
                {
                    // "until now", "until recently" name the present and the past themselves.
                    tense = PhraseCues.Apply(scan, lexicon, c.First, tense, ref cueBefore);
                }

                c.Frame.TenseCueBefore = cueBefore;
                c.Frame.OwnPastVerb = ownPastVerb && tense == Tense.Past;
                if (previous != null)
                {
                    RangeEnds.Anchor(scan, previous, previousValue, c);
                    Appositives.Anchor(scan, previous, previousValue, c);
                }

                FutureOffsets.Apply(scan, c, tense, resolver.HasReference);
                var hadTopicQuarter = resolver.HasTopicQuarter;
                var resolved = resolver.Resolve(c.Frame, tense);
                if (previous != null && PeriodEnds.Revise(scan, previous, previousValue, previousHadTopicQuarter, c, resolved, out var revised))
                {
                    // "the second quarter ended Oct. 31": the quarter is placed by the day it ended.
                    var quarter = results[results.Count - 1];
                    quarter.Value = revised.Value;
                    quarter.Date = revised.Start;
                    quarter.End = revised.End;
                    resolver.ReviseQuarter(revised, previousTense);
                }

                previous = c;
                previousValue = resolved;
                previousTense = tense;
                previousHadTopicQuarter = hadTopicQuarter;
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
                    Paragraph = paragraph,
                    IsCaption = caption,
                    Tense = tense,
                });
            }
        }

        /// <summary>Left to right, the longest expression any parser finds at each token; then on after it.</summary>
        private static void Find(TimeScan scan, StartTable table, List<TimexCandidate> candidates, CancellationToken cancellationToken)
        {
            // Only the tokens an expression can begin with (the tokenizer lists them), and none inside an expression found.
            var tokens = scan.Tokens;
            var starts = tokens.Starts;
            var startCount = tokens.StartCount;
            var byWord = table.ByWord;
            var byModifierWord = table.ByModifier;
            var next = 0;
            for (var n = 0; n < startCount; n++)
            {
                if ((n & 0xff) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var i = starts[n];
                if (i < next)
                {
                    continue;
                }

                ref var t = ref tokens[i];
                var parsers = (t.Kind == TokenKind.Number ? ParsersForNumber[Math.Min(t.End - t.Start, ParserStart.ManyDigits)] : t.Kind == TokenKind.Punct ? ParsersForPunct : 0) | byWord[t.LexIndex];

                // A modifier admits the parsers that name it, when the token after it can go on with an expression, and
                // of those the ones that can go on with that token.
                var byModifier = byModifierWord[t.LexIndex];
                if (byModifier != 0 && ModifierCanLead(scan, i))
                {
                    ref var after = ref tokens[i + 1];
                    parsers |= byModifier & (after.Kind == TokenKind.Number ? ParsersAfterModifierAtNumber
                        : after.Kind == TokenKind.Punct ? ParsersAfterModifierAtPunct : table.AfterModifier[after.LexIndex]);
                }

                TimexCandidate? best = null;
                for (var set = parsers; set != 0; set &= set - 1)
                {
                    var c = TryParse[LowestBit(set)](scan, i);
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
                    next = best.End;
                }
            }
        }

        // Which parsers (bit p for parser p) a token's traits admit: the union, over the traits it has, of the parsers whose
        // declared start holds that trait. Lexicon kinds (bits 0-15) are answered per word by the StartTable; modifier words
        // by their value alone (ParsersByModifier).
        // At a digit run, by its length (ManyDigits for that many or more), the parsers that declare they begin at one that long.
        private static readonly int[] ParsersForNumber = BuildParsersForNumber();
        private static readonly int ParsersForPunct = ParsersWith(ParserStart.PunctToken);

        // Before a digit run or a mark, the parsers that can go on from a modifier they begin at (ParserStart.AfterModifier).
        private static readonly int ParsersAfterModifierAtNumber = ParsersAfterModifier(ParserStart.NumberToken);
        private static readonly int ParsersAfterModifierAtPunct = ParsersAfterModifier(ParserStart.PunctToken);

        private static int ParsersAfterModifier(int traits)
        {
            var set = 0;
            for (var p = 0; p < Parsers.Length; p++)
            {
                var after = Parsers[p].Start.AfterModifier;
                if (after == ParserStart.AnyToken || (after & traits) != 0)
                {
                    set |= 1 << p;
                }
            }

            return set;
        }

        /// <summary>By modifier value, the parsers that declare they can begin at that modifier.</summary>
        private static readonly int[] ParsersByModifier = BuildParsersByModifier();

        private static int[] BuildParsersForNumber()
        {
            var table = new int[ParserStart.ManyDigits + 1];
            for (var d = 1; d <= ParserStart.ManyDigits; d++)
            {
                for (var p = 0; p < Parsers.Length; p++)
                {
                    if ((Parsers[p].Start.Traits & ParserStart.NumberToken) != 0 && (Parsers[p].Start.Digits & ParserStart.DigitsBit(d)) != 0)
                    {
                        table[d] |= 1 << p;
                    }
                }
            }

            return table;
        }

        private static int[] BuildParsersByModifier()
        {
            var table = new int[256];
            for (var p = 0; p < Parsers.Length; p++)
            {
                foreach (var m in Parsers[p].Start.Modifiers)
                {
                    table[(int)m] |= 1 << p;
                }
            }

            return table;
        }

        private static ICollection<Mod> CollectStartingModifiers()
        {
            var set = new HashSet<Mod>();
            foreach (var parser in Parsers)
            {
                set.UnionWith(parser.Start.Modifiers);
            }

            return set;
        }

        /// <summary>
        /// Every expression that begins with a starting modifier goes on with a time word, a number or a mark on the same line
        /// ("the government", "a man" begin none): the parsers a modifier admits are left out when the next token is a plain
        /// word or on another line.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool ModifierCanLead(TimeScan scan, int i)
        {
            if (!scan.OnLine(i + 1))
            {
                return false;
            }

            ref var next = ref scan.Tokens[i + 1];
            return (next.Kind != TokenKind.Word || next.LexIndex != 0) && !TenseDetector.IsVerbLast(scan, i);
        }

        private static int ParsersWith(int traits)
        {
            var set = 0;
            var modifier = 1 << (int)LexKind.Modifier;
            for (var p = 0; p < Parsers.Length; p++)
            {
                if ((Parsers[p].Start.Traits & traits & ~modifier) != 0)
                {
                    set |= 1 << p;
                }
            }

            return set;
        }

        private static readonly ConditionalWeakTable<Lexicon, StartTable> StartTables = new ConditionalWeakTable<Lexicon, StartTable>();

        /// <summary>
        /// By lexicon group (a token's LexIndex; 0, no word, admits none), the parsers its time meanings admit and those its
        /// modifier meaning admits: one array read a start token, where the kinds were read through the group and looked up
        /// in three tables for every start.
        /// </summary>
        private sealed class StartTable
        {
            public StartTable(Lexicon lexicon)
            {
                var groups = lexicon.Groups;
                ByWord = new int[groups.Length];
                ByModifier = new int[groups.Length];
                AfterModifier = new int[groups.Length];
                var modifier = 1 << (int)LexKind.Modifier;
                for (var g = 1; g < groups.Length; g++)
                {
                    var kinds = groups[g]!.Kinds;
                    ByWord[g] = ParsersWith(kinds & ~modifier);
                    ByModifier[g] = (kinds & modifier) == 0 ? 0 : ParsersByModifier[groups[g]!.Modifier & 0xff];
                    AfterModifier[g] = ParsersAfterModifier(kinds);
                }
            }

            public readonly int[] ByWord;

            public readonly int[] ByModifier;

            /// <summary>By the group of the word after a modifier, the parsers that can go on from the modifier with it.</summary>
            public readonly int[] AfterModifier;
        }

        // By the top five bits of (lowest set bit * 0x077CB531), a de Bruijn sequence, the position of that bit.
        private static readonly byte[] BitPositions = { 0, 1, 28, 2, 29, 14, 24, 3, 30, 22, 20, 15, 25, 17, 4, 8, 31, 27, 13, 23, 21, 19, 16, 7, 26, 12, 18, 6, 11, 5, 10, 9 };

        /// <summary>
        /// The position of the lowest set bit of <paramref name="set"/> (not 0) in one multiplication: a loop over the bits
        /// took up to seventeen turns per parser tried, eight parsers at each digit run.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int LowestBit(int set) => BitPositions[(int)(unchecked((uint)(set & -set) * 0x077CB531U) >> 27)];
    }
}
