using System;

namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>"According to the ministry, the talks ..." or "The talks ..., according to the ministry.": the source follows "to".</summary>
    internal sealed class AccordingToRule : IReportedSpeechRule
    {
        // "according to" and at least one word of its source.
        private const int MinTokensFromCue = 2;
        private readonly MentionParser parser;

        public AccordingToRule(MentionParser parser)
        {
            this.parser = parser;
        }

        public ReportedClause? Find(ReportedSentence r)
        {
            var p = r.Paragraph;
            var s = r.Sentence;
            foreach (var t in r.CueWords)
            {
                if (t >= s.End - MinTokensFromCue)
                {
                    break;
                }

                if (!p.IsWord(t) || !p.WordIsIgnoringCase(t, "according") || !p.IsWord(t + 1) || !p.WordIs(t + 1, "to"))
                {
                    continue;
                }

                // Only the first "according to" of the sentence is read.
                var speaker = parser.SourceAfter(p, t + 2, s.End);
                if (speaker == null)
                {
                    return null;
                }

                var cue = new CueMatch { First = t, End = t + 2, Text = p.Source.Substring(p.Tokens[t].Start, p.Tokens[t + 1].End - p.Tokens[t].Start), Speaker = speaker };
                if (t == s.First)
                {
                    // Opening the sentence: the clause starts after the comma that closes the source.
                    var comma = speaker.EndToken;
                    while (comma < s.End && !p.IsPunct(comma, ','))
                    {
                        comma++;
                    }

                    // "According to the study, published in the Lancet, side effects were mild": a participle's phrase set off
                    // by commas after the source describes it; the clause starts after its closing comma.
                    // ("injured protesters were taken to hospital" opens the clause: the participle takes a preposition here.)
                    if (comma + 2 < s.End && p.IsWord(comma + 1) && !p.IsCapitalised(comma + 1) && p.IsEdForm(comma + 1) &&
                        p.Is(comma + 2, WordClass.IntroPreposition))
                    {
                        var closing = comma + 2;
                        while (closing < s.End && !p.IsPunct(closing, ',') && p.Tokens[closing].Quote < 0)
                        {
                            closing++;
                        }

                        if (closing + 1 < s.End && p.IsPunct(closing, ','))
                        {
                            comma = closing;
                        }
                    }

                    return comma + 1 < s.End ? new ReportedClause(cue, comma + 1, r.ContentEnd) : (ReportedClause?)null;
                }

                // Closing the sentence after a comma: the clause is everything before it.
                return p.IsPunct(t - 1, ',') && t - 1 > s.First ? new ReportedClause(cue, s.First, t - 1) : (ReportedClause?)null;
            }

            return null;
        }
    }
}
