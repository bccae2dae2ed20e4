using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using NewsTools.Articles;
using NewsTools.Cli.Commands;
using NewsTools.Config;
using NewsTools.Coverage;
using NewsTools.Text;
using Xunit;

namespace NewsTools.Tests.Text
{
    public class ArticleTextTests
    {
        private const string Story =
            "WASHINGTON (Reuters) - Mr. Smith met U.S. officials at 9:30 a.m. on Jan. 28, and left at 5 p.m.\n\n" +
            "Japan's two-day visit cost 1,200 yen, or 3.5% more than in the '90s; Japan’s envoy said “we agree”.\n\n" +
            "Ms. O'Neill — the N.A.A.C.P. lawyer — called it a well-known, state-of-the-art deal. “It works,” she said. Really?";

        private static Article Read(string text) =>
            new ArticleReader(ConfigLoader.Defaults).Parse(text, new ArticleOptions { Id = "t", ReferenceDate = new DateTime(2018, 1, 28) });

        [Fact]
        public void QuotesAlreadyScannedGiveTheSentencesTheSplitterFindsItself()
        {
            // The quotes attribution scans a paragraph's quotations before it asks for its sentences: handing them over saves
            // the splitter a second scan, and must change no sentence (a quote's stop is no sentence end).
            var splitter = SentenceSplitter.For(ConfigLoader.Defaults);
            var scanned = Read(Story);
            var fresh = Read(Story);
            var sharedScanned = ArticleText.Of(scanned);
            var sharedFresh = ArticleText.Of(fresh);
            for (var span = 0; span < sharedScanned.Spans.Count; span++)
            {
                var quotes = new List<QuoteSpan>();
                QuoteScanner.Scan(sharedScanned.Text, sharedScanned.Spans[span].Start, sharedScanned.Spans[span].End, quotes);

                Assert.Equal(splitter.Sentences(sharedFresh, span), splitter.Sentences(sharedScanned, span, quotes));
            }

            Assert.Contains(sharedScanned.Spans.Select((_, i) => splitter.Sentences(sharedScanned, i).Count), n => n > 1);
        }

        [Fact]
        public void OneArticleHasOneSharedTextWhoseLayerIsBuiltOnFirstUseOnly()
        {
            var article = Read(Story);
            var builds = 0;
            var layer = new TextLayer<string>("first letters", t =>
            {
                Interlocked.Increment(ref builds);
                return new string(t.Spans.Select(s => t.Text[s.Start]).ToArray());
            });

            var shared = ArticleText.Of(article);
            Assert.Same(shared, ArticleText.Of(article));
            Assert.Equal(0, builds);

            Assert.Equal("WJM", shared.Get(layer));
            Assert.Same(shared.Get(layer), shared.Get(layer));
            Assert.Equal(1, builds);
        }

        [Fact]
        public void ThreadsRacingOnOneArticleAllReadTheSameTextAndLayer()
        {
            var article = Read(Story);
            var layer = new TextLayer<List<int>>("span lengths", t =>
            {
                Thread.Sleep(5); // widen the race: every thread is inside the build at once
                return t.Spans.Select(s => s.Length).ToList();
            });
            var texts = new ConcurrentBag<ArticleText>();
            var values = new ConcurrentBag<List<int>>();
            using (var start = new ManualResetEventSlim())
            {
                var threads = Enumerable.Range(0, 8).Select(_ => new Thread(() =>
                {
                    start.Wait();
                    var shared = ArticleText.Of(article);
                    texts.Add(shared);
                    values.Add(shared.Get(layer));
                })).ToList();
                threads.ForEach(t => t.Start());
                start.Set();
                threads.ForEach(t => t.Join());
            }

            Assert.Single(texts.Distinct());
            Assert.Single(values.Distinct());
            Assert.Same(values.First(), ArticleText.Of(article).Get(layer));
        }

        [Fact]
        public void SpansAreTheParagraphsOrTheWholeTextWithoutThem()
        {
            var article = Read(Story);
            var shared = ArticleText.Of(article);
            Assert.Equal(article.Paragraphs.Select(p => p.Text), shared.Spans.Select(s => s.Of(article.Text)));
            Assert.Equal(1, shared.SpanHolding(article.Paragraphs[1].Start + 3, article.Paragraphs[1].End));
            Assert.Equal(-1, shared.SpanHolding(article.Paragraphs[0].Start, article.Paragraphs[1].Start + 3));

            var bare = new ArticleText("no paragraphs here", Array.Empty<Paragraph>());
            Assert.Equal(new[] { "no paragraphs here" }, bare.Spans.Select(s => s.Of(bare.Text)));
        }

        [Fact]
        public void CoverageWordsPinTheBoundaryCases()
        {
            var text = ArticleText.Of(Read(Story));
            var keys = text.Spans.SelectMany(s => WordScanner.BuiltIn.Scan(text, s.Start, s.End)).Select(w => w.Key).ToList();

            // Abbreviation dots dropped, possessives folded (straight and curly), numbers keep their inner point, not their comma.
            Assert.Contains("us", keys);
            Assert.Contains("naacp", keys);
            Assert.Contains("mr", keys);
            Assert.Equal(2, keys.Count(k => k == "japan"));
            Assert.Contains("1200", keys);
            Assert.Contains("3.5", keys);
            Assert.Contains("two-day", keys);
            Assert.Contains("state-of-the-art", keys);
            Assert.Contains("o'neill", keys);

            // "a.m." and "p.m." are dotted abbreviations like "U.S."; "'90s" loses its apostrophe; "9:30" is two numbers.
            Assert.Contains("am", keys);
            Assert.Contains("pm", keys);
            Assert.Contains("90s", keys);
            Assert.Equal(new[] { "at", "9", "30", "am" }, keys.SkipWhile(k => k != "officials").Skip(1).Take(4));
        }

        [Fact]
        public void EveryRangeOfAnArticleGetsTheWordsAScanOfThatRangeFinds()
        {
            // Every (from, to) pair over a text dense in boundary cases: ranges that cut words, cross paragraphs, start
            // after "Mr." or inside "U.S." must give exactly what scanning the range alone gives.
            var article = Read(Story);
            var shared = ArticleText.Of(article);
            var text = article.Text;
            var compared = 0;
            for (var from = 0; from <= text.Length; from += 1)
            {
                for (var to = from; to <= text.Length; to += 3)
                {
                    AssertSameWords(WordScanner.BuiltIn.Scan(text, from, to), WordScanner.BuiltIn.Scan(shared, from, to), text, from, to);
                    compared++;
                }
            }

            Assert.True(compared > 10_000, compared.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        [SkippableFact]
        public void CorpusCoverageWordsAreTheSameFromTheSharedText()
        {
            // Every paragraph and sentence of the BBC corpus, as the coverage analyses cut them.
            var corpus = TestData.RequireShared("corpus/bbc-news-2225");
            var reader = new ArticleReader(ConfigLoader.Defaults);
            var files = BenchCommand.CorpusFiles(corpus);
            Assert.True(files.Count > 2000, $"{files.Count} files in {corpus}");
            var ranges = 0;
            foreach (var file in files)
            {
                var article = reader.ReadFile(file);
                var shared = ArticleText.Of(article);
                foreach (var span in shared.Spans)
                {
                    AssertSameWords(WordScanner.BuiltIn.Scan(article.Text, span.Start, span.End), WordScanner.BuiltIn.Scan(shared, span.Start, span.End), article.Text, span.Start, span.End);
                    foreach (var sentence in SentenceSplitter.For(ConfigLoader.Defaults).Split(article.Text, span.Start, span.End))
                    {
                        AssertSameWords(WordScanner.BuiltIn.Scan(article.Text, sentence.Start, sentence.End), WordScanner.BuiltIn.Scan(shared, sentence.Start, sentence.End), article.Text, sentence.Start, sentence.End);
                        ranges++;
                    }
                }
            }

            Assert.True(ranges > 20_000, ranges.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        private static void AssertSameWords(List<Word> expected, List<Word> actual, string text, int from, int to)
        {
            var what = $"[{from},{to}) \"{text.Substring(from, to - from)}\"";
            Assert.True(expected.Count == actual.Count, $"{expected.Count} words expected, {actual.Count} found in {what}");
            for (var i = 0; i < expected.Count; i++)
            {
                var e = expected[i];
                var a = actual[i];
                Assert.True(
                    e.Start == a.Start && e.End == a.End && e.Key == a.Key && e.Capitalised == a.Capitalised && e.Numeric == a.Numeric && e.SentenceStart == a.SentenceStart,
                    $"word {i} of {what}: expected {e.Key}@{e.Start}-{e.End} start={e.SentenceStart}, found {a.Key}@{a.Start}-{a.End} start={a.SentenceStart}");
            }
        }
    }
}
