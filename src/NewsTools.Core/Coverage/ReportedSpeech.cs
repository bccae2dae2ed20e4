using System;
using System.Collections.Generic;
using System.Linq;
using NewsTools.Quotes;

namespace NewsTools.Coverage
{
    /// <summary>A named speaker of a sentence: the resolved name and what kind of speaker the quote extractor took it for.</summary>
    internal readonly struct ReportedSpeaker : IEquatable<ReportedSpeaker>
    {
        public ReportedSpeaker(string name, SpeakerType type)
        {
            Name = name;
            Type = type;
        }

        public string Name { get; }

        public SpeakerType Type { get; }

        /// <summary>
        /// One speaker: two persons by name or surname ("Wang" / "Wang Yi"); organisations and places only by their whole name, as
        /// a shared last word does not make one body of two ("The Sunday Times" / "Financial Times").
        /// </summary>
        public bool SameAs(ReportedSpeaker other) => Type == SpeakerType.Person && other.Type == SpeakerType.Person
            ? StatementAligner.SpeakersMatch(Name, other.Name) == StatementAligner.SpeakerMatch.Same
            : string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase);

        public bool Equals(ReportedSpeaker other) => Type == other.Type && string.Equals(Name, other.Name, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is ReportedSpeaker other && Equals(other);

        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name) ^ (int)Type;

        public override string ToString() => Name;
    }

    /// <summary>
    /// Puts the quotes of an article on its sentences: who each sentence reports speaking, and the words of what it reports them
    /// saying. Two outlets name one speaker differently ("The foreign minister added that ..." / "Wang said that ..."), and two
    /// different remarks of one speaker share the speaker's name, title and setting ("Chinese foreign minister Wang told Kono",
    /// "in an interview with Fox News"): none of that says whether two sentences report the same remark; the reported words do.
    /// </summary>
    internal static class ReportedSpeech
    {
        /// <summary>How far after the speaker's mention the cue and addressee are looked for ("Wang told Kono that ...").</summary>
        private const int CueWindow = 4;

        /// <param name="units">The article's sentences.</param>
        /// <param name="quotes">The article's quotes with resolved speakers and, when known, the offsets of the speaker's mention.</param>
        /// <param name="keys">How words become content keys.</param>
        public static void Attribute(List<TextUnit> units, IReadOnlyList<Quote> quotes, ContentKeys keys)
        {
            if (units.Count == 0)
            {
                return;
            }

            var ordered = units.OrderBy(u => u.Start).ToList();
            foreach (var q in quotes)
            {
                // A speaker the quote extractor could not type ("analysts", "officials", "who") is no one voice: left out.
                if (q == null || q.Kind == QuoteKind.Term || string.IsNullOrWhiteSpace(q.Speaker) || q.SpeakerType == SpeakerType.Unknown || q.Start < 0)
                {
                    continue;
                }

                var unit = UnitAt(ordered, q.Start);
                if (unit == null)
                {
                    continue;
                }

                var speaker = new ReportedSpeaker(q.Speaker!, q.SpeakerType);
                if (!unit.Speakers.Contains(speaker))
                {
                    unit.Speakers.Add(speaker);
                }

                // Only a mention inside this sentence tells where the reported words are (a continuation's speaker is named earlier).
                if (q.SpeakerStart < unit.Start || q.SpeakerEnd > unit.End || q.SpeakerEnd <= q.SpeakerStart)
                {
                    continue;
                }

                // Quote marks say on which side of the mention the reported words are; for reported speech without them, a
                // clause after "<speaker> <cue>" is what was said ("In an interview on Tuesday, Mr. Ryan said he welcomed ...").
                var after = q.Start >= q.SpeakerEnd;
                if (q.Kind == QuoteKind.Indirect && !after && ClauseAfterCue(unit, q, keys))
                {
                    after = true;
                }

                if (after)
                {
                    AddReported(unit, q, keys, q.SpeakerEnd, unit.End);
                }
                else if (q.End <= q.SpeakerStart)
                {
                    AddReported(unit, q, keys, unit.Start, q.SpeakerStart);
                }
            }
        }

        /// <summary>Whether the cue follows the mention closely and at least two content words follow the cue.</summary>
        private static bool ClauseAfterCue(TextUnit unit, Quote q, ContentKeys keys)
        {
            if (string.IsNullOrWhiteSpace(q.Cue))
            {
                return false;
            }

            var cue = new HashSet<string>(q.Cue!.Split(' '), StringComparer.OrdinalIgnoreCase);
            var seen = 0;
            var cueFound = false;
            var content = 0;
            foreach (var w in unit.Words)
            {
                if (w.Start < q.SpeakerEnd)
                {
                    continue;
                }

                if (!cueFound)
                {
                    if (seen++ >= CueWindow)
                    {
                        return false;
                    }

                    cueFound = cue.Contains(w.Key);
                }
                else if (keys.Key(w) != null)
                {
                    content++;
                }
            }

            return content >= 2;
        }

        /// <summary>The content keys of the words between from and to, leaving out the cue and the addressee right after the mention.</summary>
        private static void AddReported(TextUnit unit, Quote q, ContentKeys keys, int from, int to)
        {
            var frame = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var part in new[] { q.Cue, q.Addressee })
            {
                if (part != null)
                {
                    frame.UnionWith(part.Split(' '));
                }
            }

            var afterMention = 0;
            var reported = unit.Reported.Count == 0 ? new HashSet<string>(StringComparer.Ordinal) : unit.Reported;
            foreach (var w in unit.Words)
            {
                if (w.Start < from || w.End > to)
                {
                    continue;
                }

                if (from == q.SpeakerEnd && afterMention++ < CueWindow && frame.Contains(w.Key))
                {
                    continue;
                }

                var k = keys.Key(w);
                if (k != null)
                {
                    reported.Add(k);
                    if (!w.Capitalised || w.SentenceStart)
                    {
                        unit.ReportedCommonWords.Add(k);
                    }
                }
            }

            unit.Reported = reported;
        }

        /// <summary>The sentence that holds the offset (binary search: units in text order do not overlap).</summary>
        private static TextUnit? UnitAt(List<TextUnit> units, int offset)
        {
            int lo = 0, hi = units.Count - 1;
            while (lo <= hi)
            {
                var mid = lo + ((hi - lo) / 2);
                if (units[mid].End <= offset)
                {
                    lo = mid + 1;
                }
                else if (units[mid].Start > offset)
                {
                    hi = mid - 1;
                }
                else
                {
                    return units[mid];
                }
            }

            return null;
        }
    }
}
