using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;

namespace NewsTools.Module.Tests
{
    internal sealed record FormatColumn(string Label, int? Width, string? PropertyName, string? ScriptBlock);

    internal sealed record FormatView(string Name, string TypeName, string Kind, IReadOnlyList<FormatColumn> Columns);

    /// <summary>NewsTools.format.ps1xml read as data.</summary>
    internal sealed class FormatFile
    {
        public IReadOnlyList<FormatView> Views { get; init; } = Array.Empty<FormatView>();

        public static FormatFile Load() => Parse(XDocument.Load(Path.Combine(RepoPaths.Module, "NewsTools.format.ps1xml")));

        public static FormatFile Parse(XDocument document)
        {
            var views = new List<FormatView>();
            foreach (var view in document.Descendants("View"))
            {
                var name = (string?)view.Element("Name") ?? "";
                var typeName = (string?)view.Element("ViewSelectedBy")?.Element("TypeName") ?? "";
                var table = view.Element("TableControl");
                if (table != null)
                {
                    var headers = table.Element("TableHeaders")!.Elements("TableColumnHeader").ToList();
                    var items = table.Descendants("TableColumnItem").ToList();
                    if (headers.Count != items.Count)
                    {
                        throw new InvalidDataException($"View {name}: {headers.Count} headers but {items.Count} column items.");
                    }

                    var columns = headers.Zip(items, (h, i) => new FormatColumn(
                        (string?)h.Element("Label") ?? (string?)i.Element("PropertyName") ?? "",
                        (int?)h.Element("Width"),
                        (string?)i.Element("PropertyName"),
                        (string?)i.Element("ScriptBlock"))).ToList();
                    views.Add(new FormatView(name, typeName, "Table", columns));
                    continue;
                }

                var list = view.Element("ListControl");
                if (list != null)
                {
                    var columns = list.Descendants("ListItem").Select(i => new FormatColumn(
                        (string?)i.Element("Label") ?? (string?)i.Element("PropertyName") ?? "",
                        null,
                        (string?)i.Element("PropertyName"),
                        (string?)i.Element("ScriptBlock"))).ToList();
                    views.Add(new FormatView(name, typeName, "List", columns));
                }
            }

            return new FormatFile { Views = views };
        }

        /// <summary>
        /// The properties a script block reads from the formatted object: `$_.Name` outside nested pipeline blocks
        /// (inside ForEach-Object or Where-Object, `$_` is another object).
        /// </summary>
        public static IReadOnlyList<string> PropertiesRead(string script)
        {
            var outer = RemoveNestedBlocks(script);
            var result = new List<string>();
            var index = 0;
            while ((index = outer.IndexOf("$_.", index, StringComparison.Ordinal)) >= 0)
            {
                index += 3;
                var start = index;
                while (index < outer.Length && (char.IsLetterOrDigit(outer[index]) || outer[index] == '_'))
                {
                    index++;
                }

                if (index > start)
                {
                    result.Add(outer.Substring(start, index - start));
                }
            }

            return result;
        }

        private static string RemoveNestedBlocks(string script)
        {
            var sb = new StringBuilder();
            var i = 0;
            while (i < script.Length)
            {
                var match = new[] { "ForEach-Object", "Where-Object" }.FirstOrDefault(k => string.CompareOrdinal(script, i, k, 0, k.Length) == 0);
                if (match == null)
                {
                    sb.Append(script[i++]);
                    continue;
                }

                i += match.Length;
                while (i < script.Length && script[i] != '{')
                {
                    i++;
                }

                var depth = 0;
                for (; i < script.Length; i++)
                {
                    if (script[i] == '{')
                    {
                        depth++;
                    }
                    else if (script[i] == '}' && --depth == 0)
                    {
                        i++;
                        break;
                    }
                }
            }

            return sb.ToString();
        }
    }
}
