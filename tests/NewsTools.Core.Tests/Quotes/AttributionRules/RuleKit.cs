using System.Collections.Generic;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Quotes;
using NewsTools.Quotes.AttributionRules;

namespace NewsTools.Tests.Quotes.AttributionRules
{
    /// <summary>
    /// Paragraphs written in a test, read as the quote extractor reads them (tokens, sentences, names registered in order), so
    /// one attribution rule can be asked about one quote or sentence on its own.
    /// </summary>
    internal sealed class RuleKit
    {
        private readonly List<ParagraphText> paragraphs = new List<ParagraphText>();

        /// <param name="texts">The paragraphs in reading order; rules are asked about the last one.</param>
        public RuleKit(params string[] texts)
        {
            var lexicon = new CueLexicon(ConfigLoader.Defaults);
            var parser = new MentionParser(lexicon);
            var resolver = new SpeakerResolver(lexicon, parser);
            Cues = new CueFinder(lexicon, parser, resolver);
            var text = string.Join("\n\n", texts);
            var start = 0;
            for (var i = 0; i < texts.Length; i++)
            {
                var p = ParagraphText.Build(text, i, ParagraphKind.Body, start, start + texts[i].Length, lexicon.Classes);
                resolver.Register(p);
                paragraphs.Add(p);
                start += texts[i].Length + 2;
            }
        }

        public CueFinder Cues { get; }

        public ParagraphText Paragraph => paragraphs[paragraphs.Count - 1];

        /// <summary>The quote with index <paramref name="index"/> in the last paragraph, with the paragraph before it (if any).</summary>
        public QuoteContext Quote(int index = 0) =>
            new QuoteContext(Paragraph, index, paragraphs.Count > 1 ? paragraphs[paragraphs.Count - 2] : null);

        /// <summary>Sentence <paramref name="index"/> of the last paragraph, with its words that can open a cue.</summary>
        public ReportedSentence Sentence(int index = 0)
        {
            var p = Paragraph;
            var s = p.Sentences[index];
            var cueWords = new List<int>();
            for (var t = s.First; t < s.End; t++)
            {
                if (p.Is(t, WordClass.CueStart))
                {
                    cueWords.Add(t);
                }
            }

            return new ReportedSentence(p, s, cueWords);
        }

        /// <summary>The cue the whole ordered list of cue rules gives quote <paramref name="index"/>, as the attributor asks it.</summary>
        public CueCandidate? FirstCue(int index = 0) => new CueRules(Cues).Find(Quote(index));

        /// <summary>The clause the first answering reported-speech rule gives sentence <paramref name="index"/>, in the list's order.</summary>
        public ReportedClause? FirstReported(int index = 0)
        {
            var sentence = Sentence(index);
            foreach (var rule in new ReportedSpeechRules(Cues).Rules)
            {
                if (rule.Find(sentence) is ReportedClause clause)
                {
                    return clause;
                }
            }

            return null;
        }

        /// <summary>The reported clause's words.</summary>
        public string Clause(ReportedClause clause) => Words(clause.First, clause.End);

        /// <summary>The text of tokens [first, end) of the last paragraph.</summary>
        public string Words(int first, int end) =>
            Paragraph.Source.Substring(Paragraph.Tokens[first].Start, Paragraph.Tokens[end - 1].End - Paragraph.Tokens[first].Start);
    }
}
