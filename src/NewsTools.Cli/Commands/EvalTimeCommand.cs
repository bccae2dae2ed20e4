using System;
using System.Globalization;
using System.Text.Json;
using NewsTools.Engine;
using NewsTools.Evaluation;

namespace NewsTools.Cli.Commands
{
    /// <summary>
    /// `newstools eval time FILE.jsonl`: TempEval-3 style scores of the time-expression tagger against gold TIMEX3 spans,
    /// computed by the engine's <see cref="TimeEvaluator"/>; this command reads the gold lines and prints the figures.
    /// </summary>
    internal sealed class EvalTimeCommand : CliCommand
    {
        public override string Name => "eval time";

        public override string Summary => "Score time expressions against gold TIMEX3 (TempEval-3 extent, value and type F1).";

        public override string Usage => "[--errors] [--format json|table] FILE.jsonl";

        public override int Run(CliContext context, CommandLine args)
        {
            var evaluator = new TimeEvaluator(context.LoadConfig(args));
            var showErrors = args.Flag("errors");
            foreach (var doc in context.ReadGoldFile(args, "lines with id, dct, text and timex", (line, input) => GoldTimeLine.Parse(line)))
            {
                var errors = evaluator.Add(doc, context.Cancellation);
                if (showErrors)
                {
                    foreach (var e in errors)
                    {
                        context.Out.WriteLine($"{doc.Id}\t{doc.Dct:yyyy-MM-dd}\t{e}");
                    }
                }
            }

            var result = evaluator.Result();
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

    /// <summary>Reads one line of a gold file: id, dct, text and timex[] (see ../shared/eval/time/README.md).</summary>
    internal static class GoldTimeLine
    {
        public static GoldTimeDocument Parse(string line)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var doc = new GoldTimeDocument
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
}
