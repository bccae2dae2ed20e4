using System;
using System.Collections.Generic;
using System.Globalization;
using NewsTools.Config;
using NewsTools.Text;

namespace NewsTools.Articles
{
    /// <summary>
    /// Finds the date an article's relative expressions hang on when no metadata gives it: the latest full date printed
    /// near the top or in a caption, else the weekday-and-date pairs ("Sunday (Jan 28)") with the year inferred as the first
    /// year, from the latest year the text mentions on, in which every pair falls on its weekday. Month and weekday names
    /// are the time vocabulary's (<see cref="DateNames"/>).
    /// </summary>
    internal sealed class ReferenceDateResolver
    {
        // Captions and the first two body paragraphs carry the dateline and the date the story was filed.
        private const int ProminentBodyParagraphs = 2;

        // "Wednesday, September 28th, 2016" fits: the characters read from a date's first word.
        private const int DateWindowChars = 48;

        // A four-digit number is a year only in this range ("1200 troops", "3000 jobs" are not).
        private const int MinYear = 1800;
        private const int MaxYear = 2100;

        // "28": a day of the month has one or two digits.
        private const int MaxDayDigits = 2;

        private readonly DateNames names;

        public ReferenceDateResolver(NewsToolsConfig config)
        {
            names = DateNames.For(config);
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

        /// <summary>What the scan of an article's paragraphs found.</summary>
        private sealed class DatesFound
        {
            public List<(DateTime Date, bool Prominent)> FullDates { get; } = new List<(DateTime Date, bool Prominent)>();

            public List<(int Month, int Day, DayOfWeek Weekday)> WeekdayPairs { get; } = new List<(int Month, int Day, DayOfWeek Weekday)>();

            public int LatestYear { get; set; }
        }

        /// <param name="paragraphs">The kept paragraphs; captions and the first body paragraphs weigh most for full dates.</param>
        public Result Resolve(string text, IReadOnlyList<Paragraph> paragraphs)
        {
            var found = new DatesFound();
            var bodySeen = 0;
            foreach (var paragraph in paragraphs)
            {
                var prominent = paragraph.Kind == ParagraphKind.Caption || (paragraph.Kind == ParagraphKind.Body && bodySeen < ProminentBodyParagraphs);
                if (paragraph.Kind == ParagraphKind.Body)
                {
                    bodySeen++;
                }

                ScanParagraph(text, paragraph, prominent, found);
            }

            return LatestFullDate(found) ?? InferFromWeekdays(found);
        }

        /// <summary>Reads every date that starts in a paragraph into <paramref name="found"/>, and the latest year it mentions.</summary>
        private void ScanParagraph(string text, Paragraph paragraph, bool prominent, DatesFound found)
        {
            var i = paragraph.Start;
            var end = paragraph.End;
            while (i < end)
            {
                var at = NextCandidate(text, i, end);
                if (at >= end)
                {
                    break;
                }

                i = at + 1;

                // Only the start of a word counts ("28", "January"), not a capital or digit inside one ("McCain", "G8").
                if (at > paragraph.Start && char.IsLetterOrDigit(text[at - 1]))
                {
                    continue;
                }

                // "The", "Their", "About": a capital whose next two letters begin no month or weekday name is passed over
                // before its word is even read to the end.
                if (!char.IsDigit(text[at]) && at + 2 < end && !names.MayBegin(text[at], text[at + 1], text[at + 2]))
                {
                    continue;
                }

                while (i < end && char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }

                if (MayStartDate(text, at, i - at, end, found))
                {
                    ReadDateAt(Tokenizer.Tokenize(text, at, Math.Min(end, at + DateWindowChars)), prominent, found);
                }
            }
        }

        /// <summary>
        /// Steps from one candidate character to the next: a capital that can begin a month or weekday name, or a digit.
        /// Candidates are a few in every hundred characters: a table read per character costs less than restarting a
        /// vectorised search at each of them.
        /// </summary>
        private int NextCandidate(string text, int at, int end)
        {
            var triggers = names.Triggers;
            while (at < end && (text[at] >= 128 || !triggers[text[at]]))
            {
                at++;
            }

            return at;
        }

        /// <summary>
        /// Whether a date can start at the word text[start, start + length): a month or weekday name, or a day number
        /// followed by a month name ("28 January"). A year among the numbers is noted as the latest mentioned.
        /// </summary>
        private bool MayStartDate(string text, int start, int length, int end, DatesFound found)
        {
            if (char.IsDigit(text[start]))
            {
                if (YearAt(text, start, length) is int year)
                {
                    found.LatestYear = Math.Max(found.LatestYear, year);
                }

                // "28 January": a day number matters only when a month name follows it.
                return length <= MaxDayDigits && start + length < end && text[start + length] == ' ' && MonthFollows(text, start + length + 1, end);
            }

            return length >= DateNames.MinShortMonthLength && length <= names.MaxLength &&
                (names.Month(text, start, length) != 0 || names.Weekday(text, start, length) != null);
        }

        /// <summary>The latest full date, from the prominent paragraphs when they hold one.</summary>
        private static Result? LatestFullDate(DatesFound found)
        {
            var pool = found.FullDates.FindAll(d => d.Prominent);
            if (pool.Count == 0)
            {
                pool = found.FullDates;
            }

            if (pool.Count == 0)
            {
                return null;
            }

            var latest = pool[0].Date;
            foreach (var d in pool)
            {
                latest = d.Date > latest ? d.Date : latest;
            }

            return new Result { Date = latest, Source = ReferenceDateSource.ExplicitDate };
        }

        /// <summary>
        /// The latest weekday-and-date pair, in the first year from the latest mentioned on in which every pair falls on its
        /// weekday; without pairs, none; without a year or a fitting one, ambiguous with a warning.
        /// </summary>
        private static Result InferFromWeekdays(DatesFound found)
        {
            var pairs = found.WeekdayPairs;
            if (pairs.Count == 0)
            {
                return new Result { Source = ReferenceDateSource.None };
            }

            if (found.LatestYear == 0)
            {
                return new Result
                {
                    Source = ReferenceDateSource.Ambiguous,
                    Warning = $"The text dates events by weekday ({WeekdayText(pairs[0])}) but names no year, so the year cannot be settled; relative dates stay unresolved. Give -ReferenceDate to settle it.",
                };
            }

            for (var year = found.LatestYear; year <= found.LatestYear + InferenceWindowYears && year <= 9999; year++)
            {
                if (LatestIfAllFit(pairs, year) is DateTime latest)
                {
                    return new Result { Date = latest, Source = ReferenceDateSource.WeekdayInference };
                }
            }

            return new Result
            {
                Source = ReferenceDateSource.Ambiguous,
                Warning = $"No year from {found.LatestYear} on puts {WeekdayText(pairs[0])} on its weekday consistently with the other dates; relative dates stay unresolved.",
            };
        }

        /// <summary>The latest of the pairs' dates in <paramref name="year"/>, or null when one of them does not fall on its weekday then.</summary>
        private static DateTime? LatestIfAllFit(List<(int Month, int Day, DayOfWeek Weekday)> pairs, int year)
        {
            var latest = DateTime.MinValue;
            foreach (var pair in pairs)
            {
                if (!IsValid(year, pair.Month, pair.Day) || new DateTime(year, pair.Month, pair.Day).DayOfWeek != pair.Weekday)
                {
                    return null;
                }

                var date = new DateTime(year, pair.Month, pair.Day);
                latest = date > latest ? date : latest;
            }

            return latest;
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
        private bool MonthDay(List<Token> tokens, int i, out int month, out int day, out int next)
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

        private void ReadDateAt(List<Token> tokens, bool prominent, DatesFound found)
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
                found.FullDates.Add((new DateTime(y, month, day), prominent));
            }
            else if (weekday is DayOfWeek w)
            {
                found.WeekdayPairs.Add((month, day, w));
            }
        }

        private bool MonthFollows(string text, int start, int end)
        {
            var i = start;
            while (i < end && char.IsLetter(text[i]))
            {
                i++;
            }

            return i - start >= DateNames.MinShortMonthLength && names.Month(text, start, i - start) > 0;
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

            return year >= MinYear && year <= MaxYear ? year : (int?)null;
        }

        private int Month(string word) => word.Length < DateNames.MinShortMonthLength ? 0 : names.Month(word, 0, word.Length);

        private DayOfWeek? Weekday(string word) => word.Length == 0 ? null : names.Weekday(word, 0, word.Length);

        private static int? Day(string token)
        {
            var digits = token.TrimEnd('s', 't', 'n', 'd', 'r', 'h');
            return digits.Length >= 1 && digits.Length <= MaxDayDigits && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d >= 1 && d <= 31 ? d : (int?)null;
        }

        private static int? YearOf(string token) => YearAt(token, 0, token.Length);

        private static bool IsValid(int year, int month, int day) =>
            year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }
}
