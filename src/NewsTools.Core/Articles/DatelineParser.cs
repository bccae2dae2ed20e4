using System;
using System.Collections.Generic;
using NewsTools.Text;

namespace NewsTools.Articles
{
    /// <summary>
    /// Reads a wire-style dateline at the start of the first paragraph: "BEIJING (Sputnik) - ", "WASHINGTON, D.C. (AP) — ",
    /// "DALLAS (AP) _ ". The place is the capitalised run; the parentheses name the outlet or the agencies.
    /// </summary>
    internal static class DatelineParser
    {
        internal sealed class Dateline
        {
            public string Place { get; set; } = "";

            public List<string> Credits { get; } = new List<string>();
        }

        public static Dateline? Parse(string paragraph) => Parse(LineView.Plain(paragraph, 0, paragraph.Length));

        /// <summary>As <see cref="Parse(string)"/>, on a paragraph read where it stands, with its odd spaces made plain already.</summary>
        public static Dateline? Parse(LineView text)
        {
            var i = 0;
            var upper = 0;
            // The place: capitals, spaces, dots, commas, apostrophes and hyphens, at most 40 characters.
            while (i < text.Length && i < 40 && (char.IsUpper(text[i]) || text[i] == ' ' || text[i] == '.' || text[i] == ',' || text[i] == '\'' || text[i] == '-'))
            {
                if (char.IsUpper(text[i]))
                {
                    upper++;
                }

                if (text[i] == '-' && i + 1 < text.Length && text[i + 1] == ' ')
                {
                    break;
                }

                i++;
            }

            if (upper < 2)
            {
                return null;
            }

            var place = text.Slice(0, i).ToString().Trim().TrimEnd(',');
            var dateline = new Dateline { Place = place };
            var j = i;
            while (j < text.Length && text[j] == ' ')
            {
                j++;
            }

            if (j < text.Length && text[j] == '(')
            {
                var close = text.IndexOf(')', j);
                if (close < 0 || close - j > 60)
                {
                    return null;
                }

                foreach (var credit in text.Slice(j + 1, close - j - 1).ToString().Split(new[] { ',', '/', '&' }, StringSplitOptions.RemoveEmptyEntries))
                {
                    if (credit.Trim().Length > 0)
                    {
                        dateline.Credits.Add(credit.Trim());
                    }
                }

                j = close + 1;
                while (j < text.Length && text[j] == ' ')
                {
                    j++;
                }
            }

            // The separator: a dash of any width or the old wire underscore.
            if (j < text.Length && (TextNormalizer.IsDash(text[j]) || text[j] == '_' || text[j] == ':'))
            {
                return place.Length > 0 ? dateline : null;
            }

            return null;
        }
    }
}
