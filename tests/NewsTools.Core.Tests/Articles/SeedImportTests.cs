using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using NewsTools.Articles;
using Xunit;

namespace NewsTools.Tests.Articles
{
    /// <summary>Import of the two seed articles against ../shared/acceptance/seeds-gold.json.</summary>
    public class SeedImportTests
    {
        private const string Sputnik = "sputnik-2018-01-28-china-japan.txt";
        private const string StraitsTimes = "straitstimes-2018-01-28-japan-china.txt";

        [SkippableTheory]
        [InlineData(Sputnik)]
        [InlineData(StraitsTimes)]
        public void OutletTitleDatelineAndDateMatchTheGold(string file)
        {
            var article = TestData.ReadSeed(file);
            var gold = Gold(file);

            Assert.Equal(gold.GetProperty("outlet").GetString(), article.Outlet);
            Assert.Equal(gold.GetProperty("title").GetString(), article.Title);
            Assert.Equal(gold.GetProperty("dateline").GetString(), article.Dateline);
            Assert.Equal(DateTime.Parse(gold.GetProperty("reference_date").GetString()!), article.ReferenceDate);
        }

        [SkippableTheory]
        [InlineData(Sputnik)]
        [InlineData(StraitsTimes)]
        public void EveryListedBoilerplateLineIsRemovedAndKeptInRemoved(string file)
        {
            var article = TestData.ReadSeed(file);
            foreach (var item in Gold(file).GetProperty("boilerplate_must_be_removed").EnumerateArray().Select(e => Plain(e.GetString()!)))
            {
                Assert.Contains(article.Removed, r => Plain(r.Text).Contains(item, StringComparison.Ordinal));
                Assert.DoesNotContain(article.Paragraphs, p => Plain(p.Text).Contains(item, StringComparison.Ordinal));
            }
        }

        [SkippableTheory]
        [InlineData(Sputnik)]
        [InlineData(StraitsTimes)]
        public void PhotoCaptionsAreCaptionParagraphsNotBody(string file)
        {
            var article = TestData.ReadSeed(file);
            var captions = Gold(file).GetProperty("captions").EnumerateArray().Select(e => e.GetString()!).ToList();
            foreach (var caption in captions)
            {
                var holders = article.Paragraphs.Where(p => Plain(p.Text).Contains(caption, StringComparison.Ordinal)).ToList();
                Assert.NotEmpty(holders);
                Assert.All(holders, p => Assert.Equal(ParagraphKind.Caption, p.Kind));
            }

            Assert.Equal(captions.Count, article.Paragraphs.Count(p => p.Kind == ParagraphKind.Caption));
        }

        [SkippableFact]
        public void TheTextIsTheFileAsGivenSoOffsetsIndexIt()
        {
            var path = TestData.RequireShared("seeds/" + Sputnik);
            var article = TestData.ReadSeed(Sputnik);
            var raw = File.ReadAllText(path);

            Assert.Equal(raw, article.Text);
            // The non-breaking spaces (on 19 lines) stay in Text; only the analysis copy turns them into spaces.
            Assert.Equal(19, article.Text.Split('\n').Count(line => line.Contains('\u00A0', StringComparison.Ordinal)));
            Assert.DoesNotContain('\u00A0', NewsTools.Text.TextNormalizer.ForAnalysis(article.Text));
            Assert.All(article.Paragraphs, p => Assert.Equal(p.Text, article.Text.Substring(p.Start, p.End - p.Start)));
            Assert.All(article.Removed, r => Assert.Equal(r.Text, article.Text.Substring(r.Start, r.End - r.Start)));
        }

        [SkippableFact]
        public void AgencyCreditsAreAgenciesNotTheOutlet()
        {
            var article = TestData.ReadSeed(StraitsTimes);

            Assert.Equal(new[] { "AFP", "Reuters" }, article.Agencies);
            Assert.Equal("The Straits Times", article.Outlet);
        }

        [SkippableFact]
        public void StraitsTimesYearComesFromTheWeekdayNotFromToday()
        {
            var article = TestData.ReadSeed(StraitsTimes);

            Assert.Equal(ReferenceDateSource.WeekdayInference, article.ReferenceDateSource);
            Assert.Equal(new DateTime(2018, 1, 28), article.ReferenceDate);
        }

        [SkippableFact]
        public void SectionHeadingInsideTheStoryIsKeptAsHeading()
        {
            var article = TestData.ReadSeed(Sputnik);

            Assert.Contains(article.Paragraphs, p => p.Kind == ParagraphKind.Heading && p.Text == "North Korean Issue");
            Assert.Equal(ParagraphKind.Heading, article.Paragraphs[0].Kind);
        }

        private static JsonElement Gold(string file)
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(TestData.RequireShared("acceptance/seeds-gold.json")));
            return doc.RootElement.GetProperty("articles").GetProperty(file).Clone();
        }

        private static string Plain(string s) => s.Replace('\u00A0', ' ');
    }
}
