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
    /// Scoring one article against many through a table of its terms must give the walk's cosine to the last bit: the groups
    /// hang on comparisons with the threshold, and signatures merged from many machines must group as one machine's do.
    /// </summary>
    public sealed class CosineTableTests
    {
        private static EventSignature Signature(string id, IEnumerable<ulong> terms, Random random)
        {
            var sorted = terms.OrderBy(t => t).ToArray();
            var weights = sorted.Select(_ => (float)random.NextDouble()).ToArray();
            return new EventSignature(id, null, null, null, 1, sorted, weights, Array.Empty<string>(), Array.Empty<float>());
        }

        [Fact]
        public void TheTablesCosineIsTheWalksToTheLastBit()
        {
            var random = new Random(17);
            var shared = Enumerable.Range(0, 400).Select(_ => (ulong)random.NextInt64()).ToArray();
            var signatures = new List<EventSignature>();
            for (var i = 0; i < 60; i++)
            {
                // Terms drawn from a common pool (so pairs share many) and of the article's own; lengths up to past the table's first size.
                var count = 1 + random.Next(200);
                var terms = new HashSet<ulong>();
                while (terms.Count < count)
                {
                    terms.Add(random.Next(3) == 0 ? (ulong)random.NextInt64() : shared[random.Next(shared.Length)]);
                }

                signatures.Add(Signature("a" + i, terms, random));
            }

            // One hash twice (two terms that collide) and no terms at all: the walk's own answers.
            signatures.Add(Signature("twice", shared.Take(30).Concat(shared.Take(3)), random));
            signatures.Add(Signature("empty", Array.Empty<ulong>(), random));
            Assert.True(signatures[^2].RepeatsATerm);

            var table = new CosineTable();
            var matched = 0;
            foreach (var a in signatures)
            {
                table.Load(a);
                foreach (var b in signatures)
                {
                    var walk = a.Cosine(b);
                    Assert.Equal(BitConverter.DoubleToInt64Bits(walk), BitConverter.DoubleToInt64Bits(table.Cosine(b)));
                    matched += walk > 0 ? 1 : 0;
                }
            }

            Assert.True(matched > 1000);
        }

        [Fact]
        public void ReportsOfOneEventStillGroupTogetherAndApartFromAnother()
        {
            var config = ConfigLoader.Defaults;
            var reader = new ArticleReader(config);
            Article Story(string id, string text) => reader.Parse(text, new ArticleOptions { Id = id });
            var articles = new[]
            {
                Story("f1", "Holm ferry runs aground\n\nThe Holm ferry Skerry Queen ran aground off Vardo Point on Tuesday, the harbour master Rui Costa said. All 212 passengers were taken ashore."),
                Story("f2", "Skerry Queen aground off Vardo Point\n\nRui Costa, the Holm harbour master, said the Skerry Queen struck rocks off Vardo Point and its 212 passengers were brought ashore."),
                Story("b1", "Brandt wins Kessel mayoral vote\n\nIlse Brandt won the Kessel mayoral election with 58% of the vote, the Kessel election office said on Sunday."),
                Story("b2", "Kessel elects Ilse Brandt mayor\n\nVoters in Kessel chose Ilse Brandt as mayor, the election office said, giving her 58% of the vote."),
            };

            var groups = new EventGrouper(config).Group(articles);

            Assert.Equal(2, groups.Count);
            Assert.Equal(new[] { "f1", "f2" }, groups[0].ArticleIds);
            Assert.Equal(new[] { "b1", "b2" }, groups[1].ArticleIds);
        }
    }
}
