using System;
using System.Collections.Generic;
using System.Linq;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Text;

namespace NewsTools.Coverage
{
    /// <summary>
    /// How each outlet frames the event: its headline and lead, the titles it gives the same people, and the words it uses
    /// where another outlet reports the same fact or statement in other words ("many obstacles" / "disturbances and obstructions").
    /// </summary>
    internal sealed class FramingAnalyzer
    {
        /// <summary>A wording difference longer than this many words on a side is a rewrite, not a choice of words.</summary>
        private const int MaxWordingWords = 5;

        private const int MaxWordingRows = 15;

        private readonly ContentKeys keys;
        private readonly NameFinder names;

        public FramingAnalyzer(NewsToolsConfig config, ContentKeys keys)
        {
            this.keys = keys;
            names = new NameFinder(config);
        }

        internal sealed class Wording
        {
            public Wording(int articleA, string a, int articleB, string b, string context)
            {
                ArticleA = articleA;
                A = a;
                ArticleB = articleB;
                B = b;
                Context = context;
            }

            public int ArticleA { get; }

            public string A { get; }

            public int ArticleB { get; }

            public string B { get; }

            /// <summary>The rendering of the first article the difference was found in.</summary>
            public string Context { get; }
        }

        /// <summary>The first sentence of the first body paragraph (captions and headings are not the lead).</summary>
        public static TextUnit? Lead(List<TextUnit> units) => units.FirstOrDefault(u => u.Kind == ParagraphKind.Body && u.Content.Count >= 3);

        /// <summary>Replaced stretches of a few words between two renderings of one fact or statement.</summary>
        public IEnumerable<Wording> Wordings(int articleA, string a, int articleB, string b)
        {
            var segments = WordDiff.Segments(a, b);
            for (var i = 0; i + 1 < segments.Count; i++)
            {
                if (segments[i].Op != DiffOp.Removed || segments[i + 1].Op != DiffOp.Added)
                {
                    continue;
                }

                // A choice of words sits between shared content words on both sides ("for the international [community] as a whole").
                var sharedBefore = i > 0 && segments[i - 1].Op == DiffOp.Same && HasContent(segments[i - 1].Text);
                var sharedAfter = i + 2 < segments.Count && segments[i + 2].Op == DiffOp.Same && HasContent(segments[i + 2].Text);
                if (!sharedBefore || !sharedAfter)
                {
                    continue;
                }

                var ra = segments[i].Text;
                var rb = segments[i + 1].Text;
                var wa = WordScanner.Scan(ra);
                var wb = WordScanner.Scan(rb);
                if (wa.Count > MaxWordingWords || wb.Count > MaxWordingWords)
                {
                    continue;
                }

                var ka = keys.Keys(wa);
                var kb = keys.Keys(wb);
                if (ka.Count == 0 || kb.Count == 0 || ka.SetEquals(kb) || wa.Any(w => w.Numeric) || wb.Any(w => w.Numeric))
                {
                    continue;
                }

                yield return new Wording(articleA, ra, articleB, rb, a);
            }
        }

        public static int WordingLimit => MaxWordingRows;

        private bool HasContent(string text) => keys.Keys(WordScanner.Scan(text)).Count > 0;

        /// <summary>Per person named in two or more articles, the title each article gives them at first mention, when they differ.</summary>
        public List<(string Name, Dictionary<int, string> Titles)> Labels(IReadOnlyList<Article> articles)
        {
            var titles = new Dictionary<string, Dictionary<int, string>>(StringComparer.OrdinalIgnoreCase);
            for (var a = 0; a < articles.Count; a++)
            {
                var text = articles[a].Text ?? "";
                foreach (var (start, end) in CoverageVocabulary.Spans(articles[a]))
                {
                    foreach (var m in names.Find(text, start, end))
                    {
                        if (m.Type != NameType.Person || string.IsNullOrWhiteSpace(m.Title))
                        {
                            continue;
                        }

                        if (!titles.TryGetValue(m.Text, out var perArticle))
                        {
                            titles[m.Text] = perArticle = new Dictionary<int, string>();
                        }

                        if (!perArticle.ContainsKey(a))
                        {
                            perArticle[a] = m.Title!;
                        }
                    }
                }
            }

            var result = new List<(string, Dictionary<int, string>)>();
            foreach (var pair in titles.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (pair.Value.Count < 2)
                {
                    continue;
                }

                var keySets = pair.Value.Values.Select(t => keys.Keys(WordScanner.Scan(t))).ToList();
                if (keySets.Skip(1).All(k => k.SetEquals(keySets[0])))
                {
                    continue;
                }

                result.Add((pair.Key, pair.Value));
            }

            return result;
        }
    }
}
