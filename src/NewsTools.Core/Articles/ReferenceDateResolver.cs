using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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

            public void Clear()
            {
                FullDates.Clear();
                WeekdayPairs.Clear();
                LatestYear = 0;
            }
        }

        // What one article's scan found and its date window, kept between articles: a resolver serves one reader, and a
        // reader one thread at a time (its classifier already requires that).
        private readonly DatesFound found = new DatesFound();
        private readonly List<WindowToken> window = new List<WindowToken>();

        /// <param name="paragraphs">The kept paragraphs; captions and the first body paragraphs weigh most for full dates.</param>
        public Result Resolve(string text, IReadOnlyList<Paragraph> paragraphs)
        {
            found.Clear();
            window.Clear();
            var bodySeen = 0;
            // By index: a foreach through the interface allocated an enumerator for every article.
            for (var p = 0; p < paragraphs.Count; p++)
            {
                var paragraph = paragraphs[p];
                var prominent = paragraph.Kind == ParagraphKind.Caption || (paragraph.Kind == ParagraphKind.Body && bodySeen < ProminentBodyParagraphs);
                if (paragraph.Kind == ParagraphKind.Body)
                {
                    bodySeen++;
                }

                ScanParagraph(text, paragraph, prominent, found, window);
            }

            return LatestFullDate(found) ?? InferFromWeekdays(found);
        }

        /// <summary>Reads every date that starts in a paragraph into <paramref name="found"/>, and the latest year it mentions.</summary>
        private void ScanParagraph(string text, Paragraph paragraph, bool prominent, DatesFound found, List<WindowToken> window)
        {
            var i = paragraph.Start;
            var end = paragraph.End;

            // The paragraph read as vectors of characters from its start, once (see NextCandidate); none where the runtime
            // has no vector instructions or a configured name begins with something else than a capital.
            var vectors = Vector.IsHardwareAccelerated && names.TriggersAreDigitsAndCapitals
                ? MemoryMarshal.Cast<char, Vector<ushort>>(text.AsSpan(i, end - i))
                : default;
            while (i < end)
            {
                var at = NextCandidate(text, vectors, paragraph.Start, i, end);
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
                    ReadDateAt(text, Window(text, at, Math.Min(end, at + DateWindowChars), window), prominent, found);
                }
            }
        }

        /// <summary>
        /// Steps from <paramref name="at"/> to the next candidate character: a capital that can begin a month or weekday name,
        /// or a digit. Candidates stand about 40 characters apart in news prose, and three vectors of characters in four hold
        /// neither a capital nor a digit: those are passed over at once (<paramref name="vectors"/>: the text from
        /// <paramref name="origin"/> on), and the characters of the others read in the table one by one. A search restarted at
        /// each candidate (IndexOfAny) cost more than the table alone.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int NextCandidate(string text, ReadOnlySpan<Vector<ushort>> vectors, int origin, int at, int end)
        {
            var triggers = names.Triggers;
            var width = Vector<ushort>.Count;
            var k = (at - origin) / width;
            if (k < vectors.Length)
            {
                // The rest of the vector at stands in, then whole vectors.
                var blockEnd = origin + ((k + 1) * width);
                var inBlock = FirstTrigger(text, triggers, at, blockEnd);
                if (inBlock < blockEnd)
                {
                    return inBlock;
                }

                var digitZero = new Vector<ushort>('0');
                var digitCount = new Vector<ushort>(10);
                var capitalA = new Vector<ushort>('A');
                var capitalCount = new Vector<ushort>(26);
                for (k++; k < vectors.Length; k++)
                {
                    // Unsigned differences: a character below '0' or 'A' wraps round past the range's length.
                    var v = vectors[k];
                    if ((Vector.LessThan(v - digitZero, digitCount) | Vector.LessThan(v - capitalA, capitalCount)) == Vector<ushort>.Zero)
                    {
                        continue;
                    }

                    var from = origin + (k * width);
                    var hit = FirstTrigger(text, triggers, from, from + width);
                    if (hit < from + width)
                    {
                        return hit;
                    }
                }

                at = origin + (vectors.Length * width);
            }

            return FirstTrigger(text, triggers, at, end);
        }

        /// <summary>The first character of text[from, to) that the trigger table marks, read one by one; <paramref name="to"/> when none.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int FirstTrigger(string text, bool[] triggers, int from, int to)
        {
            while (from < to && (text[from] >= 128 || !triggers[text[from]]))
            {
                from++;
            }

            return from;
        }

        /// <summary>
        /// Whether a date can start at the word text[start, start + length): a month or weekday name, or a day number
        /// followed by a month name ("28 January"). A year among the numbers is noted as the latest mentioned.
        /// </summary>
        private bool MayStartDate(string text, int start, int length, int end, DatesFound found)
        {
            if (char.IsDigit(text[start]))
            {
                // "kick-off at 2000 GMT" is a clock time, not the year 2000.
                if (YearAt(text, start, length) is int year && !names.ZoneAt(text, start + length, end))
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
            // The latest prominent date, else the latest of all, found in one pass without a list of the prominent ones.
            DateTime? latestProminent = null;
            DateTime? latest = null;
            foreach (var d in found.FullDates)
            {
                latest = latest == null || d.Date > latest ? d.Date : latest;
                if (d.Prominent)
                {
                    latestProminent = latestProminent == null || d.Date > latestProminent ? d.Date : latestProminent;
                }
            }

            return latest == null ? null : new Result { Date = latestProminent ?? latest, Source = ReferenceDateSource.ExplicitDate };
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
                    Warning = $"The text dates events by weekday ({WeekdayText(pairs[0])}) but names no year, so the year cannot be settled; relative dates stay unresolved; " + UndatedArticle.HowToGiveADate + " to settle it.",
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

        /// <summary>A token of a candidate's window, as offsets into the text: the window is read in place, never cut into strings.</summary>
        private readonly struct WindowToken
        {
            public WindowToken(int start, int end, TokenKind kind)
            {
                Start = start;
                End = end;
                Kind = kind;
            }

            public int Start { get; }

            public int End { get; }

            public int Length => End - Start;

            public TokenKind Kind { get; }

            public bool IsMark(string text, char mark) => Kind == TokenKind.Punctuation && text[Start] == mark;
        }

        /// <summary>The tokens of text[start, end) (the <see cref="Tokenizer"/>'s), into the list the article's candidates share.</summary>
        private static List<WindowToken> Window(string text, int start, int end, List<WindowToken> into)
        {
            into.Clear();
            var i = start;
            while (Tokenizer.Next(text, ref i, end, out var s, out var kind))
            {
                into.Add(new WindowToken(s, i, kind));
            }

            return into;
        }

        /// <summary>Past the punctuation tokens <paramref name="a"/> and <paramref name="b"/> (one character each) from token i.</summary>
        private static int Skip(string text, List<WindowToken> tokens, int i, char a, char b)
        {
            while (i < tokens.Count && (tokens[i].IsMark(text, a) || tokens[i].IsMark(text, b)))
            {
                i++;
            }

            return i;
        }

        /// <summary>"Jan 28", "Jan. 28", "January 28th", "28 January" starting at token i.</summary>
        private bool MonthDay(string text, List<WindowToken> tokens, int i, out int month, out int day, out int next)
        {
            month = day = 0;
            next = i;
            if (i >= tokens.Count)
            {
                return false;
            }

            var m = Month(text, tokens[i]);
            if (m > 0)
            {
                var j = i + 1;
                if (j < tokens.Count && tokens[j].IsMark(text, '.'))
                {
                    j++;
                }

                if (j < tokens.Count && tokens[j].Kind == TokenKind.Number && Day(text, tokens[j]) is int d)
                {
                    month = m;
                    day = d;
                    next = j + 1;
                    return true;
                }

                return false;
            }

            if (tokens[i].Kind == TokenKind.Number && Day(text, tokens[i]) is int d2 && i + 1 < tokens.Count && Month(text, tokens[i + 1]) is int m2 && m2 > 0)
            {
                month = m2;
                day = d2;
                next = i + 2;
                if (next < tokens.Count && tokens[next].IsMark(text, '.'))
                {
                    next++;
                }

                return true;
            }

            return false;
        }

        private void ReadDateAt(string text, List<WindowToken> tokens, bool prominent, DatesFound found)
        {
            if (tokens.Count == 0)
            {
                return;
            }

            var weekday = names.Weekday(text, tokens[0].Start, tokens[0].Length);
            var at = weekday != null ? Skip(text, tokens, 1, ',', '(') : 0;
            if (!MonthDay(text, tokens, at, out var month, out var day, out var next))
            {
                return;
            }

            var afterComma = Skip(text, tokens, next, ',', ')');
            int? yearValue = afterComma < tokens.Count && tokens[afterComma].Kind == TokenKind.Number ? YearAt(text, tokens[afterComma].Start, tokens[afterComma].Length) : null;
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

        // A year as four digits; a decade ("the 1930s") is history the story looks back on, not a year it is told in.
        private static int? YearAt(string text, int start, int length)
        {
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

        private int Month(string text, WindowToken word) => word.Length < DateNames.MinShortMonthLength ? 0 : names.Month(text, word.Start, word.Length);

        /// <summary>"28", "28th", "1st": one or two ASCII digits before any of the letters s, t, n, d, r, h, as a day of the month.</summary>
        private static int? Day(string text, WindowToken token)
        {
            var end = token.End;
            while (end > token.Start && "stndrh".IndexOf(text[end - 1]) >= 0)
            {
                end--;
            }

            var length = end - token.Start;
            if (length < 1 || length > MaxDayDigits)
            {
                return null;
            }

            var d = 0;
            for (var k = token.Start; k < end; k++)
            {
                if (text[k] < '0' || text[k] > '9')
                {
                    return null;
                }

                d = (d * 10) + (text[k] - '0');
            }

            return d >= 1 && d <= 31 ? d : (int?)null;
        }

        private static bool IsValid(int year, int month, int day) =>
            year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }
}
