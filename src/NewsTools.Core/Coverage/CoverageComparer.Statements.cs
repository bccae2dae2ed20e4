using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using NewsTools.Articles;
using NewsTools.Quotes;

namespace NewsTools.Coverage
{
    /// <summary>Statement rows: the quotes of several outlets that render one remark, and which sentences only carry such a quote.</summary>
    public sealed partial class CoverageComparer
    {
        /// <summary>One row per statement: the quotes of several outlets that render one remark. Returns the quotes shown
        /// (article, start), so that the fact rows do not report the same quote again.</summary>
        private HashSet<(int Article, int Start)> AddStatementRows(RowBuilder builder, ContentKeys keys, IReadOnlyList<IReadOnlyList<Quote>> quotes, FramingAnalyzer framing, List<FramingAnalyzer.Wording> wordings, List<string> warnings, CancellationToken cancellationToken)
        {
            var aligner = new StatementAligner(keys) { Progress = (done, total) => Reporter.Progress(done, total, "Aligning statements") };
            var clusters = aligner.Align(quotes, cancellationToken);
            if (aligner.BudgetReached)
            {
                warnings.Add(CapWarning("quotes", aligner.Budget));
            }

            var quoted = new HashSet<(int Article, int Start)>();
            foreach (var cluster in clusters)
            {
                cancellationToken.ThrowIfCancellationRequested();
                // A name before a description ("Fed" before "central bank"), then the longest ("Wang Yi" before "Wang").
                var speaker = cluster.Select(e => e.Quote.Speaker).Where(s => !string.IsNullOrWhiteSpace(s))
                    .OrderByDescending(s => char.IsUpper(s![0])).ThenByDescending(s => s!.Length).FirstOrDefault();
                var item = builder.Row(CoverageKind.Statement, cluster.Select(e => e.Article));
                item.Speaker = speaker;
                item.Summary = (speaker ?? "?") + ": " + Shorten(cluster[0].Quote.Text);
                item.Texts = cluster.Select(e => builder.Text(e.Article, e.Quote.Text, e.Quote.Start, e.Quote.End)).ToList();
                foreach (var e in cluster)
                {
                    quoted.Add((e.Article, e.Quote.Start));
                }

                if (cluster.Count >= 2)
                {
                    var segments = WordDiff.Segments(cluster[0].Quote.Text, cluster[1].Quote.Text);
                    item.Difference = WordDiff.Format(segments);
                    item.Similarity = Math.Round(WordDiff.Similarity(segments), 3);
                    wordings.AddRange(framing.Wordings(cluster[0].Article, cluster[0].Quote.Text, cluster[1].Article, cluster[1].Quote.Text));
                }
                else
                {
                    item.Similarity = 1;
                }

                builder.Add(item);
                if (TwoPeopleFor(cluster) is var (first, second))
                {
                    // One statement, word for word, given to two different people: the outlets disagree on who said it.
                    var d = builder.Row(CoverageKind.Discrepancy, new[] { first.Article, second.Article });
                    d.Speaker = speaker;
                    d.Detail = "speakers: " + first.Quote.Speaker + " / " + second.Quote.Speaker;
                    d.Summary = d.Detail + " (" + Shorten(first.Quote.Text, 80) + ")";
                    d.Texts = new[] { first, second }.Select(e => builder.Text(e.Article, e.Quote.Text, e.Quote.Start, e.Quote.End)).ToList();
                    d.Similarity = item.Similarity;
                    builder.Add(d);
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            return quoted;
        }

        /// <summary>Two quotes of the cluster whose speakers are different people, both named; else null.</summary>
        private static (StatementAligner.Entry, StatementAligner.Entry)? TwoPeopleFor(List<StatementAligner.Entry> cluster)
        {
            for (var i = 0; i < cluster.Count; i++)
            {
                for (var j = i + 1; j < cluster.Count; j++)
                {
                    var a = cluster[i].Quote;
                    var b = cluster[j].Quote;
                    if (a.SpeakerType == SpeakerType.Person && b.SpeakerType == SpeakerType.Person &&
                        StatementAligner.SpeakersMatch(a.Speaker, b.Speaker) == StatementAligner.SpeakerMatch.Different)
                    {
                        return cluster[i].Article < cluster[j].Article ? (cluster[i], cluster[j]) : (cluster[j], cluster[i]);
                    }
                }
            }

            return null;
        }

        /// <summary>Most common words a sentence may have outside its quotes, names, speaker's phrase and cue aside, and still be
        /// only an attribution with its setting ("Mayor Elena Varga told reporters at the ribbon-cutting").</summary>
        private const int MaxAttributionWords = 3;

        /// <summary>
        /// Sentences that are a whole quoted sentence shown as a statement, plus its attribution: the quote is what they report,
        /// so they are not facts too. A sentence that says more around its quote keeps its fact row, and so does reported speech
        /// with a quoted fragment ("Wang said that while there has been progress, there are also many 'disturbances'"): its
        /// wording is the outlet's own.
        /// </summary>
        private static Func<TextUnit, bool> QuoteSentences(IReadOnlyList<IReadOnlyList<Quote>> quotes, HashSet<(int Article, int Start)> statementQuotes, ContentKeys keys) => u =>
        {
            var mine = quotes[u.Article];
            if (!mine.Any(q => q.Kind == QuoteKind.Direct && q.Start >= u.Start && q.Start < u.End && statementQuotes.Contains((u.Article, q.Start))))
            {
                return false;
            }

            var outside = 0;
            foreach (var w in u.Words)
            {
                var quoted = mine.Any(q => (q.Kind == QuoteKind.Direct || q.Kind == QuoteKind.Partial) && (w.Start >= q.Start && w.End <= q.End || IsAttribution(u, w, q)));
                if (!quoted && !w.Capitalised && !keys.IsStopWord(w.Key) && ++outside > MaxAttributionWords)
                {
                    return false;
                }
            }

            return true;
        };

        /// <summary>
        /// Whether the word is part of the quote's attribution: its speaker's phrase with the title ("union leader Tom Brack")
        /// or its cue ("told"). What the attribution says besides ("reporters at the gates") is counted.
        /// </summary>
        private static bool IsAttribution(TextUnit u, Word w, Quote q)
        {
            if (q.SpeakerStart >= 0 && w.Start >= q.SpeakerStart && w.End <= q.SpeakerEnd)
            {
                return true;
            }

            var cue = q.Cue;
            var length = w.End - w.Start;
            return cue != null && cue.Length >= length && (cue.Length == length || cue[length] == ' ') &&
                string.Compare(u.Text, w.Start - u.Start, cue, 0, length, StringComparison.OrdinalIgnoreCase) == 0;
        }

        /// <summary>
        /// Most quotes of one article lined up with the other articles' quotes. A long feature has a few hundred; past this (a
        /// page of thousands of quotes) each quote is still compared with hundreds of others, minutes of work for rows no one
        /// reads. The rest keep their place in the voice rows.
        /// </summary>
        public const int MaxStatementQuotesPerArticle = 1000;

        private static IReadOnlyList<IReadOnlyList<Quote>> FirstQuotes(IReadOnlyList<Article> articles, IReadOnlyList<IReadOnlyList<Quote>> quotes, List<string> warnings)
        {
            var result = new List<IReadOnlyList<Quote>>(quotes.Count);
            for (var a = 0; a < quotes.Count; a++)
            {
                if (quotes[a].Count <= MaxStatementQuotesPerArticle)
                {
                    result.Add(quotes[a]);
                    continue;
                }

                result.Add(quotes[a].Take(MaxStatementQuotesPerArticle).ToList());
                warnings.Add($"The article '{articles[a].Id}' has {Count(quotes[a].Count)} quotes: only its first {Count(MaxStatementQuotesPerArticle)} were lined up with the other articles; the other {Count(quotes[a].Count - MaxStatementQuotesPerArticle)} have no statement row.");
            }

            return result;
        }
    }
}
