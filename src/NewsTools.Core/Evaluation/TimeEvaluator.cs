using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using NewsTools.Config;
using NewsTools.Time;

namespace NewsTools.Evaluation
{
    /// <summary>One gold TIMEX3 annotation: character offsets into its document's text, type and value.</summary>
    public sealed class GoldTimex
    {
        public int Start { get; set; }

        public int End { get; set; }

        public string Text { get; set; } = "";

        public string Type { get; set; } = "";

        public string Value { get; set; } = "";
    }

    /// <summary>One gold document: its text, creation date (the reference date) and annotations.</summary>
    public sealed class GoldTimeDocument
    {
        public string Id { get; set; } = "";

        public DateTime? Dct { get; set; }

        public string Text { get; set; } = "";

        public List<GoldTimex> Gold { get; } = new List<GoldTimex>();
    }

    /// <summary>
    /// Scores the time-expression tagger against gold TIMEX3 spans, TempEval-3 style: strict extent = identical span,
    /// relaxed = any overlap; value and type F1 over relaxed matches paired one-to-one. Documents are added one at a time.
    /// </summary>
    public sealed class TimeEvaluator
    {
        private readonly TimeExpressionTagger tagger;
        private readonly TimexScore score = new TimexScore();

        public TimeEvaluator(NewsToolsConfig config)
        {
            tagger = new TimeExpressionTagger(config);
        }

        /// <summary>Tags one document against its creation date and scores it.</summary>
        /// <returns>One line per error (MISSED, VALUE, EXTENT, SPURIOUS) with the gold and the tagger's answer.</returns>
        public IReadOnlyList<string> Add(GoldTimeDocument document, CancellationToken cancellationToken = default)
        {
            if (document == null)
            {
                throw new ArgumentNullException(nameof(document));
            }

            var predicted = tagger.TagText(document.Text, document.Dct, document.Id, cancellationToken);
            return score.Add(document.Gold, predicted);
        }

        public TimexScoreResult Result() => score.Result();
    }

    /// <summary>The figures of one evaluation run.</summary>
    public sealed class TimexScoreResult
    {
        public int Documents { get; set; }

        public int Gold { get; set; }

        public int Predicted { get; set; }

        public double StrictPrecision { get; set; }

        public double StrictRecall { get; set; }

        public double StrictF1 { get; set; }

        public double RelaxedPrecision { get; set; }

        public double RelaxedRecall { get; set; }

        public double RelaxedF1 { get; set; }

        public double ValuePrecision { get; set; }

        public double ValueRecall { get; set; }

        public double ValueF1 { get; set; }

        public double TypePrecision { get; set; }

        public double TypeRecall { get; set; }

        public double TypeF1 { get; set; }
    }

    /// <summary>TempEval-3 counting: strict and relaxed extent matches, then value and type over one-to-one relaxed pairs.</summary>
    internal sealed class TimexScore
    {
        private int documents;
        private int gold;
        private int predicted;
        private int strictPredicted;
        private int strictGold;
        private int relaxedPredicted;
        private int relaxedGold;
        private int valueCorrect;
        private int typeCorrect;

        /// <returns>Lines describing the misses, for --errors.</returns>
        public List<string> Add(IReadOnlyList<GoldTimex> goldList, IReadOnlyList<TimeExpression> predictions)
        {
            var errors = new List<string>();
            documents++;
            gold += goldList.Count;
            predicted += predictions.Count;
            strictPredicted += predictions.Count(p => goldList.Any(g => g.Start == p.Start && g.End == p.EndOffset));
            strictGold += goldList.Count(g => predictions.Any(p => g.Start == p.Start && g.End == p.EndOffset));
            relaxedPredicted += predictions.Count(p => goldList.Any(g => Overlaps(g, p)));
            relaxedGold += goldList.Count(g => predictions.Any(p => Overlaps(g, p)));

            var used = new bool[predictions.Count];
            foreach (var g in goldList)
            {
                var best = BestFreeMatch(g, predictions, used);
                if (best < 0)
                {
                    errors.Add($"MISSED\t{g.Text}\t{g.Type}\t{g.Value}");
                    continue;
                }

                used[best] = true;
                ScoreMatch(g, predictions[best], errors);
            }

            for (var n = 0; n < predictions.Count; n++)
            {
                if (!used[n] && !goldList.Any(g => Overlaps(g, predictions[n])))
                {
                    errors.Add($"SPURIOUS\t{predictions[n].Text}\t{predictions[n].Type.ToString().ToUpperInvariant()} {predictions[n].Value}");
                }
            }

            return errors;
        }

        /// <summary>
        /// One-to-one pairing: a gold expression takes the first still-free prediction it overlaps, or an identical span when
        /// there is one; -1 when none is left.
        /// </summary>
        private static int BestFreeMatch(GoldTimex g, IReadOnlyList<TimeExpression> predictions, bool[] used)
        {
            var best = -1;
            for (var n = 0; n < predictions.Count; n++)
            {
                if (used[n] || !Overlaps(g, predictions[n]))
                {
                    continue;
                }

                if (best < 0 || (predictions[n].Start == g.Start && predictions[n].EndOffset == g.End))
                {
                    best = n;
                }
            }

            return best;
        }

        /// <summary>Counts a paired expression's value and type as right or wrong, and reports a wrong value or extent.</summary>
        private void ScoreMatch(GoldTimex g, TimeExpression p, List<string> errors)
        {
            var typeName = p.Type.ToString().ToUpperInvariant();
            if (SameValue(p.Value, g.Value))
            {
                valueCorrect++;
            }
            else
            {
                errors.Add($"VALUE\t{g.Text}\t{g.Type} {g.Value}\tgot [{p.Text}] {typeName} {p.Value ?? "null"} ({p.Tense})");
            }

            if (typeName == g.Type)
            {
                typeCorrect++;
            }

            if (p.Start != g.Start || p.EndOffset != g.End)
            {
                errors.Add($"EXTENT\t{g.Text}\tgot [{p.Text}]");
            }
        }

        /// <summary>
        /// Whether a predicted value is the gold one. A decade has two notations: TIMEX2's "197X", which this tagger writes
        /// (and the seeds' reference answers ask for), and TIMEX3's "197" (TimeBank, TempEval-3); both name the 1970s and count
        /// as the same value. Everything else must be identical.
        /// </summary>
        internal static bool SameValue(string? predicted, string gold)
        {
            if (string.Equals(predicted, gold, StringComparison.Ordinal))
            {
                return true;
            }

            return predicted != null && (IsDecadeOf(predicted, gold) || IsDecadeOf(gold, predicted));
        }

        /// <summary>"197X" and "197": three digits, then the TIMEX2 placeholder for the year of the decade.</summary>
        private static bool IsDecadeOf(string timex2, string timex3) =>
            timex3.Length == 3 && timex2.Length == 4 && timex2[3] == 'X' && string.CompareOrdinal(timex2, 0, timex3, 0, 3) == 0
            && char.IsDigit(timex3[0]) && char.IsDigit(timex3[1]) && char.IsDigit(timex3[2]);

        public TimexScoreResult Result()
        {
            static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
            static double F(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
            var r = new TimexScoreResult
            {
                Documents = documents,
                Gold = gold,
                Predicted = predicted,
                StrictPrecision = Ratio(strictPredicted, predicted),
                StrictRecall = Ratio(strictGold, gold),
                RelaxedPrecision = Ratio(relaxedPredicted, predicted),
                RelaxedRecall = Ratio(relaxedGold, gold),
                ValuePrecision = Ratio(valueCorrect, predicted),
                ValueRecall = Ratio(valueCorrect, gold),
                TypePrecision = Ratio(typeCorrect, predicted),
                TypeRecall = Ratio(typeCorrect, gold),
            };
            r.StrictF1 = F(r.StrictPrecision, r.StrictRecall);
            r.RelaxedF1 = F(r.RelaxedPrecision, r.RelaxedRecall);
            r.ValueF1 = F(r.ValuePrecision, r.ValueRecall);
            r.TypeF1 = F(r.TypePrecision, r.TypeRecall);
            return r;
        }

        private static bool Overlaps(GoldTimex g, TimeExpression p) => p.Start < g.End && g.Start < p.EndOffset;
    }
}
