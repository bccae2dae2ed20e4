using System.Linq;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// A party's member or a nation's set before a full name ("Republican Sarah Whitfield", "Liberal Democrat Paul Tyler",
    /// "Kenyan Susan Chepkemei") says what the person is; the speaker's name starts at the given name. A party's word stays
    /// before a name that opens with no listed given name; a nation's noun goes before any name of two words or more but a
    /// body's or a place's.
    /// </summary>
    public class AffiliationBeforeNameTests
    {
        private static string? SpeakerOf(string paragraph, string quote) =>
            QuoteRulesTests.Extract("Vote row\n\n" + paragraph).Single(q => q.Text == quote).Speaker;

        [Theory]
        [InlineData("\"We will not back down,\" said Republican Sarah Whitfield.", "Sarah Whitfield")]
        [InlineData("Liberal Democrat Paul Tyler said \"the plan was flawed\".", "Paul Tyler")]
        [InlineData("\"It is a fake,\" said fellow Tory David Heathcoat-Amory.", "David Heathcoat-Amory")]
        [InlineData("House Intelligence Republican Mike Pompeo said \"the risk is real\".", "Mike Pompeo")]
        [InlineData("\"It's a good way to end the year,\" said Kenyan Susan Chepkemei.", "Susan Chepkemei")]
        [InlineData("\"It feels like home,\" said Swede Kestrel Johanning.", "Kestrel Johanning")]
        [InlineData("\"It feels like home,\" said New Yorker Kestrel Johanning.", "Kestrel Johanning")]
        [InlineData("But Lib Dem Norman Baker said \"the plan was flawed\".", "Norman Baker")]
        [InlineData("\"We were poor,\" said wing Jason Robinson.", "Jason Robinson")]
        [InlineData("\"We were poor,\" admitted England flanker Lewis Moody.", "Lewis Moody")]
        [InlineData("\"It feels like home,\" said Texan Kestrel Johanning.", "Kestrel Johanning")]
        public void ThePartyOrNationBeforeAFullNameIsNoPartOfIt(string paragraph, string speaker)
        {
            var quote = paragraph.Split('"')[1].TrimEnd(',');
            Assert.Equal(speaker, SpeakerOf(paragraph, quote));
        }

        [Theory]
        [InlineData("Defiant Matt Williams said: \"I will not quit.\"", "Matt Williams")]
        [InlineData("Goalscorer Jimmy Floyd Hasselbaink said: \"I will not quit.\"", "Jimmy Floyd Hasselbaink")]
        [InlineData("Teenager Sania Mirza said: \"I will not quit.\"", "Sania Mirza")]
        [InlineData("Douglas Alexander said: \"I will not quit.\"", "Douglas Alexander")]
        public void AWordThatOpensTheSentenceBeforeAGivenNameDescribesThePerson(string paragraph, string speaker)
        {
            // "Douglas" is a given name itself, so "Douglas Alexander" stays whole.
            Assert.Equal(speaker, SpeakerOf(paragraph, "I will not quit."));
        }

        [Theory]
        [InlineData("\"We will not back down,\" said the Republican National Committee.", "Republican National Committee")]
        [InlineData("\"We will not back down,\" said Republican Whitfield.", "Republican Whitfield")]
        [InlineData("\"We will not back down,\" said Republican Kestrel Whitfield.", "Republican Kestrel Whitfield")]
        [InlineData("\"We will not back down,\" said the Kenyan Athletics Federation.", "Kenyan Athletics Federation")]
        public void WithoutAGivenNameAfterItTheWordStays(string paragraph, string speaker)
        {
            Assert.Equal(speaker, SpeakerOf(paragraph, "We will not back down"));
        }
    }
}
