using System;
using System.IO;
using System.Linq;
using Xunit;

namespace NewsTools.Module.Tests
{
    /// <summary>The Pester suite cannot run here (no PowerShell); these checks keep it honest until it does.</summary>
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
        public void ThePesterFilesHaveBalancedBracesAndQuotes()
        {
            // A cheap syntax guard: every test file's braces, parentheses and here-strings balance.
            foreach (var file in TestFiles.Append(Path.Combine(PesterDir, "Common.ps1")).Append(Path.Combine(RepoPaths.Root, "build.ps1")))
            {
                var problem = PowerShellScanner.FindImbalance(File.ReadAllText(file));
                Assert.True(problem == null, Path.GetFileName(file) + ": " + problem);
            }
        }
    }
}
