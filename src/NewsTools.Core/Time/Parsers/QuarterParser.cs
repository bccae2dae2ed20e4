using System.Runtime.CompilerServices;
using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Parsers
{
    /// <summary>
    /// The fiscal calendar of business news: "the third quarter", "third-quarter", "the fiscal first quarter", "the first half",
    /// "the 1988 third quarter", "this year's third quarter", "the third quarter of 1990", "the year-ago quarter",
    /// "year-earlier", "the latest period", "its fourth quarter".
    /// </summary>
    internal sealed class QuarterParser : ITimeParser
    {
        /// <summary>Begins at "the third quarter", "this year's", "last year's", "next year's", "fiscal first quarter", "quarter", "first-half", a bare year.</summary>
        public ParserStart Start { get; } = ParserStart.At(LexKind.Unit, LexKind.Ordinal).OrNumber().OrModifiers(Mod.The, Mod.This, Mod.Last, Mod.Next, Mod.Fiscal);

        [MethodImpl(HotPath.Optimize)]
        public TimexCandidate? TryParse(TimeScan s, int i)
        {
            var j = i;
            var determiner = s.Mod(j, Mod.The);
            if (determiner)
            {
                j++;
            }

            // Fields are gathered in locals; the frame is made only for a match (this runs at every "the").
            int? year = null;
            int? yearOffset = null;
            var latest = false;
            var anaphoric = false;
            var topic = false;

            // Year specifiers.
            if (s.Continues(i, j) && YearParser.IsBareYear(s, j, true))
            {
                year = s.Tokens[j].Number;
                j++;
            }
            else if (s.Continues(i, j) && (s.Mod(j, Mod.This) || s.Mod(j, Mod.Last) || s.Mod(j, Mod.Next)) && s.Unit(j + 1, out var yu, out _) && yu == TimeUnit.Year
                && s.Punct(j + 2, '\'') && s.Word(j + 3, "s"))
            {
                yearOffset = s.Mod(j, Mod.This) ? 0 : s.Mod(j, Mod.Last) ? -1 : 1;
                j += 4;
            }
            else if (s.Continues(i, j) && s.Unit(j, out var cu, out var cplural) && cu == TimeUnit.Year && !cplural && s.Punct(j + 1, '-') && s.Joined(j + 1)
                && s.Joined(j + 2) && (s.Mod(j + 2, Mod.Ago) || s.Mod(j + 2, Mod.Earlier)))
            {
                // "year-ago", "year-earlier"
                anaphoric = true;
                j += 3;
                if (!s.Continues(i, j) || !(s.Unit(j, out _, out _) || s.Mod(j, Mod.Period) || s.Is(j, LexKind.Ordinal) || s.Mod(j, Mod.Fiscal)))
                {
                    var yearAgo = TimexFrame.Anaphoric(TimeUnit.Year, -1);
                    yearAgo.FollowTopic = true;
                    return determiner ? null : new TimexCandidate(i, j, yearAgo);
                }
            }
            else if (determiner && (s.Mod(j, Mod.Latest) || s.Mod(j, Mod.Current) || s.Mod(j, Mod.Same)))
            {
                topic = !s.Mod(j, Mod.Current);
                latest = s.Mod(j, Mod.Latest);
                if (s.Mod(j, Mod.Current))
                {
                    yearOffset = 0;
                }

                j++;
            }

            if (s.Continues(i, j) && s.Mod(j, Mod.Fiscal))
            {
                j++;
            }

            var ordinal = 0;
            var hyphenated = false;
            var lastHalf = false;
            var ordinalAt = j;
            if (determiner && s.Mod(j, Mod.Last) && s.Mod(j + 1, Mod.Half) && s.OnLine(j + 1))
            {
                // "the last half of 1989": of two halves, the second (of a year written after it; "the last half of the game" is none).
                ordinal = 2;
                lastHalf = true;
                j++;
            }
            else if (s.Continues(i, j) && s.Is(j, LexKind.Ordinal, out var ord) && ord.Value <= 4)
            {
                ordinal = ord.Value;
                j++;
                if (s.Punct(j, '-') && s.Joined(j) && s.Joined(j + 1))
                {
                    j++;
                    hyphenated = true;
                }
            }

            if (!s.Continues(i, j))
            {
                return null;
            }

            var isQuarter = s.Unit(j, out var unit, out var plural) && unit == TimeUnit.Quarter && !plural;
            var isHalf = s.Mod(j, Mod.Half) && ordinal >= 1 && ordinal <= 2;
            var isPeriod = s.Mod(j, Mod.Period) && (anaphoric || topic || year != null);
            if (!isQuarter && !isHalf && !isPeriod)
            {
                return null;
            }

            // A bare "quarter" needs an article or a number: "a quarter of the vote" is a fraction.
            if (isQuarter && ordinal == 0 && !determiner && !anaphoric && year == null && yearOffset == null)
            {
                return null;
            }

            var end = j + 1;
            var frame = new TimexFrame { Kind = FrameKind.Calendar, Year = year, YearOffset = yearOffset, Latest = latest };

            // "the third quarter of 1990", "the first half of next year"
            if (s.Mod(end, Mod.Of) && s.OnLine(end + 1))
            {
                if (YearParser.IsBareYear(s, end + 1, true))
                {
                    frame.Year = s.Tokens[end + 1].Number;
                    end += 2;
                }
                else if ((s.Mod(end + 1, Mod.This) || s.Mod(end + 1, Mod.Last) || s.Mod(end + 1, Mod.Next)) && s.Unit(end + 2, out var ofUnit, out var ofPlural)
                    && ofUnit == TimeUnit.Year && !ofPlural)
                {
                    frame.YearOffset = s.Mod(end + 1, Mod.This) ? 0 : s.Mod(end + 1, Mod.Last) ? -1 : 1;
                    end += 3;
                }
            }

            if (lastHalf && frame.Year == null && frame.YearOffset == null)
            {
                return null;
            }

            if (isHalf)
            {
                frame.Half = ordinal;
            }
            else if (ordinal > 0)
            {
                frame.Quarter = ordinal;
            }
            else
            {
                frame.Kind = FrameKind.CurrentTopicQuarter;
            }

            if (anaphoric)
            {
                frame.FollowTopic = true;
                frame.YearOffset = null;
                frame.Offset = -1;
                frame.Unit = TimeUnit.Year;
                if (frame.Kind == FrameKind.Calendar)
                {
                    frame.YearOffset = -1;
                }
                else
                {
                    frame.Kind = FrameKind.CurrentTopicQuarter;
                }
            }

            // "the third-quarter loss": the adjective is tagged without its article.
            var first = hyphenated && determiner ? i + 1 : i;
            return new TimexCandidate(first, end, frame);
        }
    }
}
