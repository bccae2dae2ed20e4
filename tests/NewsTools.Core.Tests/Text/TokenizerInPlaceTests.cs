using System.Collections.Generic;
using NewsTools.Text;
using Xunit;

namespace NewsTools.Tests.Text
{
    /// <summary>
    /// <see cref="Tokenizer.Next"/> reads the tokens in place (offsets and kinds, no strings) for callers that look at a few
    /// tokens in many places; it must cut exactly where <see cref="Tokenizer.Tokenize(string, int, int)"/> cuts.
    /// </summary>
    public class TokenizerInPlaceTests
    {
        [Theory]
        [InlineData("Wednesday, September 28th, 2016: the U.S. envoy paid 1,200 yen (3.5%) for Japan's two-day visit.")]
        [InlineData("On 28 Jan. the O’Neill family's ’90s album sold — again — in São Paulo; “Très bien,” she said!!")]
        [InlineData("  \u00A0 trailing and leading spaces, a lone digit 7 and a lone letter x  ")]
        [InlineData("")]
        public void NextCutsWhereTokenizeCuts(string text)
        {
            for (var start = 0; start <= text.Length; start += 5)
            {
                // A window that ends inside a word too, as the reference date's 48-character windows do.
                var end = System.Math.Min(text.Length, start + 23);
                var expected = Tokenizer.Tokenize(text, start, end);
                var found = new List<(int, int, TokenKind)>();
                var i = start;
                while (Tokenizer.Next(text, ref i, end, out var s, out var kind))
                {
                    found.Add((s, i, kind));
                }

                Assert.Equal(expected.ConvertAll(t => (t.Start, t.End, t.Kind)), found);
                Assert.All(expected, t => Assert.Equal(text.Substring(t.Start, t.End - t.Start), t.Text));
            }
        }
    }
}
