using System;
using System.Linq;
using NewsTools.Articles;
using NewsTools.Coverage;
using Xunit;

namespace NewsTools.Tests.Coverage
{
    /// <summary>The repository's two bridge samples, compared as an analyst reads them.</summary>
    public sealed class SampleComparisonTests
    {
        private static CoverageComparison CompareBridgeSamples()
        {
            var articles = new[] { "coastal-wire-2024-03-12-bridge.html", "harbour-gazette-2024-03-12-bridge.txt" }.Select(TestData.ReadSample).ToList();
            return new CoverageComparer(TestData.SamplesConfig) { BuildTimeline = false }.Compare(articles);
        }

        [Fact]
        public void APhotoCaptionIsNotAFact()
        {
            var result = CompareBridgeSamples();

            var captions = result.Articles.SelectMany(a => a.Paragraphs.Where(p => p.Kind == ParagraphKind.Caption).Select(p => (a.Id, p.Start, p.End))).ToList();
            Assert.NotEmpty(captions);
            var facts = result.Items.Where(i => i.Kind == CoverageKind.Fact).SelectMany(i => i.Texts).ToList();
            Assert.NotEmpty(facts);
            Assert.DoesNotContain(facts, t => captions.Any(c => c.Id == t.ArticleId && t.Start >= c.Start && t.Start < c.End));
            Assert.DoesNotContain(facts, t => t.Text.Contains("PHOTO", StringComparison.Ordinal) || t.Text.Contains("©", StringComparison.Ordinal));
        }

        [Fact]
        public void AQuotedSentenceIsAStatementNotAlsoAFact()
        {
            var result = CompareBridgeSamples();

            Assert.Contains(result.Items, i => i.Kind == CoverageKind.Statement && i.Texts.Any(t => t.Text.StartsWith("Today is a good day", StringComparison.Ordinal)));
            Assert.Contains(result.Items, i => i.Kind == CoverageKind.Statement && i.Texts.Any(t => t.Text.StartsWith("The cables were in worse shape", StringComparison.Ordinal)));
            var factTexts = result.Items.Where(i => i.Kind == CoverageKind.Fact).SelectMany(i => i.Texts).Select(t => t.Text).ToList();
            Assert.DoesNotContain(factTexts, t => t.Contains("Today is a good day", StringComparison.Ordinal));
            Assert.DoesNotContain(factTexts, t => t.Contains("The cables were in worse shape", StringComparison.Ordinal));

            // A sentence that says more than its quoted fragment stays a fact: the councillor's call for an audit.
            Assert.Contains(factTexts, t => t.Contains("a scandal", StringComparison.Ordinal) && t.Contains("auditor", StringComparison.Ordinal));
        }
    }
}
