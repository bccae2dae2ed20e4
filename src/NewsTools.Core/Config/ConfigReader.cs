using System;
using System.Collections.Generic;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace NewsTools.Config
{
    /// <summary>
    /// Turns a YAML document's events into a <see cref="NewsToolsConfig"/> by a plain walk, key by key: the built-in
    /// *.defaults.yaml, and user files once <see cref="ConfigValidator"/> has checked their shape. YamlDotNet's object
    /// deserializer is not used: it spends most of a process's start-up compiling its reflection paths, and it builds objects
    /// by reflection that a native (NativeAOT) build of the command cannot do. The built-in files' events come from
    /// <see cref="PlainYamlReader"/> (the plain subset of YAML they are written in; the library's parser only for a file that
    /// reader refuses), a user file's from the document tree the library loaded and the validator checked. Tests hold the
    /// result to the deserializer's on the built-in files and on user files of every shape. A key this reader does not know
    /// is an error, so a new section cannot be dropped silently.
    /// </summary>
    internal static class ConfigReader
    {
        public static NewsToolsConfig Read(string yaml, string source) => Read(Events(yaml, out _), source);

        /// <summary>A user file's document, loaded by the library (aliases resolved to their nodes) and checked by the validator.</summary>
        public static NewsToolsConfig Read(YamlDocument document, string source)
        {
            var events = new List<YamlEvent>();
            AddNode(document.RootNode, events);
            return Read(events, source);
        }

        private static void AddNode(YamlNode node, List<YamlEvent> events)
        {
            switch (node)
            {
                case YamlMappingNode mapping:
                    events.Add(YamlEvent.MappingStartEvent);
                    foreach (var pair in mapping.Children)
                    {
                        AddNode(pair.Key, events);
                        AddNode(pair.Value, events);
                    }

                    events.Add(YamlEvent.MappingEndEvent);
                    break;
                case YamlSequenceNode sequence:
                    events.Add(YamlEvent.SequenceStartEvent);
                    foreach (var item in sequence.Children)
                    {
                        AddNode(item, events);
                    }

                    events.Add(YamlEvent.SequenceEndEvent);
                    break;
                case YamlScalarNode scalar:
                    events.Add(YamlEvent.Scalar(!scalar.Tag.IsEmpty && scalar.Tag.Value == NullTag ? null : ScalarValue(scalar.Style, scalar.Value ?? "")));
                    break;
                default:
                    throw new InvalidOperationException($"{node.Start}: the configuration reader does not read {node.GetType().Name} nodes.");
            }
        }

        /// <summary>The document's events: from the plain reader, or (<paramref name="plain"/> false) from the YAML library.</summary>
        internal static List<YamlEvent> Events(string yaml, out bool plain)
        {
            try
            {
                var events = PlainYamlReader.Read(yaml);
                plain = true;
                return events;
            }
            catch (NotSupportedException)
            {
                plain = false;
                return LibraryEvents(yaml);
            }
        }

        /// <summary>The first document's events as YamlDotNet's parser gives them (scalars with the deserializer's nulls).</summary>
        internal static List<YamlEvent> LibraryEvents(string yaml)
        {
            var parser = new Parser(new StringReader(yaml));
            var events = new List<YamlEvent>();
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return events;
            }

            parser.Consume<DocumentStart>();
            var depth = 0;
            do
            {
                switch (parser.Consume<ParsingEvent>())
                {
                    case MappingStart _:
                        depth++;
                        events.Add(YamlEvent.MappingStartEvent);
                        break;
                    case SequenceStart _:
                        depth++;
                        events.Add(YamlEvent.SequenceStartEvent);
                        break;
                    case MappingEnd _:
                        depth--;
                        events.Add(YamlEvent.MappingEndEvent);
                        break;
                    case SequenceEnd _:
                        depth--;
                        events.Add(YamlEvent.SequenceEndEvent);
                        break;
                    case Scalar scalar:
                        events.Add(YamlEvent.Scalar(ScalarValue(scalar)));
                        break;
                    case var other:
                        throw new InvalidOperationException($"{other.Start}: the configuration reader does not read {other.GetType().Name} events.");
                }
            }
            while (depth > 0);
            parser.Consume<DocumentEnd>();
            return events;
        }

        private const string NullTag = "tag:yaml.org,2002:null";

        /// <summary>A scalar as the deserializer gives it to a string: a plain ~, null or nothing is null.</summary>
        private static string? ScalarValue(Scalar scalar) => ScalarValue(scalar.Style, scalar.Value);

        private static string? ScalarValue(ScalarStyle style, string value) =>
            style == ScalarStyle.Plain && (value.Length == 0 || value == "~" || value == "null" || value == "Null" || value == "NULL")
                ? null
                : value;

        private static NewsToolsConfig Read(List<YamlEvent> events, string source)
        {
            var parser = new EventCursor(events, source);
            var config = new NewsToolsConfig();
            if (events.Count == 0 || events[0].Kind == YamlEventKind.Scalar)
            {
                // No document, or an empty one (comments only: a null scalar).
                return config;
            }

            ReadMapping(parser, source, key => ReadSection(parser, config, key, source));
            return config;
        }

        private static void ReadSection(EventCursor parser, NewsToolsConfig config, string key, string source)
        {
            switch (key)
            {
                case "outlets":
                    ReadSequence(parser, source, () => config.Outlets.Add(ReadOutlet(parser, source)));
                    break;
                case "speakers":
                    ReadSequence(parser, source, () => config.Speakers.Add(ReadSpeaker(parser, source)));
                    break;
                case "agencies":
                    config.Agencies = ReadStrings(parser, source);
                    break;
                case "boilerplate":
                    config.Boilerplate = ReadStrings(parser, source);
                    break;
                case "cueVerbs":
                    config.CueVerbs = ReadStrings(parser, source);
                    break;
                case "cuePhrases":
                    config.CuePhrases = ReadStrings(parser, source);
                    break;
                case "titles":
                    config.Titles = ReadStrings(parser, source);
                    break;
                case "places":
                    config.Places = ReadStrings(parser, source);
                    break;
                case "organizationWords":
                    config.OrganizationWords = ReadStrings(parser, source);
                    break;
                case "notNames":
                    config.NotNames = ReadStrings(parser, source);
                    break;
                case "demonyms":
                    var demonyms = new Dictionary<string, string>();
                    ReadMapping(parser, source, name => demonyms[name] = ReadString(parser, source)!);
                    config.Demonyms = demonyms;
                    break;
                case "metonyms":
                    var metonyms = new Dictionary<string, List<string>>();
                    ReadMapping(parser, source, name => metonyms[name] = ReadStrings(parser, source));
                    config.Metonyms = metonyms;
                    break;
                case "wordLists":
                    var lists = new Dictionary<string, List<string>>();
                    ReadMapping(parser, source, name => lists[name] = ReadStrings(parser, source));
                    config.WordLists = lists;
                    break;
                case "coverage":
                    var coverage = new CoverageSettings();
                    ReadMapping(parser, source, name =>
                    {
                        switch (name)
                        {
                            case "stopWords":
                                coverage.StopWords = ReadStrings(parser, source);
                                break;
                            case "otherStopWords":
                                coverage.OtherStopWords = ReadStrings(parser, source);
                                break;
                            default:
                                throw Unknown(source, "coverage." + name);
                        }
                    });
                    config.Coverage = coverage;
                    break;
                default:
                    throw Unknown(source, key);
            }
        }

        private static OutletProfile ReadOutlet(EventCursor parser, string source)
        {
            var outlet = new OutletProfile();
            ReadMapping(parser, source, key =>
            {
                switch (key)
                {
                    case "name": outlet.Name = ReadString(parser, source)!; break;
                    case "aliases": outlet.Aliases = ReadStrings(parser, source); break;
                    case "domains": outlet.Domains = ReadStrings(parser, source); break;
                    case "boilerplate": outlet.Boilerplate = ReadStrings(parser, source); break;
                    case "country": outlet.Country = ReadString(parser, source); break;
                    default: throw Unknown(source, "outlets." + key);
                }
            });
            return outlet;
        }

        private static SpeakerProfile ReadSpeaker(EventCursor parser, string source)
        {
            var speaker = new SpeakerProfile();
            ReadMapping(parser, source, key =>
            {
                switch (key)
                {
                    case "name": speaker.Name = ReadString(parser, source)!; break;
                    case "aliases": speaker.Aliases = ReadStrings(parser, source); break;
                    case "title": speaker.Title = ReadString(parser, source); break;
                    case "organization": speaker.Organization = ReadString(parser, source); break;
                    case "type": speaker.Type = ReadString(parser, source); break;
                    case "side": speaker.Side = ReadString(parser, source); break;
                    default: throw Unknown(source, "speakers." + key);
                }
            });
            return speaker;
        }

        private static void ReadMapping(EventCursor parser, string source, Action<string> value)
        {
            parser.Consume(YamlEventKind.MappingStart);
            while (!parser.TryConsume(YamlEventKind.MappingEnd))
            {
                value(ReadString(parser, source) ?? throw Unknown(source, "(empty key)"));
            }
        }

        private static void ReadSequence(EventCursor parser, string source, Action item)
        {
            parser.Consume(YamlEventKind.SequenceStart);
            while (!parser.TryConsume(YamlEventKind.SequenceEnd))
            {
                item();
            }
        }

        private static List<string> ReadStrings(EventCursor parser, string source)
        {
            var list = new List<string>();
            ReadSequence(parser, source, () => list.Add(ReadString(parser, source)!));
            return list;
        }

        private static string? ReadString(EventCursor parser, string source) => parser.Consume(YamlEventKind.Scalar).Value;

        /// <summary>Walks the events in order; an event of another kind than the one expected is an error naming the file.</summary>
        private sealed class EventCursor
        {
            private readonly List<YamlEvent> events;
            private readonly string source;
            private int next;

            public EventCursor(List<YamlEvent> events, string source)
            {
                this.events = events;
                this.source = source;
            }

            public YamlEvent Consume(YamlEventKind kind)
            {
                if (next >= events.Count || events[next].Kind != kind)
                {
                    var found = next < events.Count ? events[next].Kind.ToString() : "the end";
                    throw new InvalidOperationException($"{source}: the configuration reader expected {kind} and found {found} (event {next}).");
                }

                return events[next++];
            }

            public bool TryConsume(YamlEventKind kind)
            {
                if (next < events.Count && events[next].Kind == kind)
                {
                    next++;
                    return true;
                }

                return false;
            }
        }

        private static InvalidOperationException Unknown(string source, string key) =>
            new InvalidOperationException($"{source}: the configuration reader does not know '{key}'; teach ConfigReader the new key.");
    }
}
