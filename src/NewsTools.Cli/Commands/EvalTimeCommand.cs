using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using NewsTools.Engine;
using NewsTools.Time;

namespace NewsTools.Cli.Commands
{
    /// <summary>
    /// `newstools eval time FILE.jsonl`: TempEval-3 style scores of the time-expression tagger against gold TIMEX3 spans.
    /// Strict extent = identical span, relaxed = any overlap; value and type F1 over relaxed matches paired one-to-one.
    /// </summary>
    internal sealed class EvalTimeCommand : CliCommand
    {
        public override string Name => "eval time";

        public override string Summary => "Score time expressions against gold TIMEX3 (TempEval-3 extent, value and type F1).";

        public override string Usage => "[--errors] [--format json|table] FILE.jsonl";

        public override int Run(CliContext context, CommandLine args)
        {
            var tagger = new TimeExpressionTagger(context.LoadConfig(args));
            var score = new TimexScore();
            var showErrors = args.Flag("errors");
            foreach (var doc in context.ReadGoldFile(args, "lines with id, dct, text and timex", (line, input) => GoldDocument.Parse(line)))
            {
                var predicted = tagger.TagText(doc.Text, doc.Dct, doc.Id, context.Cancellation);
                var errors = score.Add(doc.Gold, predicted);
                if (showErrors)
                {
                    foreach (var e in errors)
                    {
                        context.Out.WriteLine($"{doc.Id}\t{doc.Dct:yyyy-MM-dd}\t{e}");
                    }
                }
            }

            var result = score.Result();
            if (OutputWriter.ParseFormat(args.Value("format") ?? "table") == OutputFormat.Json)
            {
                context.Out.WriteLine(JsonSerializer.Serialize(result, OutputWriter.JsonOptions));
            }
            else
            {
                context.Out.WriteLine($"documents {result.Documents}  gold {result.Gold}  predicted {result.Predicted}");
                context.Out.WriteLine("                 P       R       F1");
                context.Out.WriteLine(Row("strict extent", result.StrictPrecision, result.StrictRecall, result.StrictF1));
                context.Out.WriteLine(Row("relaxed extent", result.RelaxedPrecision, result.RelaxedRecall, result.RelaxedF1));
                context.Out.WriteLine(Row("value", result.ValuePrecision, result.ValueRecall, result.ValueF1));
                context.Out.WriteLine(Row("type", result.TypePrecision, result.TypeRecall, result.TypeF1));
            }

            context.Out.Flush();
            return context.ExitCode;
        }

        private static string Row(string name, double p, double r, double f) =>
            string.Format(CultureInfo.InvariantCulture, "{0,-15} {1,6:0.000}  {2,6:0.000}  {3,6:0.000}", name, p, r, f);
    }

    internal sealed class GoldTimex
    {
        public int Start { get; set; }

        public int End { get; set; }

        public string Text { get; set; } = "";

        public string Type { get; set; } = "";

        public string Value { get; set; } = "";
    }

    internal sealed class GoldDocument
    {
        public string Id { get; private set; } = "";

        public DateTime? Dct { get; private set; }

        public string Text { get; private set; } = "";

        public List<GoldTimex> Gold { get; } = new List<GoldTimex>();

        public static GoldDocument Parse(string line)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var doc = new GoldDocument
            {
                Id = root.TryGetProperty("id", out var id) ? id.GetString() ?? "" : "",
                Text = root.GetProperty("text").GetString() ?? "",
            };
            if (root.TryGetProperty("dct", out var dct) && dct.ValueKind == JsonValueKind.String
                && DateTime.TryParseExact(dct.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                doc.Dct = d;
            }

            if (root.TryGetProperty("timex", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var t in list.EnumerateArray())
                {
                    doc.Gold.Add(new GoldTimex
                    {
                        Start = t.GetProperty("start").GetInt32(),
                        End = t.GetProperty("end").GetInt32(),
                        Text = t.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "",
                        Type = t.TryGetProperty("type", out var type) ? type.GetString() ?? "" : "",
                        Value = t.TryGetProperty("value", out var value) ? value.GetString() ?? "" : "",
                    });
                }
            }

            return doc;
        }
    }

    /// <summary>The figures of one evaluation run.</summary>
    internal sealed class TimexScoreResult
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

            // One-to-one pairing: each gold takes the best still-free overlapping prediction (an identical span first).
            var used = new bool[predictions.Count];
            foreach (var g in goldList)
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

                if (best < 0)
                {
                    errors.Add($"MISSED\t{g.Text}\t{g.Type}\t{g.Value}");
                    continue;
                }

                used[best] = true;
                var p = predictions[best];
                var typeName = p.Type.ToString().ToUpperInvariant();
                if (string.Equals(p.Value, g.Value, StringComparison.Ordinal))
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

            for (var n = 0; n < predictions.Count; n++)
            {
                if (!used[n] && !goldList.Any(g => Overlaps(g, predictions[n])))
                {
                    errors.Add($"SPURIOUS\t{predictions[n].Text}\t{predictions[n].Type.ToString().ToUpperInvariant()} {predictions[n].Value}");
                }
            }

            return errors;
        }

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
