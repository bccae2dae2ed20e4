using System;

namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>
    /// 'Trump called her "the Devil"', 'who she dubbed "Mr. P"', 'referring to his rivals as "legal terrorists"', 'what he called
    /// his own "October Surprise"': a name or description that a person gives something is that person's words, even when it
    /// is short or in capitals like a title. The verb's subject must be a pronoun or a name; "a show called "Brokers"" (a common
    /// noun) and "was dubbed" (a passive) leave the quote a term.
    /// </summary>
    internal sealed class NamingVerbRule : ICueRule
    {
        // 'called the 1996 pageant winner "..."': the object between a naming verb and the quote is a short noun phrase.
        private const int MaxNamedObjectTokens = 6;

        // 'portraying Mexican immigrants, in particular, as "..."': the object between the verb and "as" may hold an aside.
        private const int MaxDescribedObjectTokens = 10;

        private readonly CueFinder cues;

        public NamingVerbRule(CueFinder cues)
        {
            this.cues = cues;
        }

        public CueCandidate? Find(QuoteContext q)
        {
            if (q.OpensSentence || !q.HasBefore)
            {
                return null;
            }

            var p = q.Paragraph;
            var lexicon = cues.Lexicon;
            var first = q.Before.First;

            // "as a ...", "his own ...": an article, a possessive or "own" may stand between the naming word and the quote.
            var k = q.Span.OpenToken - 1;
            for (var skipped = 0; skipped < 2 && k > first && p.IsWord(k) && (p.Is(k, WordClass.Determiner) || MentionParser.IsPossessiveDeterminer(p, k) || p.WordIs(k, "own")); skipped++)
            {
                k--;
            }

            int verb;
            if (p.IsWord(k) && p.WordIs(k, "as"))
            {
                verb = VerbBefore(p, k, first, MaxDescribedObjectTokens, lexicon.CharacterisingVerbs, allowCommas: true);
            }
            else
            {
                verb = VerbBefore(p, k + 1, first, MaxNamedObjectTokens, lexicon.NamingVerbs, allowCommas: false);
            }

            // "Obama, nicknamed "No Drama Obama"": a past participle after a comma describes the name before it, it does not
            // name ("Moore went further, referring to them as" does).
            if (verb < 0 || (p.IsPunct(verb - 1, ',') && !p.EndsWith(verb, "ing")))
            {
                return null;
            }

            var cue = new CueMatch { First = verb, End = verb + 1, Text = p.Word(verb) };

            // 'Someone called it a "quiet revolution"': an indefinite pronoun names no one known, but the name is still its words.
            if (verb - 1 >= first && p.IsWord(verb - 1) && lexicon.IndefiniteNamers.Contains(p.Word(verb - 1)))
            {
                cue.Speaker = Mention.OfWord(p, verb - 1, isPronoun: false);
                cue.AsWritten = true;
                return new CueCandidate(cue, adjacent: false, names: true);
            }

            if (!cues.WithSubject(p, cue, first, verb, q.Sentence) || cue.Speaker == null || cue.Speaker.FirstToken >= verb)
            {
                return null;
            }

            var speaker = cue.Speaker;
            // A name, a pronoun or a role ("the GOP nominee"); not any noun ("a show called"), nor a role whose owner is the
            // only name ("Mr Sigarchi's lawyer" is not Sigarchi), which the other rules read.
            if (!(speaker.IsPronoun || speaker.IsNamed || p.Is(speaker.EndToken - 1, WordClass.TitleWord)) || OwnedRole(p, speaker) || string.Equals(speaker.Text, "it", StringComparison.OrdinalIgnoreCase) || !GoverningVerbRule.CanSpeak(cues, speaker))
            {
                return null;
            }

            return new CueCandidate(cue, adjacent: false, names: true);
        }

        /// <summary>"Mr Sigarchi's lawyer": a possessive name before a lowercase head, which is the speaker.</summary>
        private static bool OwnedRole(ParagraphText p, Mention m) =>
            !m.IsPronoun && !p.IsCapitalised(m.EndToken - 1) && (m.Text.Contains("'s ", StringComparison.Ordinal) || m.Text.Contains("’s ", StringComparison.Ordinal));

        /// <summary>The nearest listed verb before <paramref name="end"/>, within the bound and the stretch; -1 when another quote, a clause word or a stop comes first.</summary>
        private int VerbBefore(ParagraphText p, int end, int first, int bound, System.Collections.Generic.HashSet<string> verbs, bool allowCommas)
        {
            for (var t = end - 1; t >= first && end - t <= bound; t--)
            {
                if (!p.IsWord(t))
                {
                    if (allowCommas && p.IsPunct(t, ','))
                    {
                        continue;
                    }

                    return -1;
                }

                if (verbs.Contains(p.Word(t)))
                {
                    return t;
                }

                // A conjunction, relative or auxiliary ends the object ("said that", "which was"); its own words do not
                // ("called these people", "referred to the plan as", "portraying immigrants from Mexico as").
                if (cues.Lexicon.NamedObjectStops.Contains(p.Word(t)))
                {
                    return -1;
                }
            }

            return -1;
        }
    }
}
