using System;
using NewsTools.Config;
using NewsTools.Evaluation;
using Xunit;

namespace NewsTools.Tests.Time
{
    /// <summary>The engine's TempEval-3 scorer, driven directly as the CLI and any other front end drive it.</summary>
    public class TimeEvaluatorTests
    {
        [Fact]
        public void ScoresStrictRelaxedValueAndTypeOneToOne()
        {
            var doc = new GoldTimeDocument
            {
                Id = "d1",
                Dct = new DateTime(1989, 10, 26),
                Text = "Profit rose in the third quarter and fell last year on Friday.",
            };
            doc.Gold.Add(new GoldTimex { Start = 15, End = 32, Text = "the third quarter", Type = "DATE", Value = "1989-Q3" });
            doc.Gold.Add(new GoldTimex { Start = 42, End = 51, Text = "last year", Type = "DATE", Value = "1987" });
            doc.Gold.Add(new GoldTimex { Start = 55, End = 61, Text = "Friday", Type = "DATE", Value = "1989-10-20" });

            var evaluator = new TimeEvaluator(ConfigLoader.Defaults);
            var errors = evaluator.Add(doc);
            var r = evaluator.Result();

            Assert.Equal(1, r.Documents);
            Assert.Equal(3, r.Predicted);
            Assert.Equal(1.0, r.StrictF1, 3);
            Assert.Equal(2.0 / 3, r.ValueF1, 3);
            Assert.Equal(1.0, r.TypeF1, 3);
            Assert.Equal("VALUE\tlast year\tDATE 1987\tgot [last year] DATE 1988 (Past)", Assert.Single(errors));
        }

        [Fact]
        public void ADecadeInTimex3NotationIsTheSameValueAsInTimex2()
        {
            // TimeBank writes the 1970s "197" (TIMEX3); the tagger writes "197X" (TIMEX2), as the seeds' answers ask.
            const string text = "Prices soared in the late 1970s and again in 1980.";
            var doc = new GoldTimeDocument { Id = "d3", Dct = new DateTime(1998, 2, 19), Text = text };
            var decade = text.IndexOf("the late 1970s", StringComparison.Ordinal);
            var year = text.IndexOf("1980", StringComparison.Ordinal);
            doc.Gold.Add(new GoldTimex { Start = decade, End = decade + 14, Text = "the late 1970s", Type = "DATE", Value = "197" });
            doc.Gold.Add(new GoldTimex { Start = year, End = year + 4, Text = "1980", Type = "DATE", Value = "198" });

            var evaluator = new TimeEvaluator(ConfigLoader.Defaults);
            var errors = evaluator.Add(doc);

            // The decade matches in either notation; a year is not its decade.
            Assert.Equal("VALUE\t1980\tDATE 198\tgot [1980] DATE 1980 (Past)", Assert.Single(errors));
            Assert.Equal(0.5, evaluator.Result().ValueF1, 3);
        }

        [Fact]
        public void AMissAPartialSpanAndASpuriousFindAreEachNamed()
        {
            var doc = new GoldTimeDocument { Id = "d2", Dct = new DateTime(1998, 2, 13), Text = "He left in the first week. The report is due now." };
            doc.Gold.Add(new GoldTimex { Start = 15, End = 25, Text = "first week", Type = "DATE", Value = "1998-W07" });
            doc.Gold.Add(new GoldTimex { Start = 3, End = 7, Text = "left", Type = "DATE", Value = "X" });

            var evaluator = new TimeEvaluator(ConfigLoader.Defaults);
            var errors = evaluator.Add(doc);

            Assert.Contains(errors, e => e.StartsWith("MISSED\tleft", StringComparison.Ordinal));
            Assert.Contains(errors, e => e.StartsWith("SPURIOUS\tnow", StringComparison.Ordinal));
            var r = evaluator.Result();
            Assert.Equal(2, r.Gold);
            Assert.True(r.RelaxedRecall < 1.0);
        }
    }
}
