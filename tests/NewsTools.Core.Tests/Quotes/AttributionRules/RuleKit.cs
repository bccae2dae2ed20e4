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
            : this(ConfigLoader.Defaults, texts)
        {
        }

        public RuleKit(NewsToolsConfig config, params string[] texts)
        {
            var lexicon = new CueLexicon(config);
            Entities = new EntityTable(lexicon);
            var parser = new MentionParser(lexicon);
            var resolver = new SpeakerResolver(lexicon, parser);
            Cues = new CueFinder(lexicon, parser, resolver);
            var text = string.Join("\n\n", texts);
            var start = 0;
            for (var i = 0; i < texts.Length; i++)
            {
                var p = ParagraphText.Build(text, i, ParagraphKind.Body, start, start + texts[i].Length, lexicon.Classes, lexicon.Sentences);
                resolver.Register(p);
                paragraphs.Add(p);
                start += texts[i].Length + 2;
            }
        }

        public CueFinder Cues { get; }

        /// <summary>An entity table of its own, for the name rules (the resolver keeps another).</summary>
        public EntityTable Entities { get; }

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

            return new ReportedSentence().Renew(p, s, cueWords);
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

        /// <summary>The mention over the first occurrence of <paramref name="phrase"/> in the last paragraph (whole tokens).</summary>
        public Mention Mention(string phrase)
        {
            var p = Paragraph;
            var start = p.Source.IndexOf(phrase, p.Start, System.StringComparison.Ordinal);
            int first = -1, end = -1;
            for (var t = 0; t < p.Tokens.Count; t++)
            {
                first = p.Tokens[t].Start == start ? t : first;
                end = p.Tokens[t].End == start + phrase.Length ? t + 1 : end;
            }

            return Cues.Parser.Make(p, first, end);
        }

        /// <summary>One name rule's answer for a phrase of the last paragraph, given what the word lists say about it.</summary>
        public Entity? Link(INameRule rule, string phrase)
        {
            var m = Mention(phrase);
            var core = m.Core.Trim();
            return rule.Link(m, core, Cues.Resolver.FactsOf(m, core), register: true);
        }

        /// <summary>The entity the whole ordered list of name rules links a phrase to, in <see cref="Entities"/>.</summary>
        public Entity? FirstName(string phrase)
        {
            foreach (var rule in new NameRules(Cues.Lexicon, Entities).Rules)
            {
                if (Link(rule, phrase) is Entity entity)
                {
                    return entity;
                }
            }

            return null;
        }

        /// <summary>The text of tokens [first, end) of the last paragraph.</summary>
        public string Words(int first, int end) =>
            Paragraph.Source.Substring(Paragraph.Tokens[first].Start, Paragraph.Tokens[end - 1].End - Paragraph.Tokens[first].Start);
    }
}
