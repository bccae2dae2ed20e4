using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using NewsTools.Articles;
using NewsTools.Coverage;
using NewsTools.Engine;

namespace NewsTools.Cli.Commands
{
    /// <summary>
    /// `newstools eval coverage FILE.jsonl`: mixes every article of the evaluation file (one event per line with articles[]),
    /// groups them, and prints B-cubed precision, recall and F1 against event_id.
    /// </summary>
    internal sealed class EvalCoverageCommand : CliCommand
    {
        public override string Name => "eval coverage";

        public override string Summary => "Score event grouping on a dev file (one event per line, articles[]): B-cubed precision, recall, F1.";

        public override string Usage => "[--format json|table] [--no-dates] [--details] FILE.jsonl";

        public override int Run(CliContext context, CommandLine args)
        {
            var config = context.LoadConfig(args);
            var reader = new ArticleReader(config);
            var articles = new List<Article>();
            var gold = new Dictionary<string, string>(StringComparer.Ordinal);
            var useDates = !args.Flag("no-dates");
            foreach (var eventArticles in context.ReadGoldFile(args, "one event per line with event_id and articles[]", (line, input) => ReadEvent(line, input, reader, useDates)))
            {
                foreach (var (article, eventId) in eventArticles)
                {
                    articles.Add(article);
                    gold[article.Id] = eventId;
                }
            }

            var watch = Stopwatch.StartNew();
            // --no-dates measures grouping by words alone (the reader may still find a date in a text; it is ignored too).
            var groups = new EventGrouper(config) { UseDates = useDates, Reporter = context }.Group(articles, context.Cancellation);
            watch.Stop();
            var score = GroupingEvaluator.Score(groups, gold);
            if (OutputWriter.ParseFormat(args.Value("format")) == OutputFormat.Json && args.Value("format") != null)
            {
                var writer = context.CreateWriter(args);
                writer.Write(score);
                writer.Flush();
            }
            else
            {
                context.Out.WriteLine($"file        {args.Positional[0]}");
                context.Out.WriteLine($"articles    {score.Articles} in {score.Events} events (all mixed){(useDates ? "" : ", dates ignored")}");
                context.Out.WriteLine($"groups      {score.Groups}");
                context.Out.WriteLine(string.Format(CultureInfo.InvariantCulture, "B-cubed     precision {0:0.000}  recall {1:0.000}  F1 {2:0.000}", score.Precision, score.Recall, score.F1));
                context.Out.WriteLine(string.Format(CultureInfo.InvariantCulture, "time        {0:0} ms grouping", watch.Elapsed.TotalMilliseconds));
                if (args.Flag("details"))
                {
                    // Groups that mix events (false merges) and events split over groups.
                    var eventGroups = groups.SelectMany(g => g.ArticleIds.Select(id => (Event: gold[id], g.EventId))).GroupBy(x => x.Event).Where(x => x.Select(y => y.EventId).Distinct().Count() > 1).Select(x => x.Key);
                    foreach (var g in groups.Where(g => g.ArticleIds.Select(id => gold[id]).Distinct().Count() > 1))
                    {
                        context.Out.WriteLine($"merged      {g.EventId} [{g.Label}]: {string.Join(" ", g.ArticleIds)}");
                    }

                    foreach (var e in eventGroups)
                    {
                        context.Out.WriteLine($"split       {e}: {string.Join(" | ", groups.Where(g => g.ArticleIds.Any(id => gold[id] == e)).Select(g => g.EventId + " " + string.Join(" ", g.ArticleIds.Where(id => gold[id] == e))))}");
                    }
                }
            }

            return context.ExitCode;
        }

        /// <summary>The articles of one event line, each with the event's gold id; empty texts are left out.</summary>
        private static List<(Article Article, string EventId)> ReadEvent(string line, string input, ArticleReader reader, bool useDates)
        {
            var result = new List<(Article, string)>();
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("event_id", out var ev) || ev.ValueKind != JsonValueKind.String ||
                !root.TryGetProperty("articles", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                throw new NewsToolsException("EvalInvalid", InputErrorKind.InvalidData, input, "Each line must be an event with \"event_id\" and \"articles\".");
            }

            var eventId = ev.GetString()!;
            var n = 0;
            foreach (var a in list.EnumerateArray())
            {
                n++;
                string? Get(string name) => a.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                var text = Get("text");
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                DateTime? date = null;
                if (useDates && Get("date") is string d && DateTime.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    date = parsed;
                }

                var id = eventId + "/" + (Get("outlet_code") ?? n.ToString(CultureInfo.InvariantCulture));
                var article = reader.Parse(text!, new ArticleOptions
                {
                    Id = id,
                    Outlet = Get("outlet"),
                    Title = string.IsNullOrWhiteSpace(Get("title")) ? null : Get("title"),
                    ReferenceDate = date,
                    ReferenceDateSource = ReferenceDateSource.Metadata,
                    Url = Get("url"),
                }, input);
                result.Add((article, eventId));
            }

            return result;
        }
    }
}
