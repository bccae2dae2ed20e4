using NewsTools.Time.Parsers;
using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Resolution
{
    /// <summary>
    /// "the day" set off by a comma right after a written date renames that date: "after Oct. 12, the day before the plunge"
    /// is Oct. 12, not the day of the report; so is "in March, the month before the vote". The unit must be the date's own
    /// precision ("Oct. 12, the week ..." is another period).
    /// </summary>
    internal static class Appositives
    {
        /// <summary>
        /// When <paramref name="c"/> is "the" and a unit in apposition to <paramref name="previous"/> (resolved to
        /// <paramref name="previousValue"/>), turns its frame into the date under discussion, which the previous one is (a written date: it is remembered).
        /// </summary>
        public static void Anchor(TimeScan s, TimexCandidate previous, ResolvedTimex previousValue, TimexCandidate c)
        {
            var f = c.Frame;
            if (f.Kind != FrameKind.Relative || f.Offset != 0 || c.Length != 2 || !s.Mod(c.First, Mod.The) || previousValue.Value == null
                || previousValue.Start == null || !IsRenamingUnit(f.Unit) || previousValue.Precision != TimexResolver.PrecisionOf(f.Unit) || c.First != previous.End + 1
                || !s.Punct(previous.End, ',') || !s.OnLine(previous.End) || !s.OnLine(c.First)
                || !(previous.Frame.Kind == FrameKind.Calendar || previous.Frame.Kind == FrameKind.Fixed))
            {
                return;
            }

            c.Frame = s.Pool.Anaphoric(f.Unit, 0);
            c.Frame.Type = f.Type;
        }

        // The units that rename a date of their own precision here: "Oct. 12, the day before", "in March, the month before".
        private static bool IsRenamingUnit(TimeUnit unit) => unit == TimeUnit.Day || unit == TimeUnit.Week || unit == TimeUnit.Month;
    }
}
