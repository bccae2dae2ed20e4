using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NewsTools.Config;
using Xunit;

namespace NewsTools.Tests.Config
{
    /// <summary>
    /// The built-in defaults are read by PlainYamlReader, not the YAML library: each embedded file, and each form of the
    /// plain subset, must give the library parser's events exactly; anything outside the subset must be refused (and then
    /// read by the library), never read differently.
    /// </summary>
    public sealed class PlainYamlReaderTests
    {
        private static string Show(IEnumerable<YamlEvent> events) =>
            string.Join("\n", events.Select(e => e.Kind == YamlEventKind.Scalar ? "Scalar " + (e.Value == null ? "(null)" : JsonSerializer.Serialize(e.Value)) : e.Kind.ToString()));

        private static void SameAsLibrary(string yaml) => Assert.Equal(Show(ConfigReader.LibraryEvents(yaml)), Show(PlainYamlReader.Read(yaml)));

        [Fact]
        public void EveryEmbeddedDefaultsFileIsReadWithoutTheLibraryAndGivesItsEvents()
        {
            var files = ConfigLoader.DefaultsYaml().ToList();
            Assert.True(files.Count >= 5, "the *.defaults.yaml are embedded");
            foreach (var (name, yaml) in files)
            {
                // A file written outside the plain subset would still load (through the library), only slower: say which.
                var events = ConfigReader.Events(yaml, out var plain);
                Assert.True(plain, $"{name} uses YAML the plain reader refuses: {Record.Exception(() => PlainYamlReader.Read(yaml))?.Message}");
                Assert.Equal(Show(ConfigReader.LibraryEvents(yaml)), Show(events));
            }
        }

        [Theory]
        [InlineData("cueVerbs:\n  - said   # the commonest\n  - told\n# a comment line\n\n  - \"added\"\n")]
        [InlineData("titles: [minister, 'prime minister', \"spokes-woman\",\n   chief executive,   # split over lines\n   mayor,\n]\n")]
        [InlineData("wordLists:\n  months: [Jan., Feb.]\n  empty: []\n  odd: [-ish, a:b, 'it''s', \"tab\\there \\u00e9 \\\" \\\\ \\/\"]\n")]
        [InlineData("outlets:\n  - name: Coastal Wire\n    aliases: [CW]\n    country: ~\n  - name: 'Valley: Times'\n    domains:\n      - valley.example\n    boilerplate:\n    - \"READ MORE:...\"\n    - \"/^\\\\d+ comments?$/\"\n")]
        [InlineData("agencies:\n- AFP\n- Reuters\ndemonyms: {Chinese: China, \"French\": France}\nnotNames: [The, null, ~, Null, \"null\", '~']\n")]
        [InlineData("speakers:\n  -\n    name: Elena Varga\n    title:\n    side: Hungary\n  - name: X\n")]
        [InlineData("metonyms:\n  China: [Beijing]\n  'United States': [Washington, White House]\ncoverage:\n  stopWords: [the, a]\n")]
        [InlineData("cueVerbs: [say]  \r\ntitles:\r\n  - mayor\r\n")]
        [InlineData("# only comments\n\n")]
        [InlineData("")]
        [InlineData("key: value with 'quotes' and \"marks\" # and a comment\nnext: 3.5\nurl: http://example.org/a#b\n")]
        [InlineData("nested: [[a, b], {k: v}, c]\n")]
        [InlineData("grid:\n  - - a\n    - b\n  - - c\n  - d\n")]
        [InlineData("places: [North Korea, South\n  Korea, United Arab\n    Emirates,\n  South\n\n  Africa  ,\n  Wales]\n")]
        public void ThePlainSubsetGivesTheLibrarysEvents(string yaml) => SameAsLibrary(yaml);

        [Theory]
        [InlineData("a: &x [one]\nb: *x\n", "anchors")]
        [InlineData("a: !!str value\n", "tags")]
        [InlineData("a: |\n  block\n  text\n", "block scalars")]
        [InlineData("a: >\n  folded\n", "folded scalars")]
        [InlineData("a: plain value\n  that goes on\n", "a plain scalar over two lines")]
        [InlineData("a: [one # a comment\n  two, three]\n", "a comment inside a list entry")]
        [InlineData("a: \"quoted over\n  two lines\"\n", "a quoted scalar over two lines")]
        [InlineData("---\na: [b]\n", "a document marker")]
        [InlineData("\uFEFFa: [b]\n", "a byte-order mark (the library keeps it in the first key)")]
        [InlineData("a:\n\t- b\n", "a tab in the indentation")]
        [InlineData("a: b: c\n", "': ' inside a value")]
        [InlineData("a: [b: c]\n", "a pair inside a list")]
        public void WhatTheSubsetDoesNotCoverIsRefusedAndReadByTheLibrary(string yaml, string what)
        {
            Assert.Throws<NotSupportedException>(() => PlainYamlReader.Read(yaml));

            // The defaults reader then falls back to the library, whose answer (or error) is the one it gave before.
            var viaLibrary = Record.Exception(() => ConfigReader.LibraryEvents(yaml));
            if (viaLibrary == null)
            {
                Assert.Equal(Show(ConfigReader.LibraryEvents(yaml)), Show(ConfigReader.Events(yaml, out var plain)));
                Assert.False(plain, what);
            }
        }

        [Fact]
        public void TheDefaultsReadThroughThePlainReaderEqualThoseOfTheCheckedDeserializer()
        {
            // A snippet of every section the defaults may have, read both ways into a whole configuration.
            var yaml = "outlets:\n  - name: A\n    aliases: [a1]\n    domains: [a.example]\n    boilerplate: [\"Subscribe\"]\n    country: UK\n"
                + "speakers:\n  - name: B C\n    aliases: [C]\n    title: minister\n    organization: Govt\n    type: Person\n    side: UK\n"
                + "agencies: [AFP]\nboilerplate: ['/^follow us on /']\ncueVerbs: [said]\ncuePhrases: [according to]\ntitles: [mayor]\n"
                + "places: [Paris]\norganizationWords: [Ministry]\nnotNames: [The]\ndemonyms:\n  French: France\nmetonyms:\n  France: [Paris]\n"
                + "wordLists:\n  termMarkers: [term]\ncoverage:\n  stopWords: [the]\n  otherStopWords: [le]\n";
            Assert.True(PlainYamlReader.Read(yaml).Count > 0);
            Assert.Equal(JsonSerializer.Serialize(ConfigLoader.Parse(yaml, "snippet")), JsonSerializer.Serialize(ConfigReader.Read(yaml, "snippet")));
        }
    }
}
