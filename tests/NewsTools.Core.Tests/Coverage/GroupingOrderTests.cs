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
    /// The orders grouping depends on, on texts written for them: terms of equal weight kept in ordinal order of their names
    /// (names that share their first characters, or where one begins the other, included), and a group's label made of the
    /// terms with the highest summed weight, two-word names boosted, equal scores in ordinal order.
    /// </summary>
    public sealed class GroupingOrderTests
    {
        private static Article Parse(string id, string title, string text) =>
            new ArticleReader(ConfigLoader.Defaults).Parse(title + "\n\n" + text, new ArticleOptions { Id = id, Outlet = "Test" }, id);

        [Fact]
        public void TermsOfEqualWeightAreKeptInOrdinalOrderOfTheirNames()
        {
            // Invented words, each once and none in the background counts: all weigh the same, so their names decide the order.
            // Several share their first four letters, and the shortest begins longer ones, which is where a shortcut on the first letters would fail.
            var words = new[] { "vrokt", "vrok", "vroktz", "vrokb", "vro", "vrob", "vrokz", "vrokq", "vroka" };
            var article = Parse("a", "", "vrokz vrok vroktz vrokq vrob vrokt vroka vro vrokb");
            var signature = new EventGrouper(ConfigLoader.Defaults).Sign(article);
            Assert.Equal(words.OrderBy(w => w, StringComparer.Ordinal).Take(signature.LabelTerms.Length), signature.LabelTerms);
            Assert.True(signature.LabelTerms.Length >= 8, "eight label terms expected, got " + string.Join(",", signature.LabelTerms));
        }

        [Fact]
        public void ALongArticleKeepsItsHeaviestTermsThenTheFirstNamesOfTheRunAtTheCut()
        {
            // Ten words three times each (heavier), then 150 words once each: a signature keeps 96 terms, so all ten heavy ones
            // and the first 86 of the 150 by name, though the 150 come in another order in the text.
            var heavy = Enumerable.Range(0, 10).Select(i => "plonk" + Letters(i) + "q").ToList();
            var light = Enumerable.Range(0, 150).Select(i => "zub" + Letters(149 - i) + "x").ToList();
            var text = string.Join(" ", heavy.Concat(heavy).Concat(heavy)) + ". " + string.Join(" ", light) + ".";
            var signature = new EventGrouper(ConfigLoader.Defaults).Sign(Parse("long", "", text));
            var expected = heavy.Concat(light.OrderBy(w => w, StringComparer.Ordinal).Take(EventGrouper.MaxTermsPerArticle - heavy.Count))
                .Select(EventSignature.Hash).OrderBy(h => h).ToArray();
            Assert.Equal(expected, signature.Terms);
            Assert.Equal(heavy.OrderBy(w => w, StringComparer.Ordinal).Take(signature.LabelTerms.Length), signature.LabelTerms);
        }

        [Fact]
        public void GroupLabelSumsTheMembersWeightsBoostsNamesAndBreaksTiesByName()
        {
            var grouper = new EventGrouper(ConfigLoader.Defaults);
            var text = "The Harbor Council of Velmora voted on Tuesday to close the Quarrel Bridge to lorries after inspectors found cracks in two pylons. " +
                "Engineers said the Quarrel Bridge could reopen in March once the pylons are braced.";
            var a = Parse("a", "Velmora closes Quarrel Bridge to lorries", text);
            var b = Parse("b", "Quarrel Bridge shut to lorries in Velmora", text + " The council will meet again on Friday.");
            var copy = Parse("c", "Velmora closes Quarrel Bridge to lorries", text);
            var signatures = new[] { a, b, copy }.Select(grouper.Sign).ToList();
            var groups = grouper.GroupSignatures(signatures);
            var group = Assert.Single(groups);

            // The label as described: each distinct text once (the copy of a adds nothing), weights summed per term in member
            // order, two-word names counted 1.5 times, then the highest four, equal scores in ordinal order of the term.
            var sums = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var s in new[] { signatures[0], signatures[1] })
            {
                for (var i = 0; i < s.LabelTerms.Length; i++)
                {
                    sums.TryGetValue(s.LabelTerms[i], out var sum);
                    sums[s.LabelTerms[i]] = sum + s.LabelWeights[i];
                }
            }

            var expected = string.Join(", ", sums
                .OrderByDescending(p => p.Key.StartsWith("n:", StringComparison.Ordinal) ? p.Value * 1.5 : p.Value)
                .ThenBy(p => p.Key, StringComparer.Ordinal)
                .Take(4)
                .Select(p => p.Key.StartsWith("n:", StringComparison.Ordinal) ? p.Key.Substring(2).Replace('_', ' ') : p.Key));
            Assert.Equal(expected, group.Label);
            Assert.Contains("quarrel bridge", group.Label, StringComparison.Ordinal);
        }

        [Fact]
        public void ManyGroupsKeepTheirOrderAndLabels()
        {
            // Enough separate stories that the groups are made on several threads: each keeps its place and its own label.
            var grouper = new EventGrouper(ConfigLoader.Defaults);
            var articles = Enumerable.Range(0, 300).Select(i =>
            {
                // Words of their own only (beside stop words), so no two stories share a term.
                var name = "Zorvath" + Letters(i);
                return Parse("s" + i, name + " of Krell" + Letters(i), "The " + name + " of Krell" + Letters(i) + " and the quib" + Letters(i) + " of the dask" + Letters(i) + ".");
            }).ToList();
            var groups = grouper.Group(articles);
            Assert.Equal(300, groups.Count);
            for (var i = 0; i < groups.Count; i++)
            {
                Assert.Equal(new[] { "s" + i }, groups[i].ArticleIds);
                Assert.Contains(("zorvath" + Letters(i)).Substring(0, 7), groups[i].Label, StringComparison.Ordinal);
            }
        }

        private static string Letters(int i) => new string(new[] { (char)('a' + (i / 26 % 26)), (char)('a' + (i % 26)) });
    }
}
