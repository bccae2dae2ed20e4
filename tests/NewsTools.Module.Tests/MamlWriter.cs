using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace NewsTools.Module.Tests
{
    /// <summary>
    /// Writes the MAML file Get-Help reads (en-US/NewsTools.dll-Help.xml) from the markdown pages and the cmdlet metadata,
    /// the way platyPS does: prose from the page, parameter facts from the code.
    /// </summary>
    internal static class MamlWriter
    {
        private static readonly XNamespace Msh = "http://msh";
        private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
        private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
        private static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";
        private static readonly XNamespace MSHelp = "http://msdn.microsoft.com/mshelp";

        public static string Write(IEnumerable<(CmdletMetadata cmdlet, HelpDocument doc)> pages)
        {
            var root = new XElement(Msh + "helpItems", new XAttribute("schema", "maml"), pages.Select(p => CommandElement(p.cmdlet, p.doc)));
            var document = new XDocument(new XDeclaration("1.0", "utf-8", null), root);
            var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
            var sb = new StringBuilder();
            using (var writer = XmlWriter.Create(new Utf8StringWriter(sb), settings))
            {
                document.Save(writer);
            }

            return sb.ToString().Replace("\r\n", "\n") + "\n";
        }

        private static XElement CommandElement(CmdletMetadata cmdlet, HelpDocument doc)
        {
            var parameters = doc.Parameters.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
            string Description(ParameterMetadata p) => parameters.TryGetValue(p.Name, out var h) ? h.Description : "";

            return new XElement(
                Command + "command",
                new XAttribute(XNamespace.Xmlns + "maml", Maml),
                new XAttribute(XNamespace.Xmlns + "command", Command),
                new XAttribute(XNamespace.Xmlns + "dev", Dev),
                new XAttribute(XNamespace.Xmlns + "MSHelp", MSHelp),
                new XElement(
                    Command + "details",
                    new XElement(Command + "name", cmdlet.Name),
                    new XElement(Command + "verb", cmdlet.Verb),
                    new XElement(Command + "noun", cmdlet.Noun),
                    new XElement(Maml + "description", Paragraphs(doc.Synopsis))),
                new XElement(Maml + "description", Paragraphs(doc.Description)),
                new XElement(
                    Command + "syntax",
                    HelpFromCode.SetsInOrder(cmdlet).Select(set => new XElement(
                        Command + "syntaxItem",
                        new XElement(Maml + "name", cmdlet.Name),
                        HelpFromCode.InSet(cmdlet, set).Select(x => Parameter(cmdlet, x.parameter, Description(x.parameter), x.entry))))),
                new XElement(Command + "parameters", cmdlet.Parameters.Select(p => Parameter(cmdlet, p, Description(p), null))),
                new XElement(Command + "inputTypes", doc.Inputs.Select(i => new XElement(
                    Command + "inputType",
                    new XElement(Dev + "type", new XElement(Maml + "name", i.TypeName)),
                    new XElement(Maml + "description", Paragraphs(i.Description))))),
                new XElement(Command + "returnValues", doc.Outputs.Select(o => new XElement(
                    Command + "returnValue",
                    new XElement(Dev + "type", new XElement(Maml + "name", o.TypeName)),
                    new XElement(Maml + "description", Paragraphs(o.Description))))),
                new XElement(Maml + "alertSet", new XElement(Maml + "alert", Paragraphs(doc.Notes))),
                new XElement(Command + "examples", doc.Examples.Select(e => new XElement(
                    Command + "example",
                    new XElement(Maml + "title", "-------------------------- " + e.Title + " --------------------------"),
                    new XElement(Dev + "code", e.Code),
                    new XElement(Dev + "remarks", Paragraphs(e.Remarks))))),
                new XElement(Command + "relatedLinks", doc.RelatedLinks.Select(Link)));
        }

        private static XElement Parameter(CmdletMetadata cmdlet, ParameterMetadata p, string description, ParameterSetEntry? entry)
        {
            var required = entry?.Mandatory ?? HelpFromCode.Required(p);
            var position = entry == null ? HelpFromCode.Position(p) : entry.Position >= 0 ? entry.Position.ToString(System.Globalization.CultureInfo.InvariantCulture) : "named";
            var typeName = HelpFromCode.TypeName(p.Type);
            var element = new XElement(
                Command + "parameter",
                new XAttribute("required", required ? "true" : "false"),
                new XAttribute("variableLength", p.Type.IsArray ? "true" : "false"),
                new XAttribute("globbing", p.SupportsWildcards ? "true" : "false"),
                new XAttribute("pipelineInput", HelpFromCode.PipelineInput(p)),
                new XAttribute("position", position == "Named" ? "named" : position),
                new XAttribute("aliases", p.Aliases.Count > 0 ? string.Join(", ", p.Aliases) : "none"),
                new XElement(Maml + "name", p.Name),
                new XElement(Maml + "description", Paragraphs(description)));
            var accepted = HelpFromCode.AcceptedValues(p);
            if (accepted.Count > 0)
            {
                element.Add(new XElement(Command + "parameterValueGroup", accepted.Select(v => new XElement(
                    Command + "parameterValue", new XAttribute("required", "false"), new XAttribute(Command + "variableLength", "false"), v))));
            }

            if (!HelpFromCode.IsSwitch(p))
            {
                element.Add(new XElement(Command + "parameterValue", new XAttribute("required", "true"), new XAttribute("variableLength", "false"), typeName));
            }

            element.Add(new XElement(Dev + "type", new XElement(Maml + "name", typeName), new XElement(Maml + "uri")));
            element.Add(new XElement(Dev + "defaultValue", HelpFromCode.DefaultValue(cmdlet, p)));
            return element;
        }

        /// <summary>Blank-line separated paragraphs; lines of one paragraph joined, as Get-Help re-wraps them.</summary>
        private static IEnumerable<XElement> Paragraphs(string text) =>
            text.Replace("\r\n", "\n").Split(new[] { "\n\n" }, StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Trim())
                .Where(p => p.Length > 0)
                .Select(p => new XElement(Maml + "para", p.StartsWith("- ", StringComparison.Ordinal) ? p : string.Join(" ", p.Split('\n').Select(l => l.Trim()))));

        private static XElement Link(string markdownLink)
        {
            // [Text](target): a .md target is another cmdlet's page, shown by name; an http(s) target is kept as the uri.
            var text = markdownLink;
            var uri = "";
            var close = markdownLink.IndexOf("](", StringComparison.Ordinal);
            if (markdownLink.StartsWith("[", StringComparison.Ordinal) && close > 0 && markdownLink.EndsWith(")", StringComparison.Ordinal))
            {
                text = markdownLink.Substring(1, close - 1);
                var target = markdownLink.Substring(close + 2, markdownLink.Length - close - 3);
                uri = target.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? target : "";
            }

            return new XElement(Maml + "navigationLink", new XElement(Maml + "linkText", text), new XElement(Maml + "uri", uri));
        }

        private sealed class Utf8StringWriter : System.IO.StringWriter
        {
            public Utf8StringWriter(StringBuilder sb)
                : base(sb, System.Globalization.CultureInfo.InvariantCulture)
            {
            }

            public override Encoding Encoding => new UTF8Encoding(false);
        }
    }
}
