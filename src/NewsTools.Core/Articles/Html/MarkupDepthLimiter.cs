using System;
using System.Collections.Generic;
using System.Text;

namespace NewsTools.Articles.Html
{
    /// <summary>
    /// Bounds how deeply elements nest before the HTML parser sees the page. The parser's tree-building steps look through the
    /// stack of open elements, so 100k nested &lt;div&gt;s cost it quadratic time; no real page nests deeper than a few dozen
    /// levels. Start tags past the limit are left out with their matching end tags, keeping the text they hold: one linear
    /// scan, and the page is copied only when something had to go.
    /// </summary>
    internal static class MarkupDepthLimiter
    {
        public const int MaxDepth = 256;

        // Elements that never have an end tag, so never deepen the tree.
        private static readonly HashSet<string> VoidElements = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "command", "basefont", "frame", "isindex",
        };

        // Their end tag may be left out (the next <p> or <li> closes the last): they never pile up, so they are not counted.
        private static readonly HashSet<string> OptionalEndElements = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "rtc", "thead", "tbody", "tfoot", "colgroup", "caption", "html", "head", "body",
        };

        // Their content is text to the parser, not markup: a "<div" inside a script is no tag.
        private static readonly string[] RawTextElements = { "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext" };

        public static string Limit(string html, int maxDepth = MaxDepth)
        {
            StringBuilder? output = null;
            var copiedUpTo = 0;
            var depth = 0;
            var skipped = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var i = 0;
            while (i < html.Length)
            {
                var lt = html.IndexOf('<', i);
                if (lt < 0 || lt + 1 >= html.Length)
                {
                    break;
                }

                if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
                {
                    var end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                    i = end < 0 ? html.Length : end + 3;
                    continue;
                }

                var closing = html[lt + 1] == '/';
                var nameStart = closing ? lt + 2 : lt + 1;
                var nameEnd = nameStart;
                while (nameEnd < html.Length && (char.IsLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-' || html[nameEnd] == ':'))
                {
                    nameEnd++;
                }

                if (nameEnd == nameStart || !char.IsLetter(html[nameStart]))
                {
                    i = lt + 1;
                    continue;
                }

                var tagEnd = TagEnd(html, nameEnd);
                var name = html.Substring(nameStart, nameEnd - nameStart);
                var next = tagEnd < 0 ? html.Length : tagEnd + 1;
                if (closing)
                {
                    if (skipped.TryGetValue(name, out var n) && n > 0)
                    {
                        // The innermost open element of this name was one left out: its end tag goes too.
                        skipped[name] = n - 1;
                        Cut(html, lt, next, ref output, ref copiedUpTo);
                    }
                    else if (!VoidElements.Contains(name) && !OptionalEndElements.Contains(name))
                    {
                        depth = Math.Max(0, depth - 1);
                    }

                    i = next;
                    continue;
                }

                var selfClosing = tagEnd > 0 && html[tagEnd - 1] == '/';
                if (Array.IndexOf(RawTextElements, name.ToLowerInvariant()) >= 0)
                {
                    var close = html.IndexOf("</" + name, next, StringComparison.OrdinalIgnoreCase);
                    i = close < 0 ? html.Length : close;
                    if (close >= 0)
                    {
                        // The end tag is then read as usual; count the element as opened.
                        depth++;
                    }

                    continue;
                }

                if (!VoidElements.Contains(name) && !OptionalEndElements.Contains(name) && !selfClosing)
                {
                    if (depth >= maxDepth)
                    {
                        skipped.TryGetValue(name, out var n);
                        skipped[name] = n + 1;
                        Cut(html, lt, next, ref output, ref copiedUpTo);
                    }
                    else
                    {
                        depth++;
                    }
                }

                i = next;
            }

            if (output == null)
            {
                return html;
            }

            output.Append(html, copiedUpTo, html.Length - copiedUpTo);
            return output.ToString();
        }

        /// <summary>Where a tag ends: the '>' outside quoted attribute values, or -1 when the page ends first.</summary>
        private static int TagEnd(string html, int from)
        {
            char quote = '\0';
            for (var j = from; j < html.Length; j++)
            {
                var c = html[j];
                if (quote != '\0')
                {
                    if (c == quote)
                    {
                        quote = '\0';
                    }
                }
                else if (c == '"' || c == '\'')
                {
                    quote = c;
                }
                else if (c == '>')
                {
                    return j;
                }
            }

            return -1;
        }

        private static void Cut(string html, int start, int end, ref StringBuilder? output, ref int copiedUpTo)
        {
            output ??= new StringBuilder(html.Length);
            output.Append(html, copiedUpTo, start - copiedUpTo);
            copiedUpTo = end;
        }
    }
}
