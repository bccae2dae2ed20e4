using System;
using System.Collections.Generic;
using System.Linq;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Text;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Coverage
{
    /// <summary>A sentence of an article: the grain at which facts are aligned.</summary>
    internal sealed class TextUnit
    {
        public TextUnit(int article, int index, ParagraphKind kind, int start, int end, string text, int datelineLength, List<Word> words, HashSet<string> content, double quotedShare)
        {
            DatelineLength = datelineLength;
            Article = article;
            Index = index;
            Kind = kind;
            Start = start;
            End = end;
            Text = text;
            Words = words;
            Content = content;
            QuotedShare = quotedShare;
        }

        public int Article { get; }

        /// <summary>Position among the article's units.</summary>
        public int Index { get; }

        public ParagraphKind Kind { get; }

        public int Start { get; }

        public int End { get; }

        public string Text { get; }

        /// <summary>Characters of a leading dateline ("BEIJING (Sputnik) - ") at the start of <see cref="Text"/>, 0 when none.</summary>
        public int DatelineLength { get; }

        /// <summary>The sentence without its dateline: what the outlet says, not where it filed from or whom it credits.</summary>
        public string TextAfterDateline => Text.Substring(DatelineLength);

        public List<Word> Words { get; }

        /// <summary>Content keys: stems of the words that are not stop words, nationality adjectives turned into countries.</summary>
        public HashSet<string> Content { get; }

        /// <summary>Share of the sentence's letters that stand inside quote marks.</summary>
        public double QuotedShare { get; }

        /// <summary>Content keys of the sentence's clauses, when it has more than one (see <see cref="ContentKeys.Clauses"/>).</summary>
        public List<HashSet<string>> Clauses { get; internal set; } = new List<HashSet<string>>();

        /// <summary>Named speakers (persons, organisations, places) of the quotes and reported speech in the sentence, as the quote
        /// extractor resolved them ("Wang Yi" for "The foreign minister added that ..."); empty when it quotes no one it could name.</summary>
        public List<ReportedSpeaker> Speakers { get; } = new List<ReportedSpeaker>();

        /// <summary>
        /// Content keys of what the sentence reports its speakers saying: the words on the quote's side of the speaker's mention
        /// ("while both sides saw progress, they faced many obstacles" in "The foreign minister added that ..."), without the
        /// mention, the cue and the setting ("In an interview with Fox News, Ryan said ..."). Empty when no speaker is named in it.
        /// </summary>
        public HashSet<string> Reported { get; internal set; } = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>The keys of <see cref="Reported"/> written in lower case somewhere in the reported words: common words, not names.</summary>
        public HashSet<string> ReportedCommonWords { get; } = new HashSet<string>(StringComparer.Ordinal);

        public override string ToString() => Text;
    }

    /// <summary>Turns words into comparable content keys and articles into sentence units.</summary>
    internal sealed class ContentKeys
    {
        private readonly HashSet<string> stopWords;
        private readonly HashSet<string> englishStopWords;
        private readonly Dictionary<string, string> demonyms;
        private readonly SentenceSplitter splitter;

        // Words that open a clause after a comma (Text/text.defaults.yaml's clauseOpeners, coverage.defaults.yaml's
        // coverageClauseOpeners, and the user's additions to either).
        private readonly HashSet<string> clauseOpeners;

        public ContentKeys(NewsToolsConfig config)
        {
            stopWords = CoverageVocabulary.StopWords(config);
            englishStopWords = CoverageVocabulary.EnglishStopWords(config);
            Calendar = CalendarWords.For(config);
            splitter = SentenceSplitter.For(config);
            clauseOpeners = new HashSet<string>(TextVocabulary.List(config, "clauseOpeners").Concat(TextVocabulary.List(config, "coverageClauseOpeners")).Select(w => w.ToLowerInvariant()), StringComparer.Ordinal);
            Scanner = WordScanner.For(config);
            demonyms = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in config.Demonyms)
            {
                demonyms[pair.Key.ToLowerInvariant()] = pair.Value.ToLowerInvariant();
            }
        }

        /// <summary>The configuration's month and weekday names.</summary>
        public CalendarWords Calendar { get; }

        /// <summary>The configuration's word scanner (its abbreviations decide where sentences start).</summary>
        public WordScanner Scanner { get; }

        public bool IsStopWord(string key) => stopWords.Contains(key);

        public bool IsEnglishStopWord(string key) => englishStopWords.Contains(key);

        /// <summary>The comparable key of a word, or null for stop words and one-letter tokens. "Japanese" and "Japan's" both give "japan".</summary>
        public string? Key(Word w)
        {
            var key = w.Key;
            if (key.Length < 2 && !w.Numeric)
            {
                return null;
            }

            if (stopWords.Contains(key))
            {
                return null;
            }

            if (demonyms.TryGetValue(key, out var country))
            {
                return country;
            }

            return w.Numeric ? key : WordScanner.Stem(key, w.Capitalised && !w.SentenceStart);
        }

        public HashSet<string> Keys(IEnumerable<Word> words)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var w in words)
            {
                var k = Key(w);
                if (k != null)
                {
                    set.Add(k);
                }
            }

            return set;
        }

        public List<TextUnit> Units(Article article, int articleIndex)
        {
            var shared = ArticleText.Of(article);
            var text = shared.Text;
            var units = new List<TextUnit>();

            // The shared text's spans are the article's paragraphs in order (the whole text, a body, when it has none).
            for (var p = 0; p < shared.Spans.Count; p++)
            {
                var kind = article.Paragraphs.Count > 0 ? article.Paragraphs[p].Kind : ParagraphKind.Body;
                foreach (var span in splitter.Sentences(shared, p))
                {
                    // The dateline ("BEIJING (AFP, REUTERS) - ") says where and who, not what: it is left out of the content.
                    var contentStart = DatelineEnd(text, span.Start, span.End);
                    var words = Scanner.Scan(shared, contentStart, span.End);
                    if (words.Count == 0)
                    {
                        continue;
                    }

                    var unit = new TextUnit(articleIndex, units.Count, kind, span.Start, span.End, span.Of(text), contentStart - span.Start, words, Keys(words), QuotedShare(text, span.Start, span.End));
                    unit.Clauses = Clauses(text, words);
                    units.Add(unit);
                }
            }

            return units;
        }

        /// <summary>A sentence of fewer words than this is read as one clause.</summary>
        private const int MinClauseSplitWords = 16;

        /// <summary>
        /// The content keys of each clause of a long sentence: a clause ends at a semicolon, a dash, or a comma followed by a
        /// clause opener. Two sentences that share one clause report one fact even when the rest differs.
        /// </summary>
        internal List<HashSet<string>> Clauses(string text, List<Word> words)
        {
            var clauses = new List<HashSet<string>>();
            if (words.Count < MinClauseSplitWords)
            {
                return clauses;
            }

            var current = new List<Word>();
            for (var i = 0; i < words.Count; i++)
            {
                if (i > 0 && current.Count >= 5)
                {
                    var gap = text.Substring(words[i - 1].End, words[i].Start - words[i - 1].End);
                    var boundary = gap.IndexOf(';') >= 0 || gap.IndexOf('\u2013') >= 0 || gap.IndexOf('\u2014') >= 0 || gap.Contains(" - ") ||
                        (gap.IndexOf(',') >= 0 && clauseOpeners.Contains(words[i].Key));
                    if (boundary)
                    {
                        clauses.Add(Keys(current));
                        current.Clear();
                    }
                }

                current.Add(words[i]);
            }

            clauses.Add(Keys(current));
            return clauses.Count > 1 ? clauses.Where(c => c.Count >= 4).ToList() : new List<HashSet<string>>();
        }

        /// <summary>Where a leading dateline ("BEIJING (Sputnik) - ", "WASHINGTON — ") ends, or start when there is none.</summary>
        internal static int DatelineEnd(string text, int start, int end)
        {
            var i = start;
            var letters = 0;
            while (i < end && (char.IsUpper(text[i]) || text[i] == ' ' || text[i] == ',' || text[i] == '.'))
            {
                if (char.IsLetter(text[i]))
                {
                    letters++;
                }

                i++;
            }

            if (letters < 2 || i - start > 40)
            {
                return start;
            }

            if (i < end && text[i] == '(')
            {
                var close = text.IndexOf(')', i);
                if (close < 0 || close >= end || close - i > 40)
                {
                    return start;
                }

                i = close + 1;
            }

            while (i < end && text[i] == ' ')
            {
                i++;
            }

            if (i < end && (text[i] == '-' || text[i] == '\u2013' || text[i] == '\u2014') && i + 1 < end && text[i + 1] == ' ')
            {
                return i + 2;
            }

            return start;
        }

        /// <summary>
        /// Letters inside quote marks over all letters. A straight quote opens after a space and closes after a word; a closing
        /// mark with no opening one before it means the sentence began inside a quote that opened in an earlier sentence.
        /// </summary>
        private static double QuotedShare(string text, int start, int end)
        {
            int inside = 0, all = 0;
            var open = false;
            var seenMark = false;
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                var isOpening = c == '\u201C' || (c == '"' && (i == start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] == '('));
                var isClosing = c == '\u201D' || (c == '"' && !isOpening);
                if (isOpening)
                {
                    open = true;
                    seenMark = true;
                }
                else if (isClosing)
                {
                    if (!open && !seenMark)
                    {
                        inside = all;
                    }

                    open = false;
                    seenMark = true;
                }
                else if (char.IsLetter(c))
                {
                    all++;
                    if (open)
                    {
                        inside++;
                    }
                }
            }

            return all == 0 ? 0 : (double)inside / all;
        }
    }

    /// <summary>
    /// Similarity of two sets of content keys, each key weighted by how rare it is among the compared sentences, so sharing
    /// "submarine" counts and sharing "relation" barely does. Normalised by the geometric mean of both sides' weight.
    /// </summary>
    internal sealed class KeyWeights
    {
        private readonly Dictionary<string, int> df = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly int documents;

        public KeyWeights(IEnumerable<HashSet<string>> documents)
        {
            var n = 0;
            foreach (var d in documents)
            {
                n++;
                foreach (var k in d)
                {
                    df.TryGetValue(k, out var c);
                    df[k] = c + 1;
                }
            }

            this.documents = n;
        }

        public double Weight(string key) => Math.Log(1.0 + ((double)documents / (df.TryGetValue(key, out var c) ? c : 1)));

        public int DocumentFrequency(string key) => df.TryGetValue(key, out var c) ? c : 0;

        // Sets are compared many times each; their totals are kept (HashSet equality is reference equality).
        private readonly Dictionary<HashSet<string>, double> totals = new Dictionary<HashSet<string>, double>();

        public double Total(HashSet<string> set)
        {
            if (totals.TryGetValue(set, out var known))
            {
                return known;
            }

            double t = 0;
            foreach (var k in set)
            {
                t += Weight(k);
            }

            totals[set] = t;
            return t;
        }

        public double Similarity(HashSet<string> a, HashSet<string> b)
        {
            if (a.Count == 0 || b.Count == 0)
            {
                return 0;
            }

            var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
            double shared = 0;
            foreach (var k in small)
            {
                if (large.Contains(k))
                {
                    shared += Weight(k);
                }
            }

            return shared == 0 ? 0 : shared / Math.Sqrt(Total(a) * Total(b));
        }
    }
}
