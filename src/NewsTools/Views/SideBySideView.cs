using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Security;
using System.Text;
using NewsTools.Coverage;

namespace NewsTools.PowerShell.Views
{
    /// <summary>
    /// Compare-Coverage -View SideBySide: one column per outlet, headed by the outlet's name, beside the speaker. A view's
    /// column labels are fixed in format data, so the view for the outlets of one call is written once per session and
    /// prepended with Update-FormatData. Each cell is broken between words to the column's width, because a table's own
    /// wrapping cuts words in two.
    /// </summary>
    internal static class SideBySideView
    {
        /// <summary>The console width the default tables are laid out for.</summary>
        private const int ConsoleWidth = 120;

        private const int KindWidth = 11;

        private const int SpeakerWidth = 18;

        private const int MinTextWidth = 16;

        private static readonly object Gate = new object();

        // Per runspace, the outlet list whose view was last prepended (a later prepend wins, so only a change needs one).
        private static readonly Dictionary<Guid, string> Registered = new Dictionary<Guid, string>();

        private static int fileCounter;

        /// <summary>The outlets of the rows in the order they first appear, each named once.</summary>
        public static IReadOnlyList<string> OutletsOf(IEnumerable<CoverageComparison> comparisons) =>
            comparisons.SelectMany(c => c.Summary.Outlets).Distinct(StringComparer.Ordinal).ToList();

        /// <summary>The row wrapped with the side-by-side type name and one note property per outlet holding its text.</summary>
        public static PSObject Wrap(CoverageItem item, IReadOnlyList<string> outlets, string typeName)
        {
            var wrapped = new PSObject(item);
            wrapped.TypeNames.Insert(0, typeName);
            foreach (var outlet in outlets)
            {
                if (wrapped.Properties[outlet] != null)
                {
                    continue; // an outlet named like a row property ("Kind") keeps the property; its text stays in Texts
                }

                var texts = item.Texts.Where(t => string.Equals(t.Outlet ?? t.ArticleId, outlet, StringComparison.Ordinal)).Select(t => t.Text);
                wrapped.Properties.Add(new PSNoteProperty(outlet, string.Join(Environment.NewLine, texts)));
            }

            return wrapped;
        }

        /// <summary>Makes the session's SideBySide view name these outlets; nothing to do when it already does.</summary>
        public static void Register(PSCmdlet cmdlet, IReadOnlyList<string> outlets, string typeName)
        {
            var key = string.Join("\n", outlets);
            var runspace = System.Management.Automation.Runspaces.Runspace.DefaultRunspace?.InstanceId ?? Guid.Empty;
            string path;
            lock (Gate)
            {
                if (Registered.TryGetValue(runspace, out var last) && last == key)
                {
                    return;
                }

                path = Path.Combine(Path.GetTempPath(), "NewsTools-SideBySide-" + ProcessId() + "-" + (++fileCounter) + ".format.ps1xml");
                File.WriteAllText(path, FormatXml(outlets, typeName), new UTF8Encoding(false));
                Registered[runspace] = key;
            }

            cmdlet.InvokeCommand.InvokeScript("param($p) Update-FormatData -PrependPath $p", false, System.Management.Automation.Runspaces.PipelineResultTypes.None, null, path);
        }

        private static int ProcessId() => System.Diagnostics.Process.GetCurrentProcess().Id;

        /// <summary>The column width each outlet gets so that the whole table fits the console.</summary>
        public static int TextWidth(int outletCount)
        {
            var n = Math.Max(1, outletCount);
            var free = ConsoleWidth - 1 - KindWidth - 1 - SpeakerWidth - 1 - (n - 1);
            return Math.Max(MinTextWidth, free / n);
        }

        private static string FormatXml(IReadOnlyList<string> outlets, string typeName)
        {
            var width = TextWidth(outlets.Count);
            var xml = new StringBuilder();
            xml.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?><Configuration><ViewDefinitions><View><Name>SideBySide</Name>");
            xml.Append("<ViewSelectedBy><TypeName>").Append(SecurityElement.Escape(typeName)).Append("</TypeName></ViewSelectedBy><TableControl><TableHeaders>");
            Header(xml, "Kind", KindWidth);
            Header(xml, "Speaker", SpeakerWidth);
            foreach (var outlet in outlets)
            {
                Header(xml, outlet, width);
            }

            xml.Append("</TableHeaders><TableRowEntries><TableRowEntry><Wrap/><TableColumnItems>");
            xml.Append("<TableColumnItem><PropertyName>Kind</PropertyName></TableColumnItem>");
            Cell(xml, "Speaker", SpeakerWidth);
            foreach (var outlet in outlets)
            {
                Cell(xml, outlet, width);
            }

            xml.Append("</TableColumnItems></TableRowEntry></TableRowEntries></TableControl></View></ViewDefinitions></Configuration>");
            return xml.ToString();
        }

        // Greedy line filling between words; a word longer than the column is left for the table to cut.
        private static void Cell(StringBuilder xml, string property, int width)
        {
            var script = "$t = $_.PSObject.Properties['" + property.Replace("'", "''") + "']; if ($t -and $t.Value) { (([string]$t.Value) -replace '\\s+', ' ' -replace '(.{1," + width + "})(?: |$)', \"`$1`n\").TrimEnd() }";
            xml.Append("<TableColumnItem><ScriptBlock>").Append(SecurityElement.Escape(script)).Append("</ScriptBlock></TableColumnItem>");
        }

        private static void Header(StringBuilder xml, string label, int width) =>
            xml.Append("<TableColumnHeader><Label>").Append(SecurityElement.Escape(label)).Append("</Label><Width>").Append(width).Append("</Width></TableColumnHeader>");
    }
}
