using System;
using System.IO;
using NewsTools.Tests.Feeds;
using Xunit;

namespace NewsTools.Tests.Cli
{
    /// <summary>
    /// A file with no date anywhere leaves "on Wednesday" unresolved: the command line says so for the commands whose answers
    /// depend on the date, naming the file, as the cmdlets do; `quotes` does not, and a given reference date settles it.
    /// </summary>
    public class UndatedWarningTests
    {
        private static readonly string Orchard = TestData.Samples("valley-times-2024-03-14-orchard.txt");

        [Theory]
        [InlineData("timex")]
        [InlineData("timeline")]
        [InlineData("import")]
        public void ACommandThatReadsDatesWarnsAboutAnUndatedFile(string command)
        {
            var (code, output, error) = CliRun.Run(command, "--format", "csv", Orchard);

            Assert.Equal(0, code);
            Assert.NotEqual("", output);
            Assert.Contains("newstools: warning: " + Orchard + ": No date was found in the article", error);
            Assert.Contains("--reference-date", error);
        }

        [Fact]
        public void AnUndatedPageFetchedByUrlIsWarnedAboutNamingTheUrl()
        {
            using var server = new LocalNewsServer();
            server.Page("orchard.html", "<html><head><title>Frost destroys blossom</title></head><body><article><h1>Frost destroys blossom</h1>"
                + "<p>A late frost on Wednesday night destroyed most of the early blossom, growers said.</p></article></body></html>");
            server.Page("dated.html", "<html><head><title>Frost destroys blossom</title><meta property=\"article:published_time\" content=\"2024-03-14T09:00:00Z\"></head>"
                + "<body><article><h1>Frost destroys blossom</h1><p>A late frost on Wednesday night destroyed most of the early blossom, growers said.</p></article></body></html>");

            var (code, output, error) = CliRun.Run("import", "--format", "csv", server.Url("orchard.html"), server.Url("dated.html"));

            Assert.Equal(0, code);
            Assert.Contains("Frost destroys blossom", output);
            Assert.Contains("newstools: warning: " + server.Url("orchard.html") + ": No date was found in the article", error);
            Assert.DoesNotContain(server.Url("dated.html"), error);
        }

        [Fact]
        public void QuotesDoNotDependOnTheDate()
        {
            Assert.Equal("", CliRun.Run("quotes", "--format", "csv", Orchard).Error);
        }

        [Fact]
        public void WeekdaysWithNoYearAreWarnedAboutWhereTheDateMatters()
        {
            // "Thursday, March 3" with no year cannot be placed: time expressions depend on it, quotes do not.
            var file = Path.Combine(Path.GetTempPath(), "newstools-weekday-" + Guid.NewGuid().ToString("N") + ".txt");
            File.WriteAllText(file, "Port strike ends\n\nDock workers returned to work on Thursday, March 3, the union said. \"It is a fair deal,\" said Tom Brack.");
            try
            {
                var quotes = CliRun.Run("quotes", "--format", "csv", file);
                Assert.Contains("Tom Brack", quotes.Output);
                Assert.Equal("", quotes.Error);
                Assert.Contains(file + ": The text dates events by weekday", CliRun.Run("timex", "--format", "csv", file).Error);
            }
            finally
            {
                File.Delete(file);
            }
        }

        [Fact]
        public void AGivenReferenceDateSettlesIt()
        {
            var (_, output, error) = CliRun.Run("timex", "--format", "csv", "--reference-date", "2024-03-14", Orchard);

            Assert.Equal("", error);
            Assert.Contains("2024-03-13TNI", output);
        }
    }
}
