using System;
using System.Collections.Generic;

namespace NewsTools.Quotes
{
    /// <summary>
    /// The word-list facts of a word (cue verb, title word, time word, ...), computed once per distinct word from the
    /// <see cref="CueLexicon"/> sets and cached as bit flags, so a check per token is one ordinal lookup instead of
    /// several case-insensitive ones. Each flag is exactly the answer of the corresponding set's Contains. Not thread-safe:
    /// one instance per working set (per thread).
    /// </summary>
    internal sealed class WordFacts
    {
        private const int MaxWords = 1 << 16;
        private const int Known = 1 << 30;
        private const int TitleWordFlag = 1 << 0;
        private const int DescriptorFlag = 1 << 1;
        private const int CueVerbFlag = 1 << 2;
        private const int DeterminerFlag = 1 << 3;
        private const int ClauseWordFlag = 1 << 4;
        private const int TimeWordFlag = 1 << 5;
        private const int NotNameFlag = 1 << 6;
        private const int OrganizationWordFlag = 1 << 7;
        private const int PlaceWordFlag = 1 << 8;
        private const int PlaceFlag = 1 << 9;
        private const int SubjectPronounFlag = 1 << 10;
        private const int CueModifierFlag = 1 << 11;
        private const int IntroPrepositionFlag = 1 << 12;
        private const int GroupWordFlag = 1 << 13;
        private const int NounCueFlag = 1 << 14;
        private const int BareClauseCueFlag = 1 << 15;
        private const int CueStartWordFlag = 1 << 16;

        private readonly CueLexicon lexicon;
        private readonly Dictionary<string, int> cache = new Dictionary<string, int>(StringComparer.Ordinal);

        public WordFacts(CueLexicon lexicon)
        {
            this.lexicon = lexicon;
        }

        public bool TitleWord(string word) => (Of(word) & TitleWordFlag) != 0;

        public bool Descriptor(string word) => (Of(word) & DescriptorFlag) != 0;

        public bool CueVerb(string word) => (Of(word) & CueVerbFlag) != 0;

        public bool Determiner(string word) => (Of(word) & DeterminerFlag) != 0;

        public bool ClauseWord(string word) => (Of(word) & ClauseWordFlag) != 0;

        public bool TimeWord(string word) => (Of(word) & TimeWordFlag) != 0;

        public bool NotName(string word) => (Of(word) & NotNameFlag) != 0;

        public bool OrganizationWord(string word) => (Of(word) & OrganizationWordFlag) != 0;

        public bool PlaceWord(string word) => (Of(word) & PlaceWordFlag) != 0;

        public bool Place(string word) => (Of(word) & PlaceFlag) != 0;

        public bool SubjectPronoun(string word) => (Of(word) & SubjectPronounFlag) != 0;

        public bool CueModifier(string word) => (Of(word) & CueModifierFlag) != 0;

        public bool IntroPreposition(string word) => (Of(word) & IntroPrepositionFlag) != 0;

        public bool GroupWord(string word) => (Of(word) & GroupWordFlag) != 0;

        public bool NounCue(string word) => (Of(word) & NounCueFlag) != 0;

        public bool BareClauseCue(string word) => (Of(word) & BareClauseCueFlag) != 0;

        public bool CueStartWord(string word) => (Of(word) & CueStartWordFlag) != 0;

        /// <summary>Forgets the cached words (the cache is bounded; call between batches if memory matters).</summary>
        public void Clear() => cache.Clear();

        private int Of(string word)
        {
            if (cache.TryGetValue(word, out var flags))
            {
                return flags;
            }

            flags = Known;
            flags |= lexicon.TitleWords.Contains(word) ? TitleWordFlag : 0;
            flags |= lexicon.Descriptors.Contains(word) ? DescriptorFlag : 0;
            flags |= lexicon.CueVerbs.Contains(word) ? CueVerbFlag : 0;
            flags |= lexicon.Determiners.Contains(word) ? DeterminerFlag : 0;
            flags |= lexicon.ClauseWords.Contains(word) ? ClauseWordFlag : 0;
            flags |= lexicon.TimeWords.Contains(word) ? TimeWordFlag : 0;
            flags |= lexicon.NotNames.Contains(word) ? NotNameFlag : 0;
            flags |= lexicon.OrganizationWords.Contains(word) ? OrganizationWordFlag : 0;
            flags |= lexicon.PlaceWords.Contains(word) ? PlaceWordFlag : 0;
            flags |= lexicon.Places.Contains(word) ? PlaceFlag : 0;
            flags |= lexicon.SubjectPronouns.Contains(word) ? SubjectPronounFlag : 0;
            flags |= lexicon.CueModifiers.Contains(word) ? CueModifierFlag : 0;
            flags |= lexicon.IntroPrepositions.Contains(word) ? IntroPrepositionFlag : 0;
            flags |= lexicon.GroupWords.Contains(word) ? GroupWordFlag : 0;
            flags |= lexicon.NounCues.Contains(word) ? NounCueFlag : 0;
            flags |= lexicon.BareClauseCues.Contains(word) ? BareClauseCueFlag : 0;
            flags |= lexicon.CueStartWords.Contains(word) ? CueStartWordFlag : 0;
            if (cache.Count >= MaxWords)
            {
                cache.Clear();
            }

            cache[word] = flags;
            return flags;
        }
    }
}
