using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
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

        /// <summary>Least word-level similarity of two renderings for their replaced words to count as wording.</summary>
        private const double MinRenderingSimilarity = 0.4;

        private readonly ContentKeys keys;
        private readonly NameFinder names;

        /// <summary>Each country's names: itself, its capital and other metonyms (nationality adjectives are grammar, not a choice).</summary>
        private readonly Dictionary<string, List<string>> countryNames = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);

        public FramingAnalyzer(NewsToolsConfig config, ContentKeys keys)
        {
            this.keys = keys;
            names = new NameFinder(config);
            void AddName(string country, string name)
            {
                if (!countryNames.TryGetValue(country, out var list))
                {
                    countryNames[country] = list = new List<string> { country };
                }

                if (!list.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    list.Add(name);
                }
            }

            foreach (var pair in config.Metonyms)
            {
                foreach (var m in pair.Value)
                {
                    AddName(pair.Key, m);
                }
            }

        }

        /// <summary>
        /// How each article names the countries it talks about ("Tokyo" against "Japan"), for the countries that
        /// two or more articles name, when the articles' preferred names differ: calling a government by its capital is a choice.
        /// </summary>
        public List<(string Country, Dictionary<int, List<(string Name, int Count)>> Names)> Naming(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default)
        {
            var counts = new List<Dictionary<string, int>>();
            foreach (var article in articles)
            {
                cancellationToken.ThrowIfCancellationRequested();
                counts.Add(CountryNameCounts(article));
            }

            var result = new List<(string Country, Dictionary<int, List<(string Name, int Count)>> Names)>();
            foreach (var pair in countryNames.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                // An article names a country when it uses its names twice or more; each such article's names, most used first.
                var perArticle = new Dictionary<int, List<(string Name, int Count)>>();
                for (var a = 0; a < articles.Count; a++)
                {
                    var used = pair.Value.Select(n => (Name: n, Count: counts[a].TryGetValue(n, out var c) ? c : 0)).Where(x => x.Count > 0).OrderByDescending(x => x.Count).ThenBy(x => x.Name, StringComparer.Ordinal).ToList();
                    if (used.Sum(x => x.Count) >= 2)
                    {
                        perArticle[a] = used;
                    }
                }

                if (perArticle.Count >= 2 && perArticle.Values.Select(v => v[0].Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1)
                {
                    result.Add((pair.Key, perArticle));
                }
            }

            return result;
        }

        /// <summary>How often the article uses each country name it has (a capital, the country, a two-word name).</summary>
        private Dictionary<string, int> CountryNameCounts(Article article)
        {
            var text = article.Text ?? "";
            var perName = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (start, end) in CoverageVocabulary.Spans(article))
            {
                var words = keys.Scanner.Scan(ArticleText.Of(article), start, end);
                for (var i = 0; i < words.Count; i++)
                {
                    if (!words[i].Capitalised)
                    {
                        continue;
                    }

                    // Two-word names first ("White House", "North Korea"), then one word.
                    var two = i + 1 < words.Count ? text.Substring(words[i].Start, words[i + 1].End - words[i].Start) : null;
                    var one = Possessive.Strip(text.Substring(words[i].Start, words[i].End - words[i].Start));
                    var name = two != null && CountryNames.Contains(two) ? two : CountryNames.Contains(one) ? one : null;

                    // "USA" in "USA Today" is the outlet's name, not the country.
                    var outlet = article.Outlet;
                    if (name == null || (!string.IsNullOrEmpty(outlet) && string.Compare(text, words[i].Start, outlet, 0, outlet!.Length, StringComparison.OrdinalIgnoreCase) == 0 && outlet.Length > name.Length))
                    {
                        continue;
                    }

                    perName.TryGetValue(name, out var c);
                    perName[name] = c + 1;
                    if (name == two)
                    {
                        i++;
                    }
                }
            }

            return perName;
        }

        private HashSet<string> CountryNames => countryNameSet ??= new HashSet<string>(countryNames.Values.SelectMany(v => v), StringComparer.Ordinal);

        private HashSet<string>? countryNameSet;

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

        /// <summary>The first body sentence with as many content words as a fact needs (captions and headings are not the lead).</summary>
        public static TextUnit? Lead(List<TextUnit> units) => units.FirstOrDefault(u => u.Kind == ParagraphKind.Body && u.Content.Count >= FactAligner.MinFactContentWords);

        /// <summary>Replaced stretches of a few words between two renderings of one fact or statement.</summary>
        public IEnumerable<Wording> Wordings(int articleA, string a, int articleB, string b)
        {
            // Only renderings that keep most of their words: between loosely aligned sentences, a replaced stretch is another
            // thought, not another word for the same thing.
            var segments = WordDiff.Segments(a, b);
            if (WordDiff.Similarity(segments) < MinRenderingSimilarity)
            {
                yield break;
            }

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
                var wa = keys.Scanner.Scan(ra);
                var wb = keys.Scanner.Scan(rb);
                if (wa.Count > MaxWordingWords || wb.Count > MaxWordingWords)
                {
                    continue;
                }

                var ka = keys.Keys(wa);
                var kb = keys.Keys(wb);
                var spelling = string.Concat(wa.Select(w => w.Key)).Replace("-", "") == string.Concat(wb.Select(w => w.Key)).Replace("-", "");
                if (ka.Count == 0 || kb.Count == 0 || ka.SetEquals(kb) || spelling || wa.Any(w => w.Numeric) || wb.Any(w => w.Numeric))
                {
                    continue;
                }

                yield return new Wording(articleA, ra, articleB, rb, a);
            }
        }

        public static int WordingLimit => MaxWordingRows;

        private bool HasContent(string text) => keys.Keys(keys.Scanner.Scan(text)).Count > 0;

        /// <summary>Per person named in two or more articles, the title each article gives them at first mention, when they differ.</summary>
        public List<(string Name, Dictionary<int, string> Titles)> Labels(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default)
        {
            var titles = new Dictionary<string, Dictionary<int, string>>(StringComparer.OrdinalIgnoreCase);
            for (var a = 0; a < articles.Count; a++)
            {
                cancellationToken.ThrowIfCancellationRequested();
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

                var keySets = pair.Value.Values.Select(t => keys.Keys(keys.Scanner.Scan(t))).ToList();
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
