using System;
using System.IO;
using System.Linq;
using Xunit;

namespace NewsTools.Module.Tests
{
    /// <summary>
    /// The Pester suite runs in `build.ps1 -Task Test` (PowerShell 7.6.10 as a local dotnet tool, Pester 5.9.1 from NuGet);
    /// these checks keep the suite and the CI script that runs it from drifting apart: every cmdlet is exercised, every file
    /// imports the built module, and CI runs Pester with no path that skips it.
    /// </summary>
    public class PesterSuiteTests
    {
        private static readonly string PesterDir = Path.Combine(RepoPaths.Root, "tests", "pester");

        private static string[] TestFiles => Directory.GetFiles(PesterDir, "*.Tests.ps1");

        [Fact]
        public void EveryCmdletIsExercisedByThePesterSuite()
        {
            var text = string.Join("\n", TestFiles.Select(File.ReadAllText));
            foreach (var cmdlet in CmdletMetadata.All)
            {
                Assert.True(text.Contains(cmdlet.Name + " ", StringComparison.Ordinal) || text.Contains("| " + cmdlet.Name, StringComparison.Ordinal), cmdlet.Name + " is not called in tests/pester");
            }
        }

        [Fact]
        public void EveryTestFileImportsTheBuiltModule()
        {
            Assert.NotEmpty(TestFiles);
            foreach (var file in TestFiles)
            {
                var text = File.ReadAllText(file);
                Assert.Contains("Common.ps1", text, StringComparison.Ordinal);
                Assert.Contains("Import-NewsToolsUnderTest", text, StringComparison.Ordinal);
                Assert.DoesNotContain("src/NewsTools", text, StringComparison.OrdinalIgnoreCase);
            }

            var common = File.ReadAllText(Path.Combine(PesterDir, "Common.ps1"));
            Assert.Contains("ModuleBase", common, StringComparison.Ordinal);
            Assert.Contains("'out'", common, StringComparison.Ordinal);
        }

        [Fact]
        public void TheScannerTellsBalancedFromUnbalanced()
        {
            Assert.Null(PowerShellScanner.FindImbalance("if ($a) { @('x', \"y`\"\") }"));
            Assert.Null(PowerShellScanner.FindImbalance("'{' + \"(\" # ) comment\n<# { #>"));
            Assert.Null(PowerShellScanner.FindImbalance("@'\n{ ( [\n'@"));
            Assert.NotNull(PowerShellScanner.FindImbalance("{ ("));
            Assert.NotNull(PowerShellScanner.FindImbalance("foreach ($x in $y) { $x }}"));
            Assert.NotNull(PowerShellScanner.FindImbalance("Write-Host 'open"));
        }

        [Fact]
        public void CiRunsThePesterSuiteWithNoSkippedPath()
        {
            var ci = File.ReadAllText(Path.Combine(RepoPaths.Root, ".ci", "run"));
            Assert.Contains("dotnet tool restore", ci, StringComparison.Ordinal);
            Assert.Contains("build.ps1 -Task Test", ci, StringComparison.Ordinal);
            Assert.DoesNotContain("command -v pwsh", ci, StringComparison.Ordinal);

            // build.ps1's Test task runs the Pester step, and a missing pwsh or Pester is an error there, never a skip.
            var build = File.ReadAllText(Path.Combine(RepoPaths.Root, "build.ps1"));
            Assert.Contains("Invoke-PesterSuite", build, StringComparison.Ordinal);
            Assert.Contains("throw 'No pwsh found to run the Pester suite in.'", build, StringComparison.Ordinal);
            Assert.Contains("throw 'Pester 5.9.1 was not found", build, StringComparison.Ordinal);
            Assert.DoesNotContain("Set-ItResult -Skipped -Because 'pwsh", build, StringComparison.Ordinal);
        }

        [Fact]
        public void ThePesterPackageIsRestoredWithTheTests()
        {
            var project = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "NewsTools.Module.Tests", "NewsTools.Module.Tests.csproj"));
            Assert.Contains("PackageDownload Include=\"Pester\"", project, StringComparison.Ordinal);
            var tools = File.ReadAllText(Path.Combine(RepoPaths.Root, ".config", "dotnet-tools.json"));
            Assert.Contains("\"powershell\"", tools, StringComparison.OrdinalIgnoreCase);
        }
    }
}
