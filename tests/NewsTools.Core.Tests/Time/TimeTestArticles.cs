using System;
using System.Collections.Generic;
using NewsTools.Articles;

namespace NewsTools.Tests.Time
{
    /// <summary>Articles built in memory for time tests: paragraphs split on blank lines, "[caption] " marks a caption.</summary>
    internal static class TimeTestArticles
    {
        public const string CaptionMark = "[caption] ";

        public static Article Make(string text, DateTime? referenceDate = null, string id = "test", string? outlet = null)
        {
            var paragraphs = new List<Paragraph>();
            var start = 0;
            var index = 0;
            while (start < text.Length)
            {
                var end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
                if (end < 0)
                {
                    end = text.Length;
                }

                var body = text.Substring(start, end - start);
                if (body.Trim().Length > 0)
                {
                    var kind = body.StartsWith(CaptionMark, StringComparison.Ordinal) ? ParagraphKind.Caption : ParagraphKind.Body;
                    paragraphs.Add(new Paragraph(index++, kind, body, start));
                }

                start = end + 2;
            }

            return new Article
            {
                Id = id,
                Outlet = outlet,
                Text = text,
                Paragraphs = paragraphs,
                ReferenceDate = referenceDate,
                ReferenceDateSource = referenceDate == null ? ReferenceDateSource.None : ReferenceDateSource.User,
            };
        }
    }
}
