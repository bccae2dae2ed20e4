using System;
using System.IO;
using System.Linq;
using NewsTools.Config;
using NewsTools.Engine;
using Xunit;

namespace NewsTools.Tests.Config
{
    public sealed class ConfigLoaderTests : IDisposable
    {
        private readonly string dir = Directory.CreateTempSubdirectory("newstools-cfg-").FullName;

        public void Dispose() => Directory.Delete(dir, true);

        [Fact]
        public void DefaultsShipOutletProfilesAndBoilerplate()
        {
            var config = ConfigLoader.Defaults;

            Assert.Contains(config.Outlets, o => o.Name == "Sputnik" && o.Aliases.Contains("Sputnik International"));
            Assert.Contains("READ MORE:...", config.Boilerplate);
            Assert.All(config.Outlets, o => Assert.Equal(ConfigLoader.BuiltInSource, o.Source));
        }

        [Fact]
        public void AUserFileAddsToTheDefaultsAndIsNamedAsTheSource()
        {
            var path = Write("user.yaml", "outlets:\n  - name: Sputnik\n    aliases: [SputnikNews Asia]\n  - name: My Paper\n    boilerplate: ['Buy a subscription']\nagencies: [NTB]\n");

            var config = ConfigLoader.Load(new[] { path });

            var sputnik = config.Outlets.Single(o => o.Name == "Sputnik");
            Assert.Contains("Sputnik International", sputnik.Aliases);
            Assert.Contains("SputnikNews Asia", sputnik.Aliases);
            Assert.Contains(path, sputnik.Source, StringComparison.Ordinal);
            Assert.Equal(path, config.Outlets.Single(o => o.Name == "My Paper").Source);
            Assert.Contains("NTB", config.Agencies);
            Assert.Contains("AFP", config.Agencies);
            Assert.Contains(config.Sources, s => s.Source == path && s.Sections.Contains("outlets") && s.Sections.Contains("agencies"));
            Assert.DoesNotContain("SputnikNews Asia", ConfigLoader.Defaults.Outlets.Single(o => o.Name == "Sputnik").Aliases);
        }

        [Fact]
        public void BrokenYamlNamesFileLineAndColumn()
        {
            var path = Write("broken.yaml", "outlets:\n  - name: A\n    aliases: [one, two\n  - name: B\n");

            var error = Assert.Throws<NewsToolsException>(() => ConfigLoader.Load(new[] { path }));

            Assert.Equal("ConfigInvalid", error.ErrorId);
            Assert.Equal(path, error.Input);
            Assert.Matches(@"line \d+, column \d+", error.Message);
        }

        [Fact]
        public void AnUnknownKeyIsAnErrorNotSilentlyIgnored()
        {
            var path = Write("typo.yaml", "outlet:\n  - name: A\n");

            var error = Assert.Throws<NewsToolsException>(() => ConfigLoader.Load(new[] { path }));

            Assert.Contains("line 1", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void AWordListTheEngineDoesNotReadIsAnErrorAtItsLine()
        {
            // 'eventAbbreviations' was merged into 'abbreviations': a file that still extends it would change nothing.
            var path = Write("lists.yaml", "wordLists:\n  abbreviations: [Supt]\n  eventAbbreviations: [Insp]\n");

            var error = Assert.Throws<NewsToolsException>(() => ConfigLoader.Load(new[] { path }));

            Assert.Contains("lists.yaml", error.Message, StringComparison.Ordinal);
            Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
            Assert.Contains("'eventAbbreviations' in 'wordLists' is not a word list NewsTools reads", error.Message, StringComparison.Ordinal);
            Assert.Contains("abbreviations, ", error.Message, StringComparison.Ordinal);
            var known = Write("known.yaml", "wordLists:\n  abbreviations: [Supt]\n");
            Assert.Contains("Supt", ConfigLoader.Load(new[] { known }).WordLists["abbreviations"]);
        }

        [Fact]
        public void ATypeTagCannotMakeTheLoaderConstructArbitraryTypes()
        {
            var path = Write("tag.yaml", "outlets:\n  - !System.Diagnostics.Process\n    name: x\n");

            Assert.Throws<NewsToolsException>(() => ConfigLoader.Load(new[] { path }));
        }

        [Fact]
        public void AMissingFileIsNotFound()
        {
            var error = Assert.Throws<NewsToolsException>(() => ConfigLoader.Load(new[] { Path.Combine(dir, "none.yaml") }));
            Assert.Equal(InputErrorKind.NotFound, error.Kind);
        }

        [Fact]
        public void ABadBoilerplateRegexIsReportedWithThePattern()
        {
            var error = Assert.Throws<NewsToolsException>(() => NewsTools.Articles.BoilerplateRule.Parse("/([a-z/", null));
            Assert.Equal("BoilerplatePatternInvalid", error.ErrorId);
        }

        private string Write(string name, string text)
        {
            var path = Path.Combine(dir, name);
            File.WriteAllText(path, text);
            return path;
        }
    }

    /// <summary>
    /// Sets NEWSTOOLS_CONFIG, which every config load in the process reads: in a collection that runs on its own, so no other
    /// test (the command-line ones load the configuration too) sees the variable pointing at this test's temporary file.
    /// </summary>
    [Collection(ProcessEnvironmentCollection.Name)]
    public sealed class ConfigEnvironmentTests : IDisposable
    {
        private readonly string dir = Directory.CreateTempSubdirectory("newstools-cfg-env-").FullName;

        public void Dispose() => Directory.Delete(dir, true);

        [Fact]
        public void TheEnvironmentVariableNamesTheUserFileWhenNoneIsGiven()
        {
            var path = Path.Combine(dir, "env.yaml");
            File.WriteAllText(path, "agencies: [EnvAgency]\n");
            var before = Environment.GetEnvironmentVariable(ConfigLoader.EnvironmentVariable);
            try
            {
                Environment.SetEnvironmentVariable(ConfigLoader.EnvironmentVariable, path);
                Assert.Contains("EnvAgency", ConfigLoader.Load().Agencies);
            }
            finally
            {
                Environment.SetEnvironmentVariable(ConfigLoader.EnvironmentVariable, before);
            }
        }
    }
}
