using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NewsTools.Archive;
using NewsTools.Articles;
using NewsTools.Cli;
using NewsTools.Cli.Commands;
using NewsTools.Coverage;
using NewsTools.Feeds;
using NewsTools.Quotes;
using NewsTools.Tests.Archive;
using NewsTools.Time;
using Xunit;

namespace NewsTools.Tests.Cli
{
    /// <summary>
    /// The rows the verbs write as JSON have serialization code generated at compile time (a run that builds it by reflection
    /// compiles about 150 methods before its first line), and that code writes exactly what reflection wrote.
    /// </summary>
    public sealed class OutputJsonTests
    {
        public static IEnumerable<object[]> RowTypes() => new[]
        {
            typeof(Article), typeof(Quote), typeof(TimeExpression), typeof(TimelineEvent), typeof(ArchiveEntry), typeof(ArchiveChange),
            typeof(ArticleGroup), typeof(CoverageItem), typeof(CoverageSummary), typeof(FeedItem), typeof(GroupCommand.ArticleEventRow),
        }.Select(t => new object[] { t });

        [Theory]
        [MemberData(nameof(RowTypes))]
        public void EveryRowTypeHasGeneratedCode(Type type)
        {
            Assert.NotNull(OutputJsonContext.Default.GetTypeInfo(type));
        }

        [Fact]
        public void GeneratedJsonOfArchiveAndCoverageRowsIsTheReflectionJson()
        {
            var reader = new ArticleReader(ArchiveTestSupport.Config);
            var articles = new[]
            {
                reader.Parse("Harbour toll rises\n\nThe port raised its tolls by 3% on Monday, 4 March 2024, the harbour master Ines Vale said. \"We had no choice,\" she said.", new ArticleOptions { Id = "a", Outlet = "Gazette" }, "a"),
                reader.Parse("Port tolls up\n\n\"There was no other way,\" harbour master Ines Vale said on Monday, 4 March 2024, when the port raised its tolls by 3%. Shippers said the rise would cost them.", new ArticleOptions { Id = "b", Outlet = "Wire" }, "b"),
            };
            var rows = new List<object>();
            using (var folder = new TempFolder())
            using (var archive = ArchiveTestSupport.Open(folder.File("rows.db")))
            {
                rows.AddRange(archive.Add(articles));
                rows.AddRange(archive.Changes(DateTimeOffset.MinValue));
                rows.AddRange(archive.Query(new ArchiveQuery { Kind = ArchiveKind.Event }));
            }

            var comparison = new CoverageComparer(ArchiveTestSupport.Config).Compare(articles);
            rows.AddRange(comparison.Items);
            rows.Add(comparison.Summary);
            Assert.Contains(rows, r => r is ArchiveEntry);
            Assert.Contains(rows, r => r is ArchiveChange);
            Assert.Contains(rows, r => r is ArticleGroup);
            Assert.Contains(rows, r => r is CoverageItem);

            var byReflection = new JsonSerializerOptions(OutputWriter.JsonOptions) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
            foreach (var row in rows)
            {
                Assert.Equal(JsonSerializer.Serialize(row, row.GetType(), byReflection), JsonSerializer.Serialize(row, row.GetType(), OutputWriter.JsonOptions));
            }
        }
    }
}
