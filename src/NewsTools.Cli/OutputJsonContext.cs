using System.Text.Json.Serialization;
using NewsTools.Archive;
using NewsTools.Articles;
using NewsTools.Cli.Commands;
using NewsTools.Coverage;
using NewsTools.Evaluation;
using NewsTools.Feeds;
using NewsTools.Quotes;
using NewsTools.Time;

namespace NewsTools.Cli
{
    /// <summary>
    /// Serialization code for the objects the per-article verbs write, generated at compile time: a command that runs once
    /// otherwise spends about a tenth of a CPU-second building the same by reflection and compiling it (measured on one
    /// 2.6 KB file: `timex` as JSON 0.45-0.52 CPU-s, as CSV 0.36-0.39). The archive, coverage, group and feed verbs' rows are
    /// listed for the same reason (`archive add` compiled about 150 serializer methods at every run). Types not listed here
    /// still serialize by reflection. The evaluation results are listed because the native build (NativeAOT) cannot make the
    /// code for their dictionaries keyed by enums at run time.
    /// </summary>
    [JsonSerializable(typeof(Article))]
    [JsonSerializable(typeof(Quote))]
    [JsonSerializable(typeof(TimeExpression))]
    [JsonSerializable(typeof(TimelineEvent))]
    [JsonSerializable(typeof(ArchiveEntry))]
    [JsonSerializable(typeof(ArchiveChange))]
    [JsonSerializable(typeof(ArticleGroup))]
    [JsonSerializable(typeof(CoverageItem))]
    [JsonSerializable(typeof(CoverageSummary))]
    [JsonSerializable(typeof(FeedItem))]
    [JsonSerializable(typeof(GroupCommand.ArticleEventRow))]
    [JsonSerializable(typeof(QuoteScoreResult))]
    [JsonSerializable(typeof(TimexScoreResult))]
    [JsonSerializable(typeof(HtmlScoreResult))]
    [JsonSerializable(typeof(BCubedScore))]
    internal sealed partial class OutputJsonContext : JsonSerializerContext
    {
    }
}
