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
    internal sealed partial class ContentFinder
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

        /// <summary>Text facts of an element and of every element inside it (each kept in <see cref="stats"/>), measured bottom-up in one walk.</summary>
        private TextStats Measure(IElement element)
        {
            var s = new TextStats();
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

            CountOwnKind(element, s);
            stats[element] = s;
            return s;
        }

        /// <summary>A link to a place in the same page counts this share of its text as link text: it is navigation only in part (footnotes, tables of contents).</summary>
        private const double InPageLinkShare = 0.3;

        /// <summary>What the element itself is: a link, a paragraph, a picture, a list, a form field, an embed or a heading.</summary>
        private static void CountOwnKind(IElement element, TextStats s)
        {
            var name = element.LocalName;
            switch (name)
            {
                case "a":
                    s.LinkLength = (element.GetAttribute("href") ?? "").StartsWith("#", StringComparison.Ordinal) ? (int)(s.Length * InPageLinkShare) : s.Length;
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
    }
}
