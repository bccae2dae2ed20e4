using System;
using System.Collections.Generic;
using System.Linq;
using AngleSharp.Dom;

namespace NewsTools.Articles.Html
{
    /// <summary>The part of a page that holds the story: the chosen elements, and the elements inside them judged furniture.</summary>
    internal sealed class ContentChoice
    {
        public ContentChoice(IReadOnlyList<IElement> roots, HashSet<IElement> dropped)
        {
            Roots = roots;
            Dropped = dropped;
        }

        public IReadOnlyList<IElement> Roots { get; }

        public HashSet<IElement> Dropped { get; }
    }

    /// <summary>
    /// Finds the story by its own text, as Mozilla Readability does: every paragraph scores by its length and commas and
    /// passes its score up to its containers; the container with the best score, less the share of it that is link text,
    /// holds the story. Class and id words only weigh a container up or down; nothing is deleted for its name alone.
    /// Then the siblings that read like the story join it, and containers inside it that read like furniture (mostly
    /// links, galleries, forms, link lists) are dropped.
    /// </summary>
    internal sealed class ContentFinder
    {
        private readonly HtmlVocabulary vocabulary;
        private readonly Dictionary<IElement, TextStats> stats = new Dictionary<IElement, TextStats>();
        private readonly Dictionary<IElement, double> scores = new Dictionary<IElement, double>();
        private readonly HashSet<IElement> unlikely = new HashSet<IElement>();
        private readonly Dictionary<IElement, double> itemShares = new Dictionary<IElement, double>();
        private bool useWeights;
        private IElement? measured;

        public ContentFinder(HtmlVocabulary vocabulary)
        {
            this.vocabulary = vocabulary;
        }

        /// <summary>Text facts of one element, its descendants included.</summary>
        private sealed class TextStats
        {
            public int Length;
            public int LinkLength;
            public int Commas;
            public int OwnInlineLength;
            public int OwnInlineCommas;
            public bool HasBlockChild;
            public int Paragraphs;
            public int Images;
            public int ListItems;
            public int Inputs;
            public int Embeds;
            public int HeadingLength;
            public int ListLength;

            /// <summary>Adds what a child element holds (its own inline text stays its own).</summary>
            public void AddChild(TextStats child)
            {
                Length += child.Length;
                LinkLength += child.LinkLength;
                Commas += child.Commas;
                Paragraphs += child.Paragraphs;
                Images += child.Images;
                ListItems += child.ListItems;
                Inputs += child.Inputs;
                Embeds += child.Embeds;
                HeadingLength += child.HeadingLength;
                ListLength += child.ListLength;
            }
        }

        /// <param name="weights">Whether class and id words count; a second try without them rescues pages whose story wrapper is named like furniture.</param>
        /// <param name="clean">Whether furniture inside the chosen part is dropped.</param>
        public ContentChoice Find(IElement body, bool weights, bool clean)
        {
            useWeights = weights;
            scores.Clear();
            if (measured != body)
            {
                // Text facts do not depend on the weights: measured once per page, whatever the number of tries.
                stats.Clear();
                itemShares.Clear();
                Measure(body);
                measured = body;
            }

            unlikely.Clear();
            ScoreParagraphs(body, body, false);
            var top = ChooseTop(body);
            var roots = top == null || top == body ? new List<IElement> { body } : Siblings(top);
            var dropped = new HashSet<IElement>(unlikely);
            if (clean)
            {
                foreach (var root in roots)
                {
                    // Broken markup can give the chosen part a sibling outside the measured body (the <html> element itself):
                    // it is kept as it is rather than judged without its measurements.
                    if (stats.ContainsKey(root))
                    {
                        Clean(root, dropped, false);
                    }
                }
            }

            return new ContentChoice(roots, dropped);
        }

        private TextStats Measure(IElement element)
        {
            var s = new TextStats();
            var name = element.LocalName;
            foreach (var child in element.ChildNodes)
            {
                if (child is IText text)
                {
                    var length = HtmlText.CollapsedLength(text.Data);
                    var commas = HtmlText.Commas(text.Data);
                    s.Length += length;
                    s.Commas += commas;
                    s.OwnInlineLength += length;
                    s.OwnInlineCommas += commas;
                }
                else if (child is IElement e)
                {
                    var c = Measure(e);
                    s.AddChild(c);
                    if (HtmlVocabulary.IsBlock(e.LocalName) || e.LocalName == "img")
                    {
                        s.HasBlockChild = true;
                    }
                    else
                    {
                        s.OwnInlineLength += c.Length;
                        s.OwnInlineCommas += c.Commas;
                    }
                }
            }

            switch (name)
            {
                case "a":
                    // A link to a place in the same page is navigation only in part (footnotes, tables of contents).
                    s.LinkLength = (element.GetAttribute("href") ?? "").StartsWith("#", StringComparison.Ordinal) ? (int)(s.Length * 0.3) : s.Length;
                    break;
                case "p":
                    s.Paragraphs++;
                    break;
                case "img":
                    s.Images++;
                    break;
                case "li":
                    s.ListItems++;
                    break;
                case "input":
                    s.Inputs++;
                    break;
                case "object":
                case "embed":
                case "iframe":
                case "video":
                    s.Embeds++;
                    break;
                case "h1":
                case "h2":
                case "h3":
                case "h4":
                case "h5":
                case "h6":
                    s.HeadingLength = s.Length;
                    break;
                case "ul":
                case "ol":
                    s.ListLength = s.Length;
                    break;
            }

            if (name == "div" && !s.HasBlockChild)
            {
                // A div of bare text reads as a paragraph.
                s.Paragraphs++;
            }

            stats[element] = s;
            return s;
        }

        private bool IsParagraph(IElement element)
        {
            switch (element.LocalName)
            {
                case "p":
                case "pre":
                case "td":
                case "h2":
                case "h3":
                case "h4":
                case "h5":
                case "h6":
                    return true;
                case "div":
                case "section":
                case "article":
                case "main":
                    return !stats[element].HasBlockChild;
                default:
                    return false;
            }
        }

        /// <summary>
        /// Each paragraph of 25 characters or more scores 1, plus its commas, plus one per 100 characters (at most 3). With
        /// names weighed, parts named like furniture (comments, footers, menus) are left out whole, as Readability does first;
        /// those inside a table or code are kept, where such names are layout.
        /// </summary>
        private void ScoreParagraphs(IElement element, IElement body, bool insideTableOrCode)
        {
            foreach (var child in element.Children)
            {
                if (!stats.TryGetValue(child, out var s))
                {
                    continue;
                }

                if (useWeights && !insideTableOrCode && vocabulary.IsUnlikelyStory(child))
                {
                    unlikely.Add(child);
                    continue;
                }

                if (IsParagraph(child))
                {
                    if (s.Length >= 25)
                    {
                        Propagate(element, ListItemShare(child) * (1 + s.Commas + Math.Min(s.Length / 100, 3)), body);
                    }
                }
                else if (s.HasBlockChild && s.OwnInlineLength >= 25)
                {
                    // Text set straight into a container, between its blocks or <br>s, is a paragraph of that container.
                    Propagate(child, ListItemShare(child) * (1 + s.OwnInlineCommas + Math.Min(s.OwnInlineLength / 100, 3)), body);
                }

                ScoreParagraphs(child, body, insideTableOrCode || child.LocalName is "table" or "code" or "pre");
            }
        }

        /// <summary>
        /// How much a paragraph inside a list item counts. A story is prose set in paragraphs; paragraphs inside list items are
        /// comments (one item per reader) or teasers and gallery slides (one item per story or picture, each under its own
        /// heading), and a list of them should not outscore the story beside it.
        /// </summary>
        private double ListItemShare(IElement paragraph)
        {
            var item = Ancestor(paragraph.ParentElement, "li");
            if (item == null)
            {
                return 1;
            }

            // Asked once per item, not once per paragraph in it: a page set inside one item would otherwise cost its size squared.
            if (!itemShares.TryGetValue(item, out var share))
            {
                share = item.Descendants<IElement>().Any(inner => IsHeading(inner.LocalName)) ? 0 : 0.25;
                itemShares[item] = share;
            }

            return share;
        }

        /// <summary>The container gets the whole score, its parent half, and each further ancestor a third per level, up to five levels.</summary>
        private void Propagate(IElement start, double score, IElement body)
        {
            var level = 0;
            for (var e = start; e != null && level < 5; e = e.ParentElement, level++)
            {
                if (!scores.TryGetValue(e, out var current))
                {
                    current = InitialScore(e);
                }

                scores[e] = current + (level == 0 ? score : level == 1 ? score / 2 : score / (level * 3));
                if (e == body)
                {
                    break;
                }
            }
        }

        /// <summary>What a container is before its text counts: divs usually hold prose, lists and headings rarely are the story.</summary>
        private double InitialScore(IElement element)
        {
            double score = element.LocalName switch
            {
                "div" or "article" => 5,
                "pre" or "td" or "blockquote" => 3,
                "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
                "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
                _ => 0,
            };
            return score + Weight(element);
        }

        private int Weight(IElement element) => useWeights ? vocabulary.ClassWeight(element) : 0;

        private double LinkDensity(IElement element)
        {
            var s = stats[element];
            return s.Length == 0 ? 0 : (double)s.LinkLength / s.Length;
        }

        private double Final(IElement element) => scores.TryGetValue(element, out var score) ? score * (1 - LinkDensity(element)) : 0;

        private IElement? ChooseTop(IElement body)
        {
            var ranked = scores.Keys.Select(e => (Element: e, Score: Final(e))).OrderByDescending(c => c.Score).Take(5).ToList();
            if (ranked.Count == 0)
            {
                return null;
            }

            var top = ranked[0].Element;
            var topScore = ranked[0].Score;

            // When several strong candidates share an ancestor, the story is split across them (a page of sections): take the ancestor.
            var alternatives = ranked.Skip(1).Where(c => topScore > 0 && c.Score / topScore >= 0.75).Select(c => Ancestors(c.Element)).ToList();
            if (alternatives.Count >= 3)
            {
                for (var parent = top.ParentElement; parent != null && parent != body; parent = parent.ParentElement)
                {
                    if (alternatives.Count(list => list.Contains(parent)) >= 3)
                    {
                        top = parent;
                        break;
                    }
                }
            }

            // Climb while the parent scores better: the story's paragraphs may sit in several child containers of it.
            var lastScore = Final(top);
            var threshold = lastScore / 3;
            for (var parent = top.ParentElement; parent != null && parent != body; parent = parent.ParentElement)
            {
                if (!scores.ContainsKey(parent))
                {
                    continue;
                }

                var parentScore = Final(parent);
                if (parentScore < threshold)
                {
                    break;
                }

                if (parentScore > lastScore)
                {
                    top = parent;
                    break;
                }

                lastScore = parentScore;
            }

            // A lone child says nothing its parent does not.
            while (top.ParentElement != null && top.ParentElement != body && top.ParentElement.ChildElementCount == 1)
            {
                top = top.ParentElement;
            }

            return top;
        }

        private static HashSet<IElement> Ancestors(IElement element)
        {
            var set = new HashSet<IElement>();
            for (var e = element.ParentElement; e != null; e = e.ParentElement)
            {
                set.Add(e);
            }

            return set;
        }

        /// <summary>The top container and the siblings that read like more of the story (a standfirst, a second body part).</summary>
        private List<IElement> Siblings(IElement top)
        {
            var parent = top.ParentElement;
            if (parent == null)
            {
                return new List<IElement> { top };
            }

            var topScore = Final(top);
            var threshold = Math.Max(10, topScore * 0.2);
            var topClass = top.GetAttribute("class") ?? "";
            var chosen = new List<IElement>();
            foreach (var sibling in parent.Children)
            {
                if (sibling == top)
                {
                    chosen.Add(sibling);
                    continue;
                }

                if (!stats.ContainsKey(sibling) || unlikely.Contains(sibling))
                {
                    continue;
                }

                var bonus = topClass.Length > 0 && sibling.GetAttribute("class") == topClass ? topScore * 0.2 : 0;
                if (scores.ContainsKey(sibling) && Final(sibling) + bonus >= threshold)
                {
                    chosen.Add(sibling);
                }
                else if (bonus > 0 && !scores.ContainsKey(sibling) && stats[sibling].HasBlockChild && MeasuredScore(sibling) >= threshold && LinkDensity(sibling) < 0.25)
                {
                    // A part of the same kind as the top whose paragraphs sit deeper than scores travel up (a story split
                    // into sections, each in its wrappers): its measured text speaks for it instead.
                    chosen.Add(sibling);
                }
                else if (sibling.LocalName == "p" || (sibling.LocalName == "div" && !stats[sibling].HasBlockChild))
                {
                    var length = stats[sibling].Length;
                    var density = LinkDensity(sibling);
                    var text = sibling.TextContent;
                    if ((length > 80 && density < 0.25) || (length > 0 && length <= 80 && density == 0 && EndsSentence(text)))
                    {
                        chosen.Add(sibling);
                    }
                }
            }

            return chosen;
        }

        /// <summary>What the paragraphs of an unscored container would give it: one per paragraph, its commas, one per 100 characters.</summary>
        private double MeasuredScore(IElement element)
        {
            var s = stats[element];
            return (s.Paragraphs + s.Commas + s.Length / 100.0) * (1 - LinkDensity(element));
        }

        private static bool EndsSentence(string text)
        {
            var trimmed = text.TrimEnd();
            return trimmed.Length > 0 && (trimmed[trimmed.Length - 1] == '.' || trimmed.IndexOf(". ", StringComparison.Ordinal) >= 0);
        }

        /// <summary>
        /// Drops, inside the chosen part, containers that read like furniture. Inner ones are judged first, and what they
        /// drop no longer counts against their container (a story wrapper with a share bar inside is kept, the bar is not).
        /// </summary>
        private TextStats Clean(IElement element, HashSet<IElement> dropped, bool insideDataTable)
        {
            var original = stats[element];
            var s = new TextStats { HasBlockChild = original.HasBlockChild, OwnInlineLength = original.OwnInlineLength, OwnInlineCommas = original.OwnInlineCommas };
            var name = element.LocalName;
            var dataTable = insideDataTable || (name == "table" && IsDataTable(element));
            if (name == "pre" || name == "code")
            {
                return original;
            }

            s.Length = original.OwnInlineLength;
            s.Commas = original.OwnInlineCommas;
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

            if (IsFurniture(element, s, dataTable))
            {
                dropped.Add(element);
            }

            return s;
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
