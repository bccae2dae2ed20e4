using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Parsers
{
    /// <summary>All-digit dates: ISO "2018-01-28" and US "1/28/2018".</summary>
    internal sealed class NumericDateParser : ITimeParser
    {
        /// <summary>Begins at a digit run: a year of four digits ("2018-01-28") or a month of one or two ("1/28/2018").</summary>
        public ParserStart Start { get; } = ParserStart.At().OrNumberOf(1, 2, 4);

        public TimexCandidate? TryParse(TimeScan s, int i)
        {
            if (!s.IsNumber(i) || (s.Joined(i) && (s.Punct(i - 1, '-') || s.Punct(i - 1, '/') || s.Punct(i - 1, '.'))))
            {
                return null;
            }

            var sep = s.Punct(i + 1, '-') ? '-' : s.Punct(i + 1, '/') ? '/' : '\0';
            if (sep == '\0' || !s.Joined(i + 1) || !s.Joined(i + 2) || !s.IsNumber(i + 2) || !s.Punct(i + 3, sep) || !s.Joined(i + 3)
                || !s.Joined(i + 4) || !s.IsNumber(i + 4))
            {
                return null;
            }

            if (s.Joined(i + 5) && (s.Punct(i + 5, sep) || s.IsNumber(i + 5)))
            {
                return null;
            }

            int year, month, day;
            var a = s.Tokens[i];
            var b = s.Tokens[i + 2];
            var c = s.Tokens[i + 4];
            if (sep == '-' && s.Digits(i) == 4 && s.Digits(i + 2) <= 2 && s.Digits(i + 4) <= 2)
            {
                year = a.Number;
                month = b.Number;
                day = c.Number;
            }
            else if (sep == '/' && s.Digits(i) <= 2 && s.Digits(i + 2) <= 2 && (s.Digits(i + 4) == 4 || s.Digits(i + 4) == 2))
            {
                year = s.Digits(i + 4) == 4 ? c.Number : c.Number + (c.Number < 50 ? 2000 : 1900);
                month = a.Number;
                day = b.Number;
                if (month > 12 && day <= 12)
                {
                    (month, day) = (day, month);
                }
            }
            else
            {
                return null;
            }

            var frame = s.Pool.Calendar(year: year, month: month, day: day);
            if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1)
            {
                frame.Invalid = true;
            }

            return s.Pool.Candidate(i, i + 5, frame);
        }
    }
}
