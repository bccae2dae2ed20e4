using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using NewsTools.Engine;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace NewsTools.Config
{
    /// <summary>
    /// Reads the YAML configuration: every embedded *.defaults.yaml first (each capability ships its own word lists),
    /// then user files from -ConfigPath or NEWSTOOLS_CONFIG, which add to the defaults rather than replace them.
    /// </summary>
    public static class ConfigLoader
    {
        public const string EnvironmentVariable = "NEWSTOOLS_CONFIG";
        public const string BuiltInSource = "(built-in)";

        private static readonly object DefaultsLock = new object();
        private static NewsToolsConfig? defaults;

        // Plain object graph into our own POCOs only: no tag mappings, so a config file cannot name a .NET type to construct.
        private static readonly IDeserializer Deserializer = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .Build();

        /// <summary>The built-in configuration alone (cached; callers must not mutate it).</summary>
        public static NewsToolsConfig Defaults
        {
            get
            {
                lock (DefaultsLock)
                {
                    return defaults ??= LoadDefaults();
                }
            }
        }

        /// <summary>
        /// The merged configuration: defaults, then the user files named (or, when none are, those in NEWSTOOLS_CONFIG,
        /// separated by the platform's path separator). A bad user file throws <see cref="NewsToolsException"/> naming file, line and column.
        /// </summary>
        public static NewsToolsConfig Load(IEnumerable<string>? userFiles = null)
        {
            var files = (userFiles ?? Array.Empty<string>()).Where(f => !string.IsNullOrWhiteSpace(f)).ToList();
            if (files.Count == 0)
            {
                var env = Environment.GetEnvironmentVariable(EnvironmentVariable);
                if (!string.IsNullOrWhiteSpace(env))
                {
                    files.AddRange(env!.Split(new[] { Path.PathSeparator }, StringSplitOptions.RemoveEmptyEntries));
                }
            }

            if (files.Count == 0)
            {
                return Defaults;
            }

            var merged = LoadDefaults();
            foreach (var file in files)
            {
                string text;
                try
                {
                    text = File.ReadAllText(file);
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
                {
                    var kind = ex is FileNotFoundException || ex is DirectoryNotFoundException ? InputErrorKind.NotFound : InputErrorKind.ReadError;
                    throw new NewsToolsException("ConfigNotReadable", kind, file, $"Cannot read the configuration file '{file}': {ex.Message}", ex);
                }

                MergeInto(merged, Parse(text, file), file);
            }

            return merged;
        }

        /// <summary>Parses one YAML document; errors name the source with line and column.</summary>
        public static NewsToolsConfig Parse(string yaml, string source)
        {
            try
            {
                return Deserializer.Deserialize<NewsToolsConfig?>(yaml) ?? new NewsToolsConfig();
            }
            catch (YamlException ex)
            {
                var inner = ex.InnerException?.Message;
                var detail = string.IsNullOrEmpty(inner) ? ex.Message : ex.Message + " " + inner;
                throw new NewsToolsException(
                    "ConfigInvalid",
                    InputErrorKind.InvalidData,
                    source,
                    $"The configuration file '{source}' is not valid at line {ex.Start.Line}, column {ex.Start.Column}: {detail}",
                    ex);
            }
        }

        private static NewsToolsConfig LoadDefaults()
        {
            var merged = new NewsToolsConfig();
            var assembly = typeof(ConfigLoader).GetTypeInfo().Assembly;
            foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".defaults.yaml", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal))
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                MergeInto(merged, Parse(reader.ReadToEnd(), BuiltInSource + " " + name), BuiltInSource);
            }

            return merged;
        }

        internal static void MergeInto(NewsToolsConfig target, NewsToolsConfig part, string source)
        {
            var sections = new List<string>();
            foreach (var outlet in part.Outlets)
            {
                outlet.Source = source;
                var existing = target.Outlets.FirstOrDefault(o => string.Equals(o.Name, outlet.Name, StringComparison.OrdinalIgnoreCase));
                if (existing == null)
                {
                    target.Outlets.Add(outlet);
                }
                else
                {
                    AddDistinct(existing.Aliases, outlet.Aliases);
                    AddDistinct(existing.Domains, outlet.Domains);
                    AddDistinct(existing.Boilerplate, outlet.Boilerplate);
                    existing.Country = outlet.Country ?? existing.Country;
                    existing.Source = existing.Source + ", " + source;
                }
            }

            foreach (var speaker in part.Speakers)
            {
                speaker.Source = source;
                var existing = target.Speakers.FirstOrDefault(s => string.Equals(s.Name, speaker.Name, StringComparison.OrdinalIgnoreCase));
                if (existing == null)
                {
                    target.Speakers.Add(speaker);
                }
                else
                {
                    AddDistinct(existing.Aliases, speaker.Aliases);
                    existing.Title = speaker.Title ?? existing.Title;
                    existing.Organization = speaker.Organization ?? existing.Organization;
                    existing.Type = speaker.Type ?? existing.Type;
                    existing.Side = speaker.Side ?? existing.Side;
                    existing.Source = existing.Source + ", " + source;
                }
            }

            Note(sections, "outlets", part.Outlets.Count);
            Note(sections, "speakers", part.Speakers.Count);
            Note(sections, "agencies", AddDistinct(target.Agencies, part.Agencies));
            Note(sections, "boilerplate", AddDistinct(target.Boilerplate, part.Boilerplate));
            Note(sections, "cueVerbs", AddDistinct(target.CueVerbs, part.CueVerbs));
            Note(sections, "cuePhrases", AddDistinct(target.CuePhrases, part.CuePhrases));
            Note(sections, "titles", AddDistinct(target.Titles, part.Titles));
            Note(sections, "places", AddDistinct(target.Places, part.Places));
            Note(sections, "organizationWords", AddDistinct(target.OrganizationWords, part.OrganizationWords));
            Note(sections, "notNames", AddDistinct(target.NotNames, part.NotNames));
            foreach (var pair in part.Demonyms)
            {
                target.Demonyms[pair.Key] = pair.Value;
            }

            Note(sections, "demonyms", part.Demonyms.Count);
            foreach (var pair in part.Metonyms)
            {
                if (!target.Metonyms.TryGetValue(pair.Key, out var list))
                {
                    target.Metonyms[pair.Key] = list = new List<string>();
                }

                AddDistinct(list, pair.Value);
            }

            Note(sections, "metonyms", part.Metonyms.Count);
            foreach (var pair in part.WordLists)
            {
                if (!target.WordLists.TryGetValue(pair.Key, out var list))
                {
                    target.WordLists[pair.Key] = list = new List<string>();
                }

                AddDistinct(list, pair.Value);
            }

            Note(sections, "wordLists", part.WordLists.Count);

            Note(sections, "coverage", AddDistinct(target.Coverage.StopWords, part.Coverage.StopWords) + AddDistinct(target.Coverage.OtherStopWords, part.Coverage.OtherStopWords));
            if (sections.Count > 0)
            {
                target.Sources.Add(new ConfigSourceInfo(source, sections));
            }
        }

        private static void Note(List<string> sections, string name, int count)
        {
            if (count > 0)
            {
                sections.Add(name);
            }
        }

        private static int AddDistinct(List<string> target, IEnumerable<string> items)
        {
            var added = 0;
            foreach (var item in items)
            {
                if (!string.IsNullOrWhiteSpace(item) && !target.Contains(item, StringComparer.OrdinalIgnoreCase))
                {
                    target.Add(item);
                    added++;
                }
            }

            return added;
        }
    }
}
