using System;
using System.Collections.Generic;
using Microsoft.Data.Sqlite;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Coverage;

namespace NewsTools.Archive
{
    /// <summary>
    /// What grouping needs of a stored article, kept beside it: its event signature (the grouper's vector) and the hashes of
    /// its few distinctive terms, which the term index maps back to the articles that carry them. Both are worked out from
    /// one fingerprint of the article, when it is analysed.
    /// </summary>
    internal sealed class GroupingKeys
    {
        public GroupingKeys(EventSignature signature, long[] terms)
        {
            Signature = signature;
            Terms = terms;
        }

        public EventSignature Signature { get; }

        /// <summary>Hashes of <see cref="ArchiveTerms.Select"/>'s terms, in its order.</summary>
        public long[] Terms { get; }
    }

    internal static class ArchiveSignatures
    {
        public static GroupingKeys Build(Article article, EventGrouper grouper, NewsToolsConfig config)
        {
            var print = ArticleFingerprint.Build(article, config);
            var words = ArchiveTerms.Select(print);
            var terms = new long[words.Count];
            for (var i = 0; i < terms.Length; i++)
            {
                terms[i] = unchecked((long)EventSignature.Hash(words[i]));
            }

            return new GroupingKeys(grouper.Sign(article, print), terms);
        }

        public static void Insert(StatementCache statements, long articleRow, GroupingKeys keys)
        {
            var signature = statements.Write("INSERT INTO article_signatures(article_row, signature, terms) VALUES ($p0, $p1, $p2)", 3);
            signature.Set(0, articleRow);
            signature.Set(1, keys.Signature.ToBytes());
            signature.Set(2, TermBytes(keys.Terms));
            signature.Execute();

            // OR IGNORE: two terms of one article with the same 64-bit hash are one key.
            var index = statements.Write("INSERT OR IGNORE INTO term_index(term, article_row) VALUES ($p0, $p1)", 2);
            index.Set(1, articleRow);
            foreach (var t in keys.Terms)
            {
                index.Set(0, t);
                index.Execute();
            }
        }

        public static byte[] TermBytes(long[] terms)
        {
            var bytes = new byte[terms.Length * 8];
            for (var i = 0; i < terms.Length; i++)
            {
                var t = terms[i];
                for (var b = 0; b < 8; b++)
                {
                    bytes[(i * 8) + b] = (byte)(t >> (8 * b));
                }
            }

            return bytes;
        }

        public static long[] ReadTerms(byte[] bytes)
        {
            var terms = new long[bytes.Length / 8];
            for (var i = 0; i < terms.Length; i++)
            {
                long t = 0;
                for (var b = 7; b >= 0; b--)
                {
                    t = (t << 8) | bytes[(i * 8) + b];
                }

                terms[i] = t;
            }

            return terms;
        }

        /// <summary>Migration 3: the signatures and term hashes of articles stored before the archive kept them.</summary>
        public static void Backfill(SqliteConnection connection, SqliteTransaction transaction, NewsToolsConfig config)
        {
            var grouper = new EventGrouper(config);
            var rows = ArticleRecord.ReadAll(connection, transaction);

            using var statements = new StatementCache(connection);
            foreach (var (row, article) in rows)
            {
                Insert(statements, row, Build(article, grouper, config));
            }
        }
    }
}
