using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace NewsTools.Module.Tests
{
    /// <summary>
    /// Help and code must agree. When a parameter changes, regenerate the generated parts of docs/en-US/*.md and the MAML with
    /// `NEWSTOOLS_UPDATE_HELP=1 dotnet test tests/NewsTools.Module.Tests --filter HelpTests`, then write the new descriptions.
    /// </summary>
    public class HelpTests
    {
        private const string UpdateVariable = "NEWSTOOLS_UPDATE_HELP";

        private static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

        public static IEnumerable<object[]> Cmdlets => CmdletMetadata.All.Select(c => new object[] { c.Name });

        private static CmdletMetadata Cmdlet(string name) => CmdletMetadata.All.Single(c => c.Name == name);

        private static string Hint => $" (regenerate with {UpdateVariable}=1 dotnet test tests/NewsTools.Module.Tests --filter HelpTests)";

        /// <summary>In update mode, every page and the MAML are rewritten once, before any test reads them.</summary>
        private static readonly Lazy<bool> UpdatedOnce = new Lazy<bool>(() =>
        {
            if (!Updating)
            {
                return false;
            }

            foreach (var cmdlet in CmdletMetadata.All)
            {
                var path = HelpDocument.PathFor(cmdlet.Name);
                var existing = File.Exists(path) ? HelpDocument.Load(cmdlet.Name) : new HelpDocument { Name = cmdlet.Name };
                File.WriteAllText(path, HelpFromCode.Update(cmdlet, existing).Render());
            }

            Directory.CreateDirectory(Path.GetDirectoryName(RepoPaths.Maml)!);
            File.WriteAllText(RepoPaths.Maml, MamlWriter.Write(CmdletMetadata.All.Select(c => (c, HelpDocument.Load(c.Name)))));
            return true;
        });

        private static HelpDocument LoadOrUpdate(string name)
        {
            _ = UpdatedOnce.Value;
            var path = HelpDocument.PathFor(name);
            Assert.True(File.Exists(path), "no help page " + path);
            return HelpDocument.Load(name);
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void EveryCmdletHasAPageWithSynopsisDescriptionAndChainedExamples(string name)
        {
            var doc = LoadOrUpdate(name);
            Assert.Equal(name, doc.Name);
            Assert.True(doc.Synopsis.Length > 20, name + ": synopsis missing");
            Assert.True(doc.Description.Length > 80, name + ": description missing");
            Assert.True(doc.Examples.Count >= 3, name + ": fewer than three examples");
            Assert.All(doc.Examples, e =>
            {
                Assert.Contains(name, e.Code, StringComparison.OrdinalIgnoreCase);
                Assert.False(string.IsNullOrWhiteSpace(e.Remarks), name + ": example without an explanation: " + e.Title);
            });
            Assert.True(doc.Examples.Count(e => e.Code.Contains('|', StringComparison.Ordinal)) >= 3, name + ": fewer than three examples that chain cmdlets");
            Assert.NotEmpty(doc.Inputs);
            Assert.NotEmpty(doc.Outputs);
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void EveryParameterInCodeIsInHelpAndTheOtherWayRound(string name)
        {
            var cmdlet = Cmdlet(name);
            var doc = LoadOrUpdate(name);
            var inCode = cmdlet.Parameters.Select(p => p.Name).OrderBy(n => n).ToList();
            var inHelp = doc.Parameters.Select(p => p.Name).OrderBy(n => n).ToList();
            Assert.True(inCode.SequenceEqual(inHelp), $"{name}: code has [{string.Join(", ", inCode.Except(inHelp))}] not in help; help has [{string.Join(", ", inHelp.Except(inCode))}] not in code{Hint}");
            foreach (var parameter in doc.Parameters)
            {
                Assert.False(string.IsNullOrWhiteSpace(parameter.Description) || parameter.Description.Contains(HelpDocument.Placeholder, StringComparison.Ordinal), $"{name} -{parameter.Name}: no description");
            }
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void ParameterFactsInHelpMatchTheCode(string name)
        {
            // Type, sets, aliases, required, position, pipeline input and wildcards: one mismatch fails.
            var cmdlet = Cmdlet(name);
            var doc = LoadOrUpdate(name);
            foreach (var parameter in cmdlet.Parameters)
            {
                var help = doc.Parameters.SingleOrDefault(p => p.Name == parameter.Name);
                Assert.True(help != null, $"{name} -{parameter.Name} missing from help{Hint}");
                Assert.True(HelpFromCode.Yaml(cmdlet, parameter) == help!.Yaml, $"{name} -{parameter.Name}: help says\n{help.Yaml}\ncode says\n{HelpFromCode.Yaml(cmdlet, parameter)}{Hint}");
            }
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void SyntaxInHelpMatchesTheCode(string name)
        {
            var cmdlet = Cmdlet(name);
            var doc = LoadOrUpdate(name);
            Assert.Equal(HelpFromCode.Syntax(cmdlet).Select(s => s.ToString()), doc.Syntax.Select(s => s.ToString()));
        }

        [Fact]
        public void TheShippedMamlIsBuiltFromThePages()
        {
            var pages = CmdletMetadata.All.Select(c => (c, LoadOrUpdate(c.Name))).ToList();
            var expected = MamlWriter.Write(pages);

            Assert.True(File.Exists(RepoPaths.Maml), RepoPaths.Maml + " missing" + Hint);
            Assert.True(expected == File.ReadAllText(RepoPaths.Maml), "the MAML file is out of date" + Hint);
        }

        [Fact]
        public void TheMamlNamesEveryCmdletAndParameter()
        {
            XNamespace command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
            XNamespace maml = "http://schemas.microsoft.com/maml/2004/10";
            _ = UpdatedOnce.Value;
            var document = XDocument.Load(RepoPaths.Maml);
            var commands = document.Root!.Elements(command + "command").ToList();
            Assert.Equal(CmdletMetadata.All.Select(c => c.Name).OrderBy(n => n), commands.Select(c => (string)c.Element(command + "details")!.Element(command + "name")!).OrderBy(n => n));
            foreach (var element in commands)
            {
                var name = (string)element.Element(command + "details")!.Element(command + "name")!;
                var cmdlet = Cmdlet(name);
                var parameters = element.Element(command + "parameters")!.Elements(command + "parameter").ToList();
                Assert.Equal(cmdlet.Parameters.Select(p => p.Name), parameters.Select(p => (string)p.Element(maml + "name")!));
                foreach (var parameter in cmdlet.Parameters)
                {
                    var p = parameters.Single(x => (string)x.Element(maml + "name")! == parameter.Name);
                    Assert.Equal(HelpFromCode.PipelineInput(parameter), (string)p.Attribute("pipelineInput")!);
                    Assert.NotEmpty(p.Element(maml + "description")!.Elements(maml + "para"));
                }

                Assert.True(element.Element(command + "examples")!.Elements(command + "example").Count() >= 3);
                Assert.Equal(HelpFromCode.SetsInOrder(cmdlet).Count, element.Element(command + "syntax")!.Elements(command + "syntaxItem").Count());
            }
        }

        [Fact]
        public void TheParserReadsWhatTheRendererWrites()
        {
            var doc = new HelpDocument { Name = "Get-Thing", Synopsis = "Gets things.", Description = "One.\n\nTwo.", Notes = "N." };
            doc.Syntax.Add(new HelpSyntax("Path", true, "Get-Thing [-Path] <String[]> [<CommonParameters>]"));
            doc.Examples.Add(new HelpExample("Example 1: one", "PS> Get-Thing x | Format-Table", "Shows x."));
            doc.Parameters.Add(new HelpParameter("Path", "The path.", "Type: String[]\nParameter Sets: Path"));
            doc.Inputs.Add(new HelpTypeEntry("System.String", "Text."));
            doc.Outputs.Add(new HelpTypeEntry("Thing", "A thing."));
            doc.RelatedLinks.Add("[Get-Other](Get-Other.md)");
            var again = HelpDocument.Parse(doc.Render());
            Assert.Equal(doc.Render(), again.Render());
            Assert.Equal("The path.", again.Parameters.Single().Description);
            Assert.Equal("PS> Get-Thing x | Format-Table", again.Examples.Single().Code);
        }
    }
}
