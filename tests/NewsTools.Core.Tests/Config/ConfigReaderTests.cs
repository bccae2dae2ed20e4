using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using NewsTools.Config;
using NewsTools.Engine;
using Xunit;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace NewsTools.Tests.Config
{
    /// <summary>
    /// ConfigReader reads the built-in defaults (without the checks user files get) and user files (after them), key by key
    /// instead of through YamlDotNet's object deserializer: these tests hold what it reads to what that deserializer reads
    /// from the same text, so the configuration a user wrote means what it meant before.
    /// </summary>
    public sealed class ConfigReaderTests
    {
        private static readonly IDeserializer LibraryDeserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

        private static string Json(object value) => JsonSerializer.Serialize(value);

        private static string ByLibrary(string yaml) => Json(LibraryDeserializer.Deserialize<NewsToolsConfig?>(yaml) ?? new NewsToolsConfig());

        [Fact]
        public void EachEmbeddedDefaultsFileReadsAsTheCheckedDeserializerReadsIt()
        {
            var files = ConfigLoader.DefaultsYaml().ToList();
            Assert.True(files.Count >= 5, "the five *.defaults.yaml are embedded");
            foreach (var (name, yaml) in files)
            {
                // Parse runs the depth and shape checks first: a built-in file that a user could not load fails here.
                var checkedRead = ConfigLoader.Parse(yaml, name);
                Assert.Equal(ByLibrary(yaml), Json(checkedRead));
                Assert.Equal(ByLibrary(yaml), Json(ConfigReader.Read(yaml, name)));
            }
        }

        [Fact]
        public void TheMergedDefaultsAreThoseOfTheCheckedPath()
        {
            var merged = new NewsToolsConfig();
            foreach (var (name, yaml) in ConfigLoader.DefaultsYaml())
            {
                ConfigLoader.MergeInto(merged, ConfigLoader.Parse(yaml, name), ConfigLoader.BuiltInSource);
            }

            Assert.NotEmpty(merged.CueVerbs);
            Assert.Equal(Json(merged), Json(ConfigLoader.Defaults));
        }

        [Fact]
        public void OutletsSpeakersAndNullsReadAsTheDeserializerReadsThem()
        {
            // The sample user configuration exercises outlets and speakers, which the defaults may not.
            var yaml = File.ReadAllText(TestData.Samples(Path.Combine("config", "newstools.yaml")))
                + "\ndemonyms: {Chinese: China}\nmetonyms: {Beijing: [China]}\nwordLists: {x: [a, 'b']}\ncoverage: {stopWords: [the], otherStopWords: [said]}\n";
            Assert.Equal(Json(ConfigLoader.Parse(yaml, "sample")), Json(ConfigReader.Read(yaml, "sample")));
            Assert.Equal(Json(ConfigLoader.Parse("# nothing\n", "empty")), Json(ConfigReader.Read("# nothing\n", "empty")));
            Assert.Equal(Json(ConfigLoader.Parse("outlets:\n  - name: A\n    country: ~\n", "null")), Json(ConfigReader.Read("outlets:\n  - name: A\n    country: ~\n", "null")));
        }

        [Theory]
        [InlineData("# comments only\n")]
        [InlineData("")]
        [InlineData("cueVerbs: &verbs [say, tell]\ntitles: *verbs\n")]
        [InlineData("outlets:\n  - &o {name: A, aliases: [a], country: ~}\n  - *o\n")]
        [InlineData("speakers:\n  - name: 'Null'\n    title: \"~\"\n    side: null\n    type:\n")]
        [InlineData("titles: [!!str 12, '3', yes, 1.5e3, -x]\n")]
        [InlineData("boilerplate:\n  - |\n    Two lines\n    kept\n  - >\n    folded\n    text\n")]
        [InlineData("demonyms:\n  Chinese: China\n  'Kiwi': New Zealand\nmetonyms: {Beijing: [China], Kremlin: [Russia, Moscow]}\n")]
        [InlineData("wordLists: {hedges: [reportedly, allegedly]}\ncoverage:\n  stopWords: [the]\n  otherStopWords: []\n")]
        [InlineData("outlets: []\nspeakers: []\nnotNames: [\"Mr\\u00e9\"]\n")]
        public void UserFilesOfEveryShapeReadAsTheDeserializerReadsThem(string yaml)
        {
            Assert.Equal(ByLibrary(yaml), Json(ConfigLoader.Parse(yaml, "user.yaml")));
        }

        [Fact]
        public void TheSampleUserConfigurationReadsAsTheDeserializerReadsIt()
        {
            var yaml = File.ReadAllText(TestData.Samples(Path.Combine("config", "newstools.yaml")));
            Assert.Equal(ByLibrary(yaml), Json(ConfigLoader.Parse(yaml, "sample")));
        }

        [Fact]
        public void YamlsNullTagIsNull()
        {
            // The deserializer refused !!null although the validator lets YAML's core tags through; it means no value.
            var config = ConfigLoader.Parse("speakers:\n  - name: A\n    organization: !!null ''\n", "user.yaml");
            Assert.Null(config.Speakers.Single().Organization);
        }

        [Fact]
        public void ASecondDocumentIsAnErrorNotIgnored()
        {
            var error = Assert.Throws<NewsToolsException>(() => ConfigLoader.Parse("cueVerbs: [say]\n---\ntitles: [Dr]\n", "two.yaml"));
            Assert.Contains("two.yaml", error.Message);
            Assert.Contains("line 3", error.Message);
            Assert.Contains("second YAML document", error.Message);
        }

        [Fact]
        public void AKeyTheReaderDoesNotKnowFailsRatherThanBeingDropped()
        {
            var error = Assert.Throws<InvalidOperationException>(() => ConfigReader.Read("cueVerbs: [say]\nnewSection: [x]\n", "test"));
            Assert.Contains("newSection", error.Message);
        }
    }
}
