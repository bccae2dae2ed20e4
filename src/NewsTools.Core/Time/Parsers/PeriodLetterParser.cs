using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Parsers
{
    /// <summary>
    /// A quarter or half written short, as results and forecasts write them: "Q3 2018" (2018-Q3), "Q4 of last year", "H1
    /// 2019" (2019-H1), "Q3 FY24" (2024-Q3), and a quarter alone after a word of time or place ("in Q3", "the Q2 figures"). The letters are the
    /// list timePeriodLetters, in capitals.
    /// </summary>
    internal sealed class PeriodLetterParser : ITimeParser
    {
        /// <summary>Begins at the letter: "Q" of "Q3".</summary>
        public ParserStart Start { get; } = ParserStart.At(LexKind.PeriodLetter);

        public TimexCandidate? TryParse(TimeScan s, int i)
        {
            var letter = s.Tokens[i];
            if (letter.End - letter.Start != 1 || !char.IsUpper(s.Text[letter.Start]) || !s.Is(i, LexKind.PeriodLetter, out var entry))
            {
                return null;
            }

            // The number written onto the letter, and nothing written onto the number: "H1N1", "Q3a" are names.
            var unit = (TimeUnit)entry.Value;
            var most = unit == TimeUnit.Quarter ? 4 : unit == TimeUnit.Half ? 2 : 0;
            if (!(s.IsNumber(i + 1) && s.Joined(i + 1) && s.Digits(i + 1) == 1 && s.Tokens[i + 1].Number >= 1 && s.Tokens[i + 1].Number <= most))
            {
                return null;
            }

            if (s.Joined(i + 2) && s.Tokens[i + 2].Kind != TokenKind.Punct)
            {
                return null;
            }

            var frame = s.Pool.Calendar();
            var end = i + 2;
            if (s.OnLine(end) && YearParser.IsBareYear(s, end, true))
            {
                frame.Year = s.Tokens[end].Number;
                end++;
            }
            else if (s.OnLine(end) && s.Mod(end, Mod.Fiscal) && YearParser.FiscalYearAt(s, end, out var fiscalYear, out var fiscalEnd))
            {
                // "Q3 FY24", "H1 fiscal 2019": the period of the fiscal year.
                frame.Year = fiscalYear;
                end = fiscalEnd;
            }
            else
            {
                end = QuarterParser.OfYear(s, end, frame);
            }

            // Without a year a half is no period ("an H1 visa"), and a quarter one only after a word of the time vocabulary or a
            // preposition of span ("in Q3", "the Q2 figures", "during Q4"): "the Audi Q3" is a car.
            if (frame.Year == null && frame.YearOffset == null && (unit == TimeUnit.Half || !PlacedAlone(s, i)))
            {
                return null;
            }

            QuarterParser.SetPeriod(frame, unit == TimeUnit.Half, s.Tokens[i + 1].Number);
            return s.Pool.Candidate(i, end, frame);
        }

        /// <summary>
        /// Whether the quarter at i stands where a period does: after a word of the time vocabulary or a preposition of span,
        /// or coordinated with one that does ("in Q1 and Q2"; "Players Q1 and Q2" are not).
        /// </summary>
        private static bool PlacedAlone(TimeScan s, int i)
        {
            if (s.Mod(i - 1, Mod.And) || s.Mod(i - 1, Mod.Or))
            {
                return s.Is(i - 3, LexKind.PeriodLetter) && s.IsNumber(i - 2) && s.Joined(i - 2) && PlacedAlone(s, i - 3);
            }

            return s.Is(i - 1, LexKind.Modifier) || s.IsSpanPreposition(i - 1);
        }
    }
}
