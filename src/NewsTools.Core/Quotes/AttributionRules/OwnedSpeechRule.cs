using System;

namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>
    /// 'Obama's "if you like your plan, you can keep it" promise', 'his call for "a total and complete ban"', 'Trump's recent
    /// assertion that "thousands" ...': a quote that is the content of a speech act (a promise, a call, a remark) owned by a
    /// person is that person's words. The owner is a possessive name or a possessive pronoun ("his", "her", "their"). After a
    /// colon the noun introduces what was said: 'Ortiz's message was simple: "Keep believing."', 'Abedin's succinct reply: "..."'.
    /// </summary>
    internal sealed class OwnedSpeechRule : ICueRule
    {
        // 'Trump's recent evidence-free assertion': a few modifiers may stand between the owner and the noun.
        private const int MaxModifiers = 3;

        // The words of the audience phrase between a speech noun and its colon ("to young players", "for the crowd").
        private const int MaxAudienceTokens = 6;

        private readonly CueFinder cues;

        public OwnedSpeechRule(CueFinder cues)
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
            int noun;
            int owner;
            var colon = false;

            // The quote between the owner and the noun it modifies: 'Romney's "47 percent" comment', '... "..." rallying cry'.
            var after = q.Span.CloseToken + 1;
            if (IsSpeechNoun(p, after) || (IsSpeechNoun(p, after + 1) && IsModifier(p, after)))
            {
                noun = IsSpeechNoun(p, after) ? after : after + 1;
                owner = open - 1;
            }
            else
            {
                // The noun before the quote: 'his call for a "...', 'pledge to be "..."', 'assertion that "..."'.
                var k = open - 1;
                if (p.IsWord(k) && p.Is(k, WordClass.Determiner))
                {
                    k--;
                }

                // A link word is needed: with none the quote is the noun's predicate ('Trump's comments "are based on ..."').
                // A colon links too, after the noun or after "was" and at most one word that qualifies it: 'Ortiz's message was
                // simple: "Keep believing."', 'Her reply: "No."'.
                if (p.IsPunct(open - 1, ':') && NounBeforeColon(p, open - 1) is int speechNoun)
                {
                    k = speechNoun;
                    colon = true;
                }
                else if (p.IsWord(k) && p.WordIs(k, "be") && p.IsWord(k - 1) && p.WordIs(k - 1, "to"))
                {
                    k -= 2;
                }
                else if (p.IsWord(k) && (p.WordIs(k, "for") || p.WordIs(k, "to") || p.WordIs(k, "that") || p.WordIs(k, "of")))
                {
                    k--;
                }
                else
                {
                    return null;
                }

                if (!IsSpeechNoun(p, k))
                {
                    return null;
                }

                noun = k;
                owner = k - 1;
                for (var m = 0; m < MaxModifiers && IsModifier(p, owner); m++)
                {
                    owner--;
                }
            }

            var speaker = Owner(p, owner, q.Sentence.First);
            if (speaker == null)
            {
                return null;
            }

            var cue = new CueMatch { First = noun, End = noun + 1, Text = p.Word(noun), Speaker = speaker };
            // After a colon the quotation is what was said, whole ('His reply: "No."'), not a phrase the noun names.
            return new CueCandidate(cue, adjacent: false, names: !colon);
        }

        /// <summary>The speech noun before the colon at <paramref name="colon"/>, alone or before "was"/"is" and at most one modifier.</summary>
        private int? NounBeforeColon(ParagraphText p, int colon)
        {
            var k = colon - 1;
            if (IsSpeechNoun(p, k))
            {
                return k;
            }

            if (IsModifier(p, k) && p.IsWord(k - 1) && (p.WordIs(k - 1, "was") || p.WordIs(k - 1, "is")))
            {
                k--;
            }

            if (p.IsWord(k) && (p.WordIs(k, "was") || p.WordIs(k, "is")) && IsSpeechNoun(p, k - 1))
            {
                return k - 1;
            }

            // 'Her advice to young players: "..."', 'Obama's message for the graduates: "..."': the noun's "to" or "for" phrase
            // stands between it and the colon.
            for (var t = colon - 2; t > 0 && colon - t <= MaxAudienceTokens; t--)
            {
                if (!p.IsWord(t) || p.Tokens[t].Quote >= 0)
                {
                    return null;
                }

                if ((p.WordIs(t, "to") || p.WordIs(t, "for")) && IsSpeechNoun(p, t - 1))
                {
                    return t - 1;
                }
            }

            return null;
        }

        private bool IsSpeechNoun(ParagraphText p, int t) => p.IsWord(t) && !p.IsCapitalised(t) && p.Tokens[t].Quote < 0 && cues.Lexicon.SpeechNouns.Contains(p.Word(t));

        /// <summary>A lowercase word that is no clause word, pronoun or possessive: an adjective or noun modifier ("recent", "clarion").</summary>
        private bool IsModifier(ParagraphText p, int t) =>
            p.IsWord(t) && !p.IsCapitalised(t) && p.Tokens[t].Quote < 0 && !p.IsPossessive(t) && !MentionParser.IsPossessiveDeterminer(p, t) &&
            !p.Is(t, WordClass.ClauseWord | WordClass.Determiner);

        /// <summary>"his", "her", "their" (resolved as a pronoun), or a possessive name ("Obama's", "Mitt Romney's") of someone who can speak.</summary>
        private Mention? Owner(ParagraphText p, int t, int first)
        {
            if (t < first || !p.IsWord(t))
            {
                return null;
            }

            if (p.WordIsIgnoringCase(t, "his") || p.WordIsIgnoringCase(t, "her") || p.WordIsIgnoringCase(t, "their"))
            {
                return Mention.OfWord(p, t, isPronoun: true);
            }

            if (!p.IsCapitalised(t) || !p.IsPossessive(t))
            {
                return null;
            }

            var start = t;
            while (start - 1 >= first && p.IsCapitalised(start - 1) && !p.IsPossessive(start - 1) && t - start < MaxModifiers)
            {
                start--;
            }

            var m = cues.Parser.Make(p, start, t + 1);
            return m.IsNamed && GoverningVerbRule.CanSpeak(cues, m) ? m : null;
        }
    }
}
