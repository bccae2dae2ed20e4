using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;
using static NewsTools.Tests.Cli.CliRun;

namespace NewsTools.Tests.Cli
{
    public class ImportCommandTests
    {
        [Fact]
        public void JsonLinesCarryTheDotNetPropertyNames()
        {
            var (code, output, _) = Run("import", "--config", TestData.Samples("config/newstools.yaml"), TestData.Samples("harbour-gazette-2024-03-12-bridge.txt"));

            Assert.Equal(0, code);
            var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            using var doc = JsonDocument.Parse(line);
            Assert.Equal("The Harbour Gazette", doc.RootElement.GetProperty("Outlet").GetString());
            Assert.Equal("2024-03-12", doc.RootElement.GetProperty("ReferenceDate").GetString());
            Assert.Equal("ExplicitDate", doc.RootElement.GetProperty("ReferenceDateSource").GetString());
            Assert.True(doc.RootElement.GetProperty("Paragraphs").GetArrayLength() > 5);
        }

        [Fact]
        public void BadInputsAreNamedOnStderrTheRestIsProcessedAndTheExitCodeIsOne()
        {
            var missing = Path.Combine(Path.GetTempPath(), "newstools-missing-" + Guid.NewGuid() + ".txt");
            var (code, output, error) = Run("import", "--format", "csv", missing, TestData.Samples("valley-times-2024-03-14-orchard.txt"));

            Assert.Equal(1, code);
            Assert.Contains(missing, error, StringComparison.Ordinal);
            // Text fields hold line breaks inside quotes, so count records by their first field.
            Assert.StartsWith("Id,Path,Url,Outlet", output, StringComparison.Ordinal);
            Assert.Single(output.Split('\n'), line => line.StartsWith("valley-times-2024-03-14-orchard,", StringComparison.Ordinal));
        }

        [Fact]
        public void JsonlInputKeepsTheGivenIdDateAndOffsets()
        {
            var file = Path.GetTempFileName();
            try
            {
                File.WriteAllLines(file, new[]
                {
                    "{\"id\":\"doc-1\",\"text\":\"Rates rise\\n\\nThe bank raised rates on Monday.\",\"dct\":\"2019-05-02\",\"outlet\":\"Wire\"}",
                    "not json",
                    "{\"id\":\"doc-2\"}",
                });
                var (code, output, error) = Run("import", "--jsonl", file);

                Assert.Equal(1, code);
                using var doc = JsonDocument.Parse(output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Single());
                Assert.Equal("doc-1", doc.RootElement.GetProperty("Id").GetString());
                Assert.Equal("Wire", doc.RootElement.GetProperty("Outlet").GetString());
                Assert.Equal("2019-05-02", doc.RootElement.GetProperty("ReferenceDate").GetString());
                Assert.Equal("Metadata", doc.RootElement.GetProperty("ReferenceDateSource").GetString());
                Assert.Contains(file + ":2", error, StringComparison.Ordinal);
                Assert.Contains(file + ":3", error, StringComparison.Ordinal);
            }
            finally
            {
                File.Delete(file);
            }
        }

        [Fact]
        public void UnknownCommandsAndMissingInputsAreUsageErrors()
        {
            Assert.Equal(2, Run("frobnicate").Code);
            Assert.Equal(2, Run("import").Code);
            Assert.Equal(2, Run("import", "--format", "xml", "x.txt").Code);
        }
    }
}
