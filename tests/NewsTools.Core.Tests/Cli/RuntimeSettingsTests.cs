using System;
using System.Diagnostics;
using NewsTools.Cli;
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
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(typeof(Program).Assembly.Location);
            foreach (var a in args)
            {
                start.ArgumentList.Add(a);
            }

            // The test host's own settings are not the command's.
            foreach (var name in new[] { "DOTNET_TieredCompilation", "DOTNET_TC_QuickJit", "DOTNET_TieredPGO", "COMPlus_TieredCompilation", "COMPlus_TC_QuickJit", "COMPlus_TieredPGO" })
            {
                start.Environment.Remove(name);
            }

            if (variable is { } v)
            {
                start.Environment[v.Name] = v.Value;
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(120_000), "the command did not finish");
            Assert.True(process.ExitCode == 0, error.Result);
            return output.Result;
        }
    }
}
