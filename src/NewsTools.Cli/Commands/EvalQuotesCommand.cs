using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using NewsTools.Articles;
using NewsTools.Engine;
using NewsTools.Quotes;

namespace NewsTools.Cli.Commands
{
    /// <summary>
    /// `newstools eval quotes FILE.jsonl`: quote spans and speakers against gold (PolNeAR-derived lines with id, text, quotes and
    /// unattributed_quoted_spans). Predictions are the Direct and Partial quotes; a prediction on an unattributed quoted span
    /// (a scare quote, a title) counts against precision like any other unmatched one.
    /// </summary>
    internal sealed class EvalQuotesCommand : CliCommand
    {
        public override string Name => "eval quotes";

        public override string Summary => "Score quote spans (exact, >=50% overlap), speaker accuracy (named, pronoun) and end-to-end F1 against gold.";

        public override string Usage => "[--errors] [--format json|table] FILE.jsonl";

        public override int Run(CliContext context, CommandLine args)
        {
            if (args.Positional.Count != 1)
            {
                throw new UsageException("Give one gold FILE.jsonl (lines with id, text, quotes and unattributed_quoted_spans).");
            }

            var file = args.Positional[0];
            IEnumerable<string> lines;
            try
            {
                lines = File.ReadLines(file);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                context.Error(new NewsToolsException("EvalFileNotReadable", InputErrorKind.NotFound, file, ex.Message, ex));
                return context.ExitCode;
            }

            var config = context.LoadConfig(args);
            var reader = new ArticleReader(config);
            var extractor = new QuoteExtractor(config);
            var score = new QuoteScore();
            var showErrors = args.Flag("errors");
            var number = 0;
            foreach (var line in lines)
            {
                number++;
                context.Cancellation.ThrowIfCancellationRequested();
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var input = $"{file}:{number}";
                GoldQuoteDocument doc;
                Article article;
                try
                {
                    doc = GoldQuoteDocument.Parse(line);
                    article = reader.Parse(doc.Text, new ArticleOptions { Id = doc.Id }, input);
                }
                catch (Exception ex) when (ex is JsonException || ex is FormatException || ex is InvalidOperationException || ex is KeyNotFoundException)
                {
                    context.Error(new NewsToolsException("EvalLineInvalid", InputErrorKind.InvalidData, input, ex.Message, ex));
                    continue;
                }
                catch (NewsToolsException ex)
                {
                    context.Error(ex);
                    continue;
                }

                // Gold offsets index the line's text; an article whose text was rewritten (read as HTML) cannot be scored.
                if (!string.Equals(article.Text, doc.Text, StringComparison.Ordinal))
                {
                    context.Error(new NewsToolsException("EvalTextChanged", InputErrorKind.InvalidData, input, "The article text was not kept as given, so gold offsets do not apply."));
                    continue;
                }

                var predicted = extractor.Extract(article, context.Cancellation).Where(q => q.Kind == QuoteKind.Direct || q.Kind == QuoteKind.Partial).ToList();
                foreach (var error in score.Add(doc, predicted))
                {
                    if (showErrors)
                    {
                        context.Out.WriteLine(doc.Id + "\t" + error);
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
                WriteTable(context.Out, result);
            }

            context.Out.Flush();
            return context.ExitCode;
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
        }

        private static string Row(string name, double p, double r, double f) =>
            string.Format(CultureInfo.InvariantCulture, "{0,-20} {1,6:0.000}  {2,6:0.000}  {3,6:0.000}", name, p, r, f);
    }

    /// <summary>One gold quote: content offsets (without the marks) and the annotated source.</summary>
    internal sealed class GoldQuote
    {
        public int Start { get; set; }

        public int End { get; set; }

        public string? Speaker { get; set; }

        public bool SpeakerIsPronoun { get; set; }
    }

    internal sealed class GoldQuoteDocument
    {
        public string Id { get; private set; } = "";

        public string Text { get; private set; } = "";

        public List<GoldQuote> Quotes { get; } = new List<GoldQuote>();

        public List<(int Start, int End)> Unattributed { get; } = new List<(int, int)>();

        public static GoldQuoteDocument Parse(string line)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var doc = new GoldQuoteDocument
            {
                Id = root.TryGetProperty("id", out var id) ? id.GetString() ?? "" : "",
                Text = root.GetProperty("text").GetString() ?? throw new FormatException("\"text\" is null."),
            };
            if (root.TryGetProperty("quotes", out var quotes) && quotes.ValueKind == JsonValueKind.Array)
            {
                foreach (var q in quotes.EnumerateArray())
                {
                    var speaker = q.TryGetProperty("speaker", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
                    var pronoun = q.TryGetProperty("speaker_is_pronoun", out var p) && p.ValueKind == JsonValueKind.True;
                    var (start, end) = QuoteScore.Trim(doc.Text, q.GetProperty("start").GetInt32(), q.GetProperty("end").GetInt32());
                    doc.Quotes.Add(new GoldQuote { Start = start, End = end, Speaker = speaker, SpeakerIsPronoun = pronoun });
                }
            }

            if (root.TryGetProperty("unattributed_quoted_spans", out var spans) && spans.ValueKind == JsonValueKind.Array)
            {
                foreach (var span in spans.EnumerateArray())
                {
                    doc.Unattributed.Add(QuoteScore.Trim(doc.Text, span[0].GetInt32(), span[1].GetInt32()));
                }
            }

            return doc;
        }
    }

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
    }

    /// <summary>
    /// The scoring rules. Spans are compared without surrounding spaces and the comma English puts inside the closing mark.
    /// A prediction and a gold quote match when they share at least half of the longer one (one-to-one, largest overlap first);
    /// exact when the spans are identical. Speaker of a matched quote: for a pronoun gold source, the predicted mention must be
    /// the same pronoun (a continuation quote's mention is the one it inherits); for a named source, the predicted speaker or
    /// mention must appear in the gold source as whole words (long sources such as "Evan Tracey, a Republican media consultant"
    /// accept "Evan Tracey"), or the gold source in the predicted speaker (gold "Morris", predicted "Haley Morris").
    /// End-to-end counts a prediction only when its span matches and its speaker is right (no speaker for a gold quote without one).
    /// </summary>
    internal sealed class QuoteScore
    {
        private static readonly HashSet<string> Articles = new HashSet<string>(StringComparer.Ordinal) { "the", "a", "an" };
        private static readonly HashSet<string> Pronouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "it", "i", "we", "you", "who", "which", "that", "one", "his", "her", "their" };
        private readonly QuoteScoreResult r = new QuoteScoreResult();

        public static (int Start, int End) Trim(string text, int start, int end)
        {
            start = Math.Max(0, Math.Min(start, text.Length));
            end = Math.Max(start, Math.Min(end, text.Length));
            while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ','))
            {
                end--;
            }

            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            return (start, end);
        }

        /// <summary>Scores one document; returns a line per error for --errors.</summary>
        public IEnumerable<string> Add(GoldQuoteDocument doc, IReadOnlyList<Quote> predicted)
        {
            var errors = new List<string>();
            r.Documents++;
            r.Gold += doc.Quotes.Count;
            r.UnattributedSpans += doc.Unattributed.Count;
            r.Predicted += predicted.Count;

            var pairs = new List<(int Overlap, int Gold, int Pred)>();
            for (var g = 0; g < doc.Quotes.Count; g++)
            {
                var gold = doc.Quotes[g];
                for (var p = 0; p < predicted.Count; p++)
                {
                    var overlap = Math.Min(gold.End, predicted[p].End) - Math.Max(gold.Start, predicted[p].Start);
                    if (overlap > 0 && 2 * overlap >= Math.Max(gold.End - gold.Start, predicted[p].End - predicted[p].Start))
                    {
                        pairs.Add((overlap, g, p));
                    }
                }
            }

            var usedGold = new bool[doc.Quotes.Count];
            var usedPred = new bool[predicted.Count];
            foreach (var (_, g, p) in pairs.OrderByDescending(x => x.Overlap).ThenBy(x => x.Gold).ThenBy(x => x.Pred))
            {
                if (usedGold[g] || usedPred[p])
                {
                    continue;
                }

                usedGold[g] = usedPred[p] = true;
                var gold = doc.Quotes[g];
                var pred = predicted[p];
                r.OverlapMatches++;
                if (gold.Start == pred.Start && gold.End == pred.End)
                {
                    r.ExactMatches++;
                }

                bool correct;
                if (gold.Speaker == null)
                {
                    correct = pred.Speaker == null;
                }
                else if (gold.SpeakerIsPronoun)
                {
                    r.PronounMatched++;
                    var mention = Mention(doc.Text, pred);
                    correct = mention != null && string.Equals(mention.Trim(), gold.Speaker.Trim(), StringComparison.OrdinalIgnoreCase);
                    r.PronounCorrect += correct ? 1 : 0;
                }
                else
                {
                    r.NamedMatched++;
                    correct = NamedSpeakerMatches(gold.Speaker, pred, Mention(doc.Text, pred));
                    r.NamedCorrect += correct ? 1 : 0;
                }

                if (correct)
                {
                    r.EndToEndCorrect++;
                }
                else
                {
                    errors.Add($"speaker\tgold '{gold.Speaker}'\tpredicted '{pred.Speaker}' ({pred.Attribution}, mention '{pred.SpeakerMention}')\t{Cut(pred.Text)}");
                }
            }

            for (var p = 0; p < predicted.Count; p++)
            {
                if (usedPred[p])
                {
                    continue;
                }

                var pred = predicted[p];
                var onUnattributed = doc.Unattributed.Any(u => Math.Min(u.End, pred.End) > Math.Max(u.Start, pred.Start));
                if (onUnattributed)
                {
                    r.FalsePositivesOnUnattributed++;
                }
                else
                {
                    r.FalsePositivesElsewhere++;
                }

                errors.Add($"{(onUnattributed ? "fp-unattributed" : "fp")}\t{pred.Kind} '{pred.Speaker}'\t{Cut(pred.Text)}");
            }

            for (var g = 0; g < doc.Quotes.Count; g++)
            {
                if (!usedGold[g])
                {
                    var gold = doc.Quotes[g];
                    errors.Add($"missed\tgold '{gold.Speaker}'\t{Cut(doc.Text.Substring(gold.Start, gold.End - gold.Start))}");
                }
            }

            return errors;
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

        internal static bool NamedSpeakerMatches(string gold, Quote pred, string? mention)
        {
            var goldWords = Words(gold);
            if (pred.Speaker != null && (Contains(goldWords, Words(pred.Speaker)) || Contains(Words(pred.Speaker), goldWords)))
            {
                return true;
            }

            return mention != null && !Pronouns.Contains(mention.Trim()) && Contains(goldWords, Words(mention));
        }

        /// <summary>Lowercase words without articles; curly apostrophes as straight ones.</summary>
        private static List<string> Words(string text)
        {
            var words = new List<string>();
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || ((text[i] == '\'' || text[i] == '’') && start >= 0));
                if (inWord && start < 0)
                {
                    start = i;
                }
                else if (!inWord && start >= 0)
                {
                    var word = text.Substring(start, i - start).Replace('’', '\'').ToLowerInvariant();
                    if (!Articles.Contains(word))
                    {
                        words.Add(word);
                    }

                    start = -1;
                }
            }

            return words;
        }

        /// <summary>Whether needle occurs in haystack as a contiguous run of whole words.</summary>
        private static bool Contains(List<string> haystack, List<string> needle)
        {
            if (needle.Count == 0 || needle.Count > haystack.Count)
            {
                return false;
            }

            for (var i = 0; i + needle.Count <= haystack.Count; i++)
            {
                var k = 0;
                while (k < needle.Count && haystack[i + k] == needle[k])
                {
                    k++;
                }

                if (k == needle.Count)
                {
                    return true;
                }
            }

            return false;
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
