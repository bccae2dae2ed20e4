using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using NewsTools.Config;
using Xunit;

namespace NewsTools.Tests.Config
{
    /// <summary>
    /// The built-in defaults are read by DefaultsReader, without the deserializer or the checks user files get: these tests
    /// hold each embedded file to both, so the fast path loads exactly what the checked one would.
    /// </summary>
    public sealed class DefaultsReaderTests
    {
        private static string Json(object value) => JsonSerializer.Serialize(value);

        [Fact]
        public void EachEmbeddedDefaultsFileReadsAsTheCheckedDeserializerReadsIt()
        {
            var files = ConfigLoader.DefaultsYaml().ToList();
            Assert.True(files.Count >= 5, "the five *.defaults.yaml are embedded");
            foreach (var (name, yaml) in files)
            {
                // Parse runs the depth and shape checks first: a built-in file that a user could not load fails here.
                var checkedRead = ConfigLoader.Parse(yaml, name);
                Assert.Equal(Json(checkedRead), Json(DefaultsReader.Read(yaml, name)));
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
            Assert.Equal(Json(ConfigLoader.Parse(yaml, "sample")), Json(DefaultsReader.Read(yaml, "sample")));
            Assert.Equal(Json(ConfigLoader.Parse("# nothing\n", "empty")), Json(DefaultsReader.Read("# nothing\n", "empty")));
            Assert.Equal(Json(ConfigLoader.Parse("outlets:\n  - name: A\n    country: ~\n", "null")), Json(DefaultsReader.Read("outlets:\n  - name: A\n    country: ~\n", "null")));
        }

        [Fact]
        public void AKeyTheReaderDoesNotKnowFailsRatherThanBeingDropped()
        {
            var error = Assert.Throws<InvalidOperationException>(() => DefaultsReader.Read("cueVerbs: [say]\nnewSection: [x]\n", "test"));
            Assert.Contains("newSection", error.Message);
        }
    }
}
