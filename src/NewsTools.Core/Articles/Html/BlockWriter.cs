using System.Collections.Generic;
using System.Text;
using AngleSharp.Dom;

namespace NewsTools.Articles.Html
{
    /// <summary>
    /// Turns the chosen part of a page into text blocks as a reader sees them: a block element or a &lt;br&gt; ends a block,
    /// bare text between blocks is a block of its own, a table row of plain cells is one block (cells separated by " | "),
    /// headings are marked Heading and figure captions Caption.
    /// </summary>
    internal sealed class BlockWriter
    {
        private readonly HashSet<IElement> dropped;
        private readonly List<(string Text, ParagraphKind? Hint)> blocks = new List<(string, ParagraphKind?)>();
        private readonly StringBuilder current = new StringBuilder();
        private ParagraphKind? currentHint;

        private BlockWriter(HashSet<IElement> dropped)
        {
            this.dropped = dropped;
        }

        public static List<(string Text, ParagraphKind? Hint)> Write(IEnumerable<IElement> roots, HashSet<IElement> dropped)
        {
            var writer = new BlockWriter(dropped);
            foreach (var root in roots)
            {
                writer.Visit(root, null);
                writer.Flush();
            }

            return writer.blocks;
        }

        private void Visit(INode node, ParagraphKind? hint)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText text)
                {
                    if (current.Length == 0)
                    {
                        currentHint = hint;
                    }

                    current.Append(text.Data);
                }
                else if (child is IElement element)
                {
                    if (dropped.Contains(element))
                    {
                        continue;
                    }

                    var name = element.LocalName;
                    if (name == "br")
                    {
                        Flush();
                        continue;
                    }

                    var childHint = hint;
                    if (name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
                    {
                        childHint = ParagraphKind.Heading;
                    }
                    else if (name is "figcaption" || (name == "figure" && hint == null))
                    {
                        childHint = ParagraphKind.Caption;
                    }

                    if (name == "tr" && IsPlainRow(element))
                    {
                        Flush();
                        WriteRow(element, hint);
                        continue;
                    }

                    var block = HtmlVocabulary.IsBlock(name);
                    if (block)
                    {
                        Flush();
                    }

                    Visit(element, childHint);
                    if (block)
                    {
                        Flush();
                    }
                }
            }
        }

        /// <summary>A row whose cells hold only text, links and line formatting: one line of a table.</summary>
        private static bool IsPlainRow(IElement row)
        {
            foreach (var cell in row.Children)
            {
                foreach (var inner in cell.Descendants<IElement>())
                {
                    if (HtmlVocabulary.IsBlock(inner.LocalName) || inner.LocalName == "br")
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private void WriteRow(IElement row, ParagraphKind? hint)
        {
            var cells = new List<string>();
            foreach (var cell in row.Children)
            {
                if (!dropped.Contains(cell) && HtmlText.Clean(cell.TextContent) is string text)
                {
                    cells.Add(text);
                }
            }

            if (cells.Count > 0)
            {
                current.Append(string.Join(" | ", cells));
                currentHint = hint;
                Flush();
            }
        }

        private void Flush()
        {
            if (current.Length == 0)
            {
                return;
            }

            var text = HtmlText.Clean(current.ToString());
            current.Clear();
            if (text != null)
            {
                blocks.Add((text, currentHint));
            }

            currentHint = null;
        }
    }
}
