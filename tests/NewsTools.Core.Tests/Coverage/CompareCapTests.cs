using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NewsTools.Config;
using NewsTools.Coverage;
using Xunit;

namespace NewsTools.Tests.Coverage
{
    /// <summary>
    /// What a comparison leaves out of its rows when an input is far beyond what anyone reads (a page of thousands of
    /// sentences, thousands of articles): each cap is met with one warning that says what was left out and, per article, names it.
    /// </summary>
    public sealed class CompareCapTests
    {
        private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

        [Fact]
        public void ALongArticleIsLinedUpOnItsFirstSentencesAndTheWarningNamesIt()
        {
            var sb = new StringBuilder();
            for (var p = 0; p < CoverageComparer.MaxFactSentencesPerArticle + 200; p++)
            {
                sb.Append("Inspectors counted ").Append(Number(p)).Append(" corroded cables under span marker").Append(Number(p)).Append(" of the Alder bridge.\n\n");
            }

            var text = sb.ToString();
            var articles = new[]
            {
                CoverageTestData.Make("long-page", "Wire", "Cables", text),
                CoverageTestData.Make("copy", "Daily", "Cables", text),
                CoverageTestData.Make("short", "Herald", "Cables", "Inspectors counted 5 corroded cables under span marker5 of the Alder bridge.\n\nThe bridge stays open."),
            };

            var result = new CoverageComparer(ConfigLoader.Defaults) { BuildTimeline = false }.Compare(articles);

            var capped = result.Summary.Warnings.Where(w => w.Contains("were lined up with the other articles")).ToList();
            Assert.Equal(2, capped.Count);
            Assert.Contains(capped, w => w.Contains("'long-page'") && w.Contains("only its first 1,000") && w.Contains("200 more have no fact row"));
            Assert.Contains(capped, w => w.Contains("'copy'"));
            Assert.DoesNotContain(result.Summary.Warnings, w => w.Contains("'short'"));

            var facts = result.Items.Where(i => i.Kind == CoverageKind.Fact).ToList();
            Assert.Contains(facts, f => f.Texts.Any(t => t.Text.Contains("marker5 ")) && f.Sources.Count == 3);
            Assert.Contains(facts, f => f.Texts.Any(t => t.Text.Contains("marker999 ")) && f.Sources.Count == 2);
            Assert.DoesNotContain(facts, f => f.Texts.Any(t => t.Text.Contains("marker1000 ") || t.Text.Contains("marker1199 ")));
        }

        [Fact]
        public void StatementAndFactRowsAreListedUpToTheCapAndCountedInAWarning()
        {
            var items = Enumerable.Range(0, CoverageComparer.MaxRowsPerKind + 5).Select(_ => new CoverageItem { Kind = CoverageKind.Fact })
                .Concat(Enumerable.Range(0, 3).Select(_ => new CoverageItem { Kind = CoverageKind.Statement }))
                .Concat(Enumerable.Range(0, CoverageComparer.MaxRowsPerKind + 1).Select(_ => new CoverageItem { Kind = CoverageKind.Voice }))
                .ToList();
            var warnings = new List<string>();

            var listed = CoverageComparer.Listed(items, warnings);

            Assert.Equal(CoverageComparer.MaxRowsPerKind, listed.Count(i => i.Kind == CoverageKind.Fact));
            Assert.Equal(3, listed.Count(i => i.Kind == CoverageKind.Statement));
            Assert.Equal(CoverageComparer.MaxRowsPerKind + 1, listed.Count(i => i.Kind == CoverageKind.Voice));
            Assert.Equal(items.Where(i => i.Kind == CoverageKind.Fact).Take(CoverageComparer.MaxRowsPerKind), listed.Where(i => i.Kind == CoverageKind.Fact));
            var warning = Assert.Single(warnings);
            Assert.Equal("Only the first 1,000 fact rows are listed; 5 more are counted in the summary only.", warning);
        }
    }
}
