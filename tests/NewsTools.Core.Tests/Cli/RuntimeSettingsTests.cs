using System;
using System.Linq;
using Xunit;

namespace NewsTools.Tests.Cli
{
    /// <summary>
    /// How the command's runtime compiles the engine, as its runtime configuration sets it and as `bench` reports it beside
    /// its figures: no method runs as unoptimised tier-0 code, and hot precompiled (ReadyToRun) methods are compiled again.
    /// </summary>
    public class RuntimeSettingsTests
    {
        [Fact]
        public void TheCommandRunsNoUnoptimisedCodeAndRecompilesHotCode()
        {
            var output = RunCommand(null, "bench", "--stages", "config", "--corpus", TestData.Samples("."));

            Assert.Contains("code: .NET ", output, StringComparison.Ordinal);
            Assert.Contains("tiered compilation on, quick JIT off", output, StringComparison.Ordinal);
        }

        [Fact]
        public void BenchReportsAnEnvironmentOverrideOfTheConfiguration()
        {
            // A figure measured with tiering turned off from the environment says so.
            var output = RunCommand(("DOTNET_TieredCompilation", "0"), "bench", "--stages", "config", "--corpus", TestData.Samples("."));

            Assert.Contains("JIT: tiered compilation off", output, StringComparison.Ordinal);
        }

        private static string RunCommand((string Name, string Value)? variable, params string[] args)
        {
            // The test host's own settings are not the command's.
            var environment = new[] { "DOTNET_TieredCompilation", "DOTNET_TC_QuickJit", "DOTNET_TieredPGO", "COMPlus_TieredCompilation", "COMPlus_TC_QuickJit", "COMPlus_TieredPGO" }
                .ToDictionary(name => name, _ => (string?)null);
            if (variable is { } v)
            {
                environment[v.Name] = v.Value;
            }

            var (code, output, error) = CliRun.InOwnProcess(null, args, environment);
            Assert.True(code == 0, error);
            return output;
        }
    }
}
