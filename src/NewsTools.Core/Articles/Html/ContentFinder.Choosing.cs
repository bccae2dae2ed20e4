using System;
using System.Collections.Generic;
using System.Linq;
using AngleSharp.Dom;

namespace NewsTools.Articles.Html
{
    /// <summary>Choosing: the container that holds the story, and the siblings that read like more of it.</summary>
    internal sealed partial class ContentFinder
    {
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
    }
}
