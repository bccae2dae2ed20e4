using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using NewsTools.Articles;
using NewsTools.PowerShell.Commands;
using Xunit;

namespace NewsTools.Module.Tests
{
    public class CmdletTests
    {
        public static IEnumerable<object[]> Cmdlets => CmdletMetadata.CmdletTypes.Select(t => new object[] { t.Name });

        private static CmdletMetadata Get(string typeName) => CmdletMetadata.Read(CmdletMetadata.CmdletTypes.Single(t => t.Name == typeName));

        private static ParameterMetadata Param(string cmdlet, string name) => Get(cmdlet).Parameters.Single(p => p.Name == name);

        [Fact]
        public void TheAssemblyDefinesTheNineCmdlets()
        {
            var names = CmdletMetadata.All.Select(c => c.Name).OrderBy(n => n).ToList();
            Assert.Equal(
                new[] { "Compare-Coverage", "Compare-NewsArchive", "ConvertTo-Article", "ConvertTo-EventTimeline", "Export-CoverageReport", "Export-NewsArchive", "Get-ArticleQuote", "Get-NewsArchive", "Get-NewsFeed", "Get-NewsToolsConfig", "Get-TimeExpression", "Group-ArticleEvent", "Import-Article" },
                names);
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void EveryCmdletUsesAnApprovedVerbAndIsNamedForIt(string typeName)
        {
            var cmdlet = Get(typeName);
            Assert.Contains(cmdlet.Verb, CmdletMetadata.ApprovedVerbs);
            Assert.Equal(cmdlet.Verb + cmdlet.Noun + "Command", typeName);
            Assert.True(cmdlet.Type.IsSealed, typeName + " should be sealed");
            Assert.True(typeof(PSCmdlet).IsAssignableFrom(cmdlet.Type));
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void EveryCmdletDeclaresItsOutputType(string typeName)
        {
            var cmdlet = Get(typeName);
            Assert.NotEmpty(cmdlet.OutputTypes);
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void ParameterSetsHaveADefault(string typeName)
        {
            var cmdlet = Get(typeName);
            if (cmdlet.ParameterSets.Count >= 2)
            {
                Assert.NotNull(cmdlet.DefaultParameterSetName);
                Assert.Contains(cmdlet.DefaultParameterSetName!, cmdlet.ParameterSets);
            }
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void PositionsAreUniqueWithinEachSet(string typeName)
        {
            var cmdlet = Get(typeName);
            foreach (var set in cmdlet.ParameterSets.DefaultIfEmpty(CmdletMetadata.AllSets))
            {
                var positions = cmdlet.Parameters
                    .SelectMany(p => p.Sets.Where(s => s.SetName == set || s.SetName == CmdletMetadata.AllSets))
                    .Where(s => s.Position >= 0)
                    .Select(s => s.Position)
                    .ToList();
                Assert.Equal(positions.Distinct().Count(), positions.Count);
            }
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void PipelineBindingIsUnambiguous(string typeName)
        {
            // Within one parameter set, at most one parameter takes the pipeline object by value.
            var cmdlet = Get(typeName);
            foreach (var set in cmdlet.ParameterSets.DefaultIfEmpty(CmdletMetadata.AllSets))
            {
                var byValue = cmdlet.Parameters.Where(p => p.Sets.Any(s => (s.SetName == set || s.SetName == CmdletMetadata.AllSets) && s.ByValue)).ToList();
                Assert.True(byValue.Count <= 1, $"{typeName} set {set}: {string.Join(", ", byValue.Select(p => p.Name))} all take pipeline input by value");
            }
        }

        public static IEnumerable<object[]> ArticleInputCmdlets => new[]
        {
            new object[] { nameof(GetArticleQuoteCommand) },
            new object[] { nameof(GetTimeExpressionCommand) },
            new object[] { nameof(ConvertToEventTimelineCommand) },
            new object[] { nameof(GroupArticleEventCommand) },
            new object[] { nameof(CompareCoverageCommand) },
        };

        [Theory]
        [MemberData(nameof(ArticleInputCmdlets))]
        public void ArticleConsumersBindArticlesStringsAndFilesDeterministically(string typeName)
        {
            var cmdlet = Get(typeName);
            Assert.Equal("Path", cmdlet.DefaultParameterSetName);

            var path = Param(typeName, "Path");
            Assert.Equal(typeof(string[]), path.Type);
            Assert.True(path.SupportsWildcards);
            Assert.Equal(0, path.Sets.Single().Position);
            Assert.False(path.ByValue || path.ByPropertyName);

            var literal = Param(typeName, "LiteralPath");
            Assert.Equal(typeof(string[]), literal.Type);
            Assert.Equal(new[] { "PSPath", "LP", "FullName" }, literal.Aliases);
            Assert.True(literal.ByPropertyName);
            Assert.False(literal.ByValue);

            var input = Param(typeName, "InputObject");
            Assert.Equal(typeof(Article[]), input.Type);
            Assert.True(input.ByValue);
            Assert.False(input.ByPropertyName);

            var text = Param(typeName, "Text");
            Assert.Equal(typeof(string[]), text.Type);
            Assert.True(text.ByValue);
            Assert.False(text.ByPropertyName);

            // Four sets, each with exactly one mandatory parameter: the one its input binds.
            Assert.Equal(new[] { "Article", "LiteralPath", "Path", "Text" }, cmdlet.ParameterSets.OrderBy(s => s));
            foreach (var p in new[] { path, literal, input, text })
            {
                Assert.True(p.Sets.Single().Mandatory);
            }
        }

        [Fact]
        public void ImportArticleBindsFileInfoByPropertyName()
        {
            var literal = Param(nameof(ImportArticleCommand), "LiteralPath");
            Assert.True(literal.ByPropertyName);
            Assert.Contains("PSPath", literal.Aliases);
            Assert.Contains("FullName", literal.Aliases);
            Assert.Contains("LP", literal.Aliases);
            var path = Param(nameof(ImportArticleCommand), "Path");
            Assert.True(path.SupportsWildcards);
            Assert.True(path.ByValue, "path strings piped to Import-Article bind -Path");
            Assert.False(path.ByPropertyName, "a FileInfo must bind -LiteralPath (by PSPath), not -Path by its Name");
            Assert.Equal(0, path.Sets.Single().Position);
            Assert.Equal(typeof(DateTime?), Param(nameof(ImportArticleCommand), "ReferenceDate").Type);
        }

        [Fact]
        public void ConvertToArticleTakesAnyPipelineObjectByValue()
        {
            var input = Param(nameof(ConvertToArticleCommand), "InputObject");
            Assert.Equal(typeof(PSObject), input.Type);
            Assert.True(input.ByValue);
            Assert.Equal(0, input.Sets.Single().Position);
        }

        [Fact]
        public void NameParametersCompleteFromTheConfiguration()
        {
            Assert.Equal(typeof(NewsTools.PowerShell.Completion.OutletNameCompleter), Param(nameof(ImportArticleCommand), "Outlet").Completer);
            Assert.Equal(typeof(NewsTools.PowerShell.Completion.OutletNameCompleter), Param(nameof(ConvertToArticleCommand), "Outlet").Completer);
            Assert.Equal(typeof(NewsTools.PowerShell.Completion.SpeakerNameCompleter), Param(nameof(GetArticleQuoteCommand), "Speaker").Completer);
            Assert.True(Param(nameof(GetArticleQuoteCommand), "Speaker").SupportsWildcards);
            foreach (var completer in new[] { typeof(NewsTools.PowerShell.Completion.OutletNameCompleter), typeof(NewsTools.PowerShell.Completion.SpeakerNameCompleter) })
            {
                Assert.Contains(typeof(IArgumentCompleter), completer.GetInterfaces());
                Assert.NotNull(completer.GetConstructor(Type.EmptyTypes));
            }
        }

        [Fact]
        public void FiltersUseEnumsSoTheirValuesComplete()
        {
            Assert.Equal(typeof(NewsTools.Quotes.QuoteKind[]), Param(nameof(GetArticleQuoteCommand), "Kind").Type);
            Assert.Equal(typeof(NewsTools.Coverage.CoverageKind[]), Param(nameof(CompareCoverageCommand), "Kind").Type);
            Assert.Equal(typeof(NewsTools.Time.TimexType[]), Param(nameof(GetTimeExpressionCommand), "Type").Type);
            Assert.Equal(typeof(DateTime?), Param(nameof(ConvertToEventTimelineCommand), "After").Type);
            Assert.Equal(typeof(DateTime?), Param(nameof(ConvertToEventTimelineCommand), "Before").Type);
            Assert.Equal(new[] { "Default", "SideBySide" }, Param(nameof(CompareCoverageCommand), "View").ValidateSet);
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void EveryCmdletCancelsThroughATokenAndCleansUp(string typeName)
        {
            var type = CmdletMetadata.CmdletTypes.Single(t => t.Name == typeName);
            Assert.True(typeof(NewsToolsCmdlet).IsAssignableFrom(type), typeName + " should derive from NewsToolsCmdlet (cancellation, progress, errors)");
            Assert.True(typeof(IDisposable).IsAssignableFrom(type));
            var stop = typeof(NewsToolsCmdlet).GetMethod("StopProcessing", BindingFlags.NonPublic | BindingFlags.Instance);
            Assert.NotNull(stop);
            Assert.Equal(typeof(NewsToolsCmdlet), stop!.DeclaringType);
        }

        [Fact]
        public void NoExportedTypeNeedsNewsToolsCoreToLoad()
        {
            // PowerShell loads every exported type before it runs the module initializer that makes NewsTools.Core
            // findable, so no exported type may derive from or implement a NewsTools.Core type.
            var core = typeof(Article).Assembly;
            foreach (var type in CmdletMetadata.CmdletAssembly.GetExportedTypes())
            {
                for (var t = type.BaseType; t != null; t = t.BaseType)
                {
                    Assert.NotEqual(core, t.Assembly);
                }

                Assert.DoesNotContain(type.GetInterfaces(), i => i.Assembly == core);

                // A field of a NewsTools.Core value type (an enum) is laid out when the type loads, which needs the assembly;
                // reference-typed fields (arrays, classes, generic collections) are not.
                for (var t = type; t != null && t.Assembly == CmdletMetadata.CmdletAssembly; t = t.BaseType)
                {
                    var fields = t.GetFields(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly);
                    Assert.DoesNotContain(fields, f => f.FieldType.IsValueType && (f.FieldType.Assembly == core || (Nullable.GetUnderlyingType(f.FieldType)?.Assembly == core)));
                }
            }
        }

        [Fact]
        public void SideBySideTypeNameNamesAView()
        {
            Assert.Equal("NewsTools.Coverage.CoverageItem#SideBySide", CompareCoverageCommand.SideBySideTypeName);
            Assert.Contains(FormatFile.Load().Views, v => v.TypeName == CompareCoverageCommand.SideBySideTypeName && v.Kind == "Table");
        }
    }
}
