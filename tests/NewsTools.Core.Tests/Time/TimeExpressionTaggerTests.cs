using System;
using System.Linq;
using NewsTools.Config;
using NewsTools.Time;
using Xunit;

namespace NewsTools.Tests.Time
{
    public class TimeExpressionTaggerTests
    {
        private static readonly DateTime Reference = new DateTime(2018, 1, 28);

        private static TimeExpression Single(string text, DateTime? reference = null)
        {
            var found = new TimeExpressionTagger(ConfigLoader.Defaults).TagText(text, reference ?? Reference);
            return Assert.Single(found);
        }

        [Theory]
        [InlineData("They met on Jan. 28, 2018 in Beijing.", "Jan. 28, 2018", "2018-01-28", TimexType.Date)]
        [InlineData("The meeting was held on Sunday (Jan 28) in Beijing.", "Sunday (Jan 28)", "2018-01-28", TimexType.Date)]
        [InlineData("China on Friday (Jan 26) said it was dissatisfied.", "Friday (Jan 26)", "2018-01-26", TimexType.Date)]
        [InlineData("A missile was fired over Hokkaido last August.", "last August", "2017-08", TimexType.Date)]
        [InlineData("They met in November on the sidelines of a summit.", "November", "2017-11", TimexType.Date)]
        [InlineData("The dispute has been ongoing since the 1970s.", "the 1970s", "197X", TimexType.Date)]
        [InlineData("Earlier this month, Beijing called on Japan to act.", "Earlier this month", "2018-01", TimexType.Date)]
        [InlineData("The visit at the beginning of 2018 was a sign.", "the beginning of 2018", "2018", TimexType.Date)]
        [InlineData("The crisis eased in early 2018.", "early 2018", "2018", TimexType.Date)]
        [InlineData("Sales rose late last year.", "late last year", "2017", TimexType.Date)]
        [InlineData("In December 2017, the council imposed sanctions.", "December 2017", "2017-12", TimexType.Date)]
        [InlineData("He arrived two days ago.", "two days ago", "2018-01-26", TimexType.Date)]
        [InlineData("They will meet next week.", "next week", "2018-W05", TimexType.Date)]
        [InlineData("Profit fell in the third quarter.", "the third quarter", "2017-Q3", TimexType.Date)]
        [InlineData("Kono began a two-day visit.", "two-day", "P2D", TimexType.Duration)]
        [InlineData("He served for five years.", "five years", "P5Y", TimexType.Duration)]
        [InlineData("The market opens every Monday.", "every Monday", "XXXX-WXX-1", TimexType.Set)]
        [InlineData("The issue is now urgent.", "now", "PRESENT_REF", TimexType.Date)]
        [InlineData("Music of the '90s was louder.", "the '90s", "199X", TimexType.Date)]
        [InlineData("He spoke at 10 p.m. Wednesday.", "10 p.m. Wednesday", "2018-01-24T22:00", TimexType.Time)]
        [InlineData("Japan hopes that will change this year.", "this year", "2018", TimexType.Date)]
        [InlineData("Saturday, April 15, 2017 was a parade day.", "Saturday, April 15, 2017", "2017-04-15", TimexType.Date)]
        [InlineData("The trial opened on Tuesday 4 January 2005.", "Tuesday 4 January 2005", "2005-01-04", TimexType.Date)]
        [InlineData("Growth slowed in the April-June quarter.", "the April-June quarter", "2017-Q2", TimexType.Date)]
        [InlineData("The firm earned $630m in the October-to-December period.", "the October-to-December period", "2017-Q4", TimexType.Date)]
        [InlineData("The festival ends on Sunday, 4th February.", "Sunday, 4th February", "2018-02-04", TimexType.Date)]
        [InlineData("The choir sings next Thursday, 1 February.", "next Thursday, 1 February", "2018-02-01", TimexType.Date)]
        [InlineData("The plant closed in the spring of 2016.", "the spring of 2016", "2016-SP", TimexType.Date)]
        [InlineData("The plant will reopen this fall.", "this fall", "2018-FA", TimexType.Date)]
        [InlineData("Snow fell last winter.", "last winter", "2016-WI", TimexType.Date)]
        [InlineData("The shops were shut at Christmas.", "Christmas", "2017-12-25", TimexType.Date)]
        [InlineData("Investment rose in the first half of 2019.", "the first half of 2019", "2019-H1", TimexType.Date)]
        [InlineData("Talks will last the next year or so.", "the next year or so", "2019", TimexType.Date)]
        [InlineData("The choir sings this coming Sunday, Feb. 4, in the cathedral.", "this coming Sunday, Feb. 4", "2018-02-04", TimexType.Date)]
        [InlineData("The orchard flowered early, this past spring.", "this past spring", "2017-SP", TimexType.Date)]
        [InlineData("Margins narrowed in the last half of 2017.", "the last half of 2017", "2017-H2", TimexType.Date)]
        [InlineData("The hostages may be freed within weeks or months of the deal.", "weeks or months", "PXW", TimexType.Duration)]
        [InlineData("Farmers came to the two day fair in the valley.", "two day", "P2D", TimexType.Duration)]
        [InlineData("Rents have risen for at least the past 18 months.", "at least the past 18 months", "P18M", TimexType.Duration)]
        [InlineData("Emissions must fall by the end of the decade.", "the end of the decade", "201X", TimexType.Date)]
        [InlineData("Sea levels could rise a metre by the middle of the century.", "the middle of the century", "20", TimexType.Date)]
        public void RecognisesAndResolvesNewsExpressions(string sentence, string expression, string value, TimexType type)
        {
            var e = Single(sentence);

            Assert.Equal(expression, e.Text);
            Assert.Equal(value, e.Value);
            Assert.Equal(type, e.Type);
            Assert.Equal(expression, sentence.Substring(e.Start, e.EndOffset - e.Start));
        }

        [Theory]
        [InlineData("The meeting took place on Sunday.", "Sunday")]
        [InlineData("The islands have been under its control since 1895.", "1895")]
        [InlineData("Prices rose during the third quarter.", "the third quarter")]
        public void ExtentsLeaveOutLeadingPrepositions(string sentence, string expression)
        {
            Assert.Equal(expression, Single(sentence).Text);
        }

        [Fact]
        public void TheLastHalfOfSomethingElseIsNoHalfYear()
        {
            Assert.Empty(new TimeExpressionTagger(ConfigLoader.Defaults).TagText("The striker tired in the last half of the match.", Reference));
        }

        [Fact]
        public void ATenseFromTheNearbyVerbPicksTheOccurrence()
        {
            Assert.Equal("2018-01-26", Single("The ministry said Friday it would respond.").Value);
            Assert.Equal("2018-02-02", Single("The ministers will meet Friday in Tokyo.").Value);
        }

        [Fact]
        public void ImpossibleDatesAreReportedUnresolvedNotThrown()
        {
            var tagger = new TimeExpressionTagger(ConfigLoader.Defaults);
            var found = tagger.TagText("The law took effect on February 30, 2018 and ends Jan 28, 99999. See 2018-13-45.", Reference);

            Assert.Equal(3, found.Count);
            Assert.All(found, e => Assert.Null(e.Value));
            Assert.All(found, e => Assert.False(e.IsResolved));
        }

        [Fact]
        public void WithoutAReferenceDateAbsoluteDatesResolveAndRelativeOnesDoNot()
        {
            var tagger = new TimeExpressionTagger(ConfigLoader.Defaults);
            var found = tagger.TagText("On Jan. 28, 2018 they met; last year they argued; in 2012 they fell out; on Sunday they talk.", null);

            Assert.Equal("2018-01-28", found.Single(e => e.Text == "Jan. 28, 2018").Value);
            Assert.Equal("2012", found.Single(e => e.Text == "2012").Value);
            Assert.Null(found.Single(e => e.Text == "last year").Value);
            Assert.Null(found.Single(e => e.Text == "Sunday").Value);
        }

        [Fact]
        public void ArticleReferenceDateIsUsedAndTheArgumentOverridesIt()
        {
            var tagger = new TimeExpressionTagger(ConfigLoader.Defaults);
            var article = TimeTestArticles.Make("The deal was signed last year.", new DateTime(2018, 1, 28));

            Assert.Equal("2017", tagger.Tag(article).Single().Value);
            Assert.Equal("2009", tagger.Tag(article, new DateTime(2010, 6, 1)).Single().Value);
        }

        [Fact]
        public void CaptionParagraphsMarkTheirExpressions()
        {
            var text = TimeTestArticles.CaptionMark + "The ministers pose before their meeting in Beijing on Jan 28.\n\nThe ministers met on Sunday.";
            var found = new TimeExpressionTagger(ConfigLoader.Defaults).Tag(TimeTestArticles.Make(text, Reference));

            Assert.True(found.Single(e => e.Text == "Jan 28").IsCaption);
            Assert.False(found.Single(e => e.Text == "Sunday").IsCaption);
            Assert.Equal(1, found.Single(e => e.Text == "Sunday").Paragraph);
        }

        [Fact]
        public void ModalMayAndCommonWordsAreNotDates()
        {
            var tagger = new TimeExpressionTagger(ConfigLoader.Defaults);
            var found = tagger.TagText("May I ask? Protesters march to the square. It may rain. The 1,988 people paid $1990 for 2000 shares.", Reference);

            Assert.Empty(found);
        }

        [Fact]
        public void RelativeAnaphoraFollowsTheQuarterUnderDiscussion()
        {
            var tagger = new TimeExpressionTagger(ConfigLoader.Defaults);
            var found = tagger.TagText("Third-quarter profit rose 5% from a year earlier. In the quarter, sales grew.", new DateTime(1989, 10, 26));

            Assert.Equal("1989-Q3", found.Single(e => e.Text == "Third-quarter").Value);
            Assert.Equal("1988-Q3", found.Single(e => e.Text == "a year earlier").Value);
            Assert.Equal("1989-Q3", found.Single(e => e.Text == "the quarter").Value);
        }
    }
}
