using System.Collections.Generic;
using NewsTools.Time.Parsers;
using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Refiners
{
    /// <summary>
    /// Parts of a period keep the period's value (TIMEX3 marks them with a modifier only): "early 2018", "late last year",
    /// "mid-November", "earlier this month", "the beginning of 2018", "the end of the year", "early in the year".
    /// </summary>
    internal sealed class PartOfPeriodRefiner : ICandidateRefiner
    {
        public void Refine(TimeScan s, List<TimexCandidate> candidates)
        {
            var previousEnd = 0;
            foreach (var c in candidates)
            {
                var f = c.Frame;
                var datelike = f.Kind == FrameKind.Calendar || f.Kind == FrameKind.Relative || f.Kind == FrameKind.Fixed
                    || f.Kind == FrameKind.CurrentTopicQuarter || IsTheYear(f) || f.Kind == FrameKind.Anaphoric;
                if (!datelike || !s.OnLine(c.First))
                {
                    previousEnd = c.End;
                    continue;
                }

                var first = c.First;
                var k = first - 1;
                var partOfPeriod = true;
                if (k >= previousEnd && (s.Mod(k, Mod.Early) || s.Mod(k, Mod.Late) || s.Mod(k, Mod.Earlier) || s.Mod(k, Mod.Later) || s.Mod(k, Mod.Mid)))
                {
                    first = k;
                }
                else if (k >= previousEnd && s.Punct(k, '-') && s.Joined(k + 1) && s.Joined(k) && s.Mod(k - 1, Mod.Mid) && k - 1 >= previousEnd)
                {
                    first = k - 1;
                }
                else if (k - 1 >= previousEnd && s.Mod(k, Mod.In) && (s.Mod(k - 1, Mod.Early) || s.Mod(k - 1, Mod.Late) || s.Mod(k - 1, Mod.Earlier) || s.Mod(k - 1, Mod.Later)) && s.OnLine(k))
                {
                    // "early in the year"
                    first = k - 1;
                }
                else if (k - 2 >= previousEnd && s.Mod(k, Mod.Of) && (s.Mod(k - 1, Mod.Beginning) || s.Mod(k - 1, Mod.Start) || s.Mod(k - 1, Mod.End) || s.Mod(k - 1, Mod.Middle))
                    && s.Mod(k - 2, Mod.The) && s.OnLine(k - 1) && s.OnLine(k))
                {
                    first = k - 2;
                    partOfPeriod = false;
                }

                // "the late 1970s", "the early summer": the article goes with the modifier.
                if (partOfPeriod && first < c.First && first - 1 >= previousEnd && s.Mod(first - 1, Mod.The) && s.OnLine(first) && !s.Mod(c.First, Mod.The))
                {
                    first--;
                }

                if (first != c.First)
                {
                    c.First = first;
                    if (IsTheYear(f) || (f.Kind == FrameKind.Relative && f.Offset == 0))
                    {
                        // "early in the year", "the end of the month": the current one.
                        c.Frame = s.Pool.Relative(IsTheYear(f) ? TimeUnit.Year : f.Unit, 0);
                        c.Frame.PartOfDay = f.PartOfDay;
                        c.Frame.Type = f.Type == TimexType.Time ? TimexType.Time : TimexType.Date;
                    }
                }

                previousEnd = c.End;
            }
        }

        private static bool IsTheYear(TimexFrame f) => f.Kind == FrameKind.Duration && f.Unit == TimeUnit.Year && f.Amount == 1;
    }
}
