using System;
using System.IO;
using System.Linq;
using NewsTools.Articles;
using NewsTools.Config;
using Xunit;

namespace NewsTools.Tests.Articles
{
    /// <summary>
    /// Pattern rules are tried together first (one combined pattern) and one by one only when that matches: each line must
    /// still be removed by the rule that matches it, with that rule as the reason, and each pattern keep its own inline options.
    /// </summary>
    public sealed class BoilerplatePatternTests : IDisposable
    {
        private readonly string dir = Directory.CreateTempSubdirectory("newstools-boilerplate-").FullName;

        public void Dispose() => Directory.Delete(dir, true);

        [Fact]
        public void EachLineIsRemovedByThePatternThatMatchesIt()
        {
            var rules = new[] { "/^first \\d+$/", "/^(?-i)Second$/", "/^third.*end$/", "Promo:...", "/^(x)\\1$/" };
            var yaml = Path.Combine(dir, "rules.yaml");
            File.WriteAllText(yaml, "boilerplate:\n" + string.Concat(rules.Select(r => "  - '" + r + "'\n")));
            var reader = new ArticleReader(ConfigLoader.Load(new[] { yaml }));

            var article = reader.Parse(string.Join("\n", new[]
            {
                "Prices rise", "", "The baker raised his prices on Monday.", "FIRST 12", "Second", "second", "Third, and the end",
                "Promo: more stories", "xx", "The shop stays open, he said.",
            }));

            Assert.Equal(
                new[] { "FIRST 12 <- /^first \\d+$/", "Second <- /^(?-i)Second$/", "Third, and the end <- /^third.*end$/", "Promo: more stories <- Promo:...", "xx <- /^(x)\\1$/" },
                article.Removed.Select(r => r.Text + " <- " + r.Reason.Replace("Boilerplate: ", "")));
            // (?-i) holds inside its own pattern only: the lower-case line is no match for it, and stays as text.
            Assert.Equal(new[] { "Prices rise", "The baker raised his prices on Monday.", "second", "The shop stays open, he said." }, article.Paragraphs.Select(p => p.Text));
        }
    }
}
