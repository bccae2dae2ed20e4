using System;
using System.Collections.Generic;
using System.Globalization;
using NewsTools.Text;

namespace NewsTools.Articles
{
    /// <summary>
    /// Finds the date an article's relative expressions hang on when no metadata gives it: the latest full date printed
    /// near the top or in a caption, else the weekday-and-date pairs ("Sunday (Jan 28)") with the year inferred as the first
    /// year, from the latest year the text mentions on, in which every pair falls on its weekday.
    /// </summary>
    internal static class ReferenceDateResolver
    {
        private static readonly string[] MonthNames = { "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december" };
        private static readonly string[] WeekdayNames = { "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday" };

        // Capitals that begin a month or weekday name, and digits.
        private static readonly bool[] TriggerTable = BuildTriggerTable("JFMASONDTW0123456789");

        private static bool[] BuildTriggerTable(string triggers)
        {
            var table = new bool[128];
            foreach (var c in triggers)
            {
                table[c] = true;
            }

            return table;
        }

        // Metadata dates as sites write them: ISO 8601 (schema.org, Open Graph, <time datetime>) and RFC 1123 (HTTP, feeds).
        // Only unambiguous forms: "1/2/3" could be any of six days, so it is no date at all.
        private static readonly string[] MetaDateFormats =
        {
            "yyyy-MM-dd", "yyyy-MM-ddK", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mmK", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK",
            "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ssK",
            "yyyyMMdd", "yyyyMMddTHHmmss", "yyyyMMddTHHmmssK", "r", "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss 'GMT'", "ddd, d MMM yyyy HH:mm zzz",
        };

        /// <summary>
        /// A metadata date, kept as written: "2024-03-12T23:30:00-05:00" is the 12th, the day the article's own readers saw,
        /// not the 13th it already was in UTC. Null for anything not written unambiguously.
        /// </summary>
        internal static DateTime? ParseMetaDate(string? value) => ParseMetaDateWithOffset(value)?.DateTime;

        /// <summary>The same, keeping the offset the page gave (a web page's published time is shown with it).</summary>
        internal static DateTimeOffset? ParseMetaDateWithOffset(string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            return DateTimeOffset.TryParseExact(value!.Trim(), MetaDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed)
                ? parsed
                : (DateTimeOffset?)null;
        }

        // How far past the latest mentioned year the weekday inference looks: the calendar repeats within 28 years.
        private const int InferenceWindowYears = 28;

        internal sealed class Result
        {
            public DateTime? Date { get; set; }

            public ReferenceDateSource Source { get; set; }

            public string? Warning { get; set; }
        }

        /// <param name="paragraphs">The kept paragraphs; captions and the first body paragraphs weigh most for full dates.</param>
        public static Result Resolve(string text, IReadOnlyList<Paragraph> paragraphs)
        {
            var fullDates = new List<(DateTime Date, bool Prominent)>();
            var weekdayPairs = new List<(int Month, int Day, DayOfWeek Weekday)>();
            var latestYear = 0;
            var bodySeen = 0;

            foreach (var paragraph in paragraphs)
            {
                var prominent = paragraph.Kind == ParagraphKind.Caption || (paragraph.Kind == ParagraphKind.Body && bodySeen < 2);
                if (paragraph.Kind == ParagraphKind.Body)
                {
                    bodySeen++;
                }

                // Step from one candidate character to the next (a capital that can begin a month or weekday name, or a digit).
                // Candidates are a few in every hundred characters: a table read per character costs less than restarting a
                // vectorised search at each of them.
                var i = paragraph.Start;
                var end = paragraph.End;
                var triggers = TriggerTable;
                while (i < end)
                {
                    var at = i;
                    while (at < end && (text[at] >= 128 || !triggers[text[at]]))
                    {
                        at++;
                    }

                    if (at >= end)
                    {
                        break;
                    }

                    // Only the start of a word counts ("28", "January"), not a capital or digit inside one ("McCain", "G8").
                    if (at > paragraph.Start && char.IsLetterOrDigit(text[at - 1]))
                    {
                        i = at + 1;
                        continue;
                    }

                    var c = text[at];

                    // "The", "Their", "About": a capital whose next two letters begin no month or weekday name is passed over
                    // before its word is even read to the end.
                    if (!char.IsDigit(c) && at + 2 < end && !MayBeginMonthOrWeekday(c, text[at + 1], text[at + 2]))
                    {
                        i = at + 1;
                        continue;
                    }

                    var wordStart = at;
                    i = at + 1;
                    while (i < end && char.IsLetterOrDigit(text[i]))
                    {
                        i++;
                    }

                    var length = i - wordStart;
                    if (char.IsDigit(c))
                    {
                        if (YearAt(text, wordStart, length) is int year)
                        {
                            latestYear = Math.Max(latestYear, year);
                        }

                        // "28 January": a day number matters only when a month name follows it.
                        if (length > 2 || !(wordStart + length < end && text[wordStart + length] == ' ') || !MonthFollows(text, wordStart + length + 1, end))
                        {
                            continue;
                        }
                    }
                    else if (length < 3 || length > 9 || (MonthIndex(text, wordStart, length) == 0 && WeekdayAt(text, wordStart, length) == null))
                    {
                        continue;
                    }

                    var window = Tokenizer.Tokenize(text, wordStart, Math.Min(end, wordStart + 48));
                    ReadDateAt(window, prominent, fullDates, weekdayPairs);
                }
            }

            var result = new Result();
            var pool = fullDates.FindAll(d => d.Prominent);
            if (pool.Count == 0)
            {
                pool = fullDates;
            }

            if (pool.Count > 0)
            {
                var latest = pool[0].Date;
                foreach (var d in pool)
                {
                    latest = d.Date > latest ? d.Date : latest;
                }

                result.Date = latest;
                result.Source = ReferenceDateSource.ExplicitDate;
                return result;
            }

            if (weekdayPairs.Count == 0)
            {
                result.Source = ReferenceDateSource.None;
                return result;
            }

            if (latestYear == 0)
            {
                result.Source = ReferenceDateSource.Ambiguous;
                result.Warning = $"The text dates events by weekday ({WeekdayText(weekdayPairs[0])}) but names no year, so the year cannot be settled; relative dates stay unresolved. Give -ReferenceDate to settle it.";
                return result;
            }

            for (var year = latestYear; year <= latestYear + InferenceWindowYears && year <= 9999; year++)
            {
                var all = true;
                var latest = DateTime.MinValue;
                foreach (var pair in weekdayPairs)
                {
                    if (!IsValid(year, pair.Month, pair.Day) || new DateTime(year, pair.Month, pair.Day).DayOfWeek != pair.Weekday)
                    {
                        all = false;
                        break;
                    }

                    var date = new DateTime(year, pair.Month, pair.Day);
                    latest = date > latest ? date : latest;
                }

                if (all)
                {
                    result.Date = latest;
                    result.Source = ReferenceDateSource.WeekdayInference;
                    return result;
                }
            }

            result.Source = ReferenceDateSource.Ambiguous;
            result.Warning = $"No year from {latestYear} on puts {WeekdayText(weekdayPairs[0])} on its weekday consistently with the other dates; relative dates stay unresolved.";
            return result;
        }

        private static string WeekdayText((int Month, int Day, DayOfWeek Weekday) pair) =>
            pair.Weekday + " " + CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(pair.Month) + " " + pair.Day;

        private static int Skip(List<Token> tokens, int i, params string[] punctuation)
        {
            while (i < tokens.Count && tokens[i].Kind == TokenKind.Punctuation && Array.IndexOf(punctuation, tokens[i].Text) >= 0)
            {
                i++;
            }

            return i;
        }

        /// <summary>"Jan 28", "Jan. 28", "January 28th", "28 January" starting at token i.</summary>
        private static bool MonthDay(List<Token> tokens, int i, out int month, out int day, out int next)
        {
            month = day = 0;
            next = i;
            if (i >= tokens.Count)
            {
                return false;
            }

            var m = Month(tokens[i].Text);
            if (m > 0)
            {
                var j = i + 1;
                if (j < tokens.Count && tokens[j].Text == ".")
                {
                    j++;
                }

                if (j < tokens.Count && tokens[j].Kind == TokenKind.Number && Day(tokens[j].Text) is int d)
                {
                    month = m;
                    day = d;
                    next = j + 1;
                    return true;
                }

                return false;
            }

            if (tokens[i].Kind == TokenKind.Number && Day(tokens[i].Text) is int d2 && i + 1 < tokens.Count && Month(tokens[i + 1].Text) is int m2 && m2 > 0)
            {
                month = m2;
                day = d2;
                next = i + 2;
                if (next < tokens.Count && tokens[next].Text == ".")
                {
                    next++;
                }

                return true;
            }

            return false;
        }

        private static void ReadDateAt(List<Token> tokens, bool prominent, List<(DateTime Date, bool Prominent)> fullDates, List<(int Month, int Day, DayOfWeek Weekday)> weekdayPairs)
        {
            if (tokens.Count == 0)
            {
                return;
            }

            var weekday = Weekday(tokens[0].Text);
            var at = weekday != null ? Skip(tokens, 1, ",", "(") : 0;
            if (!MonthDay(tokens, at, out var month, out var day, out var next))
            {
                return;
            }

            var afterComma = Skip(tokens, next, ",", ")");
            int? yearValue = afterComma < tokens.Count && tokens[afterComma].Kind == TokenKind.Number ? YearOf(tokens[afterComma].Text) : null;
            if (yearValue is int y && IsValid(y, month, day))
            {
                fullDates.Add((new DateTime(y, month, day), prominent));
            }
            else if (weekday is DayOfWeek w)
            {
                weekdayPairs.Add((month, day, w));
            }
        }

        private static bool MonthFollows(string text, int start, int end)
        {
            var i = start;
            while (i < end && char.IsLetter(text[i]))
            {
                i++;
            }

            return i - start >= 3 && MonthIndex(text, start, i - start) > 0;
        }

        // The first three letters of every month and weekday name, lower-case.
        private static readonly HashSet<string> NamePrefixes = new HashSet<string>(StringComparer.Ordinal)
        {
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "sun", "mon", "tue", "wed", "thu", "fri", "sat",
        };

        // The same as 15-bit keys of three ASCII letters, for a test without a string.
        private static readonly bool[] NamePrefixKeys = BuildNamePrefixKeys();

        private static bool[] BuildNamePrefixKeys()
        {
            var keys = new bool[1 << 15];
            foreach (var prefix in NamePrefixes)
            {
                keys[PrefixKey(prefix[0], prefix[1], prefix[2])] = true;
            }

            return keys;
        }

        private static int PrefixKey(char a, char b, char c) => ((a | 0x20) & 31) << 10 | ((b | 0x20) & 31) << 5 | ((c | 0x20) & 31);

        /// <summary>
        /// False only when three ASCII letters begin no month or weekday name: a name matched case-insensitively (as
        /// <see cref="MonthIndex"/> and <see cref="WeekdayAt"/> match) starts with one of <see cref="NamePrefixes"/>. Anything
        /// else (a non-ASCII letter among the three, which ordinal case-insensitive comparison may still equate) says true.
        /// </summary>
        private static bool MayBeginMonthOrWeekday(char a, char b, char c)
        {
            if (!IsAsciiLetter(a) || !IsAsciiLetter(b) || !IsAsciiLetter(c))
            {
                return a >= 128 || b >= 128 || c >= 128;
            }

            return NamePrefixKeys[PrefixKey(a, b, c)];
        }

        private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

        private static int MonthIndex(string text, int start, int length)
        {
            // Every month name starts with one of these letters; most capitalised words are turned away here.
            if ("JFMASONDjfmasond".IndexOf(text[start]) < 0)
            {
                return 0;
            }

            for (var m = 0; m < 12; m++)
            {
                var name = MonthNames[m];
                if ((length == name.Length || (length >= 3 && length <= 4 && length < name.Length)) && string.Compare(text, start, name, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return m + 1;
                }
            }

            return 0;
        }

        private static DayOfWeek? WeekdayAt(string text, int start, int length)
        {
            if (length < 6 || "SMTWFsmtwf".IndexOf(text[start]) < 0)
            {
                return null;
            }

            for (var d = 0; d < 7; d++)
            {
                if (length == WeekdayNames[d].Length && string.Compare(text, start, WeekdayNames[d], 0, length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return (DayOfWeek)d;
                }
            }

            return null;
        }

        private static int? YearAt(string text, int start, int length)
        {
            if (length == 5 && text[start + 4] == 's')
            {
                length = 4;
            }

            if (length != 4)
            {
                return null;
            }

            var year = 0;
            for (var k = 0; k < 4; k++)
            {
                // ASCII digits only: other scripts' digits are not years here (and c - '0' is only their value for ASCII).
                if (text[start + k] < '0' || text[start + k] > '9')
                {
                    return null;
                }

                year = (year * 10) + (text[start + k] - '0');
            }

            return year >= 1800 && year <= 2100 ? year : (int?)null;
        }

        private static int Month(string word)
        {
            return word.Length < 3 ? 0 : MonthIndex(word, 0, word.Length);
        }

        private static DayOfWeek? Weekday(string word)
        {
            return WeekdayAt(word, 0, word.Length);
        }

        private static int? Day(string token)
        {
            var digits = token.TrimEnd('s', 't', 'n', 'd', 'r', 'h');
            return digits.Length >= 1 && digits.Length <= 2 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d >= 1 && d <= 31 ? d : (int?)null;
        }

        private static int? YearOf(string token) => YearAt(token, 0, token.Length);

        private static bool IsValid(int year, int month, int day) =>
            year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }
}
