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
        // The parsers, in the order they are tried at each token (on a tie in length the earlier one wins). Called through a
        // switch on their concrete types (see TryParser): an interface call per parser per token cost more than many parsers.
        private static readonly MonthDateParser MonthDate = new MonthDateParser();
        private static readonly NumericDateParser NumericDate = new NumericDateParser();
        private static readonly QuarterParser Quarter = new QuarterParser();
        private static readonly RelativePeriodParser RelativePeriod = new RelativePeriodParser();
        private static readonly AgoParser Ago = new AgoParser();
        private static readonly YearEndParser YearEnd = new YearEndParser();
        private static readonly DemonstrativeParser Demonstrative = new DemonstrativeParser();
        private static readonly YearParser Year = new YearParser();
        private static readonly ReferenceWordParser ReferenceWord = new ReferenceWordParser();
        private static readonly DurationParser Duration = new DurationParser();
        private static readonly SetParser Set = new SetParser();
        private static readonly TimeOfDayParser TimeOfDay = new TimeOfDayParser();
        private static readonly WeekdayParser Weekday = new WeekdayParser();
        private static readonly HolidayParser Holiday = new HolidayParser();

        private const int ParserCount = 14;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static TimexCandidate? TryParser(int p, TimeScan s, int i)
        {
            switch (p)
            {
                case 0: return MonthDate.TryParse(s, i);
                case 1: return NumericDate.TryParse(s, i);
                case 2: return Quarter.TryParse(s, i);
                case 3: return RelativePeriod.TryParse(s, i);
                case 4: return Ago.TryParse(s, i);
                case 5: return YearEnd.TryParse(s, i);
                case 6: return Demonstrative.TryParse(s, i);
                case 7: return Year.TryParse(s, i);
                case 8: return ReferenceWord.TryParse(s, i);
                case 9: return Duration.TryParse(s, i);
                case 10: return Set.TryParse(s, i);
                case 11: return TimeOfDay.TryParse(s, i);
                case 12: return Weekday.TryParse(s, i);
                default: return Holiday.TryParse(s, i);
            }
        }

        private const int NumberTokenBit = 1 << 30;
        private const int AnyTokenBit = 1 << 29;
        private const int PunctTokenBit = 1 << 28;

        /// <summary>
        /// Per parser (in the order of <see cref="TryParser"/>), the token traits one of which its first token must have: a bit
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

        /// <summary>
        /// Per parser (same order), the modifiers its first token can be when that token is a modifier word, read from the
        /// parser's first tests (null: the parser starts at no modifier). "the" and "a" are among the commonest words, and
        /// most parsers return at once at them; this keeps such calls from being made. Each list follows its parser's code:
        /// a parser that learns to begin at another modifier must name it here.
        /// </summary>
        private static readonly Mod[]?[] StartModifiers =
        {
            null, // MonthDate
            null, // NumericDate
            new[] { Mod.The, Mod.This, Mod.Last, Mod.Next, Mod.Fiscal }, // Quarter: "the third quarter", "this year's", "last year's", "next year's", "fiscal first quarter"
            new[] { Mod.The, Mod.Last, Mod.Past, Mod.Next, Mod.Coming, Mod.This }, // RelativePeriod: "the ...", or a modifier that needs no article
            new[] { Mod.Nearly, Mod.A }, // Ago: "nearly ...", CountedUnits at "a"
            null, // YearEnd
            new[] { Mod.That }, // Demonstrative
            new[] { Mod.The, Mod.Fiscal }, // Year: "the 1970s", "fiscal 1989"
            new[] { Mod.The, Mod.These }, // ReferenceWord: "the past", "these days"
            new[] { Mod.The, Mod.A, Mod.Nearly, Mod.More, Mod.Less, Mod.At, Mod.Up }, // Duration: "the ...", CountedUnits at "a", Qualifiers
            new[] { Mod.Every, Mod.Each }, // Set
            null, // TimeOfDay
            null, // Weekday
            null, // Holiday
        };

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
                var scan = new TimeScan(text, tokens, span.Start, span.End);
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
            // Only the tokens an expression can begin with (the tokenizer lists them), and none inside an expression found.
            var tokens = scan.Tokens;
            var starts = tokens.Starts;
            var startCount = tokens.StartCount;
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
                var kinds = t.Lex == null ? 0 : t.Lex.Kinds;
                var modifier = kinds & Kind(LexKind.Modifier);
                kinds &= ~modifier;
                var parsers = ParsersForAny | (t.Kind == TokenKind.Number ? ParsersForNumber : t.Kind == TokenKind.Punct ? ParsersForPunct : 0)
                    | ParsersByLowKinds[kinds & 0xff] | ParsersByHighKinds[(kinds >> 8) & 0xff];
                if (modifier != 0)
                {
                    // Starting modifiers are answered by their value and the token after them; others keep every modifier parser.
                    var byModifier = ParsersByModifier[t.Lex!.Modifier & 0xff];
                    if (byModifier != 0 && (!IsStartingModifier[t.Lex.Modifier & 0xff] || ModifierCanLead(scan, i)))
                    {
                        parsers |= byModifier;
                    }
                }

                TimexCandidate? best = null;
                for (var set = parsers; set != 0; set &= set - 1)
                {
                    var c = TryParser(LowestBit(set), scan, i);
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
        // start mask holds that trait. Lexicon kinds take bits 0-15 and are looked up a byte at a time.
        private static readonly int[] ParsersByLowKinds = ParsersByTraits(0);
        private static readonly int[] ParsersByHighKinds = ParsersByTraits(8);
        private static readonly int ParsersForAny = ParsersWith(AnyTokenBit);
        private static readonly int ParsersForNumber = ParsersWith(NumberTokenBit);
        private static readonly int ParsersForPunct = ParsersWith(PunctTokenBit);

        /// <summary>
        /// By modifier value, the parsers that can begin at a word whose first modifier meaning that is. A starting modifier
        /// (TimeVocabulary.StartingModifiers) gets the parsers that list it; any other modifier, which reaches the parsers only
        /// through another meaning of its word, keeps every parser that starts at modifiers.
        /// </summary>
        private static readonly int[] ParsersByModifier = BuildParsersByModifier();

        private static readonly bool[] IsStartingModifier = BuildIsStartingModifier();

        private static bool[] BuildIsStartingModifier()
        {
            var table = new bool[256];
            foreach (var m in TimeVocabulary.StartingModifiers)
            {
                table[(int)m] = true;
            }

            return table;
        }

        private static int[] BuildParsersByModifier()
        {
            var table = new int[256];
            var all = ParsersWith(Kind(LexKind.Modifier));
            for (var m = 0; m < table.Length; m++)
            {
                table[m] = all;
            }

            foreach (var m in TimeVocabulary.StartingModifiers)
            {
                var set = 0;
                for (var p = 0; p < ParserCount; p++)
                {
                    if (StartModifiers[p] != null && Array.IndexOf(StartModifiers[p]!, m) >= 0)
                    {
                        set |= 1 << p;
                    }
                }

                table[(int)m] = set & all;
            }

            return table;
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
            return next.Kind != TokenKind.Word || next.Lex != null;
        }

        private static int ParsersWith(int traits)
        {
            var set = 0;
            for (var p = 0; p < ParserCount; p++)
            {
                if ((StartMasks[p] & traits) != 0)
                {
                    set |= 1 << p;
                }
            }

            return set;
        }

        private static int[] ParsersByTraits(int shift)
        {
            var table = new int[256];
            for (var b = 0; b < 256; b++)
            {
                table[b] = ParsersWith(b << shift);
            }

            return table;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int LowestBit(int set)
        {
            var p = 0;
            while ((set & (1 << p)) == 0)
            {
                p++;
            }

            return p;
        }
    }
}
