using System;
using System.Collections.Generic;
using NewsTools.Text;

namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>
    /// 'WALLACE: We're back with ...', 'SEN. JOHN SMITH (R-TX): ...', 'Q: ...', 'A. ...': in a transcript a speaker's label at a
    /// line's start and a colon make the rest of the line that speaker's words, a Direct quote without quote marks. A label
    /// looks like one: capitals, or a known title before capitalised names, bounded in length, and no line head such as
    /// "Note:", "Photo:" or "EXCLUSIVE:" (notSpeakerLabels). Its short form is the full name the piece gives: an earlier full
    /// label ("CHRIS WALLACE, FOX NEWS ANCHOR:") or a person named in the text ("Fox News host Chris Wallace"). Questions are
    /// the interviewer's and answers the interviewee's, as the piece's introduction names them (<see cref="InterviewRoles"/>);
    /// with no interviewer named a question has no speaker. A label before a quote mark is <see cref="LabelColonRule"/>'s.
    /// </summary>
    internal sealed class TranscriptTurnRule
    {
        // "SEN. JOHN SMITH (R-TX)", "CHRIS WALLACE, FOX NEWS ANCHOR": a label is a name and an affiliation, never a sentence.
        private const int MaxLabelChars = 80;
        private const int MaxNameWords = 5;
        private const int MaxAffiliationWords = 8;

        private readonly CueLexicon lexicon;
        private readonly SpeakerResolver resolver;
        private readonly InterviewRoles roles;

        // The full names the article's labels gave, by each of their words ("WALLACE" -> "Chris Wallace").
        private readonly Dictionary<string, string> fullNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        private bool questionSeen;
        private bool rolesRead;

        public TranscriptTurnRule(CueLexicon lexicon, MentionParser parser, SpeakerResolver resolver)
        {
            this.lexicon = lexicon;
            this.resolver = resolver;
            roles = new InterviewRoles(lexicon, parser, resolver);
        }

        // The paragraphs of the article before a paragraph index, built anew (set for each article).
        private Func<int, IEnumerable<ParagraphText>> earlier = _ => Array.Empty<ParagraphText>();

        /// <summary>Forgets the last article's labels and interview; <paramref name="paragraphsBefore"/> reads this article's paragraphs before an index.</summary>
        public void Clear(Func<int, IEnumerable<ParagraphText>> paragraphsBefore)
        {
            earlier = paragraphsBefore;
            fullNames.Clear();
            questionSeen = false;
            rolesRead = false;
            roles.Clear();
        }

        /// <summary>
        /// The paragraph as one speaker's turn, or null when it does not open with a speaker's label. At the first question the
        /// paragraphs before it are read (once per article) for the interview's introduction.
        /// </summary>
        public QuoteFinding? Turn(ParagraphText p)
        {
            var s = p.Source;
            var start = p.Start;
            var limit = Math.Min(p.End, start + MaxLabelChars);
            var labelEnd = -1;

            // "Q. What did you ...": the question and answer letters also take a period.
            if (p.End - start > 3 && s[start + 1] == '.' && TextNormalizer.IsSpace(s[start + 2]) && (s[start] == 'Q' || s[start] == 'A'))
            {
                labelEnd = start + 1;
            }

            for (var i = start; i < limit && labelEnd < 0; i++)
            {
                var c = s[i];
                if (c == ':')
                {
                    labelEnd = i;
                    break;
                }

                // A label's words are capitalised: a lowercase word before any colon makes the line prose, read no further.
                if (c == '\n' || QuoteScanner.IsDoubleQuote(c) || (i > start && char.IsLower(c) && TextNormalizer.IsSpace(s[i - 1])))
                {
                    return null;
                }
            }

            if (labelEnd <= start)
            {
                return null;
            }

            var first = FirstTokenFrom(p, labelEnd + 1);
            if (first < 0 || QuoteScanner.IsDoubleQuote(s[p.Tokens[first].Start]) || p.Tokens[first].Quote >= 0)
            {
                return null;
            }

            // "BUSTED: Emails Reveal Hillary Aid ...": words in headline capitals after the colon make the label a kicker.
            if (IsHeadline(p, first))
            {
                return null;
            }

            var label = s.Substring(start, labelEnd - start).Trim();
            ResolvedSpeaker? speaker;
            if (lexicon.QuestionLabels.Contains(label))
            {
                questionSeen = true;
                speaker = Roles(p.Index).Interviewer;
            }
            else if (lexicon.AnswerLabels.Contains(label))
            {
                // "A." opens many a line ("A. Philip Randolph ..."): it is an answer only after a question.
                if (!questionSeen)
                {
                    return null;
                }

                speaker = Roles(p.Index).Interviewee;
            }
            else if (labelEnd == start + 1 || IsDateline(label, p) || !(Named(label, p.Start) is ResolvedSpeaker named))
            {
                return null;
            }
            else
            {
                speaker = named;
            }

            var span = new QuoteSpan { Open = p.Tokens[first].Start - 1, ContentEnd = p.Tokens[p.Tokens.Count - 1].End };
            var f = new QuoteFinding(p, span)
            {
                Kind = QuoteKind.Direct,
                Sentence = (0, p.Tokens.Count),
                Cue = new CueMatch { First = first - 1, End = first, Text = s[labelEnd].ToString() },
            };
            if (speaker != null)
            {
                f.Speaker = speaker;
                f.Attribution = Attribution.Explicit;
                f.MentionText = label;
                f.SpeakerStart = start;
                f.SpeakerEnd = start + label.Length;
            }

            return f;
        }

        // A dateline opens the first paragraph after the headline, or after a byline too.
        private const int MaxDatelineParagraph = 2;

        /// <summary>
        /// "THIRUVANANTHAPURAM: At least 23 people have died ...": one word in capitals before the colon of the story's first
        /// paragraph, before any turn, and no person's the text named, is the place the story was filed from (Indian and
        /// Pakistani papers write their datelines so); a place the lists know is caught whatever the paragraph.
        /// </summary>
        private bool IsDateline(string label, ParagraphText p)
        {
            if (p.Index > MaxDatelineParagraph || fullNames.Count > 0 || questionSeen || label.IndexOf(' ') >= 0 || !IsCapitals(label))
            {
                return false;
            }

            return resolver.LatestPersonWithWord(TitleCase(label), p.Start) == null;
        }

        private InterviewRoles Roles(int paragraph)
        {
            if (!rolesRead)
            {
                rolesRead = true;
                foreach (var p in earlier(paragraph))
                {
                    roles.Learn(p);
                }
            }

            return roles;
        }

        // A headline capitalises every word but the small ones; speech does not run four words so.
        private const int HeadlineWords = 4;

        private bool IsHeadline(ParagraphText p, int first)
        {
            var words = 0;
            for (var t = first; t < p.Tokens.Count && words < HeadlineWords; t++)
            {
                if (!p.IsWord(t) || !char.IsLetter(p.Source[p.Tokens[t].Start]))
                {
                    continue;
                }

                if (!p.IsCapitalised(t) && !lexicon.TitleCaseSmallWords.Contains(p.Word(t)))
                {
                    return false;
                }

                words++;
            }

            return words >= HeadlineWords;
        }

        private static int FirstTokenFrom(ParagraphText p, int offset)
        {
            for (var t = 0; t < p.Tokens.Count; t++)
            {
                if (p.Tokens[t].Start >= offset)
                {
                    return t;
                }
            }

            return -1;
        }

        /// <summary>The speaker a name label stands for, or null when the text before the colon is no speaker's label.</summary>
        private ResolvedSpeaker? Named(string label, int position)
        {
            var text = label;
            // "SEN. JOHN SMITH (R-TX)": the party and state in brackets are no part of the name.
            if (text.EndsWith(")", StringComparison.Ordinal))
            {
                var open = text.LastIndexOf('(');
                if (open <= 0)
                {
                    return null;
                }

                text = text.Substring(0, open).TrimEnd();
            }

            var comma = text.IndexOf(',');
            var namePart = comma < 0 ? text : text.Substring(0, comma).Trim();
            var affiliation = comma < 0 ? "" : text.Substring(comma + 1).Trim();
            if (lexicon.NotSpeakerLabels.Contains(namePart) || lexicon.NotSpeakerLabels.Contains(label))
            {
                return null;
            }

            var words = namePart.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            var affiliationWords = affiliation.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || words.Length > MaxNameWords || affiliationWords.Length > MaxAffiliationWords || lexicon.AudienceLabelWords.Contains(words[words.Length - 1]))
            {
                return null;
            }

            var titleWords = TitleLength(words);
            var capitals = IsCapitals(namePart) && !HasLowercase(affiliation);
            if (!capitals && !IsTitledName(words, titleWords, affiliationWords))
            {
                return null;
            }

            var nameWords = new string[words.Length - titleWords];
            var letters = 0;
            for (var i = 0; i < nameWords.Length; i++)
            {
                var w = words[titleWords + i];
                nameWords[i] = capitals ? TitleCase(w) : w;
                letters += CountLetters(w);
            }

            // "B:", "1:" and a lone title ("SENATOR:") are no names.
            if (nameWords.Length == 0 || letters < 2)
            {
                return null;
            }

            // "WASHINGTON:", "MONDAY:": a place or a calendar word heads a dateline or a schedule, not a turn.
            if (nameWords.Length == 1 && (lexicon.Places.Contains(nameWords[0]) || lexicon.NotNames.Contains(nameWords[0])))
            {
                return null;
            }

            var title = titleWords == 0 ? null : string.Join(" ", Cased(words, 0, titleWords, capitals));
            return new ResolvedSpeaker(FullName(nameWords, position), SpeakerType.Person, title);
        }

        /// <summary>The full name of a label's name: the one an earlier label or the text gave, else the label's own words.</summary>
        private string FullName(string[] nameWords, int position)
        {
            var last = nameWords[nameWords.Length - 1];
            if (nameWords.Length > 1)
            {
                var joined = string.Join(" ", nameWords);
                var known = resolver.LatestPersonWithWord(last, position);
                var name = known != null && string.Equals(known.Name, joined, StringComparison.OrdinalIgnoreCase) ? known.Name : joined;
                foreach (var w in nameWords)
                {
                    fullNames[w] = name;
                }

                return name;
            }

            if (fullNames.TryGetValue(last, out var full))
            {
                return full;
            }

            return resolver.LatestPersonWithWord(last, position)?.Name ?? last;
        }

        /// <summary>How many of the label's first words are a known title ("SEN.", "Vice President", "MR"), longest first.</summary>
        private int TitleLength(string[] words)
        {
            if (!lexicon.TitlesByFirstWord.TryGetValue(words[0], out var titles) && !lexicon.TitlesByFirstWord.TryGetValue(words[0].TrimEnd('.'), out titles))
            {
                return 0;
            }

            foreach (var title in titles)
            {
                if (title.Length > words.Length)
                {
                    continue;
                }

                var all = true;
                for (var i = 0; i < title.Length && all; i++)
                {
                    all = string.Equals(title[i].TrimEnd('.'), words[i].TrimEnd('.'), StringComparison.OrdinalIgnoreCase);
                }

                if (all)
                {
                    return title.Length;
                }
            }

            return 0;
        }

        // "Sen. John Smith", "Mr Smith, Acme Corp": a capitalised known title before capitalised names.
        private bool IsTitledName(string[] words, int titleWords, string[] affiliation)
        {
            if (titleWords == 0 || !char.IsUpper(words[0][0]))
            {
                return false;
            }

            for (var i = titleWords; i < words.Length; i++)
            {
                if (!char.IsUpper(words[i][0]))
                {
                    return false;
                }
            }

            foreach (var w in affiliation)
            {
                if (!char.IsUpper(w[0]) && !lexicon.TitleCaseSmallWords.Contains(w))
                {
                    return false;
                }
            }

            return true;
        }

        private static IEnumerable<string> Cased(string[] words, int from, int end, bool capitals)
        {
            for (var i = from; i < end; i++)
            {
                yield return capitals ? TitleCase(words[i]) : words[i];
            }
        }

        // Letters all capitals, with the marks names carry ("O'ROURKE", "SMITH-JONES", "SEN.").
        private static bool IsCapitals(string text)
        {
            var letters = 0;
            foreach (var c in text)
            {
                if (char.IsLetter(c))
                {
                    if (!char.IsUpper(c))
                    {
                        return false;
                    }

                    letters++;
                }
                else if (c != ' ' && c != '.' && c != '-' && c != '\'' && c != '’' && c != '&')
                {
                    return false;
                }
            }

            return letters > 0;
        }

        private static bool HasLowercase(string text)
        {
            foreach (var c in text)
            {
                if (char.IsLower(c))
                {
                    return true;
                }
            }

            return false;
        }

        private static int CountLetters(string w)
        {
            var n = 0;
            foreach (var c in w)
            {
                if (char.IsLetter(c))
                {
                    n++;
                }
            }

            return n;
        }

        /// <summary>"WALLACE" -> "Wallace", "O'ROURKE" -> "O'Rourke", "SMITH-JONES" -> "Smith-Jones", "MCCAIN" -> "McCain".</summary>
        internal static string TitleCase(string word)
        {
            var chars = word.ToLowerInvariant().ToCharArray();
            var startOfPart = true;
            for (var i = 0; i < chars.Length; i++)
            {
                if (char.IsLetter(chars[i]))
                {
                    if (startOfPart)
                    {
                        chars[i] = char.ToUpperInvariant(chars[i]);
                        // "Mc" names capitalise the letter after it.
                        if (chars[i] == 'M' && i + 2 < chars.Length && chars[i + 1] == 'c' && char.IsLetter(chars[i + 2]))
                        {
                            chars[i + 2] = char.ToUpperInvariant(chars[i + 2]);
                        }
                    }

                    startOfPart = false;
                }
                else
                {
                    startOfPart = chars[i] == '-' || chars[i] == '\'' || chars[i] == '’';
                }
            }

            return new string(chars);
        }
    }
}
