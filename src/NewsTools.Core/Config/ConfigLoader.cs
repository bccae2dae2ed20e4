using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using NewsTools.Engine;
using YamlDotNet.Core;

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
                var yaml = ReadText(file);
                var part = Parse(yaml, file);
                CheckWordListNames(part, yaml, file, merged);
                MergeInto(merged, part, file);
            }

            return merged;
        }

        /// <summary>
        /// A user file extends the word lists the engine reads; a list under another name (a typo, or a list since merged
        /// into another) would be kept and never read, so it is refused at its line rather than silently ignored.
        /// </summary>
        private static void CheckWordListNames(NewsToolsConfig part, string yaml, string file, NewsToolsConfig known)
        {
            foreach (var name in part.WordLists.Keys)
            {
                if (known.WordLists.ContainsKey(name))
                {
                    continue;
                }

                var (line, column) = KeyPosition(yaml, name);
                var names = string.Join(", ", known.WordLists.Keys.OrderBy(n => n, StringComparer.OrdinalIgnoreCase));
                throw Invalid(file, line, column, $"'{name}' in 'wordLists' is not a word list NewsTools reads; the lists are: {names}.", null);
            }
        }

        /// <summary>Line and column (1-based) of the first "name:" in the text, or the start when it is written another way.</summary>
        private static (long Line, long Column) KeyPosition(string yaml, string name)
        {
            var at = yaml.IndexOf(name + ":", StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return (1, 1);
            }

            var lineStart = yaml.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
            var line = 1L;
            for (var i = 0; i < lineStart; i++)
            {
                if (yaml[i] == '\n')
                {
                    line++;
                }
            }

            return (line, at - lineStart + 1);
        }

        /// <summary>Configuration files are small: a bound keeps a wrong path (a log, a device) from being read whole.</summary>
        public const long MaxFileBytes = 16L * 1024 * 1024;

        /// <summary>Deeper nesting than any configuration needs; the bound keeps a crafted file from exhausting the stack.</summary>
        private const int MaxDepth = 64;

        /// <summary>A regular file of at most <see cref="MaxFileBytes"/>, decoded as UTF-8 (with or without BOM) or UTF-16.</summary>
        private static string ReadText(string file)
        {
            try
            {
                var bytes = Articles.InputFile.ReadAllBytes(file, MaxFileBytes, "configuration file");
                return Articles.TextDecoder.Decode(bytes, file, out _);
            }
            catch (NewsToolsException ex)
            {
                throw new NewsToolsException("ConfigNotReadable", ex.Kind, file, $"Cannot read the configuration file '{file}': {ex.Message}", ex);
            }
        }

        /// <summary>
        /// Parses one YAML document; every error names the source, line and column, and says in plain words what is wrong
        /// (the shape is checked first, so no .NET type name or parser internals reach the user).
        /// </summary>
        public static NewsToolsConfig Parse(string yaml, string source)
        {
            try
            {
                CheckDepth(yaml, source);
                var stream = new YamlDotNet.RepresentationModel.YamlStream();
                stream.Load(new StringReader(yaml));
                if (stream.Documents.Count > 1)
                {
                    // One file, one configuration: a second document (after ---) would otherwise be ignored without a word.
                    var second = stream.Documents[1].RootNode.Start;
                    throw Invalid(source, second.Line, second.Column, "the file holds a second YAML document; put every key in one document (no second ---).", null);
                }

                if (stream.Documents.Count > 0 && ConfigValidator.Check(stream.Documents[0]) is var (line, column, problem))
                {
                    throw Invalid(source, line, column, problem, null);
                }

                // Read key by key from the checked tree, never by a type the file could name.
                return stream.Documents.Count == 0 ? new NewsToolsConfig() : ConfigReader.Read(stream.Documents[0], source);
            }
            catch (YamlException ex)
            {
                throw Invalid(source, ex.Start.Line, ex.Start.Column, PlainYamlMessage(ex), ex);
            }
            catch (Exception ex) when (!(ex is NewsToolsException) && !(ex is OutOfMemoryException))
            {
                // The YAML library fails on some malformed input with other exceptions: the last place it read well is the clue.
                var (line, column) = LastGoodMark(yaml);
                throw Invalid(source, line, column, "the YAML cannot be read past this point; check its brackets, quotes and indentation.", ex);
            }
        }

        private static (long Line, long Column) LastGoodMark(string yaml)
        {
            var parser = new Parser(new StringReader(yaml));
            var mark = (1L, 1L);
            try
            {
                while (parser.MoveNext())
                {
                    mark = (parser.Current!.End.Line, parser.Current.End.Column);
                }
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException))
            {
            }

            return mark;
        }

        private static NewsToolsException Invalid(string source, long line, long column, string problem, Exception? inner) =>
            new NewsToolsException("ConfigInvalid", InputErrorKind.InvalidData, source, $"The configuration file '{source}' is not valid at line {line}, column {column}: {problem}", inner);

        /// <summary>Counts nesting on the parser's event stream (which keeps its own stack) before anything recurses over it.</summary>
        private static void CheckDepth(string yaml, string source)
        {
            var parser = new Parser(new StringReader(yaml));
            var depth = 0;
            while (parser.MoveNext())
            {
                var e = parser.Current!;
                if (e is YamlDotNet.Core.Events.MappingStart || e is YamlDotNet.Core.Events.SequenceStart)
                {
                    if (++depth > MaxDepth)
                    {
                        throw Invalid(source, e.Start.Line, e.Start.Column, $"lists and sections are nested more than {MaxDepth} deep.", null);
                    }
                }
                else if (e is YamlDotNet.Core.Events.MappingEnd || e is YamlDotNet.Core.Events.SequenceEnd)
                {
                    depth--;
                }
            }
        }

        /// <summary>The parser's message without its position prefix (the caller gives line and column) or .NET type names.</summary>
        private static string PlainYamlMessage(YamlException ex)
        {
            var message = ex.Message;
            var prefixEnd = message.StartsWith("(Line:", StringComparison.Ordinal) ? message.IndexOf("): ", StringComparison.Ordinal) : -1;
            if (prefixEnd >= 0)
            {
                message = message.Substring(prefixEnd + 3);
            }

            if (message.IndexOf("NewsTools.", StringComparison.Ordinal) >= 0 || message.IndexOf("System.", StringComparison.Ordinal) >= 0 || message.Length == 0)
            {
                return "this value does not fit here; see the sample configuration for the expected shape.";
            }

            return message.Length > 0 && char.IsUpper(message[0]) ? char.ToLowerInvariant(message[0]) + message.Substring(1) : message;
        }

        private static NewsToolsConfig LoadDefaults()
        {
            var merged = new NewsToolsConfig();
            foreach (var (name, yaml) in DefaultsYaml())
            {
                // Ours, and held to Parse's checks and result by tests: read without the deserializer's start-up cost.
                MergeInto(merged, ConfigReader.Read(yaml, BuiltInSource + " " + name), BuiltInSource);
            }

            return merged;
        }

        /// <summary>The embedded *.defaults.yaml, by resource name in ordinal order (the order they are merged in).</summary>
        internal static IEnumerable<(string Name, string Yaml)> DefaultsYaml()
        {
            var assembly = typeof(ConfigLoader).GetTypeInfo().Assembly;
            foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".defaults.yaml", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal))
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                yield return (name, reader.ReadToEnd());
            }
        }

        /// <summary>
        /// Adds one file's configuration to the merged one: profiles of a known outlet or speaker are joined into the first one
        /// (lists added to, single values replaced by the later file), word lists gain what they lack, and the file is recorded
        /// as the source of each section it contributed to.
        /// </summary>
        internal static void MergeInto(NewsToolsConfig target, NewsToolsConfig part, string source)
        {
            MergeOutlets(target, part, source);
            MergeSpeakers(target, part, source);
            var sections = new List<string>();
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
            MergeLists(target.Metonyms, part.Metonyms);
            Note(sections, "metonyms", part.Metonyms.Count);
            MergeLists(target.WordLists, part.WordLists);
            Note(sections, "wordLists", part.WordLists.Count);
            Note(sections, "coverage", AddDistinct(target.Coverage.StopWords, part.Coverage.StopWords) + AddDistinct(target.Coverage.OtherStopWords, part.Coverage.OtherStopWords));
            if (sections.Count > 0)
            {
                target.Sources.Add(new ConfigSourceInfo(source, sections));
            }
        }

        private static void MergeOutlets(NewsToolsConfig target, NewsToolsConfig part, string source)
        {
            var outlets = FirstByName(target.Outlets, o => o.Name);
            foreach (var outlet in part.Outlets)
            {
                outlet.Source = source;
                if (!outlets.TryGetValue(outlet.Name, out var existing))
                {
                    target.Outlets.Add(outlet);
                    outlets[outlet.Name] = outlet;
                    continue;
                }

                AddDistinct(existing.Aliases, outlet.Aliases);
                AddDistinct(existing.Domains, outlet.Domains);
                AddDistinct(existing.Boilerplate, outlet.Boilerplate);
                existing.Country = outlet.Country ?? existing.Country;
                existing.Source = existing.Source + ", " + source;
            }
        }

        private static void MergeSpeakers(NewsToolsConfig target, NewsToolsConfig part, string source)
        {
            var speakers = FirstByName(target.Speakers, p => p.Name);
            foreach (var speaker in part.Speakers)
            {
                speaker.Source = source;
                if (!speakers.TryGetValue(speaker.Name, out var existing))
                {
                    target.Speakers.Add(speaker);
                    speakers[speaker.Name] = speaker;
                    continue;
                }

                AddDistinct(existing.Aliases, speaker.Aliases);
                existing.Title = speaker.Title ?? existing.Title;
                existing.Organization = speaker.Organization ?? existing.Organization;
                existing.Type = speaker.Type ?? existing.Type;
                existing.Side = speaker.Side ?? existing.Side;
                existing.Source = existing.Source + ", " + source;
            }
        }

        /// <summary>Profiles by name (ignoring case), the first of each name: built once per file, so merging thousands stays linear.</summary>
        private static Dictionary<string, T> FirstByName<T>(List<T> profiles, Func<T, string> name)
        {
            var byName = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
            foreach (var p in profiles)
            {
                if (!byName.ContainsKey(name(p)))
                {
                    byName[name(p)] = p;
                }
            }

            return byName;
        }

        /// <summary>Named lists (metonyms, word lists): a new name is added, a known one gains the items it lacks.</summary>
        private static void MergeLists(Dictionary<string, List<string>> target, Dictionary<string, List<string>> part)
        {
            foreach (var pair in part)
            {
                if (!target.TryGetValue(pair.Key, out var list))
                {
                    target[pair.Key] = list = new List<string>();
                }

                AddDistinct(list, pair.Value);
            }
        }

        private static void Note(List<string> sections, string name, int count)
        {
            if (count > 0)
            {
                sections.Add(name);
            }
        }

        /// <summary>Adds the items the list lacks (ignoring case); a set of what is there keeps a large merge linear.</summary>
        private static int AddDistinct(List<string> target, IEnumerable<string> items)
        {
            HashSet<string>? present = null;
            var added = 0;
            foreach (var item in items)
            {
                if (string.IsNullOrWhiteSpace(item))
                {
                    continue;
                }

                present ??= new HashSet<string>(target, StringComparer.OrdinalIgnoreCase);
                if (present.Add(item))
                {
                    target.Add(item);
                    added++;
                }
            }

            return added;
        }
    }
}
