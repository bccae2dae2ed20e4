using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// A body's name with "of", "for" and "and" in it is one name, however the subject before a cue is read back: "the
    /// Department of Health and Social Care", "the Bank of England", "the Office for National Statistics".
    /// </summary>
    public class BodyNameTests
    {
        private static Quote Single(string sentence) =>
            QuoteRulesTests.Extract("Figures\n\n" + sentence).Single(q => q.Kind == QuoteKind.Indirect);

        [Theory]
        [InlineData("The Department of Health and Social Care said it was investing £450m in urgent care.", "Department of Health and Social Care")]
        [InlineData("The figures come after the Bank of England said mortgage approvals had fallen.", "Bank of England")]
        [InlineData("The extra leeway came after the Office for National Statistics said it had measured the data wrongly.", "Office for National Statistics")]
        [InlineData("The Chartered Institute of Purchasing and Supply said its index fell to 51.8.", "Chartered Institute of Purchasing and Supply")]
        public void TheWholeNameOfABodySpeaks(string sentence, string speaker)
        {
            var q = Single(sentence);
            Assert.Equal(speaker, q.Speaker);
            Assert.Equal(SpeakerType.Organization, q.SpeakerType);
        }

        [Theory]
        [InlineData("The official Xinhua News Agency said the arrest was linked to embezzlement.", "Xinhua News Agency")]
        [InlineData("Trade publication Screen Daily said the film had the highest opening takings.", "Screen Daily")]
        [InlineData("Local newspaper the Daily Telegraph said the incident involved paparazzi.", "Daily Telegraph")]
        [InlineData("UK-based firm Aggregate Industries said it had agreed a takeover.", "Aggregate Industries")]
        public void ADescriptionInLowerCaseBeforeABodysNameIsNoPartOfIt(string sentence, string speaker)
        {
            var q = Single(sentence);
            Assert.Equal(speaker, q.Speaker);
            Assert.Equal(SpeakerType.Organization, q.SpeakerType);
        }

        [Fact]
        public void ARoleOfABodyKeepsItsRole()
        {
            var q = Single("The chairman of Migration Watch UK said the figures were too low.");
            Assert.Equal("chairman of Migration Watch UK", q.Speaker);
        }

        [Theory]
        [InlineData("Earlier this month, accountancy firm Ernst & Young said the forecasts were too optimistic.", "Ernst & Young")]
        [InlineData("Research group Pew Internet & American Life says a blog is created every 5.8 seconds.", "Pew Internet & American Life")]
        public void AnAmpersandJoinsTheWordsOfOneFirmsName(string sentence, string speaker)
        {
            // The firm speaks, and "it" goes back to it as to any body.
            var quotes = QuoteRulesTests.Extract("Tax forecast\n\n" + sentence + " It claimed revenues were \"likely to fall\".").ToArray();
            Assert.Equal(speaker, quotes[0].Speaker);
            Assert.Equal(SpeakerType.Organization, quotes[0].SpeakerType);
            Assert.Equal(speaker, quotes.Single(q => q.Text == "likely to fall").Speaker);
        }

        [Fact]
        public void TwoFirmsJoinedByAndAfterAnAmpersandAreTwo()
        {
            var q = QuoteRulesTests.Extract("Broadband\n\nCable & Wireless and NTL have announced that they are investing millions.").Single();
            Assert.Equal("Cable & Wireless and NTL", q.Speaker);
        }
    }
}
