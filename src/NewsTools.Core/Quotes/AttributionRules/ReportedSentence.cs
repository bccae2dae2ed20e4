using System.Collections.Generic;

namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>One sentence without quote marks as every reported-speech rule sees it: its paragraph's tokens and the words that can open a cue.</summary>
    internal sealed class ReportedSentence
    {
        /// <summary>This object made over another sentence (one per finder, renewed for each sentence it reads).</summary>
        public ReportedSentence Renew(ParagraphText paragraph, (int First, int End) sentence, List<int> cueWords)
        {
            Paragraph = paragraph;
            Sentence = sentence;
            CueWords = cueWords;
            var end = sentence.End;
            while (end > sentence.First && paragraph.Tokens[end - 1].Kind == TokenKind.Punct)
            {
                end--;
            }

            ContentEnd = end;
            return this;
        }

        public ParagraphText Paragraph { get; private set; } = null!;

        public (int First, int End) Sentence { get; private set; }

        /// <summary>The sentence's tokens that can open a cue, in order (a rule looks only at these: at any other word it finds nothing).</summary>
        /// <remarks>A List, not an interface: a foreach over it takes the list's struct enumerator, with no allocation or interface call per word.</remarks>
        public List<int> CueWords { get; private set; } = null!;

        /// <summary>The end of the sentence's words, before its final punctuation.</summary>
        public int ContentEnd { get; private set; }

        /// <summary>"told", "tells": the object after the verb is the one spoken to, not the start of the reported clause.</summary>
        public static bool IsTellVerb(string verb) => verb == "told" || verb == "tells" || verb == "tell";

        /// <summary>A word of the given verb lists, or a lowercase "-ed" form.</summary>
        public static bool IsVerbForm(ParagraphText p, int t, WordClass verbs) =>
            p.Is(t, verbs) || (p.IsWord(t) && !p.IsCapitalised(t) && p.EndsWith(t, "ed"));
    }

    /// <summary>What a reported-speech rule found: the cue with its speaker, and the tokens [First, End) of the reported clause.</summary>
    internal readonly struct ReportedClause
    {
        public ReportedClause(CueMatch cue, int first, int end)
        {
            Cue = cue;
            First = first;
            End = end;
        }

        public CueMatch Cue { get; }

        public int First { get; }

        public int End { get; }
    }

    /// <summary>One way news writing reports speech without quote marks. A rule reads the sentence's tokens and answers a clause or nothing.</summary>
    internal interface IReportedSpeechRule
    {
        ReportedClause? Find(ReportedSentence sentence);
    }
}
