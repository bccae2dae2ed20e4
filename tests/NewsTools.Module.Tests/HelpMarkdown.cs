using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text;

namespace NewsTools.Module.Tests
{
    internal sealed record HelpExample(string Title, string Code, string Remarks);

    internal sealed record HelpParameter(string Name, string Description, string Yaml);

    internal sealed record HelpTypeEntry(string TypeName, string Description);

    internal sealed record HelpSyntax(string SetName, bool IsDefault, string Line);

    /// <summary>
    /// One cmdlet's help page in docs/en-US (platyPS layout): prose written by people, syntax and parameter metadata
    /// rendered from the code so the two cannot drift apart unnoticed.
    /// </summary>
    internal sealed class HelpDocument
    {
        public const string Placeholder = "{{ Fill in the description }}";

        public string Name { get; set; } = "";

        public string Synopsis { get; set; } = "";

        public List<HelpSyntax> Syntax { get; } = new List<HelpSyntax>();

        public string Description { get; set; } = "";

        public List<HelpExample> Examples { get; } = new List<HelpExample>();

        public List<HelpParameter> Parameters { get; } = new List<HelpParameter>();

        public List<HelpTypeEntry> Inputs { get; } = new List<HelpTypeEntry>();

        public List<HelpTypeEntry> Outputs { get; } = new List<HelpTypeEntry>();

        public string Notes { get; set; } = "";

        public List<string> RelatedLinks { get; } = new List<string>();

        public static string PathFor(string cmdlet) => System.IO.Path.Combine(RepoPaths.Docs, cmdlet + ".md");

        public static HelpDocument Load(string cmdlet) => Parse(File.ReadAllText(PathFor(cmdlet)).Replace("\r\n", "\n"));

        public static HelpDocument Parse(string markdown)
        {
            var doc = new HelpDocument();
            var lines = markdown.Split('\n');
            var i = 0;
            if (lines.Length > 0 && lines[0] == "---")
            {
                i = 1;
                while (i < lines.Length && lines[i] != "---")
                {
                    i++;
                }

                i++;
            }

            string? section = null;
            string? sub = null;
            var buffer = new List<string>();

            void Flush()
            {
                var text = string.Join("\n", buffer).Trim('\n');
                buffer.Clear();
                switch (section)
                {
                    case "SYNOPSIS":
                        doc.Synopsis = text.Trim();
                        break;
                    case "DESCRIPTION":
                        doc.Description = text.Trim();
                        break;
                    case "NOTES":
                        doc.Notes = text.Trim();
                        break;
                    case "RELATED LINKS":
                        doc.RelatedLinks.AddRange(text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
                        break;
                    case "SYNTAX" when sub != null:
                        var isDefault = sub.EndsWith(" (Default)", StringComparison.Ordinal);
                        var setName = isDefault ? sub.Substring(0, sub.Length - " (Default)".Length) : sub;
                        doc.Syntax.Add(new HelpSyntax(setName, isDefault, Fenced(text).code.Trim()));
                        break;
                    case "EXAMPLES" when sub != null:
                        var (code, rest) = Fenced(text);
                        doc.Examples.Add(new HelpExample(sub, code.TrimEnd(), rest.Trim()));
                        break;
                    case "PARAMETERS" when sub != null && sub.StartsWith("-", StringComparison.Ordinal):
                        var fence = text.IndexOf("```yaml", StringComparison.Ordinal);
                        var description = fence >= 0 ? text.Substring(0, fence).Trim() : text.Trim();
                        var yaml = fence >= 0 ? Fenced(text.Substring(fence)).code.Trim() : "";
                        doc.Parameters.Add(new HelpParameter(sub.Substring(1), description, yaml));
                        break;
                    case "INPUTS" when sub != null:
                        doc.Inputs.Add(new HelpTypeEntry(sub, text.Trim()));
                        break;
                    case "OUTPUTS" when sub != null:
                        doc.Outputs.Add(new HelpTypeEntry(sub, text.Trim()));
                        break;
                }
            }

            var inFence = false;
            for (; i < lines.Length; i++)
            {
                var line = lines[i];
                if (line.StartsWith("```", StringComparison.Ordinal))
                {
                    inFence = !inFence;
                }

                if (!inFence && line.StartsWith("# ", StringComparison.Ordinal))
                {
                    doc.Name = line.Substring(2).Trim();
                    continue;
                }

                if (!inFence && line.StartsWith("## ", StringComparison.Ordinal))
                {
                    Flush();
                    section = line.Substring(3).Trim();
                    sub = null;
                    continue;
                }

                if (!inFence && line.StartsWith("### ", StringComparison.Ordinal) && section != "SYNOPSIS" && section != "DESCRIPTION" && section != "NOTES")
                {
                    Flush();
                    sub = line.Substring(4).Trim();
                    continue;
                }

                buffer.Add(line);
            }

            Flush();
            return doc;
        }

        /// <summary>The first fenced block's content and the text after it.</summary>
        private static (string code, string rest) Fenced(string text)
        {
            var start = text.IndexOf("```", StringComparison.Ordinal);
            if (start < 0)
            {
                return ("", text);
            }

            var lineEnd = text.IndexOf('\n', start);
            var end = lineEnd < 0 ? -1 : text.IndexOf("\n```", lineEnd, StringComparison.Ordinal);
            if (end < 0)
            {
                return (text.Substring(start), "");
            }

            var code = text.Substring(lineEnd + 1, end - lineEnd - 1);
            var after = text.IndexOf('\n', end + 4);
            return (code, after < 0 ? "" : text.Substring(after + 1));
        }

        public string Render()
        {
            var sb = new StringBuilder();
            sb.Append("---\nexternal help file: NewsTools.dll-Help.xml\nModule Name: NewsTools\nonline version:\nschema: 2.0.0\n---\n\n");
            sb.Append("# ").Append(Name).Append("\n\n## SYNOPSIS\n").Append(Synopsis).Append("\n\n## SYNTAX\n\n");
            foreach (var syntax in Syntax)
            {
                sb.Append("### ").Append(syntax.SetName).Append(syntax.IsDefault ? " (Default)" : "").Append("\n```\n").Append(syntax.Line).Append("\n```\n\n");
            }

            sb.Append("## DESCRIPTION\n").Append(Description).Append("\n\n## EXAMPLES\n\n");
            foreach (var example in Examples)
            {
                sb.Append("### ").Append(example.Title).Append("\n```powershell\n").Append(example.Code).Append("\n```\n\n");
                if (example.Remarks.Length > 0)
                {
                    sb.Append(example.Remarks).Append("\n\n");
                }
            }

            sb.Append("## PARAMETERS\n\n");
            foreach (var parameter in Parameters)
            {
                sb.Append("### -").Append(parameter.Name).Append('\n').Append(parameter.Description).Append("\n\n```yaml\n").Append(parameter.Yaml).Append("\n```\n\n");
            }

            sb.Append("### CommonParameters\n").Append(CommonParametersText).Append("\n\n## INPUTS\n\n");
            foreach (var input in Inputs)
            {
                sb.Append("### ").Append(input.TypeName).Append('\n').Append(input.Description).Append("\n\n");
            }

            sb.Append("## OUTPUTS\n\n");
            foreach (var output in Outputs)
            {
                sb.Append("### ").Append(output.TypeName).Append('\n').Append(output.Description).Append("\n\n");
            }

            sb.Append("## NOTES\n").Append(Notes).Append("\n\n## RELATED LINKS\n\n");
            foreach (var link in RelatedLinks)
            {
                sb.Append(link).Append("\n\n");
            }

            return sb.ToString().TrimEnd('\n') + "\n";
        }

        public const string CommonParametersText =
            "This cmdlet supports the common parameters: -Debug, -ErrorAction, -ErrorVariable, -InformationAction, -InformationVariable, " +
            "-OutVariable, -OutBuffer, -PipelineVariable, -ProgressAction, -Verbose, -WarningAction, and -WarningVariable. " +
            "For more information, see [about_CommonParameters](http://go.microsoft.com/fwlink/?LinkID=113216).";
    }

    /// <summary>What the code says a help page's generated parts must be.</summary>
    internal static class HelpFromCode
    {
        public static string TypeName(Type type)
        {
            var underlying = Nullable.GetUnderlyingType(type);
            if (underlying != null)
            {
                return TypeName(underlying);
            }

            return type.IsArray ? TypeName(type.GetElementType()!) + "[]" : type.Name;
        }

        public static bool IsSwitch(ParameterMetadata p) => p.Type == typeof(SwitchParameter);

        public static IReadOnlyList<string> AcceptedValues(ParameterMetadata p)
        {
            if (p.ValidateSet.Count > 0)
            {
                return p.ValidateSet;
            }

            var type = Nullable.GetUnderlyingType(p.Type) ?? p.Type;
            type = type.IsArray ? type.GetElementType()! : type;
            return type.IsEnum ? Enum.GetNames(type) : Array.Empty<string>();
        }

        public static string PipelineInput(ParameterMetadata p) =>
            p.ByValue && p.ByPropertyName ? "True (ByPropertyName, ByValue)" : p.ByValue ? "True (ByValue)" : p.ByPropertyName ? "True (ByPropertyName)" : "False";

        public static string Position(ParameterMetadata p)
        {
            var position = p.Sets.Select(s => s.Position).Where(n => n >= 0).DefaultIfEmpty(-1).Min();
            return position >= 0 ? position.ToString(CultureInfo.InvariantCulture) : "Named";
        }

        public static bool Required(ParameterMetadata p) => p.Sets.Any(s => s.Mandatory);

        public static string DefaultValue(CmdletMetadata cmdlet, ParameterMetadata p)
        {
            // -ThrottleLimit's default is the core count of the machine running the command, not of the one writing the help.
            if (p.Name == "ThrottleLimit")
            {
                return "The number of cores";
            }

            object? value;
            try
            {
                var instance = Activator.CreateInstance(cmdlet.Type);
                value = cmdlet.Type.GetProperty(p.Name)!.GetValue(instance);
            }
            catch (Exception)
            {
                return "None";
            }

            return value switch
            {
                null => "None",
                SwitchParameter => "False",
                Array { Length: 0 } => "None",
                string s when s.Length == 0 => "None",
                _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "None",
            };
        }

        public static string Yaml(CmdletMetadata cmdlet, ParameterMetadata p)
        {
            var sb = new StringBuilder();
            sb.Append("Type: ").Append(TypeName(p.Type)).Append('\n');
            sb.Append("Parameter Sets: ").Append(p.InAllSets ? "(All)" : string.Join(", ", p.Sets.Select(s => s.SetName))).Append('\n');
            sb.Append("Aliases:").Append(p.Aliases.Count > 0 ? " " + string.Join(", ", p.Aliases) : "").Append('\n');
            var accepted = AcceptedValues(p);
            if (accepted.Count > 0)
            {
                sb.Append("Accepted values: ").Append(string.Join(", ", accepted)).Append('\n');
            }

            sb.Append('\n');
            sb.Append("Required: ").Append(Required(p) ? "True" : "False").Append('\n');
            sb.Append("Position: ").Append(Position(p)).Append('\n');
            sb.Append("Default value: ").Append(DefaultValue(cmdlet, p)).Append('\n');
            sb.Append("Accept pipeline input: ").Append(PipelineInput(p)).Append('\n');
            sb.Append("Accept wildcard characters: ").Append(p.SupportsWildcards ? "True" : "False");
            return sb.ToString();
        }

        /// <summary>The parameter sets as Get-Command -Syntax lists them: the default first.</summary>
        public static IReadOnlyList<string> SetsInOrder(CmdletMetadata cmdlet)
        {
            var sets = cmdlet.ParameterSets.ToList();
            if (sets.Count == 0)
            {
                return new[] { CmdletMetadata.AllSets };
            }

            if (cmdlet.DefaultParameterSetName != null && sets.Remove(cmdlet.DefaultParameterSetName))
            {
                sets.Insert(0, cmdlet.DefaultParameterSetName);
            }

            return sets;
        }

        public static IEnumerable<(ParameterMetadata parameter, ParameterSetEntry entry)> InSet(CmdletMetadata cmdlet, string set) =>
            cmdlet.Parameters
                .Select(p => (p, e: p.Sets.FirstOrDefault(s => s.SetName == set) ?? p.Sets.FirstOrDefault(s => s.SetName == CmdletMetadata.AllSets)))
                .Where(x => x.e != null)
                .Select(x => (x.p, x.e!))
                .OrderBy(x => x.Item2.Position >= 0 ? x.Item2.Position : int.MaxValue)
                .ThenBy(x => x.Item2.Mandatory ? 0 : 1)
                .ThenBy(x => cmdlet.Parameters.ToList().IndexOf(x.p));

        public static string SyntaxLine(CmdletMetadata cmdlet, string set)
        {
            var sb = new StringBuilder(cmdlet.Name);
            foreach (var (p, e) in InSet(cmdlet, set))
            {
                var name = "-" + p.Name;
                var value = IsSwitch(p) ? "" : " <" + TypeName(p.Type) + ">";
                var positional = e.Position >= 0;
                var core = positional && !IsSwitch(p) ? "[" + name + "]" + value : name + value;
                sb.Append(' ').Append(e.Mandatory ? core : "[" + core + "]");
            }

            if (cmdlet.SupportsShouldProcess)
            {
                sb.Append(" [-WhatIf] [-Confirm]");
            }

            return sb.Append(" [<CommonParameters>]").ToString();
        }

        public static IReadOnlyList<HelpSyntax> Syntax(CmdletMetadata cmdlet) =>
            SetsInOrder(cmdlet).Select(set => new HelpSyntax(
                set == CmdletMetadata.AllSets ? "__AllParameterSets" : set,
                set == cmdlet.DefaultParameterSetName,
                SyntaxLine(cmdlet, set))).ToList();

        /// <summary>The page with its generated parts replaced from the code, prose kept, missing parameters stubbed.</summary>
        public static HelpDocument Update(CmdletMetadata cmdlet, HelpDocument doc)
        {
            var updated = new HelpDocument
            {
                Name = cmdlet.Name,
                Synopsis = doc.Synopsis,
                Description = doc.Description,
                Notes = doc.Notes,
            };
            updated.Syntax.AddRange(Syntax(cmdlet));
            updated.Examples.AddRange(doc.Examples);
            foreach (var p in cmdlet.Parameters)
            {
                var existing = doc.Parameters.FirstOrDefault(x => string.Equals(x.Name, p.Name, StringComparison.OrdinalIgnoreCase));
                updated.Parameters.Add(new HelpParameter(p.Name, existing?.Description ?? HelpDocument.Placeholder, Yaml(cmdlet, p)));
            }

            updated.Inputs.AddRange(doc.Inputs);
            updated.Outputs.AddRange(doc.Outputs);
            updated.RelatedLinks.AddRange(doc.RelatedLinks);
            return updated;
        }
    }
}
