using System;
using System.Collections.Generic;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NewsTools.Config
{
    /// <summary>
    /// Reads the built-in *.defaults.yaml into a <see cref="NewsToolsConfig"/> from a plain walk over the document's events.
    /// Every process loads them before its first article: YamlDotNet's object deserializer spends most of that start-up
    /// compiling its reflection paths, and even its parser costs tens of milliseconds to start, so the events come from
    /// <see cref="PlainYamlReader"/> (the plain subset of YAML these files are written in) and from the library's parser
    /// only for a file that reader refuses. These files are ours and known to fit (tests hold this reader to the
    /// deserializer's result, to the checks user files get, and the plain reader to the library's events); user files
    /// keep the full, checked path. A key this reader does not know is an error, so a new section cannot be dropped silently.
    /// </summary>
    internal static class DefaultsReader
    {
        public static NewsToolsConfig Read(string yaml, string source) => Read(Events(yaml, out _), source);

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
                        throw new InvalidOperationException($"{other.Start}: the built-in defaults reader does not read {other.GetType().Name} events.");
                }
            }
            while (depth > 0);
            parser.Consume<DocumentEnd>();
            return events;
        }

        /// <summary>A scalar as the deserializer gives it to a string: a plain ~, null or nothing is null.</summary>
        private static string? ScalarValue(Scalar scalar) =>
            scalar.Style == ScalarStyle.Plain && (scalar.Value.Length == 0 || scalar.Value == "~" || scalar.Value == "null" || scalar.Value == "Null" || scalar.Value == "NULL")
                ? null
                : scalar.Value;

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
                    throw new InvalidOperationException($"{source}: the built-in defaults reader expected {kind} and found {found} (event {next}).");
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
            new InvalidOperationException($"{source}: the built-in defaults reader does not know '{key}'; teach DefaultsReader the new key.");
    }
}
