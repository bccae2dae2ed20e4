using System.Text;

namespace NewsTools.Articles.Html
{
    /// <summary>Text as a browser shows it: HTML white space is not significant, so runs collapse to one space.</summary>
    internal static class HtmlText
    {
        public static bool IsSpace(char c) => c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';

        /// <summary>Runs of HTML white space become one space, trimmed; non-breaking spaces are kept as they are. Null when nothing is left.</summary>
        public static string? Clean(string? text)
        {
            if (text == null)
            {
                return null;
            }

            var sb = new StringBuilder(text.Length);
            var pendingSpace = false;
            foreach (var c in text)
            {
                if (IsSpace(c))
                {
                    pendingSpace = sb.Length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    sb.Append(' ');
                    pendingSpace = false;
                }

                sb.Append(c);
            }

            return sb.Length == 0 ? null : sb.ToString();
        }

        /// <summary>The length the text would have once its white space is collapsed (a leading or trailing run counts as one).</summary>
        public static int CollapsedLength(string text)
        {
            var length = 0;
            var inSpace = false;
            foreach (var c in text)
            {
                if (IsSpace(c))
                {
                    if (!inSpace)
                    {
                        length++;
                        inSpace = true;
                    }
                }
                else
                {
                    length++;
                    inSpace = false;
                }
            }

            return length;
        }

        /// <summary>Commas in the Latin, Arabic and CJK forms: each separates a clause, the mark of running prose.</summary>
        public static int Commas(string text)
        {
            var n = 0;
            foreach (var c in text)
            {
                if (c == ',' || c == '\u060C' || c == '\uFE50' || c == '\uFE10' || c == '\uFE11' || c == '\u2E41' || c == '\u2E34' || c == '\u2E32' || c == '\uFF0C' || c == '\u3001')
                {
                    n++;
                }
            }

            return n;
        }
    }
}
