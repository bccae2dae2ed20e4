using NewsTools.Coverage;
using Xunit;

namespace NewsTools.Tests.Coverage
{
    public sealed class WordDiffTests
    {
        [Fact]
        public void ShowsReplacedWordsBetweenSharedOnes()
        {
            var diff = WordDiff.Format(WordDiff.Segments(
                "which is a matter for the international community as a whole",
                "which is the matter at hand for international society as a whole"));
            Assert.Equal("which is [-a-] {+the+} matter {+at hand+} for [-the-] international [-community-] {+society+} as a whole", diff);
        }

        [Fact]
        public void IdenticalTextsHaveNoChangesAndSimilarityOne()
        {
            var segments = WordDiff.Segments("Kono said so.", "Kono said so");
            Assert.Equal("Kono said so", WordDiff.Format(segments));
            Assert.Equal(1.0, WordDiff.Similarity(segments));
        }

        [Fact]
        public void EmptySideIsAllAdded()
        {
            Assert.Equal("{+new words+}", WordDiff.Format(WordDiff.Segments("", "new words")));
        }
    }
}
