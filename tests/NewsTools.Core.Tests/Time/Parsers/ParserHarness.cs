using System;
using System.Linq;
using NewsTools.Config;
using NewsTools.Time;
using NewsTools.Time.Parsers;
using NewsTools.Time.Resolution;
using NewsTools.Time.Scanning;

namespace NewsTools.Tests.Time.Parsers
{
    /// <summary>Runs one parser alone on a sentence: tokens as the tagger makes them, the parser tried at one word.</summary>
    internal static class ParserHarness
    {
        /// <summary>What the whole tagger finds in a sentence, each as "text=Value", in order.</summary>
        public static string[] Values(string sentence, DateTime reference) =>
            new TimeExpressionTagger(ConfigLoader.Defaults).TagText(sentence, reference).Select(e => e.Text + "=" + e.Value).ToArray();

        /// <summary><see cref="Values"/> joined by " | ".</summary>
        public static string Listed(string sentence, DateTime reference) => string.Join(" | ", Values(sentence, reference));

        /// <summary>What the whole tagger finds in a sentence, each as "text = Type Value".</summary>
        public static string[] Found(string sentence, DateTime reference) =>
            new TimeExpressionTagger(ConfigLoader.Defaults).TagText(sentence, reference).Select(e => e.Text + " = " + e.Type + " " + e.Value).ToArray();

        public static TimeScan Scan(string text)
        {
            var tokens = new TokenList(64);
            TimeTokenizer.Tokenize(text, 0, text.Length, tokens, Lexicon.Default);
            return new TimeScan(text, tokens, 0, text.Length);
        }

        /// <summary>The index of the first token whose text is <paramref name="word"/>.</summary>
        public static int TokenAt(TimeScan s, string word)
        {
            for (var i = 0; i < s.Count; i++)
            {
                var t = s.Tokens[i];
                if (t.End - t.Start == word.Length && string.CompareOrdinal(s.Text, t.Start, word, 0, word.Length) == 0)
                {
                    return i;
                }
            }

            throw new ArgumentException($"no token '{word}'");
        }

        /// <summary>The text the parser finds starting at <paramref name="startWord"/>, and its frame (null text: nothing).</summary>
        public static (string? Text, TimexFrame? Frame) Parse(ITimeParser parser, string sentence, string startWord)
        {
            var s = Scan(sentence);
            var c = parser.TryParse(s, TokenAt(s, startWord));
            return c == null ? (null, null) : (sentence.Substring(s.Tokens[c.First].Start, s.Tokens[c.End - 1].End - s.Tokens[c.First].Start), c.Frame);
        }

        /// <summary>The value the parser's finding resolves to against <paramref name="reference"/>.</summary>
        public static string? Value(ITimeParser parser, string sentence, string startWord, DateTime reference)
        {
            var s = Scan(sentence);
            var c = parser.TryParse(s, TokenAt(s, startWord));
            return c == null ? null : new TimexResolver(reference).Resolve(c.Frame, TenseDetector.Detect(s, c.First, c.End)).Value;
        }
    }
}
