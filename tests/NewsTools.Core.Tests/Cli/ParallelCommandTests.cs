using System;
using System.IO;
using System.Linq;
using Xunit;
using static NewsTools.Tests.Cli.CliRun;

namespace NewsTools.Tests.Cli
{
    /// <summary>--parallel N spreads articles over threads; what is written, and in which order, must not change.</summary>
    public class ParallelCommandTests
    {
        [Theory]
        [InlineData("import")]
        [InlineData("quotes")]
        [InlineData("timex")]
        [InlineData("timeline")]
        public void ManyThreadsWriteWhatOneThreadWritesInTheSameOrder(string verb)
        {
            var missing = Path.Combine(Path.GetTempPath(), "newstools-missing-" + Guid.NewGuid() + ".txt");
            var inputs = SampleSettings()
                .Concat(SampleFiles())
                .Concat(new[] { missing, TestData.Samples("nothing-matches-*.txt") })
                .Concat(SampleFiles().OrderByDescending(f => f, StringComparer.Ordinal))
                .ToArray();

            var one = Run(new[] { verb, "--parallel", "1" }.Concat(inputs).ToArray());
            var four = Run(new[] { verb, "--parallel", "4" }.Concat(inputs).ToArray());

            Assert.Equal(1, one.Code);
            Assert.NotEmpty(one.Output);
            Assert.Equal(one.Output, four.Output);
            Assert.Equal(one.Error, four.Error);
            Assert.Equal(one.Code, four.Code);
            Assert.Contains(missing, four.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void ANonNumberOfThreadsIsAUsageError()
        {
            var (code, _, error) = Run("quotes", "--parallel", "two", TestData.Samples("valley-times-2024-03-14-orchard.txt"));
            Assert.Equal(2, code);
            Assert.Contains("--parallel 'two'", error, StringComparison.Ordinal);
        }
    }
}
