using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using NewsTools.Articles;

namespace NewsTools.Tests.Coverage
{
    /// <summary>Finds ../shared next to the repository and builds articles for the coverage tests.</summary>
    internal static class CoverageTestData
    {
        public static string? SharedFolder()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "NewsTools.sln")))
            {
                dir = dir.Parent;
            }

            if (dir?.Parent == null)
            {
                return null;
            }

            var shared = Path.Combine(dir.Parent.FullName, "shared");
            return Directory.Exists(shared) ? shared : null;
        }

        public static string? SharedFile(params string[] parts)
        {
            var shared = SharedFolder();
            if (shared == null)
            {
                return null;
            }

            var path = Path.Combine(shared, Path.Combine(parts));
            return File.Exists(path) ? path : null;
        }

        /// <summary>An article from plain text with blank-line paragraphs (what the reader does for clean text), built directly so
        /// the coverage tests do not depend on import heuristics.</summary>
        public static Article Make(string id, string? outlet, string? title, string text, DateTime? date = null)
        {
            var paragraphs = new List<Paragraph>();
            var i = 0;
            while (i < text.Length)
            {
                var end = text.IndexOf("\n\n", i, StringComparison.Ordinal);
                if (end < 0)
                {
                    end = text.Length;
                }

                var s = i;
                var e = end;
                while (s < e && char.IsWhiteSpace(text[s]))
                {
                    s++;
                }

                while (e > s && char.IsWhiteSpace(text[e - 1]))
                {
                    e--;
                }

                if (e > s)
                {
                    paragraphs.Add(new Paragraph(paragraphs.Count, ParagraphKind.Body, text.Substring(s, e - s), s));
                }

                i = end + 2;
            }

            return new Article { Id = id, Outlet = outlet, Title = title, Text = text, Paragraphs = paragraphs, ReferenceDate = date, ReferenceDateSource = date == null ? ReferenceDateSource.None : ReferenceDateSource.Metadata };
        }

        /// <summary>The coverage dev set: every article with its gold event.</summary>
        public static List<(Article Article, string EventId)> DevArticles(string path)
        {
            var result = new List<(Article, string)>();
            foreach (var line in File.ReadLines(path))
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                using var doc = JsonDocument.Parse(line);
                var ev = doc.RootElement.GetProperty("event_id").GetString()!;
                var n = 0;
                foreach (var a in doc.RootElement.GetProperty("articles").EnumerateArray())
                {
                    string? Get(string name) => a.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                    var dateText = Get("date");
                    DateTime? date = dateText == null ? null : DateTime.ParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                    var id = ev + "/" + (Get("outlet_code") ?? n.ToString(CultureInfo.InvariantCulture));
                    result.Add((Make(id, Get("outlet"), Get("title"), Get("text") ?? "", date), ev));
                    n++;
                }
            }

            return result;
        }
    }
}
