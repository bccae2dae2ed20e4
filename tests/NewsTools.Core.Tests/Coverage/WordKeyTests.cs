using System.Linq;
using NewsTools.Coverage;
using Xunit;

namespace NewsTools.Tests.Coverage
{
    /// <summary>Word keys are the word in lower case, whatever its letters: ASCII, accented Latin, Greek, digits mixed in.</summary>
    public sealed class WordKeyTests
    {
        [Fact]
        public void KeysAreLowerCaseForAsciiAndOtherLettersAlike()
        {
            var words = WordScanner.BuiltIn.Scan("Zürich ÉCOLE MIXed9 Ωmega ABC xyz 42 Straße @ [Q] `b` {z}");
            Assert.Equal(new[] { "zürich", "école", "mixed9", "ωmega", "abc", "xyz", "42", "straße", "q", "b", "z" }, words.Select(w => w.Key));
            Assert.Equal(new[] { "42" }, words.Where(w => w.Numeric).Select(w => w.Key));
            Assert.Equal(new[] { "zürich", "école", "mixed9", "ωmega", "abc", "straße", "q" }, words.Where(w => w.Capitalised).Select(w => w.Key));
        }
    }
}
