using System;
using System.Collections.Generic;
using System.Linq;
using NewsTools.Time.Parsers;
using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;
using Xunit;

namespace NewsTools.Tests.Time.Parsers
{
    /// <summary>The tokens each parser declares it can begin at, which are the only ones the tagger tries it at.</summary>
    public class ParserStartTests
    {
        private static readonly ITimeParser[] AllParsers = typeof(ITimeParser).Assembly.GetTypes()
            .Where(t => typeof(ITimeParser).IsAssignableFrom(t) && !t.IsAbstract && !t.IsInterface)
            .Select(t => (ITimeParser)Activator.CreateInstance(t)!)
            .ToArray();

        private static bool AdmitsDigits(ITimeParser parser, int digits) =>
            (parser.Start.Traits & ParserStart.NumberToken) != 0 && (parser.Start.Digits & ParserStart.DigitsBit(digits)) != 0;

        [Fact]
        public void ParsersThatReadADayOrAYearAtADigitRunAreTriedOnlyAtRunsOfThatLength()
        {
            // "12 March" begins with one or two digits, "1/28/2018" and "7:15" too, a year with four; a count of three digits
            // ("the 300 delegates") or more begins none of them.
            Assert.True(AdmitsDigits(new MonthDateParser(), 2) && !AdmitsDigits(new MonthDateParser(), 3) && !AdmitsDigits(new MonthDateParser(), 4));
            Assert.True(AdmitsDigits(new QuarterParser(), 4) && !AdmitsDigits(new QuarterParser(), 2));
            Assert.True(AdmitsDigits(new NumericDateParser(), 1) && AdmitsDigits(new NumericDateParser(), 4) && !AdmitsDigits(new NumericDateParser(), 3));
            Assert.True(AdmitsDigits(new YearParser(), 2) && AdmitsDigits(new YearParser(), 4) && !AdmitsDigits(new YearParser(), 3) && !AdmitsDigits(new YearParser(), 5));
            Assert.True(AdmitsDigits(new TimeOfDayParser(), 4) && !AdmitsDigits(new TimeOfDayParser(), 3));

            // Counted units take any amount; runs of ten digits and more share one bit.
            Assert.True(AdmitsDigits(new DurationParser(), 7) && AdmitsDigits(new DurationParser(), 12));
            Assert.Equal(ParserStart.DigitsBit(ParserStart.ManyDigits), ParserStart.DigitsBit(25));
        }

        [Fact]
        public void ParsersThatGoOnFromTheOnlyWithCertainWordsAreNotTriedBeforeOthers()
        {
            // "the" stands before nearly every noun: "the same day" needs "same", "It's the second day of" an ordinal, "the
            // 1970s" a digit run; before "election" or "plan" none of them can go on.
            Assert.Equal(1 << (int)LexKind.Ordinal, new OrdinalDayParser().Start.AfterModifier);
            Assert.Equal(0, new DemonstrativeParser().Start.AfterModifier & ParserStart.NumberToken);
            Assert.NotEqual(0, new YearParser().Start.AfterModifier & ParserStart.PunctToken);
            Assert.NotEqual(0, new QuarterParser().Start.AfterModifier & ParserStart.NumberToken);
            Assert.Equal(ParserStart.AnyToken, new RelativePeriodParser().Start.AfterModifier);
        }

        [Theory]
        [InlineData("It's the third day of the strike, and the same day the first quarter ended; that night the 1970s came back.")]
        [InlineData("In the '90s, the 20th century, the year 2000 and fiscal 1989 or fiscal year 1990 the past three summers were hot.")]
        [InlineData("The year-ago quarter, this year's third quarter, the fiscal first quarter and the latest period beat the new plan.")]
        [InlineData("The comparable quarter, the last two quarters of 1990, the last half of 1989 and last year's results came before the end.")]
        [InlineData("That same week the election, the future and the time of the vote; the two winters and the next two summers.")]
        public void NoParserGoesOnFromAModifierWithATokenItDoesNotDeclare(string sentence)
        {
            // A parser that learns to go on from "the" with a new kind of word must say so in its Start, or the tagger never
            // tries it there: every finding at one of its modifiers must go on with a token it declares.
            var s = ParserHarness.Scan(sentence);
            var kinds = Lexicon.Default.GroupKinds;
            var found = 0;
            for (var i = 0; i + 1 < s.Count; i++)
            {
                var next = s.Tokens[i + 1];
                var nextTraits = next.Kind == TokenKind.Number ? ParserStart.NumberToken : next.Kind == TokenKind.Punct ? ParserStart.PunctToken : kinds[next.LexIndex];
                foreach (var parser in AllParsers)
                {
                    var start = parser.Start;
                    var ownKinds = start.Traits & ~(1 << (int)LexKind.Modifier) & kinds[s.Tokens[i].LexIndex];
                    if (!start.Modifiers.Any(m => s.Mod(i, m)) || ownKinds != 0)
                    {
                        continue;
                    }

                    var c = parser.TryParse(s, i);
                    if (c != null && c.End > i)
                    {
                        found++;
                        Assert.True(start.AfterModifier == ParserStart.AnyToken || (start.AfterModifier & nextTraits) != 0, $"{parser.GetType().Name} at token {i}");
                    }
                }
            }

            Assert.True(found > 0);
        }

        [Theory]
        [InlineData("On 12 March 1999 the 3rd vote fell at 7:15 p.m. and again at 1030 GMT.")]
        [InlineData("Dated 1/28/2018 and 2018-01-28, the 1970s and '90s, the 20th century, output of 1957-58.")]
        [InlineData("In 1989 the 1989 third quarter, 2 1/2 years, 300 days ago, 5 to 10 years, 12345 hours later.")]
        [InlineData("Three summers, 2 winters ago, the past 4 summers, 10 p.m. Wednesday, 24-hour strike, 9 days.")]
        [InlineData("Scores of 123 and 4567 and 1234567 and 12345678901 people; by 2100 local time; 8am; 11.30pm.")]
        public void NoParserFindsAnExpressionAtADigitRunOfALengthItDoesNotDeclare(string sentence)
        {
            // A parser that learns to begin at a new length of digit run must say so in its Start, or the tagger never
            // tries it there: every finding at a digit run must be of a length its parser declares.
            var s = ParserHarness.Scan(sentence);
            var found = new List<string>();
            for (var i = 0; i < s.Count; i++)
            {
                if (s.Tokens[i].Kind != TokenKind.Number)
                {
                    continue;
                }

                foreach (var parser in AllParsers)
                {
                    var c = parser.TryParse(s, i);
                    if (c != null && c.End > i)
                    {
                        found.Add(parser.GetType().Name);
                        Assert.True(AdmitsDigits(parser, s.Digits(i)), $"{parser.GetType().Name} at a run of {s.Digits(i)} digits");
                    }
                }
            }

            Assert.NotEmpty(found);
        }
    }
}
