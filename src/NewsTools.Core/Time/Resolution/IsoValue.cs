using System;

namespace NewsTools.Time.Resolution
{
    /// <summary>
    /// The TIMEX3 values of years, months, days and quarters ("2024", "2024-03", "2024-03-03", "2024-Q1") written digit by
    /// digit: a format string is parsed on every call and a month's value was three strings joined. Years 1-9999 only,
    /// which is all a DateTime holds; a year's value is made once and kept, as an article names the same few years.
    /// </summary>
    internal static class IsoValue
    {
        private static readonly string?[] Years = new string?[10000];

        [ThreadStatic]
        private static char[]? buffer;

        public static string Year(int year)
        {
            // Two threads may both make a year's string: equal strings, either kept.
            return Years[year] ??= new string(Digits(Buffer(), 0, year, 4), 0, 4);
        }

        public static string YearMonth(int year, int month)
        {
            var b = Buffer();
            Digits(b, 0, year, 4);
            b[4] = '-';
            Digits(b, 5, month, 2);
            return new string(b, 0, 7);
        }

        public static string Date(DateTime d)
        {
            var b = Buffer();
            Digits(b, 0, d.Year, 4);
            b[4] = '-';
            Digits(b, 5, d.Month, 2);
            b[7] = '-';
            Digits(b, 8, d.Day, 2);
            return new string(b, 0, 10);
        }

        public static string Quarter(int year, int quarter)
        {
            var b = Buffer();
            Digits(b, 0, year, 4);
            b[4] = '-';
            b[5] = 'Q';
            b[6] = (char)('0' + quarter);
            return new string(b, 0, 7);
        }

        private static char[] Buffer() => buffer ??= new char[16];

        private static char[] Digits(char[] b, int at, int value, int width)
        {
            for (var k = at + width - 1; k >= at; k--)
            {
                b[k] = (char)('0' + (value % 10));
                value /= 10;
            }

            return b;
        }
    }
}
