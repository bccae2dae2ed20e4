using System;
using System.Collections.Generic;
using System.Linq;
using NewsTools.Config;

namespace NewsTools.Text
{
    /// <summary>
    /// Splits a paragraph into sentences in one pass. A sentence ends at . ! ? or … (with any closing quotes and brackets
    /// after it) followed by white space and a capital, digit or opening quote, unless the period ends an abbreviation
    /// ("Mr.", "Jan.", "U.S.") or a single initial ("John F. Kennedy").
    /// </summary>
    public static class SentenceSplitter
    {
        // Abbreviations that do not end a sentence when a capital follows (Text/Abbreviations: "Inc." may end one). The
        // splitter is static and takes no configuration, so it reads the built-in one.
        private static readonly Abbreviations Listed = Abbreviations.For(ConfigLoader.Defaults);

        /// <summary>The sentences of text[start, end), trimmed of surrounding white space.</summary>
        public static List<TextSpan> Split(string text, int start, int end)
        {
            var sentences = new List<TextSpan>();
            var sentenceStart = SkipSpace(text, start, end);
            var i = sentenceStart;
            while (i < end)
            {
                var c = text[i];
                if (c == '\n' && i + 1 < end && (text[i + 1] == '\n' || (text[i + 1] == '\r' && i + 2 < end && text[i + 2] == '\n')))
                {
                    // A blank line always ends a sentence.
                    AddTrimmed(sentences, text, sentenceStart, i);
                    sentenceStart = SkipSpace(text, i, end);
                    i = sentenceStart;
                    continue;
                }

                if (c == '.' || c == '!' || c == '?' || c == '…')
                {
                    var j = i + 1;
                    while (j < end && (text[j] == '.' || text[j] == '!' || text[j] == '?' || text[j] == '…'))
                    {
                        j++;
                    }

                    while (j < end && IsClosing(text[j]))
                    {
                        j++;
                    }

                    if (j >= end)
                    {
                        break;
                    }

                    if (IsSpace(text[j]))
                    {
                        var next = SkipSpace(text, j, end);
                        if (next < end && StartsSentence(text[next]) && !(c == '.' && j == i + 1 && IsAbbreviationBefore(text, start, i)))
                        {
                            AddTrimmed(sentences, text, sentenceStart, j);
                            sentenceStart = next;
                            i = next;
                            continue;
                        }
                    }

                    i = j;
                    continue;
                }

                i++;
            }

            AddTrimmed(sentences, text, sentenceStart, end);
            return sentences;
        }

        private static bool IsAbbreviationBefore(string text, int floor, int dot)
        {
            var s = dot;
            while (s > floor && (char.IsLetter(text[s - 1]) || text[s - 1] == '.'))
            {
                s--;
            }

            var word = text.Substring(s, dot - s);
            if (word.Length == 0)
            {
                return false;
            }

            // A single capital ("F.") or a dotted acronym ("U.S", "U.N") before the period.
            if ((word.Length == 1 && char.IsUpper(word[0])) || word.IndexOf('.') >= 0)
            {
                return true;
            }

            return Listed.KeepsSentence(word, 0, word.Length);
        }

        private static bool StartsSentence(char c) =>
            char.IsUpper(c) || char.IsDigit(c) || c == '"' || c == '\u201C' || c == '\u2018' || c == '\'' || c == '(' || c == '[' || c == '«' || c == '`' || (!char.IsLetter(c) && !char.IsPunctuation(c) && !TextNormalizer.IsSpace(c)) || (char.IsLetter(c) && !char.IsLower(c));

        private static bool IsClosing(char c) => c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == ')' || c == ']' || c == '»';

        private static bool IsSpace(char c) => TextNormalizer.IsSpace(c);

        private static int SkipSpace(string text, int i, int end)
        {
            while (i < end && IsSpace(text[i]))
            {
                i++;
            }

            return i;
        }

        private static void AddTrimmed(List<TextSpan> sentences, string text, int start, int end)
        {
            while (end > start && IsSpace(text[end - 1]))
            {
                end--;
            }

            while (start < end && IsSpace(text[start]))
            {
                start++;
            }

            if (end > start)
            {
                sentences.Add(new TextSpan(start, end));
            }
        }
    }
}
