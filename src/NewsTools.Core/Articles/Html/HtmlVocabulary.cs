using System;
using System.Collections.Generic;
using System.Linq;
using AngleSharp.Dom;
using NewsTools.Config;

namespace NewsTools.Articles.Html
{
    /// <summary>The word lists of html.defaults.yaml (plus the user's), and the element facts every step of page reading asks.</summary>
    internal sealed class HtmlVocabulary
    {
        private readonly string[] negative;
        private readonly string[] positive;
        private readonly string[] byline;
        private readonly string[] bylinePrefixes;
        private readonly string[] unlikely;
        private readonly string[] unlikelyExceptions;
        private readonly HashSet<string> unlikelyRoles;

        public HtmlVocabulary(NewsToolsConfig config)
        {
            negative = List(config, "htmlNegativeHints");
            positive = List(config, "htmlPositiveHints");
            byline = List(config, "htmlBylineHints");
            bylinePrefixes = List(config, "htmlBylinePrefixes");
            unlikely = List(config, "htmlUnlikelyHints");
            unlikelyExceptions = List(config, "htmlUnlikelyExceptions");
            unlikelyRoles = new HashSet<string>(List(config, "htmlUnlikelyRoles"), StringComparer.OrdinalIgnoreCase);
            ArticleTypes = new HashSet<string>(List(config, "htmlArticleTypes"), StringComparer.OrdinalIgnoreCase);
        }

        public HashSet<string> ArticleTypes { get; }

        private static string[] List(NewsToolsConfig config, string name) =>
            config.WordLists.TryGetValue(name, out var list) ? list.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w.ToLowerInvariant()).Distinct().ToArray() : Array.Empty<string>();

        /// <summary>+25 for a story-like class or id, -25 for furniture, each of class and id counted (Readability's weights).</summary>
        public int ClassWeight(IElement element)
        {
            var weight = 0;
            foreach (var name in new[] { element.GetAttribute("class"), element.Id })
            {
                if (string.IsNullOrEmpty(name))
                {
                    continue;
                }

                var lower = name!.ToLowerInvariant();
                if (ContainsAny(lower, negative))
                {
                    weight -= 25;
                }

                if (ContainsAny(lower, positive))
                {
                    weight += 25;
                }
            }

            return weight;
        }

        /// <summary>A part named or marked as page furniture (comments, footer, menu) and not also as the story.</summary>
        public bool IsUnlikelyStory(IElement element)
        {
            if (element.Attributes.Length == 0 || element.LocalName is "body" or "a" or "html")
            {
                return false;
            }

            var role = element.GetAttribute("role");
            if (role != null && unlikelyRoles.Contains(role.Trim()))
            {
                return true;
            }

            var names = ((element.GetAttribute("class") ?? "") + " " + (element.Id ?? "")).ToLowerInvariant();
            return names.Length > 1 && ContainsAny(names, unlikely) && !ContainsAny(names, unlikelyExceptions);
        }

        public bool LooksLikeByline(IElement element)
        {
            if (element.Attributes.Length == 0)
            {
                return false;
            }

            if (string.Equals(element.GetAttribute("rel"), "author", StringComparison.OrdinalIgnoreCase)
                || (element.GetAttribute("itemprop") ?? "").IndexOf("author", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }

            var names = ((element.GetAttribute("class") ?? "") + " " + (element.Id ?? "")).ToLowerInvariant();
            return ContainsAny(names, byline);
        }

        /// <summary>The byline without its leading "By" (or the page language's word for it, "Par", "Von", ...).</summary>
        public string StripBylinePrefix(string text)
        {
            foreach (var prefix in bylinePrefixes)
            {
                if (text.Length > prefix.Length && text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(text[prefix.Length]))
                {
                    return text.Substring(prefix.Length).Trim();
                }
            }

            return text;
        }

        private static bool ContainsAny(string text, string[] words)
        {
            foreach (var w in words)
            {
                if (text.IndexOf(w, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Not shown to a reader: display:none or visibility:hidden inline, the hidden attribute, or aria-hidden (an image
        /// fallback marked aria-hidden is still the picture the reader sees).
        /// </summary>
        public static bool IsHidden(IElement element)
        {
            if (element.Attributes.Length == 0)
            {
                return false;
            }

            if (element.HasAttribute("hidden"))
            {
                return true;
            }

            var aria = element.GetAttribute("aria-hidden");
            if (aria != null && string.Equals(aria.Trim(), "true", StringComparison.OrdinalIgnoreCase)
                && (element.GetAttribute("class") ?? "").IndexOf("fallback-image", StringComparison.Ordinal) < 0)
            {
                return true;
            }

            var style = element.GetAttribute("style");
            if (style == null || style.Length > 4096)
            {
                return false;
            }

            var compact = style.Replace(" ", "").ToLowerInvariant();
            return compact.Contains("display:none") || compact.Contains("visibility:hidden");
        }

        /// <summary>Elements that start a new block of text: the break between them is a paragraph break.</summary>
        public static bool IsBlock(string localName) => BlockElements.Contains(localName);

        private static readonly HashSet<string> BlockElements = new HashSet<string>(StringComparer.Ordinal)
        {
            "address", "article", "aside", "blockquote", "center", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
            "thead", "tfoot", "tr", "td", "th", "caption", "ul", "body", "html", "menu",
        };
    }
}
