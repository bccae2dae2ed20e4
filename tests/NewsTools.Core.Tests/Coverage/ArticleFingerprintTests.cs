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

        [Fact]
        public void ATermTableKeepsItsTermsCharactersEndToEndInOneArray()
        {
            // Terms added with repeats and more than the table starts with: each term's range of the shared characters spells it.
            var table = new TermTable(2);
            var words = new[] { "harbour", "n:mara_quist", "harbour", "1200", "holm", "n:mara_quist", "lifeline", "ferry" };
            foreach (var w in words)
            {
                table.Add(w.ToCharArray(), w.Length, EventSignature.Hash(w), 1f);
            }

            var distinct = words.Distinct().ToList();
            Assert.Equal(distinct.Count, table.Count);
            var at = 0;
            for (var k = 0; k < table.Count; k++)
            {
                Assert.Equal(at, table.Start(k));
                Assert.Equal(distinct[k], new string(table.Chars, table.Start(k), table.Length(k)));
                Assert.Equal(distinct[k], table.Term(k));
                at += table.Length(k);
            }

            Assert.Equal(2f, table.Weight(0));
            Assert.Equal(2f, table.Weight(1));
        }

        [Fact]
        public void TheSignatureKeepsTheHeaviestTermsWithEqualWeightsInNameOrder()
        {
            // Names seen once each weigh the same (as rare as can be), and several here share their first four letters:
            // the order among them is the names' ordinal order, whatever order the text gives them in.
            const string text =
                "Harbour pilots met Councillor Hartwell, Councillor Hartley, Councillor Hartigan and Councillor Harte at the quay " +
                "in March. Officials from Holmsund, Holmwood and Holmfirth joined them, and the ferry timetable was agreed.\n\n" +
                "Passengers welcomed the timetable.";
            var config = ConfigLoader.Defaults;
            var article = new ArticleReader(config).Parse("Ferry timetable agreed\n\n" + text, new ArticleOptions { Id = "quay" });
            var print = ArticleFingerprint.Build(article, config);

            // The rule written out over strings: tf-idf with the background rarity, heaviest first, equal weights by name.
            var background = BackgroundFrequencies.Default;
            var weighted = Enumerable.Range(0, print.Count)
                .Select(k => (Term: print.Term(k), Weight: (float)(1 + Math.Log(print.Weight(k))) * background.Idf(print.Term(k))))
                .ToList();
            var norm = Math.Sqrt(weighted.Sum(t => (double)t.Weight * t.Weight));
            var expected = weighted.OrderBy(t => -t.Weight).ThenBy(t => t.Term, StringComparer.Ordinal).ToList();

            foreach (var (maxTerms, labelTerms) in new[] { (6, 4), (9, 9), (1000, 12) })
            {
                var signature = EventSignature.Build(article, print, maxTerms, labelTerms);
                var kept = expected.Take(maxTerms).ToList();
                Assert.Equal(kept.Select(t => EventSignature.Hash(t.Term)).OrderBy(h => h), signature.Terms);
                Assert.Equal(kept.Take(labelTerms).Select(t => t.Term), signature.LabelTerms);
                Assert.Equal(kept.Take(labelTerms).Select(t => (float)(t.Weight / norm)), signature.LabelWeights);
            }

            Assert.Contains("hartigan", expected.Select(t => t.Term));
            Assert.Contains("holmfirth", expected.Select(t => t.Term));
        }

        /// <summary>The fingerprint's rules written out over the scanner's words, a string each.</summary>
        [Fact]
        public void AThreadsReusedTableCountsEachArticleAsANewTableDoes()
        {
            var config = ConfigLoader.Defaults;
            var reader = new ArticleReader(config);
            var ferry = reader.Parse(Title + "\n\n" + Body, new ArticleOptions { Id = "ferry" });

            // A long report with hundreds of terms grows the reused table; a short one after it must see none of its terms.
            var longReport = reader.Parse("Holm Council budget vote\n\n" + string.Join("\n\n", Enumerable.Range(0, 60).Select(i =>
                $"Councillor Ilse Brandt{i} proposed {3000 + i} new berths at pier{i}x, and treasurer Osric Vale{i % 7} warned of costs.")), new ArticleOptions { Id = "long" });
            var shortReport = reader.Parse("Gulls return\n\nThe gulls came back to the pier on Sunday, Rui Costa said.", new ArticleOptions { Id = "short" });

            foreach (var article in new[] { ferry, longReport, shortReport, ferry })
            {
                var fresh = ArticleFingerprint.Build(article, config).Counts.ToList();
                var reused = ArticleFingerprint.BuildTransient(article, config);
                Assert.Equal(fresh, reused.Counts.ToList());
                Assert.Equal(fresh.Count, reused.Count);
            }

            Assert.True(ArticleFingerprint.Build(longReport, config).Count > 256);
        }

        [Fact]
        public void SigningAnArticleAgainOnTheSameThreadAllocatesLittleMoreThanTheSignatureItKeeps()
        {
            var config = ConfigLoader.Defaults;
            var grouper = new EventGrouper(config);
            var article = new ArticleReader(config).Parse("Holm Council budget vote\n\n" + string.Join("\n\n", Enumerable.Range(0, 40).Select(i =>
                $"Councillor Ilse Brandt{i} proposed {3000 + i} new berths at pier{i}x, and treasurer Osric Vale{i % 7} warned of costs.")), new ArticleOptions { Id = "long" });
            var first = grouper.Sign(article);

            var before = GC.GetAllocatedBytesForCurrentThread();
            var again = grouper.Sign(article);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.Equal(first.Terms, again.Terms);
            Assert.Equal(first.Weights, again.Weights);
            Assert.Equal(first.LabelTerms, again.LabelTerms);

            // The signature keeps 96 terms (12 bytes each) and a few label words; the article's hundreds of terms are counted in
            // the thread's reused table, where a new table grown to their number took tens of kilobytes.
            Assert.True(allocated < 16_000, $"signing again allocated {allocated:N0} bytes");
        }

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
