using System;
using NewsTools.Time;
using NewsTools.Time.Resolution;
using NewsTools.Tests.Time.Parsers;
using Xunit;

namespace NewsTools.Tests.Time.Resolution
{
    public class TenseDetectorTests
    {
        [Theory]
        [InlineData("He will leave Thursday for Paris.", "Thursday", Tense.Future, true)]
        [InlineData("We kept our promise to finish before the summer.", "summer", Tense.Future, true)]
        [InlineData("The mayor, who faces re-election in November, has made the bridge her cause.", "November", Tense.Present, true)]
        [InlineData("The fund has seen outflows since early September.", "September", Tense.Past, true)]
        [InlineData("On Friday, when Albright set aside her notes, the room fell silent.", "Friday", Tense.Past, false)]
        [InlineData("Shares fell sharply in October.", "October", Tense.Past, true)]
        [InlineData("Mr. Lee will succeed her Monday.", "Monday", Tense.Future, true)]
        [InlineData("Ms. Ortiz will proceed with the sale in March.", "March", Tense.Future, true)]
        [InlineData("The offer had been due to expire Friday evening.", "Friday", Tense.Past, true)]
        [InlineData("The offer had been scheduled to expire Friday.", "Friday", Tense.Past, true)]
        [InlineData("The offer is scheduled to expire Friday.", "Friday", Tense.Future, true)]
        [InlineData("The vote will be held in May.", "May", Tense.Future, true)]
        [InlineData("The report is due to be published in May.", "May", Tense.Future, true)]
        [InlineData("Prices have been cut since September.", "September", Tense.Past, true)]
        [InlineData("The ship was launched in May.", "May", Tense.Past, true)]
        [InlineData("The talks resume Tuesday in Geneva.", "Tuesday", Tense.Present, true)]
        [InlineData("The market reopens on Tuesday.", "Tuesday", Tense.Present, true)]
        [InlineData("The strike lasts from Monday to Wednesday.", "Monday", Tense.Present, true)]
        [InlineData("The hearing continues on Thursday.", "Thursday", Tense.Present, true)]
        [InlineData("The summit ends on Sunday.", "Sunday", Tense.Present, true)]
        [InlineData("The console goes on sale on Saturday.", "Saturday", Tense.Present, true)]
        [InlineData("Tickets go on sale on Friday.", "Friday", Tense.Present, true)]
        [InlineData("The match got the go-ahead on Friday after a pitch inspection.", "Friday", Tense.Past, true)]
        [InlineData("The full-back will have surgery on Monday.", "Monday", Tense.Future, true)]
        [InlineData("The group will report Christmas trading on 9 January and annual results in May.", "May", Tense.Future, true)]
        [InlineData("The index edged up in January to 102.5, from 102.2 in October.", "October", Tense.Past, true)]
        [InlineData("The US created fewer jobs than expected in January.", "January", Tense.Past, true)]
        [InlineData("The leaders will meet in the summer.", "summer", Tense.Future, true)]
        [InlineData("The mayor agreed to meet Tuesday.", "Tuesday", Tense.Future, true)]
        [InlineData("She will open branches in markets untouched by the slump in May.", "May", Tense.Future, true)]
        [InlineData("Sales increased by 5% in May.", "May", Tense.Past, true)]
        [InlineData("Economists said they expect the Fed to cut rates in June.", "June", Tense.Future, true)]
        [InlineData("The firm plans to shut the plant in March.", "March", Tense.Future, true)]
        [InlineData("The firm had planned to shut the plant in March.", "March", Tense.Past, true)]
        [InlineData("The band were forced to cut short the show on Monday.", "Monday", Tense.Past, true)]
        [InlineData("Dealers managed to sell more cars in December.", "December", Tense.Past, true)]
        [InlineData("The minister was unable to attend the summit in May.", "May", Tense.Past, true)]
        [InlineData("The band will be forced to cancel the show on Monday.", "Monday", Tense.Future, true)]
        [InlineData("The band is able to play on Monday.", "Monday", Tense.Future, true)]
        [InlineData("A delegation visited the regulator in December to press for change.", "December", Tense.Past, true)]
        [InlineData("The judge gave the lawyers until Monday to study the documents.", "Monday", Tense.Future, false)]
        [InlineData("The split would be paid on a still unspecified date in January to holders.", "January", Tense.Future, true)]
        [InlineData("Rates will rise after the delayed election in May.", "May", Tense.Future, true)]
        [InlineData("A wildfire tore through the Palisades on Tuesday night, forcing residents to evacuate.", "Tuesday", Tense.Past, true)]
        [InlineData("Alcaraz beat Djokovic on Sunday.", "Sunday", Tense.Past, true)]
        [InlineData("The star underwent hip surgery in October.", "October", Tense.Past, true)]
        [InlineData("The strike is set for February.", "February", Tense.Present, true)]
        [InlineData("The March-May period was dry.", "March", Tense.Past, false)]
        [InlineData("The bill is debated in the Commons on Monday.", "Monday", Tense.Present, true)]
        [InlineData("The plant is closed until April.", "April", Tense.Present, true)]
        [InlineData("The awards are held on Sunday, the day before the Oscars.", "Sunday", Tense.Present, true)]
        [InlineData("The sprint is staged at Musselburgh on Tuesday.", "Tuesday", Tense.Present, true)]
        [InlineData("The strike was set for February.", "February", Tense.Past, true)]
        [InlineData("The man is accused of killing her on Monday.", "Monday", Tense.Past, true)]
        [InlineData("The director is charged with fraud in March.", "March", Tense.Past, true)]
        [InlineData("Inflation is estimated at about 2.3% in December.", "December", Tense.Past, true)]
        public void TheNearestCueInTheSentenceGivesTheTense(string sentence, string word, Tense tense, bool before)
        {
            var s = ParserHarness.Scan(sentence);
            var i = ParserHarness.TokenAt(s, word);
            Assert.Equal(tense, TenseDetector.Detect(s, i, i + 1, out var cueBefore));
            Assert.Equal(before, cueBefore);
        }

        [Theory]
        [InlineData("The ministers will, after weeks of talks in several capitals, decide on Thursday.", "Thursday", Tense.Future)]
        [InlineData("He will, officials said, resign on Friday.", "Friday", Tense.Future)]
        [InlineData("Prices fell, analysts said, in March.", "March", Tense.Past)]
        public void AnInsertionBetweenTheVerbAndTheExpressionIsSteppedOver(string sentence, string word, Tense tense)
        {
            var s = ParserHarness.Scan(sentence);
            var i = ParserHarness.TokenAt(s, word);
            Assert.Equal(tense, TenseDetector.Detect(s, i, i + 1, out var cueBefore));
            Assert.True(cueBefore);
        }

        [Theory]
        [InlineData("Voting takes place from Thursday to Saturday.", "Thursday", Tense.Present, true)]
        [InlineData("The embassy reopens its doors on Monday.", "Monday", Tense.Present, true)]
        [InlineData("Polls suggest that voting peaks on Friday.", "Friday", Tense.Unknown, false)]
        [InlineData("Heavy rains in March flooded the valley.", "March", Tense.Past, false)]
        [InlineData("Fresh protests on Friday turned violent.", "Friday", Tense.Past, false)]
        [InlineData("Umbro profits lifted by Euro 2004", "2004", Tense.Unknown, false)]
        public void AVerbInSAfterASingularNounOpeningTheSentenceIsPresent(string sentence, string word, Tense tense, bool before)
        {
            var s = ParserHarness.Scan(sentence);
            var i = ParserHarness.TokenAt(s, word);
            Assert.Equal(tense, TenseDetector.Detect(s, i, i + 1, out var cueBefore));
            Assert.Equal(before, cueBefore);
        }

        [Fact]
        public void ACueInTheNextSentenceDoesNotCount()
        {
            var s = ParserHarness.Scan("The vote is on Monday. Nobody will know.");
            var i = ParserHarness.TokenAt(s, "Monday");
            Assert.Equal(Tense.Present, TenseDetector.Detect(s, i, i + 1, out _));
        }
    }
}
