using System;
using System.Linq;

namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>
    /// 'He voiced a wish for a "strong, prosperous and vibrant Mexico"': with no cue in the sentence, a quoted fragment in a
    /// clause whose subject is a person or body named (or a pronoun) is that subject's wording; the clause's verb stands as the cue.
    /// </summary>
    internal sealed class GoverningVerbRule : ICueRule
    {
        // The verb governs the quote only when it stands a few words before it.
        private const int MaxVerbToQuote = 16;

        // "voiced", "sees": shorter words ending in -s or -ed are rarely verbs ("bus", "red").
        private const int MinVerbLength = 4;
        private readonly CueFinder cues;

        public GoverningVerbRule(CueFinder cues)
        {
            this.cues = cues;
        }

        public CueCandidate? Find(QuoteContext q)
        {
            if (q.OpensSentence)
            {
                return null;
            }

            var p = q.Paragraph;
            var open = q.Span.OpenToken;
            var subject = cues.ClauseSubject(p, q.Sentence.First, open);
            if (subject == null || !(subject.IsPronoun || subject.IsNamed) || string.Equals(subject.Text, "it", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var verb = VerbAfter(p, subject.EndToken, open);
            if (!p.IsWord(verb) || verb >= open || p.IsCapitalised(verb) || cues.Lexicon.ClauseWords.Contains(p.Word(verb)) || !LooksLikeFiniteVerb(p.Word(verb)))
            {
                return null;
            }

            if (open - verb > MaxVerbToQuote || IsShouted(p, subject) || !CanSpeak(subject))
            {
                return null;
            }

            return new CueCandidate(new CueMatch { First = verb, End = verb + 1, Text = p.Word(verb), Speaker = subject }, adjacent: false);
        }

        /// <summary>The word after the subject, past a party label ("Gov. Pat McCrory (R) blamed") and adverbs ("also", "again").</summary>
        private int VerbAfter(ParagraphText p, int verb, int open)
        {
            if (p.IsPunct(verb, '('))
            {
                while (verb < open && !p.IsPunct(verb, ')'))
                {
                    verb++;
                }

                verb++;
            }

            while (p.IsWord(verb) && verb < open && cues.Lexicon.CueModifiers.Contains(p.Word(verb)))
            {
                verb++;
            }

            return verb;
        }

        /// <summary>With no cue to go on, only a pronoun or a known person or body is taken as the one whose words these are ("Law lords" is not).</summary>
        private bool CanSpeak(Mention subject)
        {
            if (subject.IsPronoun)
            {
                return true;
            }

            var type = cues.Resolver.Resolve(subject, subject.Start).Type;
            return !(type == SpeakerType.Place || (type == SpeakerType.Unknown && subject.Core.IndexOf(' ') < 0));
        }

        /// <summary>"voiced", "sees", "pronounced": a past or third-person form; "people", "a", "31" or "slate's" are not.</summary>
        private static bool LooksLikeFiniteVerb(string w) =>
            w.Length >= MinVerbLength && w.All(char.IsLetter) && (w.EndsWith("ed", StringComparison.Ordinal) || (w.EndsWith("s", StringComparison.Ordinal) && !w.EndsWith("ss", StringComparison.Ordinal)));

        /// <summary>A headline in capitals ("HOLD ON TO YOUR HAT") is not a speaker.</summary>
        private static bool IsShouted(ParagraphText p, Mention m)
        {
            var words = 0;
            var shouted = 0;
            for (var t = m.FirstToken; t < m.EndToken; t++)
            {
                if (p.IsWord(t))
                {
                    words++;
                    var w = p.Word(t);
                    shouted += w.Length > 1 && w.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? 1 : 0;
                }
            }

            return words > 1 && shouted == words;
        }
    }
}
