using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsTools.Articles;

namespace NewsTools.Evaluation
{
    /// <summary>What a page is expected to yield: the article content as markup and the page's metadata (null where it has none).</summary>
    public sealed class ExpectedPage
    {
        public string Name { get; set; } = "";

        public string ContentHtml { get; set; } = "";

        public string? Title { get; set; }

        public string? Byline { get; set; }

        public string? SiteName { get; set; }

        public string? PublishedTime { get; set; }

        /// <summary>Counted again among the news pages.</summary>
        public bool IsNews { get; set; }
    }

    /// <summary>One page's scores.</summary>
    public sealed class PageScore
    {
        public string Name { get; set; } = "";

        public bool IsNews { get; set; }

        public int ExpectedWords { get; set; }

        public int ExtractedWords { get; set; }

        public double Precision { get; set; }

        public double Recall { get; set; }

        public double F1 { get; set; }

        /// <summary>Null when the page has no expected value for it.</summary>
        public bool? TitleAgrees { get; set; }

        public bool? BylineAgrees { get; set; }

        public bool? SiteNameAgrees { get; set; }

        public bool? PublishedAgrees { get; set; }

        public string? Error { get; set; }
    }

    /// <summary>Averages over a set of pages.</summary>
    public sealed class HtmlScoreSummary
    {
        public int Pages { get; set; }

        public double Precision { get; set; }

        public double Recall { get; set; }

        public double F1 { get; set; }

        /// <summary>Pages with no extracted text although the expected content has some (failures included).</summary>
        public int Empty { get; set; }
    }

    /// <summary>The figures of one run: all pages, news pages, and metadata agreement over the pages that have a value.</summary>
    public sealed class HtmlScoreResult
    {
        public HtmlScoreSummary All { get; set; } = new HtmlScoreSummary();

        public HtmlScoreSummary News { get; set; } = new HtmlScoreSummary();

        public double TitleAgreement { get; set; }

        public int TitlePages { get; set; }

        public double BylineAgreement { get; set; }

        public int BylinePages { get; set; }

        public double SiteNameAgreement { get; set; }

        public int SiteNamePages { get; set; }

        public double PublishedAgreement { get; set; }

        public int PublishedPages { get; set; }

        public List<PageScore> PageScores { get; set; } = new List<PageScore>();
    }

    /// <summary>
    /// Scores article extraction from web pages against expected content: word-level precision, recall and F1 per page,
    /// averaged over pages (a page that fails or yields nothing scores 0), and agreement of title, byline, site name and
    /// published time. Words are lower-cased runs of letters and digits; a CJK ideograph or kana is a word by itself,
    /// since those scripts do not separate words with spaces.
    /// </summary>
    public sealed class HtmlExtractionScorer
    {
        private readonly List<PageScore> pages = new List<PageScore>();

        public PageScore Add(ExpectedPage expected, Article? extracted, string? error = null)
        {
            var expectedWords = Words(ExpectedText(expected.ContentHtml));
            var gotWords = extracted == null ? new List<string>() : Words(string.Join("\n", extracted.Paragraphs.Select(p => p.Text)));
            var overlap = Overlap(expectedWords, gotWords);
            var score = new PageScore
            {
                Name = expected.Name,
                IsNews = expected.IsNews,
                ExpectedWords = expectedWords.Count,
                ExtractedWords = gotWords.Count,
                Precision = gotWords.Count == 0 ? 0 : (double)overlap / gotWords.Count,
                Recall = expectedWords.Count == 0 ? (gotWords.Count == 0 ? 1 : 0) : (double)overlap / expectedWords.Count,
                Error = error,
            };
            if (expectedWords.Count == 0 && gotWords.Count == 0 && error == null)
            {
                score.Precision = 1;
            }

            score.F1 = score.Precision + score.Recall == 0 ? 0 : 2 * score.Precision * score.Recall / (score.Precision + score.Recall);
            if (extracted != null || error != null)
            {
                score.TitleAgrees = expected.Title == null ? null : SameText(expected.Title, extracted?.Title);
                score.BylineAgrees = expected.Byline == null ? null : SameByline(expected.Byline, extracted?.Author);
                score.SiteNameAgrees = expected.SiteName == null ? null : SameText(expected.SiteName, extracted?.SiteName);
                score.PublishedAgrees = expected.PublishedTime == null ? null : SameTime(expected.PublishedTime, extracted?.PublishedTime);
            }

            pages.Add(score);
            return score;
        }

        public HtmlScoreResult Result()
        {
            var result = new HtmlScoreResult
            {
                All = Summarise(pages),
                News = Summarise(pages.Where(p => p.IsNews).ToList()),
                PageScores = pages.ToList(),
            };
            (result.TitleAgreement, result.TitlePages) = Agreement(p => p.TitleAgrees);
            (result.BylineAgreement, result.BylinePages) = Agreement(p => p.BylineAgrees);
            (result.SiteNameAgreement, result.SiteNamePages) = Agreement(p => p.SiteNameAgrees);
            (result.PublishedAgreement, result.PublishedPages) = Agreement(p => p.PublishedAgrees);
            return result;
        }

        private (double, int) Agreement(Func<PageScore, bool?> pick)
        {
            var judged = pages.Select(pick).Where(v => v.HasValue).ToList();
            return (judged.Count == 0 ? 0 : (double)judged.Count(v => v == true) / judged.Count, judged.Count);
        }

        private static HtmlScoreSummary Summarise(IReadOnlyList<PageScore> scores) => new HtmlScoreSummary
        {
            Pages = scores.Count,
            Precision = scores.Count == 0 ? 0 : scores.Average(s => s.Precision),
            Recall = scores.Count == 0 ? 0 : scores.Average(s => s.Recall),
            F1 = scores.Count == 0 ? 0 : scores.Average(s => s.F1),
            Empty = scores.Count(s => s.ExpectedWords > 0 && s.ExtractedWords == 0),
        };

        /// <summary>The text of the expected markup, with a break at every element that is not inline so words do not run together.</summary>
        public static string ExpectedText(string html)
        {
            var document = new HtmlParser().ParseDocument(html);
            var sb = new StringBuilder();
            Append(document.Body ?? (INode)document, sb);
            return sb.ToString();
        }

        private static readonly HashSet<string> InlineElements = new HashSet<string>(StringComparer.Ordinal)
        {
            "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "del", "ins",
        };

        private static void Append(INode node, StringBuilder sb)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText text)
                {
                    sb.Append(text.Data);
                }
                else if (child is IElement element && element.LocalName != "script" && element.LocalName != "style")
                {
                    var inline = InlineElements.Contains(element.LocalName);
                    if (!inline)
                    {
                        sb.Append('\n');
                    }

                    Append(element, sb);
                    if (!inline)
                    {
                        sb.Append('\n');
                    }
                }
            }
        }

        /// <summary>Lower-cased words: runs of letters, digits and combining marks; each CJK ideograph or kana alone.</summary>
        public static List<string> Words(string text)
        {
            var words = new List<string>();
            var sb = new StringBuilder();
            foreach (var c in text)
            {
                if (IsCjk(c))
                {
                    Flush(sb, words);
                    words.Add(c.ToString());
                }
                else if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
                {
                    sb.Append(char.ToLowerInvariant(c));
                }
                else
                {
                    Flush(sb, words);
                }
            }

            Flush(sb, words);
            return words;
        }

        private static void Flush(StringBuilder sb, List<string> words)
        {
            if (sb.Length > 0)
            {
                words.Add(sb.ToString());
                sb.Clear();
            }
        }

        private static bool IsCjk(char c) =>
            (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\u3040' && c <= '\u30FF') || (c >= '\uF900' && c <= '\uFAFF');

        private static int Overlap(List<string> a, List<string> b)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var w in a)
            {
                counts.TryGetValue(w, out var n);
                counts[w] = n + 1;
            }

            var overlap = 0;
            foreach (var w in b)
            {
                if (counts.TryGetValue(w, out var n) && n > 0)
                {
                    counts[w] = n - 1;
                    overlap++;
                }
            }

            return overlap;
        }

        /// <summary>Same words in the same order, case and punctuation aside.</summary>
        private static bool SameText(string expected, string? got) =>
            got != null && Words(expected).SequenceEqual(Words(got));

        /// <summary>A byline agrees when its words, a leading "by" aside, equal ours or one contains the other.</summary>
        private static bool SameByline(string expected, string? got)
        {
            if (got == null)
            {
                return false;
            }

            var e = string.Join(" ", Words(expected).SkipWhile(w => w == "by"));
            var g = string.Join(" ", Words(got).SkipWhile(w => w == "by"));
            return g.Length > 0 && e.Length > 0 && (e == g || (" " + e + " ").Contains(" " + g + " ") || (" " + g + " ").Contains(" " + e + " "));
        }

        /// <summary>The same instant when the expected value carries an offset; otherwise the same wall-clock minute (or day, for a bare date).</summary>
        private static bool SameTime(string expected, DateTimeOffset? got)
        {
            if (got == null)
            {
                return false;
            }

            var hasOffset = expected.EndsWith("Z", StringComparison.OrdinalIgnoreCase) || (expected.Length > 19 && (expected.LastIndexOf('+') > 10 || expected.LastIndexOf('-') > 10));
            if (!DateTimeOffset.TryParse(expected, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var e))
            {
                return false;
            }

            if (hasOffset)
            {
                return e.UtcDateTime == got.Value.UtcDateTime;
            }

            return expected.IndexOf('T') < 0 && expected.IndexOf(' ') < 0
                ? e.Date == got.Value.Date
                : Math.Abs((e.DateTime - got.Value.DateTime).TotalMinutes) < 1;
        }
    }
}
