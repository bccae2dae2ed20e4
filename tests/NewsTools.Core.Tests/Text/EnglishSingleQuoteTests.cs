using System.Collections.Generic;
using System.Linq;
using NewsTools.Quotes;
using NewsTools.Tests.Quotes;
using NewsTools.Text;
using Xunit;

namespace NewsTools.Tests.Text
{
    /// <summary>
    /// British copy and some wires quote with single marks ('...' or ''...''): read where no double mark quotes anything and
    /// the paragraph ends as a sentence; apostrophes inside words, before a decade or in "rock 'n' roll" quote nothing.
    /// </summary>
    public class EnglishSingleQuoteTests
    {
        private static List<string> Spans(string text)
        {
            var spans = new List<QuoteSpan>();
            QuoteScanner.Scan(text, 0, text.Length, spans);
            return spans.Select(s => text.Substring(s.ContentStart, s.ContentEnd - s.ContentStart)).ToList();
        }

        [Theory]
        [InlineData("'We have been more than reasonable,' he said. 'The companies refused.'", "We have been more than reasonable,|The companies refused.")]
        [InlineData("Mick Whelan said the offer was 'an insult'.", "an insult")]
        [InlineData("‘We will not back down,’ she said.", "We will not back down,")]
        [InlineData("'The fans' anger is real,' he said.", "The fans' anger is real,")]
        [InlineData("''We are going to take a more proactive role,'' he said.", "We are going to take a more proactive role,")]
        [InlineData("She said the cut was 'madness' and accused councillors of 'putting money first'.", "madness|putting money first")]
        [InlineData("He was ''becoming ISIS' best recruiter,'' she said.", "becoming ISIS' best recruiter,")]
        public void SingleMarksQuoteInBritishCopy(string text, string expected)
        {
            Assert.Equal(expected.Split('|'), Spans(text));
        }

        [Theory]
        [InlineData("Don't say the '90s were O'Neill's best years for rock 'n' roll.")]
        [InlineData("The players' union and the clubs' owners met on Friday.")]
        [InlineData("Rail strike 'will go ahead' as talks collapse")]
        public void ApostrophesAndHeadingsQuoteNothing(string text)
        {
            Assert.Empty(Spans(text));
        }

        [Fact]
        public void InsideDoubleQuotesSingleMarksAreTheNestedQuotesWords()
        {
            Assert.Equal(new[] { "He said 'never' and left." }, Spans("\"He said 'never' and left.\""));
        }

        [Fact]
        public void ABritishDialogueQuoteHasItsSpeaker()
        {
            var text = "Rail strike\n\nAslef general secretary Mick Whelan said the offer was 'an insult'. 'We have been more than reasonable,' he told BBC Radio 4's Today programme.";
            var quotes = QuoteRulesTests.Extract(text);
            Assert.Contains(quotes, q => q.Kind == QuoteKind.Direct && q.Text == "We have been more than reasonable" && q.Speaker == "Mick Whelan");
            Assert.Contains(quotes, q => q.Kind == QuoteKind.Partial && q.Text == "an insult" && q.Speaker == "Mick Whelan");
        }
    }
}
