using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using NewsTools.Articles;
using NewsTools.Config;

namespace NewsTools.Coverage
{
    /// <summary>The stop words of a configuration, built once per configuration object.</summary>
    internal static class CoverageVocabulary
    {
        private static readonly ConditionalWeakTable<NewsToolsConfig, HashSet<string>> Cache = new ConditionalWeakTable<NewsToolsConfig, HashSet<string>>();

        private static readonly ConditionalWeakTable<NewsToolsConfig, HashSet<string>> EnglishCache = new ConditionalWeakTable<NewsToolsConfig, HashSet<string>>();

        /// <summary>The English stop words alone, to tell whether an article is in English.</summary>
        public static HashSet<string> EnglishStopWords(NewsToolsConfig config) =>
            EnglishCache.GetValue(config, c => new HashSet<string>(c.Coverage.StopWords.Select(w => w.ToLowerInvariant()), StringComparer.Ordinal));

        /// <summary>Stop words of every configured language.</summary>
        public static HashSet<string> StopWords(NewsToolsConfig config) =>
            Cache.GetValue(config, c =>
            {
                var set = new HashSet<string>(StringComparer.Ordinal);
                foreach (var w in c.Coverage.StopWords.Concat(c.Coverage.OtherStopWords))
                {
                    set.Add(w.ToLowerInvariant());
                }

                return set;
            });

        /// <summary>The article's readable text: its kept paragraphs (or the whole text when it has none).</summary>
        public static IEnumerable<(int Start, int End)> Spans(Article article)
        {
            if (article.Paragraphs.Count == 0)
            {
                yield return (0, article.Text.Length);
                yield break;
            }

            foreach (var p in article.Paragraphs)
            {
                yield return (p.Start, Math.Min(p.End, article.Text.Length));
            }
        }
    }

    /// <summary>
    /// What identifies the event an article covers: its content words, names (runs of capitalised words) and numbers, counted,
    /// with the headline counted twice. The grouper turns the counts into rarity-weighted vectors.
    /// </summary>
    internal sealed class ArticleFingerprint
    {
        private ArticleFingerprint(Dictionary<string, float> counts, DateTime? date)
        {
            Counts = counts;
            Date = date;
        }

        /// <summary>Term -> weighted count. Terms: "stem", "n:first_second" for two-word names.</summary>
        public Dictionary<string, float> Counts { get; }

        public DateTime? Date { get; }

        /// <summary>Name bigrams ("white house", "tea party") count more than single words: they rarely repeat by chance.</summary>
        private const float NameBigramWeight = 1.5f;
        /// <summary>A title's words count twice: the title names the event, the body also tells its background.</summary>
        private const float TitleWeight = 2f;

        /// <summary>Shorter numbers ("12", "3") and single letters are in every story and say nothing about one event.</summary>
        private const int MinNumberLength = 3;
        private const int MinWordLength = 2;

        /// <summary>The fingerprint as the configuration reads words: its stop words, and its abbreviations (the user's too).</summary>
        public static ArticleFingerprint Build(Article article, NewsToolsConfig config)
        {
            var stopWords = CoverageVocabulary.StopWords(config);
            var scanner = WordScanner.For(config);
            var counts = new Dictionary<string, float>(StringComparer.Ordinal);
            if (!string.IsNullOrWhiteSpace(article.Title))
            {
                AddText(counts, scanner, article.Title!, 0, article.Title!.Length, stopWords, TitleWeight);
            }

            var text = article.Text ?? "";
            foreach (var (start, end) in CoverageVocabulary.Spans(article))
            {
                AddText(counts, scanner, text, start, end, stopWords, 1f);
            }

            // Only a date the publisher or the user gave: a date found in the text may be any date the story mentions.
            var trusted = article.ReferenceDateSource == ReferenceDateSource.Metadata || article.ReferenceDateSource == ReferenceDateSource.User;
            return new ArticleFingerprint(counts, article.PublishedTime?.Date ?? (trusted ? article.ReferenceDate : null));
        }

        private static void AddText(Dictionary<string, float> counts, WordScanner scanner, string text, int start, int end, HashSet<string> stopWords, float weight)
        {
            var words = scanner.Scan(text, start, end);
            string? previousName = null;
            var previousEnd = -1;
            foreach (var w in words)
            {
                var key = w.Key;
                if (stopWords.Contains(key) || (w.Numeric && key.Length < MinNumberLength) || (!w.Numeric && key.Length < MinWordLength))
                {
                    previousName = null;
                    continue;
                }

                var stem = w.Numeric ? key : WordScanner.Stem(key, w.Capitalised && !w.SentenceStart);
                var isName = w.Capitalised && !w.Numeric;
                Add(counts, stem, weight);
                if (isName)
                {
                    if (previousName != null && w.Start == previousEnd + 1 && text[previousEnd] == ' ')
                    {
                        Add(counts, "n:" + previousName + "_" + key, weight * NameBigramWeight);
                    }

                    previousName = key;
                    previousEnd = w.End;
                }
                else
                {
                    previousName = null;
                }
            }
        }

        private static void Add(Dictionary<string, float> counts, string term, float weight)
        {
            counts.TryGetValue(term, out var c);
            counts[term] = c + weight;
        }
    }
}
