using System;
using System.Collections.Generic;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NewsTools.Config
{
    /// <summary>
    /// Reads the built-in *.defaults.yaml straight from the parser's events into a <see cref="NewsToolsConfig"/>. Every
    /// process loads them before its first article, and YamlDotNet's object deserializer spends most of that start-up
    /// compiling its reflection paths; these files are ours and known to fit (a test holds this reader to the
    /// deserializer's result and to the checks user files get), so the plain walk is enough. User files keep the full,
    /// checked path. A key this reader does not know is an error, so a new section cannot be dropped silently.
    /// </summary>
    internal static class DefaultsReader
    {
        public static NewsToolsConfig Read(string yaml, string source)
        {
            var parser = new Parser(new StringReader(yaml));
            var config = new NewsToolsConfig();
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return config;
            }

            parser.Consume<DocumentStart>();
            if (!parser.Accept<MappingStart>(out _))
            {
                // An empty document (comments only) is a null scalar.
                parser.Consume<Scalar>();
            }
            else
            {
                ReadMapping(parser, source, key => ReadSection(parser, config, key, source));
            }

            parser.Consume<DocumentEnd>();
            return config;
        }

        private static void ReadSection(IParser parser, NewsToolsConfig config, string key, string source)
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

        private static OutletProfile ReadOutlet(IParser parser, string source)
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

        private static SpeakerProfile ReadSpeaker(IParser parser, string source)
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

        private static void ReadMapping(IParser parser, string source, Action<string> value)
        {
            parser.Consume<MappingStart>();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                value(ReadString(parser, source) ?? throw Unknown(source, "(empty key)"));
            }
        }

        private static void ReadSequence(IParser parser, string source, Action item)
        {
            parser.Consume<SequenceStart>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                item();
            }
        }

        private static List<string> ReadStrings(IParser parser, string source)
        {
            var list = new List<string>();
            ReadSequence(parser, source, () => list.Add(ReadString(parser, source)!));
            return list;
        }

        /// <summary>A scalar as the deserializer gives it to a string: a plain ~, null or nothing is null.</summary>
        private static string? ReadString(IParser parser, string source)
        {
            var scalar = parser.Consume<Scalar>();
            if (scalar.Style == ScalarStyle.Plain && (scalar.Value.Length == 0 || scalar.Value == "~" || scalar.Value == "null" || scalar.Value == "Null" || scalar.Value == "NULL"))
            {
                return null;
            }

            return scalar.Value;
        }

        private static InvalidOperationException Unknown(string source, string key) =>
            new InvalidOperationException($"{source}: the built-in defaults reader does not know '{key}'; teach DefaultsReader the new key.");
    }
}
