using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using YamlDotNet.RepresentationModel;

namespace NewsTools.Config
{
    /// <summary>
    /// Checks a configuration document against the shape of <see cref="NewsToolsConfig"/> before it is turned into objects,
    /// so every problem is told once, at its line and column, in the user's terms (keys and lists, not .NET types): a
    /// <c>~</c> where a list or name belongs, an unknown key, a list where one value belongs, a type tag, and aliases that
    /// expand without bound (the "billion laughs" document, a few lines that unfold into millions of entries).
    /// </summary>
    internal static class ConfigValidator
    {
        /// <summary>Entries aliases may add beyond the document's own: generous for reuse, far below what an alias bomb unfolds to.</summary>
        private const long AliasAllowance = 100_000;

        /// <summary>How many times over, on average, aliases may reuse the document's nodes before the allowance is spent.</summary>
        private const long AliasReuseFactor = 4;

        // YAML's own types (!!str, !!seq ...) say nothing a plain value does not; any other tag would name a type to construct.
        private static readonly string[] CoreTags =
        {
            "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null",
            "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map", "?", "!",
        };

        /// <summary>Returns null when the document is valid, else (line, column, what is wrong in plain words).</summary>
        public static (long Line, long Column, string Problem)? Check(YamlDocument document)
        {
            var root = document.RootNode;
            if (root is YamlScalarNode scalar && IsNull(scalar))
            {
                return null;
            }

            var sizes = new Dictionary<YamlNode, long>(ReferenceEqualityComparer.Instance);
            var distinct = 0L;
            var expanded = Size(root, sizes, ref distinct);
            if (expanded > distinct * AliasReuseFactor + AliasAllowance)
            {
                var bound = (distinct * AliasReuseFactor + AliasAllowance).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
                return At(root, $"its anchors and aliases (&name, *name) unfold into more than {bound} entries; write the entries out, or reuse fewer.");
            }

            return CheckNode(root, typeof(NewsToolsConfig), "the file", new HashSet<YamlNode>(ReferenceEqualityComparer.Instance));
        }

        /// <summary>How many nodes the document has once every alias is unfolded, counted without unfolding (each node once).</summary>
        private static long Size(YamlNode node, Dictionary<YamlNode, long> sizes, ref long distinct)
        {
            if (sizes.TryGetValue(node, out var known))
            {
                return known;
            }

            // A node being sized is marked first, so a cycle (possible only in a malformed graph) cannot recurse forever.
            sizes[node] = 1;
            distinct++;
            long size = 1;
            switch (node)
            {
                case YamlSequenceNode sequence:
                    foreach (var child in sequence.Children)
                    {
                        size = Math.Min(long.MaxValue / 4, size + Size(child, sizes, ref distinct));
                    }

                    break;
                case YamlMappingNode mapping:
                    foreach (var pair in mapping.Children)
                    {
                        size = Math.Min(long.MaxValue / 4, size + Size(pair.Key, sizes, ref distinct) + Size(pair.Value, sizes, ref distinct));
                    }

                    break;
            }

            sizes[node] = size;
            return size;
        }

        /// <summary>The first problem of a node that should hold a <paramref name="type"/>, named <paramref name="where"/> in messages.</summary>
        private static (long, long, string)? CheckNode(YamlNode node, Type type, string where, HashSet<YamlNode> seen)
        {
            // An alias is the node it names: checked once, and a cycle ends here.
            if (!seen.Add(node))
            {
                return null;
            }

            if (!node.Tag.IsEmpty && Array.IndexOf(CoreTags, node.Tag.Value) < 0)
            {
                return At(node, $"{where} carries the type tag '{node.Tag.Value}'; tags are not allowed in a configuration file.");
            }

            if (type == typeof(string))
            {
                return node is YamlScalarNode ? null : At(node, $"{where} should be a single value, not a {KindOf(node)}.");
            }

            if (IsGeneric(type, typeof(List<>)))
            {
                return node is YamlSequenceNode sequence
                    ? CheckList(sequence, type.GetGenericArguments()[0], where, seen)
                    : At(node, $"{where} should be a list (one '- item' per line, or [a, b]), not a {KindOf(node)}.");
            }

            return node is YamlMappingNode mapping
                ? CheckMapping(mapping, type, where, seen)
                : At(node, $"{where} should be a set of 'key: value' lines, not a {KindOf(node)}.");
        }

        /// <summary>Every entry of a list must be a <paramref name="item"/>; an empty entry is an error, not a skipped one.</summary>
        private static (long, long, string)? CheckList(YamlSequenceNode sequence, Type item, string where, HashSet<YamlNode> seen)
        {
            foreach (var child in sequence.Children)
            {
                if (child is YamlScalarNode s && IsNull(s))
                {
                    return At(child, $"an entry of {where} is empty (~ or null); remove it or give it a value.");
                }

                var problem = CheckNode(child, item, "an entry of " + where, seen);
                if (problem != null)
                {
                    return problem;
                }
            }

            return null;
        }

        /// <summary>
        /// The keys of a mapping: any key of a dictionary (word lists by name), or the settable properties of a configuration
        /// class; each value is checked against its key's type, and an empty one is allowed only where the default is null.
        /// </summary>
        private static (long, long, string)? CheckMapping(YamlMappingNode mapping, Type type, string where, HashSet<YamlNode> seen)
        {
            var dictionary = IsGeneric(type, typeof(Dictionary<,>));
            var properties = dictionary ? null : Settable(type);
            foreach (var pair in mapping.Children)
            {
                if (!(pair.Key is YamlScalarNode key) || IsNull(key))
                {
                    return At(pair.Key, $"{where} has a key that is not a plain word.");
                }

                Type valueType;
                bool nullable;
                string name;
                if (dictionary)
                {
                    valueType = type.GetGenericArguments()[1];
                    nullable = false;
                    name = $"'{key.Value}' in {where}";
                }
                else if (properties!.TryGetValue(key.Value!, out var property))
                {
                    valueType = property.PropertyType;
                    // A key whose default is null is optional ("country"); one with a default list or name must have a value.
                    nullable = property.GetValue(Activator.CreateInstance(type)) == null;
                    name = $"'{key.Value}'";
                }
                else
                {
                    return At(key, $"'{key.Value}' is not a configuration key here (the keys of {where} are: {string.Join(", ", properties.Keys)}).");
                }

                var problem = pair.Value is YamlScalarNode value && IsNull(value)
                    ? (nullable ? null : EmptyValue(pair.Value, valueType, name))
                    : CheckNode(pair.Value, valueType, name, seen);
                if (problem != null)
                {
                    return problem;
                }
            }

            return null;
        }

        private static (long, long, string) EmptyValue(YamlNode value, Type valueType, string name)
        {
            var expected = IsGeneric(valueType, typeof(List<>)) ? "a list" : valueType == typeof(string) ? "a value" : "its entries";
            return At(value, $"{name} is empty (~ or null); give it {expected}, or leave the key out.");
        }

        private static Dictionary<string, PropertyInfo> Settable(Type type) =>
            type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanWrite && p.GetSetMethod() != null && p.GetCustomAttribute<YamlDotNet.Serialization.YamlIgnoreAttribute>() == null)
                .ToDictionary(p => char.ToLowerInvariant(p.Name[0]) + p.Name.Substring(1), p => p, StringComparer.Ordinal);

        private static bool IsGeneric(Type type, Type definition) => type.IsGenericType && type.GetGenericTypeDefinition() == definition;

        /// <summary>YAML's null: ~, null in any case, or nothing at all after the colon (a plain scalar, not a quoted "").</summary>
        private static bool IsNull(YamlScalarNode scalar) =>
            scalar.Style == YamlDotNet.Core.ScalarStyle.Plain
            && (scalar.Value == null || scalar.Value.Length == 0 || scalar.Value == "~" || string.Equals(scalar.Value, "null", StringComparison.OrdinalIgnoreCase));

        private static string KindOf(YamlNode node) => node switch
        {
            YamlSequenceNode _ => "list",
            YamlMappingNode _ => "set of 'key: value' lines",
            _ => "single value",
        };

        private static (long, long, string) At(YamlNode node, string problem) => (node.Start.Line, node.Start.Column, problem);

        /// <summary>Reference equality for nodes: an alias is the very node it names, and YamlNode's own Equals compares content.</summary>
        private sealed class ReferenceEqualityComparer : IEqualityComparer<YamlNode>
        {
            public static readonly ReferenceEqualityComparer Instance = new ReferenceEqualityComparer();

            public bool Equals(YamlNode? x, YamlNode? y) => ReferenceEquals(x, y);

            public int GetHashCode(YamlNode obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
        }
    }
}
