using System;
using System.Collections.Generic;
using System.Linq;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Coverage;
using Xunit;

namespace NewsTools.Tests.Coverage
{
    /// <summary>
    /// The grouping fingerprint counts terms from the scanner's key buffer without a string per word; its counts must be the
    /// ones the words give when read one string at a time: stop words and short words out, stems, names kept whole inside a
    /// sentence, two-word names, the title counted twice, each term in the order it first occurs.
    /// </summary>
    public sealed class ArticleFingerprintTests
    {
        private const string Title = "Ferry studies: Holm Council backs the Harbour Board's timetable";

        private const string Body =
            "The Harbour Board said 1,200 passengers used the Holm ferry in March, and Councillor Mara Quist of Holm Council called " +
            "the sailings a lifeline. Studies showed the islands' schools were waiting for cargo.\n\n" +
            "Passengers queued. Councillor Mara Quist said: \"Sailing twice a day is what Holm needs.\" The U.S. Coast Guard agreed; " +
            "42 boats, 3 tugs and the 2024 budget passed the N.A.A.C.P. review of Quist's classes and buses.";

        [Fact]
        public void CountsAreTheOnesTheWordsGiveReadOneStringAtATime()
        {
            var config = ConfigLoader.Defaults;
            var article = new ArticleReader(config).Parse(Title + "\n\n" + Body, new ArticleOptions { Id = "ferry" });

            var print = ArticleFingerprint.Build(article, config);

            var expected = Expected(article, config);
            Assert.Equal(expected.Select(p => p.Key), print.Counts.Keys);
            Assert.Equal(expected.Select(p => p.Value), print.Counts.Values);
            Assert.Equal(expected.Count, print.Count);
            for (var k = 0; k < print.Count; k++)
            {
                Assert.Equal(expected[k].Key, print.Term(k));
                Assert.Equal(EventSignature.Hash(expected[k].Key), print.Hash(k));
                Assert.Equal(expected[k].Value, print.Weight(k));
            }

            // What the rules make of this text: stems, names kept whole, a two-word name from the title and the body.
            Assert.Contains("study", print.Counts.Keys);
            Assert.Contains("sailing", print.Counts.Keys);
            Assert.Contains("n:mara_quist", print.Counts.Keys);
            Assert.Contains("n:holm_council", print.Counts.Keys);
            Assert.Contains("1200", print.Counts.Keys);
            Assert.DoesNotContain("the", print.Counts.Keys);
            Assert.DoesNotContain("42", print.Counts.Keys);

            // A name in the title weighs twice what it does in the body.
            Assert.True(print.Counts["n:holm_council"] > print.Counts["n:mara_quist"]);
        }

        [Fact]
        public void ATermTableKeepsEveryTermAsItGrows()
        {
            // More distinct terms than the table starts with: every one keeps its own count, in the order of first sight.
            var table = new TermTable(4);
            var words = Enumerable.Range(0, 100).Select(i => "term" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            foreach (var round in new[] { 1f, 2f })
            {
                foreach (var w in words)
                {
                    table.Add(w.ToCharArray(), w.Length, EventSignature.Hash(w), round);
                }
            }

            Assert.Equal(100, table.Count);
            Assert.Equal(words, Enumerable.Range(0, table.Count).Select(table.Term));
            Assert.All(Enumerable.Range(0, table.Count), k => Assert.Equal(3f, table.Weight(k)));
            Assert.True(table.Contains("term42".ToCharArray(), 6, EventSignature.Hash("term42")));
            Assert.False(table.Contains("term420".ToCharArray(), 7, EventSignature.Hash("term420")));

            // Looked up by characters after the hash: a key with another term's hash is still another term.
            Assert.False(table.Contains("other".ToCharArray(), 5, EventSignature.Hash("term7")));
        }

        /// <summary>The fingerprint's rules written out over the scanner's words, a string each.</summary>
        private static List<KeyValuePair<string, float>> Expected(Article article, NewsToolsConfig config)
        {
            var stopWords = new HashSet<string>(config.Coverage.StopWords.Concat(config.Coverage.OtherStopWords).Select(w => w.ToLowerInvariant()), StringComparer.Ordinal);
            var scanner = WordScanner.For(config);
            var order = new List<string>();
            var counts = new Dictionary<string, float>(StringComparer.Ordinal);
            void Add(string term, float weight)
            {
                if (!counts.ContainsKey(term))
                {
                    order.Add(term);
                    counts[term] = 0;
                }

                counts[term] += weight;
            }

            void Read(string text, int start, int end, float weight)
            {
                Word? previousName = null;
                foreach (var w in scanner.Scan(text, start, end))
                {
                    if (stopWords.Contains(w.Key) || w.Key.Length < (w.Numeric ? 3 : 2))
                    {
                        previousName = null;
                        continue;
                    }

                    Add(w.Numeric ? w.Key : WordScanner.Stem(w.Key, w.Capitalised && !w.SentenceStart), weight);
                    if (!w.Capitalised || w.Numeric)
                    {
                        previousName = null;
                        continue;
                    }

                    if (previousName is Word p && w.Start == p.End + 1 && text[p.End] == ' ')
                    {
                        Add("n:" + p.Key + "_" + w.Key, weight * 1.5f);
                    }

                    previousName = w;
                }
            }

            Read(article.Title!, 0, article.Title!.Length, 2f);
            foreach (var p in article.Paragraphs)
            {
                Read(article.Text, p.Start, Math.Min(p.End, article.Text.Length), 1f);
            }

            return order.Select(t => new KeyValuePair<string, float>(t, counts[t])).ToList();
        }
    }
}
