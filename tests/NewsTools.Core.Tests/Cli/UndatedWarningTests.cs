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
        public void QuotesDoNotDependOnTheDate()
        {
            Assert.Equal("", CliRun.Run("quotes", "--format", "csv", Orchard).Error);
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
