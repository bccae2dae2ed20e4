using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using NewsTools.Articles;
using NewsTools.Engine;
using NewsTools.Evaluation;
using NewsTools.Quotes;

namespace NewsTools.Cli.Commands
{
    /// <summary>
    /// `newstools eval quotes FILE.jsonl`: quote spans and speakers against gold (PolNeAR-derived lines with id, text, quotes and
    /// unattributed_quoted_spans), scored by the engine's <see cref="QuoteEvaluator"/>.
    /// </summary>
    internal sealed class EvalQuotesCommand : CliCommand
    {
        public override string Name => "eval quotes";

        public override string Summary => "Score quote spans (exact, >=50% overlap), speaker accuracy (named, pronoun) and end-to-end F1 against gold.";

        public override string Usage => "[--errors] [--format json|table] FILE.jsonl";

        public override int Run(CliContext context, CommandLine args)
        {
            var config = context.LoadConfig(args);
            var reader = new ArticleReader(config);
            var extractor = new QuoteExtractor(config);
            var evaluator = new QuoteEvaluator(config);
            var showErrors = args.Flag("errors");
            var documents = context.ReadGoldFile(args, "lines with id, text, quotes and unattributed_quoted_spans", (line, input) =>
            {
                var doc = ParseGold(line);
                var article = reader.Parse(doc.Text, new ArticleOptions { Id = doc.Id }, input);

                // Gold offsets index the line's text; an article whose text was rewritten (read as HTML) cannot be scored.
                if (!string.Equals(article.Text, doc.Text, StringComparison.Ordinal))
                {
                    throw new NewsToolsException("EvalTextChanged", InputErrorKind.InvalidData, input, "The article text was not kept as given, so gold offsets do not apply.");
                }

                return (doc, article);
            });
            foreach (var (doc, article) in documents)
            {
                foreach (var error in evaluator.Add(doc, article, extractor, context.Cancellation))
                {
                    if (showErrors)
                    {
                        context.Out.WriteLine(error.ToString());
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
                WriteTable(context.Out, result);
            }

            context.Out.Flush();
            return context.ExitCode;
        }

        /// <summary>One gold line: id, text, quotes[] (start, end, speaker, speaker_is_pronoun), unattributed_quoted_spans[[start, end]].</summary>
        internal static GoldQuoteDocument ParseGold(string line)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var doc = new GoldQuoteDocument(
                root.TryGetProperty("id", out var id) ? id.GetString() ?? "" : "",
                root.GetProperty("text").GetString() ?? throw new FormatException("\"text\" is null."));
            if (root.TryGetProperty("quotes", out var quotes) && quotes.ValueKind == JsonValueKind.Array)
            {
                foreach (var q in quotes.EnumerateArray())
                {
                    var speaker = q.TryGetProperty("speaker", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
                    var pronoun = q.TryGetProperty("speaker_is_pronoun", out var p) && p.ValueKind == JsonValueKind.True;
                    doc.Quotes.Add(new GoldQuote(q.GetProperty("start").GetInt32(), q.GetProperty("end").GetInt32(), speaker, pronoun));
                }
            }

            if (root.TryGetProperty("unattributed_quoted_spans", out var spans) && spans.ValueKind == JsonValueKind.Array)
            {
                foreach (var span in spans.EnumerateArray())
                {
                    doc.Unattributed.Add((span[0].GetInt32(), span[1].GetInt32()));
                }
            }

            return doc;
        }

        private static void WriteTable(TextWriter o, QuoteScoreResult r)
        {
            o.WriteLine($"documents {r.Documents}  gold quotes {r.Gold}  unattributed quoted spans {r.UnattributedSpans}  predicted (Direct+Partial) {r.Predicted}");
            o.WriteLine("                       P       R       F1");
            o.WriteLine(Row("span exact", r.ExactPrecision, r.ExactRecall, r.ExactF1));
            o.WriteLine(Row("span overlap >=50%", r.OverlapPrecision, r.OverlapRecall, r.OverlapF1));
            o.WriteLine(Row("end-to-end", r.EndToEndPrecision, r.EndToEndRecall, r.EndToEndF1));
            o.WriteLine(string.Format(CultureInfo.InvariantCulture, "speaker accuracy (matched quotes)  named {0:0.000} ({1}/{2})  pronoun {3:0.000} ({4}/{5})",
                r.NamedSpeakerAccuracy, r.NamedCorrect, r.NamedMatched, r.PronounSpeakerAccuracy, r.PronounCorrect, r.PronounMatched));
            o.WriteLine($"false positives: {r.FalsePositivesOnUnattributed} on unattributed quoted spans, {r.FalsePositivesElsewhere} elsewhere");
            o.WriteLine($"not scored: {r.UnmarkedPredictions} Direct quotes without double quote marks (transcript turns, quotes in single marks; the gold holds only text in double marks)");
            o.WriteLine("errors: " + string.Join(", ", r.ErrorCounts.Select(e => e.Key + " " + e.Value.ToString(CultureInfo.InvariantCulture))));
        }

        private static string Row(string name, double p, double r, double f) =>
            string.Format(CultureInfo.InvariantCulture, "{0,-20} {1,6:0.000}  {2,6:0.000}  {3,6:0.000}", name, p, r, f);
    }
}
