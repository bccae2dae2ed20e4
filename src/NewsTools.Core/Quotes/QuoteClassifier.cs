using System;
using System.Collections.Generic;
using System.Linq;
using NewsTools.Text;

namespace NewsTools.Quotes
{
    /// <summary>
    /// Tells a quotation's kind: Direct (whole sentences), Partial (a fragment in a reported sentence), or Term (a name, a title
    /// of a work, a scare quote), which is never given a speaker.
    /// </summary>
    internal sealed class QuoteClassifier
    {
        // 'on CNN's "State of the Union."': a title-case quote of two to eight words ending in a period is still a title
        // (American style puts the sentence's period inside the marks); a longer one is a sentence.
        private const int MinTitleWordsWithPeriod = 2;
        private const int MaxTitleWordsWithPeriod = 8;

        // A fragment of three words or fewer with no cue and no sentence end is a scare quote or a name ("so-called "reform"").
        private const int MaxScareQuoteWords = 3;

        // A quote of four words or more that opens with a capital reads as a statement of its own.
        private const int MinStatementWords = 4;

        // Title case is judged on quotes of ten words or fewer: longer capitalised runs are sentences, not names of works.
        private const int MaxTitleWords = 10;

        // "Clinton Says" is too short to tell a headline from a name before a title; three words of its own are enough.
        private const int MinHeadlineWords = 3;

        private readonly CueLexicon lexicon;
        private readonly MentionParser parser;

        public QuoteClassifier(CueLexicon lexicon, MentionParser parser)
        {
            this.lexicon = lexicon;
            this.parser = parser;
        }

        /// <summary>Direct (whole sentences), Partial (a fragment inside a reported sentence) or Term (a name, title or scare quote).</summary>
        public QuoteKind Classify(ParagraphText p, QuoteSpan span, (int First, int End) sentence, bool adjacentCue, CueMatch? cue)
        {
            var hasCue = cue != null;
            // The content trimmed, read in place: the quote's text is never cut for its classification.
            var (text, start, end) = Content(p, span);
            if (end == start || TermMarkerBefore(p, span.OpenToken) || CreditedWork(p, span))
            {
                return QuoteKind.Term;
            }

            // Only "three words or fewer" and "two to eight words" are asked of the count: it stops past eight.
            var words = CountWords(text, start, end, MaxTitleWordsWithPeriod + 1);
            var atStart = span.OpenToken == sentence.First;

            // A title or name in capitals ("Face the Nation", NBC's "Today") is a term unless it opens the sentence as what was said,
            // or is the object of the speech verb right before it ('shouted, "Cruz"', 'wrote "Trump 2016" on the sidewalk').
            if (IsTitleCase(p, start, end) && !(atStart && adjacentCue) && !(adjacentCue && IsWordsSpoken(p, span, cue!)) && !IsReadOrSaidObject(p, span, cue) && !(hasCue && IsHeadlineCase(p, sentence)) && (!EndsSentence(text, start, end) || (!atStart && words >= MinTitleWordsWithPeriod && words <= MaxTitleWordsWithPeriod && text[end - 1] == '.')))
            {
                // (American style puts the sentence's period inside the marks: 'on CNN's "State of the Union."' is still a title.)
                return QuoteKind.Term;
            }

            if (!hasCue && words <= MaxScareQuoteWords && !EndsSentence(text, start, end))
            {
                return QuoteKind.Term;
            }

            var first = FirstLetterOrDigit(text, start, end);
            var capital = char.IsUpper(first) || char.IsDigit(first);
            var afterColon = span.OpenToken > 0 && (p.IsPunct(span.OpenToken - 1, ':') || p.IsPunct(span.OpenToken - 1, ','));
            if (capital && (atStart || afterColon || (adjacentCue && EndsSentence(text, start, end))))
            {
                return QuoteKind.Direct;
            }

            return QuoteKind.Partial;
        }

        /// <summary>
        /// 'the crowd chanted "Lock Her Up"', 'wrote "Trump 2016" on the sidewalk': the object of a speech verb right before the
        /// quote is the words the subject said or wrote, whatever their capitals. Not after verbs whose object is a person or
        /// a thing the quote then names or describes ('told "Fox News Sunday"', 'the show described as "A Concert of Hope"'):
        /// the naming rules judge those.
        /// </summary>
        private bool IsWordsSpoken(ParagraphText p, QuoteSpan span, CueMatch cue)
        {
            // Only a comma or colon may stand between ('warned the "Abstentions Party" was ...' names a party in a clause).
            if (cue.Speaker == null || cue.End > span.OpenToken || (cue.End < span.OpenToken && p.IsWord(span.OpenToken - 1)))
            {
                return false;
            }

            return TakesWordsAsObject(p.Word(cue.First));
        }

        /// <summary>
        /// 'According to the Ledger, the men wore shirts that read "Save Our Port."', 'Okafor placed a sign that read, "Dockers:
        /// The Best Union in Town."': the object of a saying, writing or reading verb right before the quote is the words on the
        /// sign or page, whatever their capitals, also when the sentence's cue is another verb before it. Only with that cue's
        /// named speaker to give them to; not after verbs whose object is a person or a thing the quote names or describes.
        /// </summary>
        private bool IsReadOrSaidObject(ParagraphText p, QuoteSpan span, CueMatch? cue)
        {
            if (cue?.Speaker == null || !cue.Speaker.IsNamed || cue.First >= span.OpenToken)
            {
                return false;
            }

            var t = span.OpenToken - 1;
            if (p.IsPunct(t, ',') || p.IsPunct(t, ':'))
            {
                t--;
            }

            if (!p.IsWord(t) || !p.Is(t, WordClass.CueVerb) || p.IsCapitalised(t))
            {
                return false;
            }

            return TakesWordsAsObject(p.Word(t));
        }

        /// <summary>
        /// A speech verb whose object is the words said or written; tell, naming and characterising verbs take a person or
        /// a thing that the quote then names or describes.
        /// </summary>
        private bool TakesWordsAsObject(string verb) =>
            !lexicon.TellVerbs.Contains(verb) && !lexicon.NamingVerbs.Contains(verb) && !lexicon.CharacterisingVerbs.Contains(verb);

        /// <summary>
        /// "Clinton Says Trump Is "Unfit"": in a headline every word outside the marks is capitalised too, so capitals inside them
        /// tell no title; a headline has at least a few words of its own, each capitalised or a small word.
        /// </summary>
        private bool IsHeadlineCase(ParagraphText p, (int First, int End) sentence)
        {
            var words = 0;
            for (var t = sentence.First; t < sentence.End; t++)
            {
                if (!p.IsWord(t) || p.Tokens[t].Quote >= 0)
                {
                    continue;
                }

                if (!p.IsCapitalised(t) && !char.IsDigit(p.Source[p.Tokens[t].Start]) && !lexicon.TitleCaseSmallWords.Contains(p.Word(t)))
                {
                    return false;
                }

                words++;
            }

            return words >= MinHeadlineWords;
        }

        /// <summary>
        /// '—"Why the bridge vote matters," by Tom Hale': in a round-up's list of stories, a quotation that opens its paragraph
        /// (after a dash or bullet at most) and is followed by "by" and a name is the title of a story credited to its author,
        /// not words someone said. Inside a sentence "by" after a quotation is mostly a passive's agent ('"anointed" by God'),
        /// and the words are the writer's. Not "by Monday", not "by contrast": the word after "by" must be capitalised and may
        /// be no calendar word or other non-name.
        /// </summary>
        private static bool CreditedWork(ParagraphText p, QuoteSpan span)
        {
            for (var k = 0; k < span.OpenToken; k++)
            {
                if (p.IsWord(k))
                {
                    return false;
                }
            }

            var t = span.CloseToken + 1;
            if (p.IsPunct(t, ','))
            {
                t++;
            }

            return p.IsWord(t) && p.WordIs(t, "by") && p.IsCapitalised(t + 1) && !p.Is(t + 1, WordClass.NotName);
        }

        private bool TermMarkerBefore(ParagraphText p, int open)
        {
            // "a show called "Brokers"": a naming verb right after a common noun names a thing; after "he" it reports a speaker.
            // (The naming verb is asked first, in place: most quotes follow none, and then no word before them is cut.)
            if (p.IsWord(open - 1) && IsNamingParticiple(p, open - 1) && p.IsWord(open - 2) && !p.IsCapitalised(open - 2) && !parser.IsPronounWord(p, open - 2) &&
                !p.Is(open - 2, WordClass.ClauseWord | WordClass.CueModifier))
            {
                return true;
            }

            // Every marker ends with the word right before the quote: its length passes over most markers without a word compared.
            if (!p.IsWord(open - 1))
            {
                return false;
            }

            var lastLength = p.Tokens[open - 1].End - p.Tokens[open - 1].Start;
            foreach (var marker in lexicon.TermMarkers)
            {
                var first = open - marker.Length;
                if (first < 0 || marker[marker.Length - 1].Length != lastLength)
                {
                    continue;
                }

                // Markers are lowercase words: "the song", not the name "Paul Song".
                var ok = true;
                for (var k = 0; k < marker.Length && ok; k++)
                {
                    ok = p.IsWord(first + k) && p.WordIs(first + k, marker[k]);
                }

                // "would not sign "any bill that ...", "to show": after a modal, "not" or "to" a one-word marker is a verb whose
                // object the quote is, said by someone, not named ("has so-called "shield" laws" keeps its marker).
                if (ok && marker.Length == 1 && first > 0 && IsBeforeVerb(p, first - 1))
                {
                    continue;
                }

                if (ok)
                {
                    return true;
                }
            }

            return false;
        }

        // A modal or a form of "do", "not", "never" or "to": the word after it is a verb. Not "be" or "have", after which it may
        // be a noun ("has so-called ... laws").
        private bool IsBeforeVerb(ParagraphText p, int t) =>
            p.IsWord(t) && (p.WordIs(t, "not") || p.WordIs(t, "never") || p.WordIs(t, "to") ||
            (lexicon.IsAuxiliary(p, t) && !CueFinder.IsBeForm(p, t) && !p.WordIs(t, "has") && !p.WordIs(t, "have") && !p.WordIs(t, "had")));

        private bool IsNamingParticiple(ParagraphText p, int t)
        {
            foreach (var participle in lexicon.NamingParticiples)
            {
                if (p.WordIs(t, participle))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A quote with no cue continues the previous speaker only when it opens its paragraph as a statement of its own.</summary>
        public static bool IsContinuationStart(ParagraphText p, QuoteSpan span) => span.OpenToken == 0 && LooksLikeStatement(p, span);

        public static bool LooksLikeStatement(ParagraphText p, QuoteSpan span)
        {
            var (text, start, end) = Content(p, span);
            var first = FirstLetterOrDigit(text, start, end);
            return (char.IsUpper(first) || char.IsDigit(first)) && CountWords(text, start, end, MinStatementWords) >= MinStatementWords;
        }

        /// <summary>The quote's content without the white space at either end (what <c>Trim()</c> leaves), as a range of the paragraph's text.</summary>
        private static (string Text, int Start, int End) Content(ParagraphText p, QuoteSpan span)
        {
            var text = p.Source;
            var start = span.ContentStart;
            var end = span.ContentEnd;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            return (text, start, end);
        }

        /// <summary>The first letter or digit of text[start, end), or '\0' when there is none.</summary>
        private static char FirstLetterOrDigit(string text, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (char.IsLetterOrDigit(text[i]))
                {
                    return text[i];
                }
            }

            return '\0';
        }

        /// <summary>Whether text[start, end), without white space at its end, ends with . ! ? or …; read in place.</summary>
        public static bool EndsSentence(string text, int start, int end)
        {
            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (end == start)
            {
                return false;
            }

            var c = text[end - 1];
            return c == '.' || c == '!' || c == '?' || c == '…';
        }

        /// <summary>The words (runs of non-space characters) of text[start, end), counted up to <paramref name="limit"/>: a long quotation is not read to its end.</summary>
        private static int CountWords(string text, int start, int end, int limit)
        {
            var n = 0;
            var inWord = false;
            for (var i = start; i < end; i++)
            {
                var letter = !TextNormalizer.IsSpace(text[i]);
                if (letter && !inWord && ++n >= limit)
                {
                    return n;
                }

                inWord = letter;
            }

            return n;
        }

        /// <summary>Every word capitalised except short function words: a title or name ("Face the Nation", "Make America Great Again").</summary>
        private bool IsTitleCase(ParagraphText p, int contentStart, int contentEnd)
        {
            var content = p.Source;
            // Words are the runs between single spaces in content[contentStart, contentEnd) (as Split(' ') with empty entries removed), scanned in place.
            var count = 0;
            for (var i = contentStart; i < contentEnd; i++)
            {
                if (content[i] != ' ' && (i == contentStart || content[i - 1] == ' ') && ++count > MaxTitleWords)
                {
                    // Too long for a title: the rest of the quotation need not be read.
                    return false;
                }
            }

            if (count == 0)
            {
                return false;
            }

            var capitals = 0;
            var start = contentStart;
            while (start < contentEnd)
            {
                if (content[start] == ' ')
                {
                    start++;
                    continue;
                }

                var end = content.IndexOf(' ', start, contentEnd - start);
                if (end < 0)
                {
                    end = contentEnd;
                }

                // The word without surrounding punctuation.
                var from = start;
                var to = end;
                while (from < to && Array.IndexOf(WordEdgePunctuation, content[from]) >= 0)
                {
                    from++;
                }

                while (to > from && Array.IndexOf(WordEdgePunctuation, content[to - 1]) >= 0)
                {
                    to--;
                }

                start = end;
                if (to == from)
                {
                    continue;
                }

                if (char.IsUpper(content[from]) || char.IsDigit(content[from]))
                {
                    capitals++;
                }
                else if (!IsSmallWord(p, from, to - from))
                {
                    return false;
                }
            }

            return capitals > 0;
        }

        private static readonly char[] WordEdgePunctuation = { ',', '.', ':', ';', '!', '?', '(', ')', '\'', '’', '‘' };

        // Words a title-cased name of a work leaves in lower case ("Top of the Pops"): Text/text.defaults.yaml titleCaseSmallWords.
        // Cut through the article's word strings: "of" and "the" are one string an article, not one a quoted title.
        private bool IsSmallWord(ParagraphText p, int start, int length) => lexicon.TitleCaseSmallWords.Contains(p.Cut(start, length));
    }
}
