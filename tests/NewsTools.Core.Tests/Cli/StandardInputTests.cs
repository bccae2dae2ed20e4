using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;

namespace NewsTools.Tests.Cli
{
    /// <summary>
    /// "-" names standard input, as Unix commands take it: as a PATH one article read to its end ("curl -s URL | newstools
    /// quotes -"), as --jsonl FILE JSON Lines. Its errors name "stdin", and the other inputs go on.
    /// </summary>
    public class StandardInputTests
    {
        private static readonly string Harbour = File.ReadAllText(TestData.Samples("harbour-gazette-2024-03-12-bridge.txt"));

        private static (int Code, string Output, string Error) Run(string input, params string[] args) =>
            CliRun.InOwnProcess(null, args, standardInput: Encoding.UTF8.GetBytes(input));

        [Fact]
        public void APathOfDashIsOneArticleFromStandardInput()
        {
            var fromFile = CliRun.Run("quotes", "--format", "json", TestData.Samples("harbour-gazette-2024-03-12-bridge.txt"));
            var fromStdin = Run(Harbour, "quotes", "--format", "json", "-");

            Assert.Equal(0, fromStdin.Code);
            Assert.Equal("", fromStdin.Error);
            var expected = Texts(fromFile.Output);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, Texts(fromStdin.Output));
            Assert.All(fromStdin.Output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries), line => Assert.Equal("stdin", JsonDocument.Parse(line).RootElement.GetProperty("ArticleId").GetString()));
        }

        [Fact]
        public void AnHtmlPageOnStandardInputIsReadAsHtml()
        {
            var page = File.ReadAllText(TestData.Samples("coastal-wire-2024-03-12-bridge.html"));
            var (code, output, _) = Run(page, "import", "--format", "json", "-");

            Assert.Equal(0, code);
            var article = JsonDocument.Parse(output.Trim()).RootElement;
            Assert.Equal("Coastal Wire", article.GetProperty("Outlet").GetString());
            Assert.DoesNotContain("<p>", article.GetProperty("Text").GetString());
        }

        [Fact]
        public void JsonLinesComeFromStandardInputWithDashAndTheirErrorsNameTheLine()
        {
            var lines = "{\"id\":\"a1\",\"text\":\"\\\"The quay is open,\\\" said Mira Holt.\"}\nnot json\n{\"id\":\"a3\",\"text\":\"\\\"Tolls stay,\\\" said Leo Marsh.\"}\n";
            var (code, output, error) = Run(lines, "quotes", "--format", "csv", "--jsonl", "-");

            Assert.NotEqual(0, code);
            Assert.Contains("stdin:2:", error);
            Assert.Contains("Mira Holt", output);
            Assert.Contains("Leo Marsh", output);
        }

        [Fact]
        public void EmptyStandardInputIsAnErrorNamingItAndTheFilesGoOn()
        {
            var (code, output, error) = Run("", "quotes", "--format", "csv", "-", TestData.Samples("harbour-gazette-2024-03-12-bridge.txt"));

            Assert.NotEqual(0, code);
            Assert.Contains("stdin: The input is empty.", error);
            Assert.Contains("harbour-gazette", output);
        }

        [Fact]
        public void TheHelpSaysSo()
        {
            Assert.Contains("A PATH or --jsonl FILE of - is standard input.", CliRun.Run("--help").Output);
        }

        private static string[] Texts(string jsonLines) =>
            jsonLines.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("Text").GetString()!).ToArray();
    }
}
