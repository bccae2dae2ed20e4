using System;
using System.IO;
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
                var (code, output, error) = CliRun.InOwnProcess(null, new[] { "quotes", "--format", "csv", path });
                Assert.True(code == 0, error);
                Assert.Contains("the bridge opens in May", output, StringComparison.Ordinal);
                Assert.Contains("Ann Lee", output, StringComparison.Ordinal);
            }
            finally
            {
                File.Delete(path);
            }
        }
    }
}
