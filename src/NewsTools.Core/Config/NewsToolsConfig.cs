using System;
using System.Collections.Generic;

namespace NewsTools.Config
{
    /// <summary>An outlet's names and the clutter its pages carry.</summary>
    public sealed class OutletProfile
    {
        public string Name { get; set; } = "";

        /// <summary>Other ways the outlet is written in text or metadata ("Sputnik International", "ST").</summary>
        public List<string> Aliases { get; set; } = new List<string>();

        /// <summary>Web domains whose pages belong to the outlet ("sputniknews.com").</summary>
        public List<string> Domains { get; set; } = new List<string>();

        /// <summary>Lines to drop from this outlet's articles; see <see cref="BoilerplateRule"/> for the syntax.</summary>
        public List<string> Boilerplate { get; set; } = new List<string>();

        /// <summary>Country the outlet is based in, for voice and framing tables.</summary>
        public string? Country { get; set; }

        /// <summary>The file this profile came from ("(built-in)" for the defaults).</summary>
        [YamlDotNet.Serialization.YamlIgnore]
        public string Source { get; set; } = "";
    }

    /// <summary>A known speaker: canonical name, the other names the text may use, and the side they speak for.</summary>
    public sealed class SpeakerProfile
    {
        public string Name { get; set; } = "";

        public List<string> Aliases { get; set; } = new List<string>();

        public string? Title { get; set; }

        public string? Organization { get; set; }

        /// <summary>Person, Organization or Place.</summary>
        public string? Type { get; set; }

        /// <summary>Country or organisation the speaker speaks for ("China"), used by Compare-Coverage's voice rows.</summary>
        public string? Side { get; set; }

        [YamlDotNet.Serialization.YamlIgnore]
        public string Source { get; set; } = "";
    }

    /// <summary>The merged configuration: the defaults shipped in the assembly plus any user files, in that order.</summary>
    public sealed class NewsToolsConfig
    {
        public List<OutletProfile> Outlets { get; set; } = new List<OutletProfile>();

        /// <summary>News agencies whose credits ("(AFP, REUTERS)") are kept as Agencies, not as the outlet.</summary>
        public List<string> Agencies { get; set; } = new List<string>();

        /// <summary>Boilerplate rules for every outlet (newsletter promos, comment widgets, share bars).</summary>
        public List<string> Boilerplate { get; set; } = new List<string>();

        public List<SpeakerProfile> Speakers { get; set; } = new List<SpeakerProfile>();

        /// <summary>Reporting verbs in all their forms ("said", "says", "told", "added").</summary>
        public List<string> CueVerbs { get; set; } = new List<string>();

        /// <summary>Multi-word cues ("according to", "quoted as saying").</summary>
        public List<string> CuePhrases { get; set; } = new List<string>();

        /// <summary>Titles and role nouns that precede or stand for a name ("foreign minister", "spokeswoman").</summary>
        public List<string> Titles { get; set; } = new List<string>();

        /// <summary>Adjective of nationality to country ("Chinese" -> "China").</summary>
        public Dictionary<string, string> Demonyms { get; set; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>Country to its capital or metonyms used for its government ("China" -> ["Beijing"]).</summary>
        public Dictionary<string, List<string>> Metonyms { get; set; } = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);

        /// <summary>Countries, regions and cities, so a capitalised name can be typed as a Place.</summary>
        public List<string> Places { get; set; } = new List<string>();

        /// <summary>Words that make a capitalised name an organisation ("Ministry", "Party", "Council").</summary>
        public List<string> OrganizationWords { get; set; } = new List<string>();

        /// <summary>Capitalised words that start sentences or name times and are not names ("The", "However", "Sunday").</summary>
        public List<string> NotNames { get; set; } = new List<string>();

        /// <summary>
        /// Named word lists a capability needs beyond the sections above, e.g. quotes' "organizationWords" or "termMarkers".
        /// A user file adds words to a list of the same name.
        /// </summary>
        public Dictionary<string, List<string>> WordLists { get; set; } = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);

        /// <summary>Word lists for Compare-Coverage and event grouping (Coverage/coverage.defaults.yaml).</summary>
        public CoverageSettings Coverage { get; set; } = new CoverageSettings();

        /// <summary>Which files contributed to which section, in load order.</summary>
        [YamlDotNet.Serialization.YamlIgnore]
        public List<ConfigSourceInfo> Sources { get; } = new List<ConfigSourceInfo>();
    }

    /// <summary>The coverage section: words that carry no event identity and do not count as content when texts are aligned.</summary>
    public sealed class CoverageSettings
    {
        /// <summary>Function words and news filler ("the", "said", "according") ignored by grouping and alignment.</summary>
        public List<string> StopWords { get; set; } = new List<string>();

        /// <summary>Function words of other languages, ignored the same way but not counted as English.</summary>
        public List<string> OtherStopWords { get; set; } = new List<string>();
    }

    /// <summary>One file's contribution to the merged configuration.</summary>
    public sealed class ConfigSourceInfo
    {
        public ConfigSourceInfo(string source, IReadOnlyList<string> sections)
        {
            Source = source;
            Sections = sections;
        }

        public string Source { get; }

        public IReadOnlyList<string> Sections { get; }

        public override string ToString() => Source + " (" + string.Join(", ", Sections) + ")";
    }
}
