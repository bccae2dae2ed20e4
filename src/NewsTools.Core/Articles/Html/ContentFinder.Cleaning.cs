using System;
using System.Collections.Generic;
using System.Linq;
using AngleSharp.Dom;

namespace NewsTools.Articles.Html
{
    /// <summary>Cleaning: containers inside the chosen part that read like furniture, dropped innermost first.</summary>
    internal sealed partial class ContentFinder
    {
        /// <summary>
        /// Drops, inside the chosen part, containers that read like furniture. Inner ones are judged first, and what they
        /// drop no longer counts against their container (a story wrapper with a share bar inside is kept, the bar is not).
        /// </summary>
        private TextStats Clean(IElement element, HashSet<IElement> dropped, bool insideDataTable)
        {
            var original = stats[element];
            var name = element.LocalName;
            var dataTable = insideDataTable || (name == "table" && IsDataTable(element));
            if (name == "pre" || name == "code")
            {
                return original;
            }

            var s = new TextStats { HasBlockChild = original.HasBlockChild, OwnInlineLength = original.OwnInlineLength, OwnInlineCommas = original.OwnInlineCommas };
            s.Length = original.OwnInlineLength;
            s.Commas = original.OwnInlineCommas;
            AddKeptChildren(element, s, dropped, dataTable);
            RecountOwnKind(element, original, s);
            if (IsFurniture(element, s, dataTable))
            {
                dropped.Add(element);
            }

            return s;
        }

        /// <summary>Cleans each child first, then adds what the children that stay hold to the element's facts.</summary>
        private void AddKeptChildren(IElement element, TextStats s, HashSet<IElement> dropped, bool dataTable)
        {
            foreach (var child in element.Children)
            {
                if (!stats.ContainsKey(child))
                {
                    continue;
                }

                var c = Clean(child, dropped, dataTable);
                if (dropped.Contains(child))
                {
                    continue;
                }

                if (!HtmlVocabulary.IsBlock(child.LocalName) && child.LocalName != "img")
                {
                    // Inline children were counted in the element's own inline text already.
                    s.LinkLength += c.LinkLength;
                    s.Images += c.Images;
                    s.Embeds += c.Embeds;
                    s.Inputs += c.Inputs;
                    continue;
                }

                s.AddChild(c);
            }
        }

        /// <summary>What the element itself is, counted again over the text that stays (a link keeps its measured link text).</summary>
        private static void RecountOwnKind(IElement element, TextStats original, TextStats s)
        {
            var name = element.LocalName;
            if (name == "a")
            {
                s.LinkLength = original.LinkLength;
            }

            if (name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
            {
                s.HeadingLength = s.Length;
            }

            if (name is "ul" or "ol")
            {
                s.ListLength = s.Length;
            }

            if (name == "p" || (name == "div" && !s.HasBlockChild))
            {
                s.Paragraphs = Math.Max(s.Paragraphs, 1);
            }

            if (name is "li")
            {
                s.ListItems++;
            }

            if (name is "img")
            {
                s.Images = 1;
            }
        }

        private bool IsFurniture(IElement element, TextStats s, bool dataTable)
        {
            var name = element.LocalName;
            if (name is "aside" or "footer" or "nav")
            {
                return true;
            }

            if (name is "h1" or "h2")
            {
                return useWeights && vocabulary.ClassWeight(element) < 0 && s.Length < 200;
            }

            var conditional = name is "form" or "fieldset" or "ul" or "table" || (name is "div" or "section" && s.HasBlockChild);
            if (!conditional || dataTable || (name == "table" && IsDataTable(element)))
            {
                return false;
            }

            var weight = Weight(element);

            // The name counts against a container only as far as its own text does not speak for it.
            if (weight + (scores.TryGetValue(element, out var score) ? score : 0) < 0)
            {
                return true;
            }

            if (s.Commas >= 10)
            {
                return false;
            }

            var isList = name is "ul" or "ol" || (s.Length > 0 && (double)s.ListLength / s.Length > 0.9);
            var inFigure = Ancestor(element, "figure") != null;
            var linkDensity = s.Length == 0 ? 0 : (double)s.LinkLength / s.Length;
            var headingDensity = s.Length == 0 ? 0 : (double)s.HeadingLength / s.Length;
            var p = s.Paragraphs;
            return (!inFigure && s.Images > 1 && (double)p / s.Images < 0.5)
                || (!isList && s.ListItems - 100 > p)
                || s.Inputs > p / 3
                || (!isList && headingDensity < 0.9 && s.Length < 25 && (s.Images == 0 || s.Images > 2) && !inFigure)
                || (!isList && weight < 25 && linkDensity > 0.2)
                || (weight >= 25 && linkDensity > 0.5)
                || (s.Embeds == 1 && s.Length < 75) || s.Embeds > 1;
        }

        /// <summary>The element itself or its nearest ancestor with this tag name (a walk, not a selector: selectors are parsed per call).</summary>
        private static IElement? Ancestor(IElement? element, string localName)
        {
            for (var e = element; e != null; e = e.ParentElement)
            {
                if (e.LocalName == localName)
                {
                    return e;
                }
            }

            return null;
        }

        private static bool IsHeading(string name) => name.Length == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6';

        /// <summary>A table of data (headers, a caption, or a grid of several rows and columns) is content, whatever its links.</summary>
        private static bool IsDataTable(IElement table)
        {
            if (table.GetAttribute("role") == "presentation" || table.GetAttribute("datatable") == "0")
            {
                return false;
            }

            if (table.QuerySelector("caption, th, thead, tfoot, colgroup, col") != null || !string.IsNullOrEmpty(table.GetAttribute("summary")))
            {
                return true;
            }

            if (table.QuerySelector("table") != null)
            {
                return false;
            }

            var rows = table.QuerySelectorAll("tr");
            var columns = rows.Length == 0 ? 0 : rows.Max(r => r.Children.Length);
            return rows.Length >= 10 || columns > 4 || rows.Length * columns > 10;
        }
    }
}
