using System;
using System.Collections.Generic;
using System.Text;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Text;

namespace NewsTools.Time.Events
{
    /// <summary>What one dated expression says happened: the clause around it, its main verb, the names in it.</summary>
    internal sealed class EventMention
    {
        public EventMention(TimeExpression expression, string clause, string sentence, string? verb, IReadOnlyList<string> actors)
        {
            Expression = expression;
            Clause = clause;
            Sentence = sentence;
            Verb = verb;
            Actors = actors;
        }

        public TimeExpression Expression { get; }

        public string Clause { get; }

        public string Sentence { get; }

        public string? Verb { get; }

        public IReadOnlyList<string> Actors { get; }
    }

    /// <summary>
    /// Ties each dated expression to the event it dates: the sentence around it (from the lead's SentenceSplitter), cut to
    /// the clause that holds the expression when the sentence joins clauses ("..., while Japan argues ... since 1895"),
    /// the verb nearest the expression in that clause, and the names the NameFinder finds there.
    /// </summary>
    internal sealed class EventExtractor
    {
        private readonly NameFinder names;

        public EventExtractor(NewsToolsConfig config)
        {
            names = new NameFinder(config);
        }

        public List<EventMention> Extract(Article article, IReadOnlyList<TimeExpression> expressions)
        {
            var result = new List<EventMention>();
            var text = article.Text;
            List<TextSpan>? sentences = null;
            var sentencesFor = -2;
            foreach (var e in expressions)
            {
                // Durations, sets and references to the present or past as a whole date no event.
                if (e.Type == TimexType.Duration || e.Type == TimexType.Set || (e.Value != null && e.Date == null))
                {
                    continue;
                }

                var (pStart, pEnd) = ParagraphOf(article, e);
                if (sentencesFor != pStart)
                {
                    sentences = SplitLines(text, pStart, pEnd);
                    sentencesFor = pStart;
                }

                var sentence = new TextSpan(pStart, pEnd);
                foreach (var s in sentences!)
                {
                    if (s.Start <= e.Start && e.EndOffset <= s.End)
                    {
                        sentence = s;
                        break;
                    }
                }

                var clause = ClauseOf(text, sentence, e.Start, e.EndOffset);
                var verb = FindVerb(text, clause, e.Start, e.EndOffset);
                if (verb == null && (clause.Start != sentence.Start || clause.End != sentence.End))
                {
                    clause = sentence;
                    verb = FindVerb(text, clause, e.Start, e.EndOffset);
                }

                var actors = Actors(article, clause, e);
                if (actors.Count == 0 && (clause.Start != sentence.Start || clause.End != sentence.End))
                {
                    actors = Actors(article, sentence, e);
                }

                result.Add(new EventMention(e, Clean(text, clause), Clean(text, sentence), verb, actors));
            }

            return result;
        }

        private static (int Start, int End) ParagraphOf(Article article, TimeExpression e)
        {
            foreach (var p in article.Paragraphs)
            {
                if (p.Start <= e.Start && e.EndOffset <= p.End)
                {
                    return (p.Start, p.End);
                }
            }

            return (0, article.Text.Length);
        }

        /// <summary>Sentences, with every line break ending one too: captions and headlines carry no final period.</summary>
        private static List<TextSpan> SplitLines(string text, int start, int end)
        {
            var result = new List<TextSpan>();
            var lineStart = start;
            for (var i = start; i <= end; i++)
            {
                if (i == end || text[i] == '\n')
                {
                    if (i > lineStart)
                    {
                        result.AddRange(SentenceSplitter.Split(text, lineStart, i));
                    }

                    lineStart = i + 1;
                }
            }

            return result;
        }

        private static TextSpan ClauseOf(string text, TextSpan sentence, int exprStart, int exprEnd)
        {
            var start = sentence.Start;
            var end = sentence.End;
            for (var i = sentence.Start; i < sentence.End; i++)
            {
                var boundary = 0;
                var c = text[i];
                if (c == ';')
                {
                    boundary = 1;
                }
                else if (c == ',' && i + 2 < sentence.End && text[i + 1] == ' ')
                {
                    var w = i + 2;
                    var we = w;
                    while (we < sentence.End && char.IsLetter(text[we]))
                    {
                        we++;
                    }

                    if (we > w && EventWords.ClauseOpeners.Contains(text.Substring(w, we - w)))
                    {
                        boundary = 2;
                    }
                }

                if (boundary == 0)
                {
                    continue;
                }

                if (i < exprStart)
                {
                    start = i + boundary;
                }
                else if (i >= exprEnd && i < end)
                {
                    end = i;
                    break;
                }
            }

            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            return new TextSpan(start, end);
        }

        /// <summary>The verb form nearest the expression, stepping over auxiliaries to the verb they carry.</summary>
        private static string? FindVerb(string text, TextSpan clause, int exprStart, int exprEnd)
        {
            var tokens = Tokenizer.Tokenize(text, clause.Start, clause.End);
            var best = -1;
            var bestDistance = int.MaxValue;
            for (var k = 0; k < tokens.Count; k++)
            {
                var t = tokens[k];
                if (t.Kind != Text.TokenKind.Word || (t.Start >= exprStart && t.End <= exprEnd) || !IsVerbLike(tokens, k))
                {
                    continue;
                }

                var distance = t.End <= exprStart ? exprStart - t.End : t.Start - exprEnd;
                if (distance < bestDistance)
                {
                    best = k;
                    bestDistance = distance;
                }
            }

            if (best < 0)
            {
                return null;
            }

            // "has supported", "will meet", "had been detected": the carried verb.
            var verb = best;
            for (var k = best; k < tokens.Count && k <= best + 4; k++)
            {
                if (tokens[k].Kind != Text.TokenKind.Word)
                {
                    break;
                }

                if (!EventWords.Auxiliaries.Contains(tokens[k].Text) && !string.Equals(tokens[k].Text, "not", StringComparison.OrdinalIgnoreCase))
                {
                    if (IsVerbLike(tokens, k) || tokens[k].Text.EndsWith("ing", StringComparison.Ordinal) || tokens[k].Text.EndsWith("en", StringComparison.Ordinal))
                    {
                        verb = k;

                // After a modal the bare verb follows: "will change", "could meet".
                if (IsModal(tokens[k].Text) && k + 1 < tokens.Count && tokens[k + 1].Kind == Text.TokenKind.Word && !char.IsUpper(tokens[k + 1].Text[0])
                    && !EventWords.Auxiliaries.Contains(tokens[k + 1].Text) && !string.Equals(tokens[k + 1].Text, "not", StringComparison.OrdinalIgnoreCase))
                {
                    verb = k + 1;
                    break;
                }
                    }

                    break;
                }

                verb = k;

                // After a modal the bare verb follows: "will change", "could meet".
                if (IsModal(tokens[k].Text) && k + 1 < tokens.Count && tokens[k + 1].Kind == Text.TokenKind.Word && !char.IsUpper(tokens[k + 1].Text[0])
                    && !EventWords.Auxiliaries.Contains(tokens[k + 1].Text) && !string.Equals(tokens[k + 1].Text, "not", StringComparison.OrdinalIgnoreCase))
                {
                    verb = k + 1;
                    break;
                }
            }

            return tokens[verb].Text;
        }

        private static bool IsModal(string w) =>
            w == "will" || w == "would" || w == "can" || w == "could" || w == "may" || w == "might" || w == "must" || w == "shall" || w == "should";

        private static bool IsVerbLike(List<Token> tokens, int k)
        {
            var w = tokens[k].Text;
            if (w.Length < 2 || char.IsUpper(w[0]))
            {
                return false;
            }

            if (EventWords.Auxiliaries.Contains(w) || EventWords.IrregularVerbs.Contains(w))
            {
                return true;
            }

            return w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal);
        }

        private List<string> Actors(Article article, TextSpan span, TimeExpression e)
        {
            var result = new List<string>();
            foreach (var name in names.Find(article.Text, span.Start, span.End))
            {
                if (name.Start < e.EndOffset && e.Start < name.End)
                {
                    continue;
                }

                // The outlet, its agencies and the dateline credit the report; they are not actors in the event.
                if (IsCredit(article, name.Text))
                {
                    continue;
                }

                if (!result.Contains(name.Text))
                {
                    result.Add(name.Text);
                }
            }

            return result;
        }

        private static bool IsCredit(Article article, string name)
        {
            if (article.Outlet != null && name.StartsWith(article.Outlet, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            foreach (var agency in article.Agencies)
            {
                if (string.Equals(agency, name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return article.Dateline != null && string.Equals(article.Dateline, name, StringComparison.Ordinal) && name.ToUpperInvariant() == name;
        }

        /// <summary>The span with runs of white space (line breaks, NBSP) folded to single spaces.</summary>
        private static string Clean(string text, TextSpan span)
        {
            var sb = new StringBuilder(span.Length);
            var space = false;
            for (var i = span.Start; i < span.End; i++)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c) || c == '\u00a0')
                {
                    space = sb.Length > 0;
                    continue;
                }

                if (space)
                {
                    sb.Append(' ');
                    space = false;
                }

                sb.Append(c);
            }

            return sb.ToString();
        }
    }
}
