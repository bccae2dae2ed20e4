using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace NewsTools.Module.Tests
{
    public class ManifestTests
    {
        private static readonly Dictionary<string, object?> Manifest = Psd1Reader.ReadFile(Path.Combine(RepoPaths.Module, "NewsTools.psd1"));

        private static List<string> Strings(string key) => ((List<object?>)Manifest[key]!).Cast<string>().ToList();

        private static Dictionary<string, object?> PSData => (Dictionary<string, object?>)((Dictionary<string, object?>)Manifest["PrivateData"]!)["PSData"]!;

        [Fact]
        public void ExportsExactlyTheCmdletsTheAssemblyDefines()
        {
            var defined = CmdletMetadata.All.Select(c => c.Name).OrderBy(n => n, StringComparer.Ordinal);
            Assert.Equal(defined, Strings("CmdletsToExport").OrderBy(n => n, StringComparer.Ordinal));
        }

        [Fact]
        public void ExportsNothingElse()
        {
            foreach (var key in new[] { "FunctionsToExport", "VariablesToExport", "AliasesToExport" })
            {
                Assert.Empty(Strings(key));
            }

            Assert.False(Manifest.ContainsKey("NestedModules"), "third-party assemblies load through the resolver, not NestedModules");
            Assert.False(Manifest.ContainsKey("RequiredAssemblies"), "third-party assemblies load through the resolver, not RequiredAssemblies");
        }

        [Fact]
        public void RunsOnBothEditions()
        {
            Assert.Equal("NewsTools.dll", Manifest["RootModule"]);
            Assert.Equal(new[] { "Desktop", "Core" }, Strings("CompatiblePSEditions"));
            Assert.Equal("5.1", Manifest["PowerShellVersion"]);
        }

        [Fact]
        public void LoadsTheFormatAndTypeFiles()
        {
            foreach (var key in new[] { "FormatsToProcess", "TypesToProcess" })
            {
                var files = Strings(key);
                Assert.Single(files);
                var path = Path.Combine(RepoPaths.Module, files[0]);
                Assert.True(File.Exists(path), path);
                XDocument.Load(path);
            }
        }

        [Fact]
        public void CarriesWhatTheGalleryAsksFor()
        {
            Assert.True(Guid.TryParse((string)Manifest["GUID"]!, out _));
            Assert.False(string.IsNullOrWhiteSpace((string?)Manifest["Author"]));
            Assert.True(((string)Manifest["Description"]!).Length > 40);
            var tags = ((List<object?>)PSData["Tags"]!).Cast<string>().ToList();
            foreach (var tag in new[] { "PSEdition_Desktop", "PSEdition_Core", "Linux", "Windows", "MacOS" })
            {
                Assert.Contains(tag, tags);
            }

            Assert.All(tags, t => Assert.DoesNotContain(' ', t));
            Assert.True(Uri.TryCreate((string)PSData["ProjectUri"]!, UriKind.Absolute, out _));
            Assert.True(Uri.TryCreate((string)PSData["LicenseUri"]!, UriKind.Absolute, out _));
            Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "LICENSE")));
        }

        [Fact]
        public void VersionMatchesDirectoryBuildProps()
        {
            var props = XDocument.Load(Path.Combine(RepoPaths.Root, "Directory.Build.props"));
            var version = props.Descendants("VersionPrefix").Single().Value;
            Assert.Equal(version, Manifest["ModuleVersion"]);
        }

        [Fact]
        public void BuildShipsEveryModuleFileAndOnlyTheAssembliesItNames()
        {
            // build.ps1 copies an explicit list: each module source file must be in it, and each listed file must exist.
            var build = File.ReadAllText(Path.Combine(RepoPaths.Root, "build.ps1"));
            foreach (var file in Directory.EnumerateFiles(RepoPaths.Module, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/');
                Assert.Contains("'" + relative + "'", build, StringComparison.Ordinal);
            }

            foreach (var name in new[] { "NewsTools.Core.dll", "YamlDotNet.dll", "AngleSharp.dll" })
            {
                Assert.Contains("'" + name + "'", build, StringComparison.Ordinal);
            }

            Assert.Contains("'LICENSE'", build, StringComparison.Ordinal);
        }

        [Fact]
        public void TheReaderRejectsCodeInAManifest()
        {
            Assert.Throws<InvalidDataException>(() => Psd1Reader.Read("@{ RootModule = \"$(Get-Date)\" }"));
            Assert.Throws<InvalidDataException>(() => Psd1Reader.Read("@{ A = Get-Date }"));
            Assert.Equal("x'y", Psd1Reader.Read("@{ A = 'x''y' }")["A"]);
        }
    }
}
