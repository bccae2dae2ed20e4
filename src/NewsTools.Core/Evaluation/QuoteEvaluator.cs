using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Quotes;

namespace NewsTools.Evaluation
{
    /// <summary>One gold quote: content offsets (without the marks) and the annotated source.</summary>
    public sealed class GoldQuote
    {
        public GoldQuote(int start, int end, string? speaker, bool speakerIsPronoun)
        {
            Start = start;
            End = end;
            Speaker = speaker;
            SpeakerIsPronoun = speakerIsPronoun;
        }

        public int Start { get; }

        public int End { get; }

        /// <summary>The annotated source as written ("Larry Noble, an attorney with ..."), or null for a quote nobody is given.</summary>
        public string? Speaker { get; }

        public bool SpeakerIsPronoun { get; }
    }

    /// <summary>One gold article: its text, gold quotes, and quoted spans nobody said (scare quotes, titles).</summary>
    public sealed class GoldQuoteDocument
    {
        public GoldQuoteDocument(string id, string text)
        {
            Id = id ?? "";
            Text = text ?? throw new ArgumentNullException(nameof(text));
        }

        public string Id { get; }

        public string Text { get; }

        public IList<GoldQuote> Quotes { get; } = new List<GoldQuote>();

        public IList<(int Start, int End)> Unattributed { get; } = new List<(int, int)>();
    }

    /// <summary>What kind of mistake one <see cref="QuoteEvaluationError"/> is.</summary>
    public enum QuoteErrorKind
    {
        /// <summary>A gold quote no prediction overlaps by half.</summary>
        Missed,

        /// <summary>A prediction on a quoted span nobody said (a scare quote, a title).</summary>
        FalsePositiveOnUnattributed,

        /// <summary>A prediction on no gold span at all.</summary>
        FalsePositive,

        /// <summary>A matched quote given no speaker where gold has one.</summary>
        NoSpeaker,

        /// <summary>A matched quote given a speaker where gold has none.</summary>
        SpeakerForUnattributed,

        /// <summary>A matched quote whose gold source is a pronoun, given another mention.</summary>
        WrongPronoun,

        /// <summary>A matched quote whose gold source is named, given another speaker.</summary>
        WrongNamed,
    }

    /// <summary>One line of `eval quotes --errors`.</summary>
    public sealed class QuoteEvaluationError
    {
        internal QuoteEvaluationError(string documentId, QuoteErrorKind kind, string line)
        {
            DocumentId = documentId;
            Kind = kind;
            Line = line;
        }

        public string DocumentId { get; }

        public QuoteErrorKind Kind { get; }

        /// <summary>Tab-separated: category, gold, predicted, the quote's first words.</summary>
        public string Line { get; }

        public override string ToString() => DocumentId + "\t" + Line;
    }

    /// <summary>The figures of one evaluation run.</summary>
    public sealed class QuoteScoreResult
    {
        public int Documents { get; internal set; }

        public int Gold { get; internal set; }

        public int UnattributedSpans { get; internal set; }

        public int Predicted { get; internal set; }

        public int ExactMatches { get; internal set; }

        public int OverlapMatches { get; internal set; }

        public double ExactPrecision { get; internal set; }

        public double ExactRecall { get; internal set; }

        public double ExactF1 { get; internal set; }

        public double OverlapPrecision { get; internal set; }

        public double OverlapRecall { get; internal set; }

        public double OverlapF1 { get; internal set; }

        public int NamedMatched { get; internal set; }

        public int NamedCorrect { get; internal set; }

        public double NamedSpeakerAccuracy { get; internal set; }

        public int PronounMatched { get; internal set; }

        public int PronounCorrect { get; internal set; }

        public double PronounSpeakerAccuracy { get; internal set; }

        public int EndToEndCorrect { get; internal set; }

        public double EndToEndPrecision { get; internal set; }

        public double EndToEndRecall { get; internal set; }

        public double EndToEndF1 { get; internal set; }

        public int FalsePositivesOnUnattributed { get; internal set; }

        public int FalsePositivesElsewhere { get; internal set; }

        /// <summary>Direct quotes without double quote marks (transcript turns, dialogue lines, quotes in single marks such as ''...''): outside what the gold can hold, so not scored.</summary>
        public int UnmarkedPredictions { get; internal set; }

        /// <summary>Error counts by kind, every kind listed (zero included), for the closing table.</summary>
        public IDictionary<QuoteErrorKind, int> ErrorCounts { get; } = Enum.GetValues(typeof(QuoteErrorKind)).Cast<QuoteErrorKind>().ToDictionary(k => k, _ => 0);
    }

    /// <summary>
    /// Scores quote extraction against gold (PolNeAR-derived). Predictions are the Direct and Partial quotes between quote marks,
    /// as every gold quote is; one on a quoted span nobody said counts against precision like any other unmatched one. Direct
    /// quotes without marks (transcript turns) are counted apart (<see cref="QuoteScoreResult.UnmarkedPredictions"/>).
    /// Spans: compared without surrounding spaces and without the comma or full stop English puts inside the closing mark, on
    /// both sides. A prediction and a gold quote match when they share at least half of the longer one (one-to-one, largest
    /// overlap first); exact when the trimmed spans are identical.
    /// Speakers: see <see cref="SpeakerMatcher"/>. End-to-end counts a prediction only when its span matches and its speaker is
    /// right (no speaker for a gold quote without one).
    /// </summary>
    public sealed class QuoteEvaluator
    {
        private readonly QuoteScoreResult r = new QuoteScoreResult();
        private readonly SpeakerMatcher speakers;

        public QuoteEvaluator(NewsToolsConfig config)
        {
            speakers = new SpeakerMatcher(config);
        }

        /// <summary>Trims spaces, and a comma or full stop before the closing mark, from a span of <paramref name="text"/>.</summary>
        public static (int Start, int End) Trim(string text, int start, int end)
        {
            start = Math.Max(0, Math.Min(start, text.Length));
            end = Math.Max(start, Math.Min(end, text.Length));
            while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ',' || text[end - 1] == '.'))
            {
                end--;
            }

            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            return (start, end);
        }

        /// <summary>Whether the text before <paramref name="start"/>, past spaces, is a double quote mark.</summary>
        internal static bool OpensAfterQuoteMark(string text, int start)
        {
            var i = Math.Min(start, text.Length) - 1;
            while (i >= 0 && char.IsWhiteSpace(text[i]))
            {
                i--;
            }

            return i >= 0 && NewsTools.Text.QuoteScanner.IsDoubleQuote(text[i]);
        }

        /// <summary>Extracts the quotes of <paramref name="article"/> (whose text is the gold text) and scores them.</summary>
        public IReadOnlyList<QuoteEvaluationError> Add(GoldQuoteDocument gold, Article article, QuoteExtractor extractor, CancellationToken cancellationToken = default)
        {
            var predicted = extractor.Extract(article, cancellationToken).Where(q => q.Kind == QuoteKind.Direct || q.Kind == QuoteKind.Partial).ToList();
            return Add(gold, predicted);
        }

        /// <summary>Scores one document's predictions; returns its errors.</summary>
        public IReadOnlyList<QuoteEvaluationError> Add(GoldQuoteDocument doc, IReadOnlyList<Quote> predicted)
        {
            // The gold holds only text between quote marks (the conversion rule), so a Direct quote without marks (a
            // transcript's "WALLACE: ..." turn, a dialogue dash) can be neither right nor wrong here: it is counted apart.
            var unmarked = predicted.Count(p => !OpensAfterQuoteMark(doc.Text, p.Start));
            if (unmarked > 0)
            {
                r.UnmarkedPredictions += unmarked;
                predicted = predicted.Where(p => OpensAfterQuoteMark(doc.Text, p.Start)).ToList();
            }

            var errors = new List<QuoteEvaluationError>();
            r.Documents++;
            r.Gold += doc.Quotes.Count;
            r.UnattributedSpans += doc.Unattributed.Count;
            r.Predicted += predicted.Count;
            var goldSpans = doc.Quotes.Select(g => Trim(doc.Text, g.Start, g.End)).ToList();
            var predSpans = predicted.Select(p => Trim(doc.Text, p.Start, p.End)).ToList();

            var usedGold = new bool[goldSpans.Count];
            var usedPred = new bool[predSpans.Count];
            foreach (var (g, p) in MatchSpans(goldSpans, predSpans))
            {
                usedGold[g] = usedPred[p] = true;
                r.OverlapMatches++;
                if (goldSpans[g] == predSpans[p])
                {
                    r.ExactMatches++;
                }

                ScoreSpeaker(doc, doc.Quotes[g], predicted[p], errors);
            }

            var unattributed = doc.Unattributed.Select(u => Trim(doc.Text, u.Start, u.End)).ToList();
            for (var p = 0; p < predicted.Count; p++)
            {
                if (!usedPred[p])
                {
                    ReportFalsePositive(doc, predicted[p], predSpans[p], unattributed, errors);
                }
            }

            for (var g = 0; g < goldSpans.Count; g++)
            {
                if (!usedGold[g])
                {
                    var span = goldSpans[g];
                    Error(doc, QuoteErrorKind.Missed, $"missed\tgold '{doc.Quotes[g].Speaker}'\t{Cut(doc.Text.Substring(span.Start, span.End - span.Start))}", errors);
                }
            }

            return errors;
        }

        /// <summary>
        /// Gold and predicted spans paired one to one, largest overlap first (ties by position), among pairs that share at least
        /// half of the longer span: a long prediction covering two short gold quotes matches the one it covers most.
        /// </summary>
        private static IEnumerable<(int Gold, int Pred)> MatchSpans(List<(int Start, int End)> goldSpans, List<(int Start, int End)> predSpans)
        {
            var pairs = new List<(int Overlap, int Gold, int Pred)>();
            for (var g = 0; g < goldSpans.Count; g++)
            {
                var gold = goldSpans[g];
                for (var p = 0; p < predSpans.Count; p++)
                {
                    var pred = predSpans[p];
                    var overlap = Math.Min(gold.End, pred.End) - Math.Max(gold.Start, pred.Start);
                    if (overlap > 0 && 2 * overlap >= Math.Max(gold.End - gold.Start, pred.End - pred.Start))
                    {
                        pairs.Add((overlap, g, p));
                    }
                }
            }

            var usedGold = new bool[goldSpans.Count];
            var usedPred = new bool[predSpans.Count];
            foreach (var (_, g, p) in pairs.OrderByDescending(x => x.Overlap).ThenBy(x => x.Gold).ThenBy(x => x.Pred))
            {
                if (!usedGold[g] && !usedPred[p])
                {
                    usedGold[g] = usedPred[p] = true;
                    yield return (g, p);
                }
            }
        }

        /// <summary>Counts a matched quote's speaker as right or wrong (named and pronoun sources apart) and reports a wrong one.</summary>
        private void ScoreSpeaker(GoldQuoteDocument doc, GoldQuote gold, Quote pred, List<QuoteEvaluationError> errors)
        {
            var wrong = SpeakerError(gold, pred, Mention(doc.Text, pred));
            if (gold.Speaker != null && gold.SpeakerIsPronoun)
            {
                r.PronounMatched++;
                r.PronounCorrect += wrong == null ? 1 : 0;
            }
            else if (gold.Speaker != null)
            {
                r.NamedMatched++;
                r.NamedCorrect += wrong == null ? 1 : 0;
            }

            if (wrong == null)
            {
                r.EndToEndCorrect++;
            }
            else
            {
                Error(doc, wrong.Value, $"speaker\tgold '{gold.Speaker}'\tpredicted '{pred.Speaker}' ({pred.Attribution}, mention '{pred.SpeakerMention}')\t{Cut(pred.Text)}", errors);
            }
        }

        /// <summary>
        /// What is wrong with a matched quote's speaker, or null when it is right: a pronoun source must be the very mention the
        /// quote was given (the pronoun itself), a named one is judged by <see cref="SpeakerMatcher"/>.
        /// </summary>
        private QuoteErrorKind? SpeakerError(GoldQuote gold, Quote pred, string? mention)
        {
            if (gold.Speaker == null)
            {
                return pred.Speaker == null ? (QuoteErrorKind?)null : QuoteErrorKind.SpeakerForUnattributed;
            }

            if (pred.Speaker == null && string.IsNullOrEmpty(mention))
            {
                return QuoteErrorKind.NoSpeaker;
            }

            if (gold.SpeakerIsPronoun)
            {
                return mention != null && string.Equals(mention.Trim(), gold.Speaker.Trim(), StringComparison.OrdinalIgnoreCase) ? (QuoteErrorKind?)null : QuoteErrorKind.WrongPronoun;
            }

            return speakers.Names(gold.Speaker, pred.Speaker, mention) ? (QuoteErrorKind?)null : QuoteErrorKind.WrongNamed;
        }

        /// <summary>An unmatched prediction: on a quoted span nobody said (a scare quote, a title) or on no gold span at all.</summary>
        private void ReportFalsePositive(GoldQuoteDocument doc, Quote pred, (int Start, int End) span, List<(int Start, int End)> unattributed, List<QuoteEvaluationError> errors)
        {
            var onUnattributed = unattributed.Any(u => Math.Min(u.End, span.End) > Math.Max(u.Start, span.Start));
            if (onUnattributed)
            {
                r.FalsePositivesOnUnattributed++;
            }
            else
            {
                r.FalsePositivesElsewhere++;
            }

            Error(doc, onUnattributed ? QuoteErrorKind.FalsePositiveOnUnattributed : QuoteErrorKind.FalsePositive, $"{(onUnattributed ? "fp-unattributed" : "fp")}\t{pred.Kind} '{pred.Speaker}'\t{Cut(pred.Text)}", errors);
        }

        private void Error(GoldQuoteDocument doc, QuoteErrorKind kind, string line, List<QuoteEvaluationError> errors)
        {
            r.ErrorCounts[kind]++;
            errors.Add(new QuoteEvaluationError(doc.Id, kind, line));
        }

        public QuoteScoreResult Result()
        {
            r.ExactPrecision = Ratio(r.ExactMatches, r.Predicted);
            r.ExactRecall = Ratio(r.ExactMatches, r.Gold);
            r.ExactF1 = F1(r.ExactPrecision, r.ExactRecall);
            r.OverlapPrecision = Ratio(r.OverlapMatches, r.Predicted);
            r.OverlapRecall = Ratio(r.OverlapMatches, r.Gold);
            r.OverlapF1 = F1(r.OverlapPrecision, r.OverlapRecall);
            r.NamedSpeakerAccuracy = Ratio(r.NamedCorrect, r.NamedMatched);
            r.PronounSpeakerAccuracy = Ratio(r.PronounCorrect, r.PronounMatched);
            r.EndToEndPrecision = Ratio(r.EndToEndCorrect, r.Predicted);
            r.EndToEndRecall = Ratio(r.EndToEndCorrect, r.Gold);
            r.EndToEndF1 = F1(r.EndToEndPrecision, r.EndToEndRecall);
            return r;
        }

        /// <summary>The mention as written at the cue; a continuation quote has none of its own and inherits the offsets of its source's.</summary>
        private static string? Mention(string text, Quote q)
        {
            if (q.SpeakerMention != null)
            {
                return q.SpeakerMention;
            }

            return q.SpeakerStart >= 0 && q.SpeakerEnd > q.SpeakerStart && q.SpeakerEnd <= text.Length ? text.Substring(q.SpeakerStart, q.SpeakerEnd - q.SpeakerStart) : null;
        }

        private static string Cut(string text)
        {
            var oneLine = text.Replace('\n', ' ');
            return oneLine.Length <= 100 ? oneLine : oneLine.Substring(0, 99) + "…";
        }

        private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

        private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
