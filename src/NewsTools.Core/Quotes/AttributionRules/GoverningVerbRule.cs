using System;
using System.Linq;
using NewsTools.Text;

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

        // "Dana Price, 33, a nurse from Tulsa, chimed in": an apposition or aside between a subject and its verb is a few words.
        private const int MaxAsideTokens = 20;

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

            var verb = SubjectVerb(cues, p, subject, open);
            if (verb < 0 || open - verb > MaxVerbToQuote || IsShouted(p, subject) || !CanSpeak(cues, subject))
            {
                return null;
            }

            return new CueCandidate(new CueMatch { First = verb, End = verb + 1, Text = p.Word(verb), Speaker = subject }, adjacent: false);
        }

        /// <summary>
        /// The subject's own verb: the word after it (see <see cref="VerbAfter"/>), or, when a comma follows the subject, the
        /// word after the comma that closes its apposition or aside ("Huckabee, for his part, is labeling"); -1 when there is none.
        /// </summary>
        /// <param name="pastForms">Whether an irregular past form ("won", "hit") is a verb too: for a sentence that introduces
        /// a whole statement after it, not for a quoted fragment's own clause ("Kidman sought the "apprehended violence" orders"
        /// quotes a term, not her words).</param>
        internal static int SubjectVerb(CueFinder cues, ParagraphText p, Mention subject, int end, bool pastForms = false)
        {
            var t = VerbAfter(cues.Lexicon, p, subject.EndToken, end);
            if (!p.IsPunct(t, ','))
            {
                return IsVerb(cues, p, t, end, pastForms) ? t : -1;
            }

            for (var k = t + 1; k < end && k - t <= MaxAsideTokens; k++)
            {
                var verb = VerbAfter(cues.Lexicon, p, k + 1, end);
                if (p.IsPunct(k, ',') && IsVerb(cues, p, verb, end, pastForms))
                {
                    return verb;
                }
            }

            return -1;
        }

        /// <summary>A lowercase finite verb outside quotes: "voiced", "sees", a cue ("chimed in"), or a progressive after its auxiliary ("is labeling").</summary>
        private static bool IsVerb(CueFinder cues, ParagraphText p, int t, int end, bool pastForms)
        {
            if (t >= end || !p.IsWord(t) || p.IsCapitalised(t) || p.Tokens[t].Quote >= 0 || p.Is(t, WordClass.ClauseWord))
            {
                return false;
            }

            // "Scholl was arrested", "he is not believed to be": a passive's subject is not the one who speaks.
            var w = p.Word(t);
            if (CueFinder.IsPassive(p, t))
            {
                return false;
            }

            // A cue phrase or cue verb, but not a document's verb ("Police found the car"), whose subject is unchecked here.
            var cueEnd = cues.MatchCueEnd(p, t, end);
            return LooksLikeFiniteVerb(w) || (pastForms && cues.Lexicon.PastForms.Contains(w)) || (cueEnd >= 0 && (cueEnd - t > 1 || p.Is(t, WordClass.CueVerb))) ||
                (w.Length >= MinVerbLength && w.EndsWith("ing", StringComparison.Ordinal) && p.IsWord(t - 1) && Array.IndexOf(BeForms, p.Word(t - 1)) >= 0);
        }

        private static readonly string[] BeForms = { "is", "are", "was", "were", "been" };

        /// <summary>The word after the subject, past a party label ("Gov. Pat McCrory (R) blamed") and adverbs ("also", "again").</summary>
        internal static int VerbAfter(CueLexicon lexicon, ParagraphText p, int verb, int open)
        {
            if (p.IsPunct(verb, '('))
            {
                while (verb < open && !p.IsPunct(verb, ')'))
                {
                    verb++;
                }

                verb++;
            }

            while (p.IsWord(verb) && verb < open && p.Is(verb, WordClass.CueModifier))
            {
                verb++;
            }

            return verb;
        }

        /// <summary>With no cue to go on, only a pronoun or a known person or body is taken as the one whose words these are ("Law lords" is not).</summary>
        internal static bool CanSpeak(CueFinder cues, Mention subject)
        {
            if (subject.IsPronoun)
            {
                return true;
            }

            var type = cues.Resolver.Resolve(subject, subject.Start).Type;
            return !(type == SpeakerType.Place || (type == SpeakerType.Unknown && subject.Core.IndexOf(' ') < 0));
        }

        /// <summary>"voiced", "sees", "pronounced": a past or third-person form; "people", "a", "31" or "slate's" are not.</summary>
        internal static bool LooksLikeFiniteVerb(string w) =>
            w.Length >= MinVerbLength && AllLetters(w) && (w.EndsWith("ed", StringComparison.Ordinal) || (w.EndsWith("s", StringComparison.Ordinal) && !w.EndsWith("ss", StringComparison.Ordinal)));

        // A loop, not Enumerable.All over the string, which made an enumerator per word.
        private static bool AllLetters(string w)
        {
            foreach (var c in w)
            {
                if (!char.IsLetter(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A headline in capitals ("HOLD ON TO YOUR HAT") is not a speaker.</summary>
        internal static bool IsShouted(ParagraphText p, Mention m)
        {
            var words = 0;
            var shouted = 0;
            for (var t = m.FirstToken; t < m.EndToken; t++)
            {
                if (p.IsWord(t))
                {
                    words++;
                    var w = p.Word(t);
                    shouted += w.Length > 1 && TextNormalizer.CapitalLetterCount(w) >= 0 ? 1 : 0;
                }
            }

            return words > 1 && shouted == words;
        }
    }
}
