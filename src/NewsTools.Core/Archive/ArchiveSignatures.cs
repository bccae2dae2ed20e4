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
        /// <summary>The article's grouping keys; <paramref name="textHash"/> is its <see cref="EventSignature.HashText"/> when the caller took it already.</summary>
        public static GroupingKeys Build(Article article, EventGrouper grouper, NewsToolsConfig config, ulong? textHash = null)
        {
            var print = ArticleFingerprint.BuildTransient(article, config);
            var best = ArchiveTerms.Best(print);
            var terms = new long[best.Count];
            for (var i = 0; i < terms.Length; i++)
            {
                terms[i] = unchecked((long)print.Hash(best[i]));
            }

            return new GroupingKeys(grouper.Sign(article, print, textHash), terms);
        }

        /// <summary>Writes the article's signature and the terms it keeps; its term index rows go to <paramref name="termRows"/>.</summary>
        public static void Insert(StatementCache statements, long articleRow, GroupingKeys keys, TermRows termRows) =>
            Insert(statements, articleRow, keys, keys.Signature.ToBytes(), TermBytes(keys.Terms), termRows);

        /// <summary><see cref="Insert(StatementCache, long, GroupingKeys, TermRows)"/> with the signature and term bytes already made.</summary>
        public static void Insert(StatementCache statements, long articleRow, GroupingKeys keys, ReadOnlySpan<byte> signatureBytes, byte[] termBytes, TermRows termRows)
        {
            var signature = statements.Write("INSERT INTO article_signatures(article_row, signature, terms) VALUES ($p0, $p1, $p2)", 3);
            signature.Set(0, articleRow);
            signature.SetBlob(1, signatureBytes);
            signature.Set(2, termBytes);
            signature.Execute();
            termRows.Add(articleRow, keys.Terms);
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
            var termRows = new TermRows();
            foreach (var (row, article) in rows)
            {
                Insert(statements, row, Build(article, grouper, config), termRows);
            }

            termRows.Write(statements);
        }
    }

    /// <summary>
    /// Term index rows waiting to be written, written together in key order and many to a statement. The index serves only to
    /// find grouped articles, so an article's rows are written when it is grouped, in the grouping's transaction: the rows of
    /// a whole run go in at once and each page of the index is written once, where a commit per batch wrote most of its pages
    /// again each time (its keys are hashes, so every batch touches every page). An article a killed run stored but did not
    /// group gets its rows when the next run groups it, from the terms stored with its signature.
    /// </summary>
    internal sealed class TermRows
    {
        /// <summary>Rows per multi-row INSERT: few round trips, and a statement text small enough to compile once and keep.</summary>
        private const int RowsPerStatement = 32;

        /// <summary>Rows per chunk: an add's rows (16 per article) are held in chunks of this many and copied into one array to be sorted.</summary>
        private const int ChunkLength = 4096;

        // Held in fixed chunks, not one list: a list grown by doubling to a large add's rows allocated and copied each of its
        // arrays up to twice the final size, most of them on the large object heap, on the thread that writes every row.
        private readonly List<TermRow[]> chunks = new List<TermRow[]>();

        public int Count { get; private set; }

        public void Add(long articleRow, long[] terms)
        {
            foreach (var t in terms)
            {
                var at = Count % ChunkLength;
                if (at == 0 && Count / ChunkLength == chunks.Count)
                {
                    chunks.Add(new TermRow[ChunkLength]);
                }

                chunks[Count / ChunkLength][at] = new TermRow(t, articleRow);
                Count++;
            }
        }

        /// <summary>Forgets the rows added since there were <paramref name="count"/> (those of a batch that was rolled back); a negative count forgets none.</summary>
        public void Truncate(int count)
        {
            if (count >= 0 && count < Count)
            {
                Count = count;
            }
        }

        /// <summary>Writes the rows held and forgets them.</summary>
        public void Write(StatementCache statements)
        {
            var rows = new TermRow[Count];
            for (var c = 0; c * ChunkLength < Count; c++)
            {
                Array.Copy(chunks[c], 0, rows, c * ChunkLength, Math.Min(ChunkLength, Count - (c * ChunkLength)));
            }

            Array.Sort(rows);
            var i = 0;
            if (rows.Length >= RowsPerStatement)
            {
                // OR IGNORE: two terms of one article with the same 64-bit hash are one key, and an article a killed run of an
                // earlier version stored has its rows already.
                var values = new System.Text.StringBuilder();
                for (var r = 0; r < RowsPerStatement; r++)
                {
                    values.Append(r == 0 ? "" : ", ").Append("($p").Append(2 * r).Append(", $p").Append((2 * r) + 1).Append(')');
                }

                var many = statements.Write("INSERT OR IGNORE INTO term_index(term, article_row) VALUES " + values, 2 * RowsPerStatement);
                for (; i + RowsPerStatement <= rows.Length; i += RowsPerStatement)
                {
                    for (var r = 0; r < RowsPerStatement; r++)
                    {
                        many.Set(2 * r, rows[i + r].Term);
                        many.Set((2 * r) + 1, rows[i + r].Row);
                    }

                    many.Execute();
                }
            }

            var one = statements.Write("INSERT OR IGNORE INTO term_index(term, article_row) VALUES ($p0, $p1)", 2);
            for (; i < rows.Length; i++)
            {
                one.Set(0, rows[i].Term);
                one.Set(1, rows[i].Row);
                one.Execute();
            }

            chunks.Clear();
            Count = 0;
        }

        /// <summary>One row of the index: ordered by term, then article row, as its key is.</summary>
        private readonly struct TermRow : IComparable<TermRow>
        {
            public readonly long Term;
            public readonly long Row;

            public TermRow(long term, long row)
            {
                Term = term;
                Row = row;
            }

            public int CompareTo(TermRow other) => Term != other.Term ? (Term < other.Term ? -1 : 1) : Row.CompareTo(other.Row);
        }
    }
}
