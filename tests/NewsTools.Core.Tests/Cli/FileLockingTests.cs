using System;
using System.Diagnostics;
using System.IO;
using NewsTools.Cli;
using Xunit;

namespace NewsTools.Tests.Cli
{
    /// <summary>The command takes no advisory file locks (its runtime configuration turns them off, for speed).</summary>
    public class FileLockingTests
    {
        [SkippableFact]
        public void TheCommandReadsAnArticleAnotherProgramHoldsOpenExclusively()
        {
            // On Windows an exclusive open is the operating system's own and no reader gets past it.
            Skip.If(OperatingSystem.IsWindows(), "Windows enforces sharing modes itself");
            var path = Path.Combine(Path.GetTempPath(), "newstools-locked-" + Guid.NewGuid() + ".txt");
            File.WriteAllText(path, "Bridge vote\n\nMayor Ann Lee said \"the bridge opens in May\" on Monday.\n");
            try
            {
                // FileShare.None is an exclusive flock here; with .NET's locking on, the command's shared lock would fail.
                using var held = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
                var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                foreach (var a in new[] { typeof(Program).Assembly.Location, "quotes", "--format", "csv", path })
                {
                    start.ArgumentList.Add(a);
                }

                using var process = Process.Start(start)!;
                var output = process.StandardOutput.ReadToEndAsync();
                var error = process.StandardError.ReadToEndAsync();
                Assert.True(process.WaitForExit(120_000), "the command did not finish");
                Assert.True(process.ExitCode == 0, error.Result);
                Assert.Contains("the bridge opens in May", output.Result, StringComparison.Ordinal);
                Assert.Contains("Ann Lee", output.Result, StringComparison.Ordinal);
            }
            finally
            {
                File.Delete(path);
            }
        }
    }
}
