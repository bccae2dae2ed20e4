using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Parsers
{
    /// <summary>
    /// Days named from today ("today", "yesterday", "tomorrow", "tonight", "yesterday morning", "the day after tomorrow") and references to the
    /// present, past or future as a whole ("now", "currently", "recently", "recent years", "the past", "the future", "soon").
    /// </summary>
    internal sealed class ReferenceWordParser : ITimeParser
    {
        /// <summary>Begins at "today", "now", "the past", "these days", "a later date".</summary>
        public ParserStart Start { get; } = ParserStart.At(LexKind.DayWord, LexKind.Reference).OrModifiers(Mod.The, Mod.These, Mod.A);

        private const string Present = "PRESENT_REF";
        private const string Past = "PAST_REF";
        private const string Future = "FUTURE_REF";

        public TimexCandidate? TryParse(TimeScan s, int i)
        {
            if (s.Mod(i, Mod.A))
            {
                return UnnamedDate(s, i);
            }

            if (s.Is(i, LexKind.DayWord, out var day))
            {
                return DayWord(s, i, day);
            }

            var phrase = FixedPhrase(s, i);
            if (phrase != null)
            {
                return phrase;
            }

            if (s.Mod(i, Mod.The))
            {
                return TwoDaysAway(s, i) ?? AfterArticle(s, i);
            }

            return s.Is(i, LexKind.Reference, out var reference) ? ReferenceWord(s, i, reference) : null;
        }

        /// <summary>"today", "yesterday morning", "tonight".</summary>
        private static TimexCandidate DayWord(TimeScan s, int i, in LexEntry day)
        {
            TimexFrame frame;
            if (day.Value == TimeVocabulary.Tonight)
            {
                frame = s.Pool.Relative(TimeUnit.Day, 0);
                frame.PartOfDay = 4;
                frame.Type = TimexType.Time;
            }
            else
            {
                frame = s.Pool.Relative(TimeUnit.Day, day.Value);
            }

            var end = i + 1;
            if (s.OnLine(end) && s.Is(end, LexKind.PartOfDay, out var part) && part.Value2 == 0 && day.Value != TimeVocabulary.Tonight)
            {
                frame.PartOfDay = part.Value;
                frame.Type = TimexType.Time;
                end++;
            }

            return s.Pool.Candidate(i, end, frame);
        }

        /// <summary>"the day after tomorrow", "the day before yesterday": a day word moved on by one more day.</summary>
        private static TimexCandidate? TwoDaysAway(TimeScan s, int i)
        {
            if (!(s.OnLine(i + 3) && s.Unit(i + 1, out var unit, out var plural) && unit == TimeUnit.Day && !plural && s.Is(i + 3, LexKind.DayWord, out var day)))
            {
                return null;
            }

            var step = s.Mod(i + 2, Mod.After) && day.Value == TimeVocabulary.Tomorrow ? 1 : s.Mod(i + 2, Mod.Before) && day.Value == TimeVocabulary.Yesterday ? -1 : 0;
            return step == 0 ? null : s.Pool.Candidate(i, i + 4, s.Pool.Relative(TimeUnit.Day, day.Value + step));
        }

        /// <summary>"right now", "as soon as possible", "these days"; null when none begins at i.</summary>
        private static TimexCandidate? FixedPhrase(TimeScan s, int i)
        {
            if (s.Word(i, "right") && s.OnLine(i + 1) && s.Word(i + 1, "now"))
            {
                return s.Pool.Candidate(i, i + 2, s.Pool.Reference(Present));
            }

            if (s.Word(i, "as") && s.Word(i + 1, "soon") && s.Word(i + 2, "as") && s.Word(i + 3, "possible") && s.OnLine(i + 3))
            {
                return s.Pool.Candidate(i, i + 4, s.Pool.Reference(Future));
            }

            if (s.Mod(i, Mod.These) && s.OnLine(i + 1) && s.Unit(i + 1, out var du, out var dplural) && du == TimeUnit.Day && dplural)
            {
                return s.Pool.Candidate(i, i + 2, s.Pool.Reference(Present));
            }

            return null;
        }

        /// <summary>
        /// "a later date": a date to come not yet named ("the match will be played at a later date", "deferred to a later
        /// date") is FUTURE_REF. "an earlier date" is left out: it is earlier than a date the text names ("could be as far
        /// away as 2012, though an earlier date is not ruled out"), not than today.
        /// </summary>
        private static TimexCandidate? UnnamedDate(TimeScan s, int i) =>
            s.OnLine(i + 1) && s.OnLine(i + 2) && s.Mod(i + 1, Mod.Later) && s.Word(i + 2, "date")
                ? s.Pool.Candidate(i, i + 3, s.Pool.Reference(Future))
                : null;

        /// <summary>"the past", "the future", "the near term", "the long term", "at the moment".</summary>
        private static TimexCandidate? AfterArticle(TimeScan s, int i)
        {
            var j = i + 1;
            var near = s.Mod(j, Mod.Near) && s.OnLine(j);
            if (near)
            {
                j++;
            }

            if (!s.OnLine(j))
            {
                return null;
            }

            // "the past" alone; "the past year", "the past two months" are the relative parser's.
            if (!near && s.Mod(j, Mod.Past) && !StartsAmountOrUnit(s, j + 1))
            {
                return s.Pool.Candidate(i, j + 1, s.Pool.Reference(Past));
            }

            // "the future of our peoples" is what will become of them, not a time.
            if (s.Word(j, "future") && !StartsAmountOrUnit(s, j + 1) && !(s.OnLine(j + 1) && s.Mod(j + 1, Mod.Of)))
            {
                return s.Pool.Candidate(i, j + 1, s.Pool.Reference(Future));
            }

            // "the near term", "the short term", "the long term"
            if ((near || s.Mod(j, Mod.Short) || s.Mod(j, Mod.Long)) && s.OnLine(j + 1) && s.Mod(near ? j : j + 1, Mod.Term))
            {
                return s.Pool.Candidate(i, near ? j + 1 : j + 2, s.Pool.Reference(Future));
            }

            if (s.Word(j, "moment") && s.Word(i - 1, "at"))
            {
                return s.Pool.Candidate(i, j + 1, s.Pool.Reference(Present));
            }

            return null;
        }

        /// <summary>"now", "recently", "more recently", "soon", "currently", and "recent weeks".</summary>
        private static TimexCandidate? ReferenceWord(TimeScan s, int i, in LexEntry reference)
        {
            if (reference.Value2 == 1 && !IsReferenceAdjective(s, i, reference, out var recentUnits))
            {
                return recentUnits;
            }

            // "future" needs its article ("in the future", handled above): "future growth" is not a time. Before units it
            // names the time to come, as "coming" does: "future quarters", "in future years" (FUTURE_REF).
            if (s.Word(i, "future"))
            {
                return s.OnLine(i + 1) && s.Unit(i + 1, out var futureUnit, out var futurePlural) && futurePlural && futureUnit >= TimeUnit.Day
                    ? s.Pool.Candidate(i, i + 2, s.Pool.Reference(Future))
                    : null;
            }

            // "right now", "as soon as possible"
            if (s.Word(i, "now") && s.Word(i - 1, "right") && s.OnLine(i))
            {
                return s.Pool.Candidate(i - 1, i + 1, s.Pool.Reference(Present));
            }

            if (s.Word(i, "soon") && s.Word(i - 1, "as") && s.OnLine(i) && s.Word(i + 1, "as") && s.Word(i + 2, "possible") && s.OnLine(i + 2))
            {
                return s.Pool.Candidate(i - 1, i + 3, s.Pool.Reference(Future));
            }

            // "Now for the weather" opens a sentence as a discourse marker that turns to the next item, not the clause's
            // time; "Now, with the new network, ..." with its comma still contrasts the present with the past.
            if (s.Word(i, "now") && s.StartsSentence(i) && s.OnLine(i + 1) && s.Word(i + 1, "for"))
            {
                return null;
            }

            // "soon after the attack", "as soon as trading opened" relate two events; they name no time.
            if (s.Word(i, "soon") && ((s.OnLine(i + 1) && s.Word(i + 1, "after")) || (s.Word(i - 1, "as") && s.OnLine(i))))
            {
                return null;
            }

            // "more recently"
            var first = i;
            if (reference.Value == TimeVocabulary.PastRef && reference.Value2 == 0 && s.Mod(i - 1, Mod.More) && s.OnLine(i))
            {
                first = i - 1;
            }

            var value = reference.Value == TimeVocabulary.PresentRef ? Present : reference.Value == TimeVocabulary.PastRef ? Past : Future;
            return s.Pool.Candidate(first, i + 1, s.Pool.Reference(value));
        }

        /// <summary>
        /// Adjectives: "current" and "recent" alone refer to the present or the past, except where the noun makes them
        /// something else ("current account", "current quarter"); "recent weeks" takes its noun (an unspecified span, in
        /// nounPhrase; "recent years" the past as a whole). False when the word is not the reference by itself.
        /// </summary>
        private static bool IsReferenceAdjective(TimeScan s, int i, in LexEntry reference, out TimexCandidate? nounPhrase)
        {
            nounPhrase = null;
            if (s.OnLine(i + 1) && s.Unit(i + 1, out var unit, out var plural))
            {
                if (plural && reference.Value == TimeVocabulary.PastRef)
                {
                    // "recent weeks": an unspecified span. "recent years" (and decades) is the past as an era, as
                    // "past years" is: TimeBank writes it PAST_REF, while weeks and months stay measured spans.
                    nounPhrase = unit >= TimeUnit.Year
                        ? s.Pool.Candidate(i, i + 2, s.Pool.Reference(Past))
                        : s.Pool.Candidate(i, i + 2, s.Pool.Duration(unit, null));
                }

                return false;
            }

            return !(s.OnLine(i + 1) && (s.Word(i + 1, "account") || s.Word(i + 1, "accounts") || s.Mod(i + 1, Mod.Fiscal) || s.Word(i + 1, "affairs") || s.Word(i + 1, "events")));
        }

        private static bool StartsAmountOrUnit(TimeScan s, int j) =>
            s.OnLine(j) && (s.Unit(j, out _, out _) || s.Amount(j, out _, out _) || s.Is(j, LexKind.Vague) || s.Is(j, LexKind.Season)
            || s.Is(j, LexKind.Month) || s.Is(j, LexKind.Weekday) || s.Mod(j, Mod.Fiscal));
    }
}
