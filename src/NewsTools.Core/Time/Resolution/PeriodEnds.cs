using System;
using NewsTools.Time.Parsers;
using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Resolution
{
    /// <summary>
    /// A quarter whose last day is written after it ("the second quarter ended Oct. 31", "the quarter that ended July 31") is
    /// placed by that day, not by the reference date: a named quarter takes the year of its end ("ended Oct. 31" told in late
    /// October 1989 is 1988's, so that quarter is 1988's second), and a quarter named only by its end is the calendar quarter
    /// holding most of the three months before it (ended July 31: May to July, the second), unless the text already
    /// discusses a quarter, which "the quarter" then is ("its fiscal first quarter ... for the quarter ended Sept. 29").
    /// </summary>
    internal static class PeriodEnds
    {
        /// <summary>
        /// When <paramref name="end"/> is the day <paramref name="quarter"/> ended, the quarter's value placed by that day.
        /// </summary>
        public static bool Revise(TimeScan s, TimexCandidate quarter, ResolvedTimex quarterValue, bool hadTopicQuarter, TimexCandidate end, ResolvedTimex endValue, out ResolvedTimex revised)
        {
            revised = default;
            var f = quarter.Frame;

            // "the quarter that ended Dec. 31": a relative word may stand before the verb.
            var verb = s.OnLine(quarter.End) && s.WordIn(quarter.End, s.Lexicon.RelativeWords) ? quarter.End + 1 : quarter.End;
            if (quarterValue.Precision != TimePrecision.Quarter || quarterValue.Value == null || endValue.Value == null
                || endValue.Start == null || endValue.Precision != TimePrecision.Day || f.Year != null || f.YearOffset != null
                || f.FollowTopic || f.Latest || end.First != verb + 1 || !s.OnLine(verb) || !s.OnLine(end.First)
                || !IsEndVerb(s, verb))
            {
                return false;
            }

            int year, q;
            var day = endValue.Start.Value;
            if (f.Kind == FrameKind.Calendar && f.Quarter != null)
            {
                // A fiscal quarter keeps its ordinal: "its fourth quarter ended Sept. 30" stays the fourth.
                year = day.Year;
                q = f.Quarter.Value;
            }
            else if (f.Kind == FrameKind.CurrentTopicQuarter && !hadTopicQuarter)
            {
                var middle = day.AddDays(-45);
                year = middle.Year;
                q = ((middle.Month - 1) / 3) + 1;
            }
            else
            {
                return false;
            }

            var start = new DateTime(year, ((q - 1) * 3) + 1, 1);
            revised = new ResolvedTimex(IsoValue.Quarter(year, q), quarterValue.Type, TimePrecision.Quarter, start, start.AddMonths(3).AddDays(-1));
            return revised.Value != quarterValue.Value;
        }

        /// <summary>
        /// The token at <paramref name="i"/> writes the last day or month of the period before it: a verb ("ended",
        /// "ending"), or a preposition (list timePeriodEndPrepositions) before a month or a day and a month ("the year to
        /// March 2005", "the year to 31 July"; not "the year to date").
        /// </summary>
        public static bool EndWrittenAt(TimeScan s, int i)
        {
            if (IsEndVerb(s, i))
            {
                return true;
            }

            var month = s.OnLine(i + 1) && (s.Is(i + 1, LexKind.Month) || (s.IsNumber(i + 1) && s.OnLine(i + 2) && s.Is(i + 2, LexKind.Month)));
            return month && s.WordIn(i, s.Lexicon.PeriodEndPrepositions);
        }

        /// <summary>
        /// The token at <paramref name="i"/> is a verb that writes a period's last day after it ("ended", "ending"; list
        /// timePeriodEndVerbs).
        /// </summary>
        public static bool IsEndVerb(TimeScan s, int i) => s.WordIn(i, s.Lexicon.PeriodEndVerbs);
    }
}
