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
    
        [Fact]
        public void ShippedPatternsRunOnTheInterpreterAndAUsersOnTheLinearEngine()
        {
            var yaml = Path.Combine(dir, "rules.yaml");
            File.WriteAllText(yaml, "boilerplate:\n  - '/^user rule \\d+$/'\n  - '/^follow us on /'\n");
            var reader = new ArticleReader(ConfigLoader.Load(new[] { yaml }));
            var rules = new BlockClassifier(ConfigLoader.Load(new[] { yaml })).PatternRules.Where(r => r.Pattern.StartsWith("/", StringComparison.Ordinal)).ToList();

            // The user's own pattern keeps the linear engine; a shipped one, even repeated in the user's file, is read as shipped.
            Assert.True(rules.Single(r => r.Pattern == "/^user rule \\d+$/").IsLinearRegex);
            Assert.All(rules.Where(r => r.Pattern != "/^user rule \\d+$/"), r => Assert.False(r.IsLinearRegex || r.CanBacktrack, r.Pattern));
            Assert.Contains(rules, r => r.Pattern == "/^\\d+ comments?$/");

            var article = reader.Parse(string.Join("\n", new[]
            {
                "Prices rise", "", "The baker raised his prices on Monday.", "Follow us on the radio", "42 comments", "user rule 7",
                "Subscribe to our weekly newsletter", "The shop stays open, he said.",
            }));
            Assert.Equal(new[] { "Follow us on the radio", "42 comments", "user rule 7", "Subscribe to our weekly newsletter" }, article.Removed.Select(r => r.Text));
        }

        [Fact]
        public void ShippedPatternsAreAnchoredWithAtMostOneOpenEndedRepeat()
        {
            // What keeps backtracking linear on a shipped pattern (see BoilerplateRule.Parse): one start position, one
            // open-ended repeat, and no repeated group. A new default that breaks this needs the linear engine instead.
            var defaults = ConfigLoader.Defaults;
            var shipped = defaults.Boilerplate.Concat(defaults.Outlets.SelectMany(o => o.Boilerplate))
                .Select(p => p.Trim()).Where(p => p.Length > 2 && p[0] == '/' && p[p.Length - 1] == '/').ToList();
            Assert.NotEmpty(shipped);
            foreach (var pattern in shipped)
            {
                var body = pattern.Substring(1, pattern.Length - 2);
                Assert.True(body.StartsWith("^", StringComparison.Ordinal), pattern + " is not anchored at the line's start");
                var openEnded = 0;
                for (var i = 0; i < body.Length; i++)
                {
                    if (body[i] == '\\')
                    {
                        i++;
                        continue;
                    }

                    if (body[i] == '*' || body[i] == '+')
                    {
                        openEnded++;
                    }

                    Assert.False(body[i] == ')' && i + 1 < body.Length && "*+{".IndexOf(body[i + 1]) >= 0, pattern + " repeats a group");
                }

                Assert.True(openEnded <= 1, pattern + " has more than one open-ended repeat");
            }
        }
    }
}
