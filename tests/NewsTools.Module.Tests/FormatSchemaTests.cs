using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace NewsTools.Module.Tests
{
    /// <summary>
    /// The element structure PowerShell's format and type loaders accept (the subset these files use). The loaders reject a
    /// whole file for one unknown or misplaced element ("Unknown node", "node ... is not allowed"), and Import-Module then
    /// fails or loads without views; this shows such a slip in seconds, before the Pester suite imports the module.
    /// </summary>
    public class FormatSchemaTests
    {
        /// <summary>Element: allowed children, with the most times each may appear (PowerShell rejects duplicates).</summary>
        private static readonly Dictionary<string, Dictionary<string, int>> FormatSchema = new Dictionary<string, Dictionary<string, int>>
        {
            ["Configuration"] = Children(("SelectionSets", 1), ("Controls", 1), ("ViewDefinitions", 1), ("DefaultSettings", 1)),
            ["ViewDefinitions"] = Children(("View", int.MaxValue)),
            ["View"] = Children(("Name", 1), ("ViewSelectedBy", 1), ("GroupBy", 1), ("OutOfBand", 1), ("Controls", 1), ("TableControl", 1), ("ListControl", 1), ("WideControl", 1), ("CustomControl", 1)),
            ["ViewSelectedBy"] = Children(("TypeName", int.MaxValue), ("SelectionSetName", int.MaxValue), ("SelectionCondition", int.MaxValue)),
            ["TableControl"] = Children(("AutoSize", 1), ("HideTableHeaders", 1), ("TableHeaders", 1), ("TableRowEntries", 1)),
            ["TableHeaders"] = Children(("TableColumnHeader", int.MaxValue)),
            ["TableColumnHeader"] = Children(("Label", 1), ("Width", 1), ("Alignment", 1)),
            ["TableRowEntries"] = Children(("TableRowEntry", int.MaxValue)),
            ["TableRowEntry"] = Children(("Wrap", 1), ("EntrySelectedBy", 1), ("TableColumnItems", 1)),
            ["TableColumnItems"] = Children(("TableColumnItem", int.MaxValue)),
            ["TableColumnItem"] = Children(("Alignment", 1), ("PropertyName", 1), ("ScriptBlock", 1), ("FormatString", 1)),
            ["ListControl"] = Children(("ListEntries", 1)),
            ["ListEntries"] = Children(("ListEntry", int.MaxValue)),
            ["ListEntry"] = Children(("EntrySelectedBy", 1), ("ListItems", 1)),
            ["ListItems"] = Children(("ListItem", int.MaxValue)),
            ["ListItem"] = Children(("PropertyName", 1), ("ScriptBlock", 1), ("Label", 1), ("FormatString", 1), ("ItemSelectionCondition", 1)),
        };

        private static readonly Dictionary<string, Dictionary<string, int>> TypesSchema = new Dictionary<string, Dictionary<string, int>>
        {
            ["Types"] = Children(("Type", int.MaxValue)),
            ["Type"] = Children(("Name", 1), ("Members", 1), ("TypeConverter", 1), ("TypeAdapter", 1)),
            ["Members"] = Children(("NoteProperty", int.MaxValue), ("AliasProperty", int.MaxValue), ("ScriptProperty", int.MaxValue), ("CodeProperty", int.MaxValue), ("ScriptMethod", int.MaxValue), ("CodeMethod", int.MaxValue), ("PropertySet", int.MaxValue), ("MemberSet", int.MaxValue)),
            ["MemberSet"] = Children(("Name", 1), ("InheritMembers", 1), ("Members", 1)),
            ["PropertySet"] = Children(("Name", 1), ("ReferencedProperties", 1)),
            ["ReferencedProperties"] = Children(("Name", int.MaxValue)),
        };

        /// <summary>Elements that hold text (or nothing) and no children.</summary>
        private static readonly HashSet<string> Leaves = new HashSet<string>(StringComparer.Ordinal)
        {
            "Name", "TypeName", "SelectionSetName", "Label", "Width", "Alignment", "PropertyName", "ScriptBlock", "FormatString",
            "Wrap", "AutoSize", "HideTableHeaders", "OutOfBand", "InheritMembers",
        };

        private static Dictionary<string, int> Children(params (string Name, int Max)[] children) =>
            children.ToDictionary(c => c.Name, c => c.Max, StringComparer.Ordinal);

        internal static List<string> Validate(XElement root, Dictionary<string, Dictionary<string, int>> schema)
        {
            var problems = new List<string>();
            Walk(root, schema, problems);
            return problems;
        }

        private static void Walk(XElement element, Dictionary<string, Dictionary<string, int>> schema, List<string> problems)
        {
            var name = element.Name.LocalName;
            var where = string.Join("/", element.AncestorsAndSelf().Reverse().Select(e => e.Name.LocalName));
            if (Leaves.Contains(name))
            {
                if (element.HasElements)
                {
                    problems.Add($"{where}: holds elements but is a value");
                }

                return;
            }

            if (!schema.TryGetValue(name, out var allowed))
            {
                problems.Add($"{where}: unknown element");
                return;
            }

            foreach (var group in element.Elements().GroupBy(e => e.Name.LocalName))
            {
                if (!allowed.TryGetValue(group.Key, out var max))
                {
                    problems.Add($"{where}: {group.Key} is not allowed here");
                    continue;
                }

                if (group.Count() > max)
                {
                    problems.Add($"{where}: {group.Key} appears {group.Count()} times");
                }

                foreach (var child in group)
                {
                    Walk(child, schema, problems);
                }
            }
        }

        [Fact]
        public void TheFormatFileUsesOnlyElementsPowerShellAccepts()
        {
            var document = XDocument.Load(Path.Combine(RepoPaths.Module, "NewsTools.format.ps1xml"));
            Assert.Equal("Configuration", document.Root!.Name.LocalName);
            Assert.Empty(Validate(document.Root, FormatSchema));
        }

        [Fact]
        public void EveryViewHasANameATypeAndOneControlWhoseColumnsLineUp()
        {
            var document = XDocument.Load(Path.Combine(RepoPaths.Module, "NewsTools.format.ps1xml"));
            foreach (var view in document.Descendants("View"))
            {
                var name = (string?)view.Element("Name");
                Assert.False(string.IsNullOrWhiteSpace(name));
                Assert.NotEmpty(view.Elements("ViewSelectedBy").Elements());
                var controls = view.Elements().Where(e => e.Name.LocalName.EndsWith("Control", StringComparison.Ordinal)).ToList();
                Assert.True(controls.Count == 1, $"{name}: {controls.Count} controls");

                var table = view.Element("TableControl");
                if (table != null)
                {
                    var headers = table.Element("TableHeaders")?.Elements("TableColumnHeader").Count() ?? 0;
                    foreach (var row in table.Descendants("TableRowEntry"))
                    {
                        var items = row.Element("TableColumnItems")?.Elements("TableColumnItem").ToList() ?? new List<XElement>();
                        Assert.True(headers == 0 || items.Count == headers, $"{name}: {headers} headers, {items.Count} items");
                        Assert.All(items, i => Assert.Single(i.Elements(), e => e.Name.LocalName is "PropertyName" or "ScriptBlock"));
                    }
                }

                foreach (var alignment in view.Descendants("Alignment"))
                {
                    Assert.Contains(alignment.Value.Trim(), new[] { "Left", "Right", "Center" });
                }

                foreach (var width in view.Descendants("Width"))
                {
                    Assert.True(int.TryParse(width.Value.Trim(), out var w) && w > 0, $"{name}: width {width.Value}");
                }

                foreach (var item in view.Descendants("ListItem"))
                {
                    Assert.Single(item.Elements(), e => e.Name.LocalName is "PropertyName" or "ScriptBlock");
                }
            }
        }

        [Fact]
        public void TheTypesFileUsesOnlyElementsPowerShellAccepts()
        {
            var document = XDocument.Load(Path.Combine(RepoPaths.Module, "NewsTools.types.ps1xml"));
            Assert.Equal("Types", document.Root!.Name.LocalName);
            Assert.Empty(Validate(document.Root, TypesSchema));
            foreach (var memberSet in document.Descendants("MemberSet"))
            {
                // Only PSStandardMembers holds DefaultDisplayPropertySet and its kin.
                Assert.Equal("PSStandardMembers", (string?)memberSet.Element("Name"));
            }
        }

        [Fact]
        public void TheValidatorRejectsMisplacedAndRepeatedElements()
        {
            var misplaced = XElement.Parse("<Configuration><ViewDefinitions><View><Name>A</Name><ViewSelectedBy><TypeName>T</TypeName></ViewSelectedBy><TableControl><TableHeaders><TableColumnHeader><Label>x</Label><PropertyName>x</PropertyName></TableColumnHeader></TableHeaders></TableControl></View></ViewDefinitions></Configuration>");
            Assert.Single(Validate(misplaced, FormatSchema));
            var repeated = XElement.Parse("<Configuration><ViewDefinitions><View><Name>A</Name><Name>B</Name></View></ViewDefinitions></Configuration>");
            Assert.Single(Validate(repeated, FormatSchema));
            var unknown = XElement.Parse("<Types><Type><Name>T</Name><Members><PropertySet><Name>P</Name><Properties><Name>x</Name></Properties></PropertySet></Members></Type></Types>");
            Assert.Single(Validate(unknown, TypesSchema));
        }
    }
}
