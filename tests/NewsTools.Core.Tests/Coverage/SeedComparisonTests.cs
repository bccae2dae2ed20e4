using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Coverage;
using NewsTools.Quotes;
using Xunit;
using Xunit.Abstractions;

namespace NewsTools.Tests.Coverage
{
    /// <summary>The two seed articles compared, against seeds-gold.json "coverage".</summary>
    public sealed class SeedComparisonTests
    {
        private const string SputnikFile = "sputnik-2018-01-28-china-japan.txt";
        private const string StraitsFile = "straitstimes-2018-01-28-japan-china.txt";

        private readonly ITestOutputHelper output;

        public SeedComparisonTests(ITestOutputHelper output) => this.output = output;

        internal static (Article Sputnik, Article Straits)? ReadSeeds()
        {
            var s = CoverageTestData.SharedFile("seeds", SputnikFile);
            var t = CoverageTestData.SharedFile("seeds", StraitsFile);
            if (s == null || t == null)
            {
                return null;
            }

            var reader = new ArticleReader(ConfigLoader.Defaults);
            var date = new DateTime(2018, 1, 28);
            return (reader.ReadFile(s, new ArticleOptions { ReferenceDate = date }), reader.ReadFile(t, new ArticleOptions { ReferenceDate = date }));
        }

        /// <summary>The gold quotes of one seed as Quote objects located in the article text: input for the aligner, not expected output.</summary>
        internal static IReadOnlyList<Quote> GoldQuotes(Article article, string file)
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(CoverageTestData.SharedFile("acceptance", "seeds-gold.json")!));
            var quotes = new List<Quote>();
            foreach (var q in doc.RootElement.GetProperty("articles").GetProperty(file).GetProperty("quotes").EnumerateArray())
            {
                var text = q.GetProperty("text").GetString()!;
                var start = article.Text.IndexOf(text.TrimEnd('.'), StringComparison.Ordinal);
                quotes.Add(new Quote
                {
                    Text = text,
                    Speaker = q.GetProperty("speaker").GetString(),
                    SpeakerMention = q.TryGetProperty("mention", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null,
                    Kind = Enum.Parse<QuoteKind>(q.GetProperty("kind").GetString()!),
                    ArticleId = article.Id,
                    Outlet = article.Outlet,
                    Start = start,
                    End = start < 0 ? -1 : start + text.Length,
                });
            }

            return quotes;
        }

        [SkippableFact]
        public void Diagnose()
        {
            var seeds = ReadSeeds();
            Skip.IfNot(seeds != null, "../shared not found: seeds");
            var (sp, st) = seeds!.Value;
            var comparer = new CoverageComparer(ConfigLoader.Defaults);
            var result = comparer.Compare(new[] { sp, st }, null, a => GoldQuotes(a, a == sp ? SputnikFile : StraitsFile), default);
            foreach (var w in result.Summary.Warnings) output.WriteLine("WARN " + w);
            foreach (var i in result.Items)
            {
                output.WriteLine($"{i.Kind} [{string.Join(",", i.Sources)}] sim={i.Similarity} {i.Summary}");
                if (i.Difference != null && i.Kind != CoverageKind.Fact) output.WriteLine("    diff: " + i.Difference);
                if (i.Kind == CoverageKind.Fact && i.Sources.Count > 1) foreach (var t in i.Texts) output.WriteLine("    " + t);
            }
        }
    }
}
