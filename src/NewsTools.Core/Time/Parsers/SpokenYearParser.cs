using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Parsers
{
    /// <summary>Years spelled out as broadcast transcripts write them: "nineteen ninety-six", "two thousand".</summary>
    internal static class SpokenYearParser
    {
        public static bool TryParse(TimeScan s, int i, out int year, out int next)
        {
            year = 0;
            next = i;
            if (!s.Is(i, LexKind.Number, out var century))
            {
                return false;
            }

            if ((century.Value >= 11 && century.Value <= 19) && s.OnLine(i + 1) && s.Amount(i + 1, out var rest, out var after)
                && rest >= 10 && rest <= 99 && !s.IsNumber(i + 1))
            {
                year = (century.Value * 100) + rest;
                next = after;
                return true;
            }

            if (century.Value == 2 && s.OnLine(i + 1) && s.Is(i + 1, LexKind.Number, out var thousand) && thousand.Value == 1000)
            {
                year = 2000;
                next = i + 2;
                return true;
            }

            return false;
        }
    }
}
