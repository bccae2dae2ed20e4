using System.Collections.Generic;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Parsers
{
    /// <summary>
    /// The frames and candidates the parsers and refiners make for one paragraph, handed out again for the next one (the
    /// tagger's scan keeps one pool and rewinds it per paragraph). A frame and a candidate were allocated for every
    /// expression tried, half of what the tagger allocated; none is read past its paragraph: the resolver copies what it
    /// needs into the TimeExpression.
    /// </summary>
    internal sealed class TimexPool
    {
        private readonly List<TimexFrame> frames = new List<TimexFrame>();
        private readonly List<TimexCandidate> candidates = new List<TimexCandidate>();
        private int framesUsed;
        private int candidatesUsed;

        /// <summary>More than this many of either, grown by one paragraph that holds a flood of dates, are let go at the rewind.</summary>
        private const int MaxKept = 1024;

        /// <summary>Takes back everything handed out: the caller's candidates and frames of the last paragraph are done with.</summary>
        public void Rewind()
        {
            framesUsed = 0;
            candidatesUsed = 0;
            if (frames.Count > MaxKept)
            {
                frames.RemoveRange(MaxKept, frames.Count - MaxKept);
                frames.TrimExcess();
            }

            if (candidates.Count > MaxKept)
            {
                candidates.RemoveRange(MaxKept, candidates.Count - MaxKept);
                candidates.TrimExcess();
            }
        }

        /// <summary>A blank frame, as <c>new TimexFrame()</c> makes it.</summary>
        public TimexFrame Frame()
        {
            if (framesUsed == frames.Count)
            {
                frames.Add(new TimexFrame());
                return frames[framesUsed++];
            }

            var frame = frames[framesUsed++];
            frame.Clear();
            return frame;
        }

        public TimexCandidate Candidate(int first, int end, TimexFrame frame)
        {
            if (candidatesUsed == candidates.Count)
            {
                candidates.Add(new TimexCandidate(first, end, frame));
                return candidates[candidatesUsed++];
            }

            var candidate = candidates[candidatesUsed++];
            candidate.First = first;
            candidate.End = end;
            candidate.Frame = frame;
            return candidate;
        }

        /// <summary>A calendar frame with the fields written (a null field stays unset).</summary>
        public TimexFrame Calendar(int? year = null, int? month = null, int? day = null, int? weekday = null, int? season = null, Direction direction = Direction.ByTense)
        {
            var f = Frame();
            f.Year = year;
            f.Month = month;
            f.Day = day;
            f.Weekday = weekday;
            f.Season = season;
            f.Direction = direction;
            return f;
        }

        /// <summary>The quarter under discussion ("the quarter"), or with <paramref name="latest"/> the last one that has ended.</summary>
        public TimexFrame TopicQuarter(bool latest = false)
        {
            var f = Frame();
            f.Kind = FrameKind.CurrentTopicQuarter;
            f.Latest = latest;
            return f;
        }

        public TimexFrame Reference(string value)
        {
            var f = Frame();
            f.Kind = FrameKind.Reference;
            f.Fixed = value;
            return f;
        }

        public TimexFrame Relative(TimeUnit unit, int offset) => Offset(FrameKind.Relative, unit, offset);

        public TimexFrame Anaphoric(TimeUnit unit, int offset) => Offset(FrameKind.Anaphoric, unit, offset);

        private TimexFrame Offset(FrameKind kind, TimeUnit unit, int offset)
        {
            var f = Frame();
            f.Kind = kind;
            f.Unit = unit;
            f.Offset = offset;
            return f;
        }

        public TimexFrame Duration(TimeUnit unit, int? amount)
        {
            var f = Frame();
            f.Kind = FrameKind.Duration;
            f.Type = TimexType.Duration;
            f.Unit = unit;
            f.Amount = amount;
            return f;
        }

        public TimexFrame FixedValue(string value, TimexType type, TimePrecision precision)
        {
            var f = Frame();
            f.Kind = type == TimexType.Set ? FrameKind.Set : FrameKind.Fixed;
            f.Fixed = value;
            f.Type = type;
            f.FixedPrecision = precision;
            return f;
        }
    }
}
