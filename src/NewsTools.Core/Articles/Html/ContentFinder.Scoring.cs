using System;
using System.Linq;
using AngleSharp.Dom;

namespace NewsTools.Articles.Html
{
    /// <summary>Scoring: each paragraph's score, passed up to its containers and lessened by their link text.</summary>
    internal sealed partial class ContentFinder
    {
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
    }
}
