using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Parsers
{
    /// <summary>
    /// Named days from the vocabulary, one word or several: "Christmas", "Christmas Eve 2017", "Thanksgiving", "Easter",
    /// "New Year's Day", "Election Day"; and the week of one: "Thanksgiving week", "Easter Week". The name is written capitalised; "election day" in lower case is a common noun.
    /// </summary>
    internal sealed class HolidayParser : ITimeParser
    {
        /// <summary>Begins at the first word of a holiday's name.</summary>
        public ParserStart Start { get; } = ParserStart.At(LexKind.Holiday);

        public TimexCandidate? TryParse(TimeScan s, int i)
        {
            if (!s.Is(i, LexKind.Holiday) || !s.Capitalized(i))
            {
                return null;
            }

            foreach (var rule in s.LexOf(s.Tokens[i])!.Holidays)
            {
                var end = NameEnd(s, i, rule.Name, rule.Week);
                if (end < 0)
                {
                    continue;
                }

                var frame = s.Pool.Frame();
                frame.Holiday = rule;

                // "Thanksgiving week", "Christmas week": the week the day falls in.
                if (!rule.Week && s.OnLine(end) && s.Unit(end, out var unit, out var plural) && unit == TimeUnit.Week && !plural)
                {
                    frame.HolidayWeek = true;
                    end++;
                }

                if (s.OnLine(end) && YearParser.IsBareYear(s, end, true))
                {
                    frame.Year = s.Tokens[end].Number;
                    end++;
                }

                return s.Pool.Candidate(i, end, frame);
            }

            return null;
        }

        /// <summary>The token after <paramref name="name"/> written from token i (case and apostrophe folded), or -1.</summary>
        /// <param name="week">The name ends in "week", which may be written in lower case ("Easter week").</param>
        private static int NameEnd(TimeScan s, int i, string name, bool week)
        {
            var text = s.Text;
            var start = s.Tokens[i].Start;
            if (start + name.Length > text.Length)
            {
                return -1;
            }

            for (var k = 0; k < name.Length; k++)
            {
                var c = char.ToLowerInvariant(text[start + k]);
                if ((c == '\u2019' ? '\'' : c) != name[k])
                {
                    return -1;
                }
            }

            var stop = start + name.Length;
            if (stop < text.Length && char.IsLetterOrDigit(text[stop]))
            {
                return -1;
            }

            // Every word of a name is capitalised: "New Year's Day", not "new year's day"; but "Easter week" as often as "Easter Week".
            var j = i;
            while (j < s.Count && s.Tokens[j].End <= stop)
            {
                if (s.Tokens[j].Kind == TokenKind.Word && !s.Capitalized(j) && !(week && s.Tokens[j].End == stop && s.Word(j, "week")) && s.Tokens[j].Start > start && char.IsLetter(text[s.Tokens[j].Start]) && text[s.Tokens[j].Start - 1] == ' ')
                {
                    return -1;
                }

                j++;
            }

            return j > i && s.Tokens[j - 1].End == stop ? j : -1;
        }
    }
}
