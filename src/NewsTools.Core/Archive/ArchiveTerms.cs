using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Data.Sqlite;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Coverage;

namespace NewsTools.Archive
{
    /// <summary>
    /// The few terms of an article most likely to name its event (names, two-word names, numbers, rare words), kept in the
    /// archive so a new article looks up the stored articles that share them instead of reading them all. Since schema 3 their
    /// hashes go to term_index (<see cref="ArchiveSignatures"/>); the text form here serves migration 2 only.
    /// </summary>
    internal static class ArchiveTerms
    {
        /// <summary>Terms kept per article: enough that two reports of one event share several, few enough to index cheaply.</summary>
        public const int PerArticle = 16;

        public static IReadOnlyList<string> Select(ArticleFingerprint print)
        {
            var best = Best(print);
            var terms = new List<string>(best.Count);
            foreach (var term in best)
            {
                terms.Add(print.Term(term));
            }

            return terms;
        }

        /// <summary>The fingerprint's indexes of the terms <see cref="Select"/> gives, in its order: what the archive stores are their hashes, which the fingerprint has.</summary>
        public static List<int> Best(ArticleFingerprint print)
        {
            // A two-word name ("n:white_house") rarely repeats by chance; a long word is rarer than a short one. The order is total
            // (ties end at the term itself), so keeping the best few in one pass gives the terms a full sort would: an article has
            // hundreds of terms and every stored article is selected once, so sorting them all cost more than the rest of it.
            // Each term's score is worked out once, and the kept terms' scores are kept beside them: most terms score below the
            // last kept one, and comparing with it worked out both scores again for each.
            var table = print.Table;
            var best = new List<int>(PerArticle + 1);
            var scores = new float[PerArticle + 1];
            for (var term = 0; term < print.Count; term++)
            {
                var score = Score(table, term);
                if (best.Count == PerArticle && !Before(table, term, score, best[best.Count - 1], scores[best.Count - 1]))
                {
                    continue;
                }

                var at = best.Count;
                while (at > 0 && Before(table, term, score, best[at - 1], scores[at - 1]))
                {
                    scores[at] = scores[at - 1];
                    at--;
                }

                best.Insert(at, term);
                scores[at] = score;
                if (best.Count > PerArticle)
                {
                    best.RemoveAt(PerArticle);
                }
            }

            return best;
        }

        // Read from the fingerprint's characters, not its strings: every term of every added article is ranked, and a string per
        // term was most of what ranking cost.
        private static float Score(TermTable table, int term) => table.Weight(term) * (table.IsNamePair(term) ? 2 : 1);

        /// <summary>Whether term <paramref name="a"/> (of score <paramref name="scoreA"/>) is kept before term <paramref name="b"/>: higher score, then longer, then by its characters.</summary>
        private static bool Before(TermTable table, int a, float scoreA, int b, float scoreB)
        {
            var score = scoreA.CompareTo(scoreB);
            if (score != 0)
            {
                return score > 0;
            }

            int la = table.Length(a), lb = table.Length(b);
            return la != lb ? la > lb : table.CompareNames(a, b) < 0;
        }

        public static void Insert(StatementCache statements, SqliteTransaction transaction, long articleRow, IReadOnlyList<string> terms)
        {
            var (command, p) = statements.Get("INSERT INTO article_terms(term, article_row) VALUES ($p0, $p1)", 2, transaction);
            p[1].Value = articleRow;
            foreach (var t in terms)
            {
                p[0].Value = t;
                command.ExecuteNonQuery();
            }
        }

        /// <summary>Migration 2: the terms of articles stored before the archive kept them.</summary>
        public static void Backfill(SqliteConnection connection, SqliteTransaction transaction, NewsToolsConfig config)
        {
            var rows = ArticleRecord.ReadAll(connection, transaction);

            using var statements = new StatementCache(connection);
            foreach (var (row, article) in rows)
            {
                Insert(statements, transaction, row, Select(ArticleFingerprint.Build(article, config)));
            }
        }
    }
}
