using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using NewsTools.Articles;
using Xunit;

namespace NewsTools.Module.Tests
{
    public class FormatTests
    {
        private const int ConsoleWidth = 120;

        /// <summary>A column without a width takes what is left; it should get at least this much.</summary>
        private const int RestColumnMinimum = 20;

        private static readonly Assembly Core = typeof(Article).Assembly;

        internal static Type ResolveType(string typeName)
        {
            var name = typeName.Split('#')[0];
            return Core.GetType(name) ?? throw new InvalidOperationException($"View type {typeName} is not a NewsTools.Core type.");
        }

        /// <summary>Everything the cmdlets declare they write, plus the objects nested in them that users list.</summary>
        public static IEnumerable<object[]> OutputTypes =>
            CmdletMetadata.All.SelectMany(c => c.OutputTypes)
                .Where(t => t.Assembly == Core)
                .Concat(new[] { typeof(Paragraph), typeof(RemovedText), typeof(NewsTools.Time.EventSource), typeof(NewsTools.Coverage.CoverageText) })
                .Distinct()
                .Select(t => new object[] { t.FullName! });

        [Theory]
        [MemberData(nameof(OutputTypes))]
        public void EveryOutputTypeHasAView(string typeName)
        {
            var views = FormatFile.Load().Views.Where(v => v.TypeName == typeName).ToList();
            Assert.NotEmpty(views);
            if (typeName != "NewsTools.Config.NewsToolsConfig")
            {
                // The first view of a type is its default: records are read as tables.
                Assert.Equal("Table", views[0].Kind);
            }
        }

        [Fact]
        public void TheMainRecordsAlsoHaveListViews()
        {
            var views = FormatFile.Load().Views;
            foreach (var type in new[] { "Article", "Quote", "TimeExpression", "TimelineEvent", "CoverageItem", "CoverageSummary", "ArticleGroup" })
            {
                Assert.Contains(views, v => v.Kind == "List" && v.TypeName.EndsWith("." + type, StringComparison.Ordinal));
            }
        }

        [Fact]
        public void EveryViewReadsOnlyPropertiesItsTypeHas()
        {
            var problems = new List<string>();
            foreach (var view in FormatFile.Load().Views)
            {
                var type = ResolveType(view.TypeName);
                foreach (var column in view.Columns)
                {
                    var names = column.PropertyName != null ? new[] { column.PropertyName } : FormatFile.PropertiesRead(column.ScriptBlock ?? "");
                    if (column.PropertyName == null && names.Count == 0)
                    {
                        problems.Add($"{view.Name}/{column.Label}: script block reads no property of the object");
                    }

                    foreach (var name in names.Where(n => type.GetProperty(n, BindingFlags.Public | BindingFlags.Instance) == null))
                    {
                        problems.Add($"{view.Name} ({type.Name}) column {column.Label}: no property {name}");
                    }
                }
            }

            Assert.Empty(problems);
        }

        [Fact]
        public void EveryMemberChainInAScriptBlockResolves()
        {
            // Nested reads too: `$_.Sources | ForEach-Object { $_.Outlet }` needs Outlet on the element type of Sources.
            var problems = new List<string>();
            foreach (var view in FormatFile.Load().Views)
            {
                var type = ResolveType(view.TypeName);
                foreach (var column in view.Columns.Where(c => c.ScriptBlock != null))
                {
                    problems.AddRange(ScriptMemberChecker.Check(column.ScriptBlock!, type).Select(p => $"{view.Name}/{column.Label}: {p}"));
                }
            }

            Assert.Empty(problems);
        }

        [Fact]
        public void TheMemberCheckerFindsWhatPowerShellWouldShowAsAnEmptyCell()
        {
            var timeline = typeof(NewsTools.Time.TimelineEvent);
            var coverage = typeof(NewsTools.Coverage.CoverageItem);
            var summary = typeof(NewsTools.Coverage.CoverageSummary);
            var config = typeof(NewsTools.Config.NewsToolsConfig);

            Assert.Empty(ScriptMemberChecker.Check("($_.Sources | ForEach-Object { if ($_.outlet) { $_.Outlet } else { $_.ArticleId } }) -join ', '", timeline));
            Assert.Single(ScriptMemberChecker.Check("($_.Sources | ForEach-Object { $_.Publisher }) -join ', '", timeline));
            Assert.Empty(ScriptMemberChecker.Check("($_.UniqueCounts.GetEnumerator() | ForEach-Object { $_.Key + '=' + $_.Value }) -join ', '", summary));
            Assert.Single(ScriptMemberChecker.Check("($_.UniqueCounts.GetEnumerator() | ForEach-Object { $_.Name }) -join ', '", summary));
            Assert.Empty(ScriptMemberChecker.Check("$t = @($_.Texts)[1]; if ($t) { $t.Outlet + $t.Text }", coverage));
            Assert.Single(ScriptMemberChecker.Check("$t = @($_.Texts)[1]; if ($t) { $t.Source }", coverage));
            Assert.Empty(ScriptMemberChecker.Check("$_.Outlets.Name -join ', '", config));
            Assert.Single(ScriptMemberChecker.Check("$_.Outlets.Title -join ', '", config));
            Assert.Empty(ScriptMemberChecker.Check("if ($null -ne $_.Date) { $_.Date.ToString('yyyy-MM-dd') }", timeline));
            Assert.Single(ScriptMemberChecker.Check("$_.Date.ToShortString()", timeline));
        }

        [Fact]
        public void ScriptBlocksAreBalanced()
        {
            foreach (var view in FormatFile.Load().Views)
            {
                foreach (var column in view.Columns.Where(c => c.ScriptBlock != null))
                {
                    var problem = PowerShellScanner.FindImbalance(column.ScriptBlock!);
                    Assert.True(problem == null, $"{view.Name}/{column.Label}: {problem}");
                }
            }
        }

        [Fact]
        public void TablesFitA120ColumnConsole()
        {
            foreach (var view in FormatFile.Load().Views.Where(v => v.Kind == "Table"))
            {
                var fixedWidth = view.Columns.Sum(c => c.Width ?? 0) + (view.Columns.Count - 1);
                var rest = view.Columns.Count(c => c.Width == null);
                Assert.True(rest <= 1, $"{view.Name}: at most one column may take the remaining width");
                var needed = fixedWidth + (rest == 1 ? RestColumnMinimum : 0);
                Assert.True(needed <= ConsoleWidth, $"{view.Name} needs {needed} columns");
                foreach (var column in view.Columns.Where(c => c.Width != null))
                {
                    Assert.True(column.Width >= column.Label.Length, $"{view.Name}: column {column.Label} is narrower than its label");
                }
            }
        }

        [Fact]
        public void TablesShowWhatMattersFirst()
        {
            var views = FormatFile.Load().Views.Where(v => v.Kind == "Table").ToDictionary(v => v.Name);
            Assert.Equal(new[] { "Speaker", "Kind" }, views["Quote"].Columns.Take(2).Select(c => c.Label));
            Assert.Contains(views["Quote"].Columns, c => c.Label == "Text");
            Assert.Equal(new[] { "Date", "Precision", "Event", "Sources" }, views["TimelineEvent"].Columns.Select(c => c.Label));
            Assert.Equal(new[] { "Kind", "Sources" }, views["CoverageItem"].Columns.Take(2).Select(c => c.Label));
            Assert.Equal("Summary", views["CoverageItem"].Columns[^1].Label);
        }

        [Fact]
        public void ViewNamesAreUniquePerType()
        {
            var views = FormatFile.Load().Views;
            Assert.Equal(views.Count, views.Select(v => v.TypeName + "/" + v.Kind + "/" + v.Name).Distinct().Count());
        }

        [Fact]
        public void TypesFileNamesOnlyRealProperties()
        {
            var document = XDocument.Load(Path.Combine(RepoPaths.Module, "NewsTools.types.ps1xml"));
            var types = document.Root!.Elements("Type").ToList();
            Assert.NotEmpty(types);
            foreach (var typeElement in types)
            {
                var type = ResolveType((string)typeElement.Element("Name")!);
                var names = typeElement.Descendants("ReferencedProperties").Elements("Name").Select(e => (string)e).ToList();
                Assert.NotEmpty(names);
                foreach (var name in names)
                {
                    Assert.True(type.GetProperty(name) != null, $"{type.Name} has no property {name}");
                }
            }

            foreach (var main in new[] { "NewsTools.Articles.Article", "NewsTools.Quotes.Quote", "NewsTools.Time.TimelineEvent", "NewsTools.Coverage.CoverageItem" })
            {
                Assert.Contains(types, t => (string)t.Element("Name")! == main);
            }
        }
    }
}
