using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using NewsTools.Articles;
using NewsTools.Coverage;
using NewsTools.Text;

namespace NewsTools.Archive
{
    /// <summary>How an <see cref="Article"/> is written to and read back from a row of the articles table.</summary>
    internal static class ArticleRecord
    {
        public const string Columns =
            "a.row_id, a.article_id, a.url, a.outlet, a.title, a.author, a.site_name, a.dateline, a.agencies, a.published, a.reference_date, " +
            "a.reference_date_source, a.format, a.text, a.paragraphs";

        /// <summary>
        /// Columns added by later schema versions, read apart from <see cref="Columns"/> because the migrations before them read
        /// whole articles with <see cref="Columns"/> while these do not exist yet.
        /// </summary>
        public const string LaterColumns = "a.language, a.published_offset";

        /// <summary>Reads the columns of <see cref="LaterColumns"/> starting at <paramref name="first"/> onto the article.</summary>
        public static void ReadLater(SqliteDataReader r, int first, Article article)
        {
            article.Language = Str(r, first);
            if (article.PublishedTime != null && !r.IsDBNull(first + 1))
            {
                article.PublishedTime = new DateTimeOffset(article.PublishedTime.Value.DateTime, TimeSpan.FromMinutes(r.GetInt32(first + 1)));
            }
        }

        /// <summary>Reads the columns of <see cref="Columns"/> starting at <paramref name="first"/>.</summary>
        public static Article Read(SqliteDataReader r, int first = 0)
        {
            var article = new Article
            {
                Id = r.GetString(first + 1),
                Url = Str(r, first + 2),
                Outlet = Str(r, first + 3),
                Title = Str(r, first + 4),
                Author = Str(r, first + 5),
                SiteName = Str(r, first + 6),
                Dateline = Str(r, first + 7),
                Agencies = Split(Str(r, first + 8)),
                // The clock time at the offset stored beside it (ReadLater); UTC until then, never the machine's own zone.
                PublishedTime = Date(r, first + 9) is DateTime published ? new DateTimeOffset(DateTime.SpecifyKind(published, DateTimeKind.Unspecified), TimeSpan.Zero) : (DateTimeOffset?)null,
                ReferenceDate = Date(r, first + 10),
                ReferenceDateSource = (ReferenceDateSource)r.GetInt32(first + 11),
                Format = r.GetString(first + 12),
                Text = r.GetString(first + 13),
            };
            article.Paragraphs = ParseParagraphs(r.GetString(first + 14), article.Text);
            return article;
        }

        /// <summary>"kind:start:length" per paragraph, ';' between: the paragraph texts are slices of the stored text.</summary>
        /// <summary>Every stored article with its row id, read whole before a migration rewrites what belongs to each.</summary>
        public static List<(long Row, Article Article)> ReadAll(SqliteConnection connection, SqliteTransaction transaction)
        {
            var rows = new List<(long Row, Article Article)>();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT " + Columns + " FROM articles a";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows.Add((reader.GetInt64(0), Read(reader)));
            }

            return rows;
        }

        public static string FormatParagraphs(IReadOnlyList<Paragraph> paragraphs)
        {
            var sb = new StringBuilder(paragraphs.Count * 12);
            foreach (var p in paragraphs)
            {
                if (sb.Length > 0)
                {
                    sb.Append(';');
                }

                // The length from the offsets: reading Text would cut a string of every paragraph that no analysis needed.
                sb.Append((int)p.Kind).Append(':').Append(p.Start).Append(':').Append(p.End - p.Start);
            }

            return sb.ToString();
        }

        private static IReadOnlyList<Paragraph> ParseParagraphs(string value, string text)
        {
            if (value.Length == 0)
            {
                return Array.Empty<Paragraph>();
            }

            var parts = value.Split(';');
            var list = new List<Paragraph>(parts.Length);
            foreach (var part in parts)
            {
                var fields = part.Split(':');
                var start = int.Parse(fields[1], CultureInfo.InvariantCulture);
                var length = int.Parse(fields[2], CultureInfo.InvariantCulture);
                if (start < 0 || start + length > text.Length)
                {
                    continue;
                }

                // Cut from the text only if someone reads the paragraph's Text (the analyses read its span).
                list.Add(new Paragraph(list.Count, (ParagraphKind)int.Parse(fields[0], CultureInfo.InvariantCulture), start, text, start, length));
            }

            return list;
        }

        /// <summary>SHA-256 of the title and text with white space collapsed, so re-wrapped lines or a changed ad slot do not count as a new text.</summary>
        public static string ContentHash(Article article) => ContentHash(article, out _);

        /// <summary>
        /// <see cref="ContentHash(Article)"/>, and the text hash the event signature keeps (<see cref="EventSignature.HashText"/>),
        /// taken in the same pass over the text: both collapse its white space alike, and the signature's own pass cost as much.
        /// </summary>
        public static string ContentHash(Article article, out ulong textHash)
        {
            // Collapsed into a buffer of the final size and hashed by a SHA-256 object, both kept per thread: every article added
            // is hashed, and making the hash object costs more than hashing a short article, while a new buffer of the text's
            // size per article (its characters, then their UTF-8 bytes) was most of what hashing allocated.
            var title = article.Title ?? "";
            var scratch = hashScratch ??= new HashScratch();
            var chars = scratch.Chars(title.Length + 1 + article.Text.Length);
            // The title is hashed apart, as written (TextHashStart): its own collapsed hash is not needed.
            var titleHash = 0UL;
            var n = Collapse(chars, 0, title, ref titleHash);
            chars[n++] = '\u0001';
            textHash = EventSignature.TextHashStart(article.Title);
            n = Collapse(chars, n, article.Text, ref textHash);
            var bytes = scratch.Bytes(Encoding.UTF8.GetMaxByteCount(n));
            var count = Encoding.UTF8.GetBytes(chars, 0, n, bytes, 0);
            var hash = scratch.Sha256.ComputeHash(bytes, 0, count);
            var hex = new char[32];
            for (var i = 0; i < 16; i++)
            {
                hex[2 * i] = HexDigits[hash[i] >> 4];
                hex[(2 * i) + 1] = HexDigits[hash[i] & 0xF];
            }

            return new string(hex);
        }

        private const string HexDigits = "0123456789abcdef";

        [ThreadStatic]
        private static HashScratch? hashScratch;

        /// <summary>One thread's hash object and buffers, reused from article to article.</summary>
        private sealed class HashScratch
        {
            /// <summary>Buffers up to this many elements are kept for the next article; a longer text gets buffers of its own, so one huge page does not stay in memory.</summary>
            private const int KeptLength = 1 << 17;

            private char[] chars = new char[4096];
            private byte[] bytes = new byte[4096];

            public SHA256 Sha256 { get; } = SHA256.Create();

            public char[] Chars(int length) => length <= chars.Length ? chars : length > KeptLength ? new char[length] : (chars = new char[Grown(chars.Length, length)]);

            public byte[] Bytes(int length) => length <= bytes.Length ? bytes : length > KeptLength ? new byte[length] : (bytes = new byte[Grown(bytes.Length, length)]);

            private static int Grown(int size, int length)
            {
                while (size < length)
                {
                    size *= 2;
                }

                return Math.Min(size, KeptLength);
            }
        }

        /// <summary>
        /// Copies <paramref name="text"/> to <paramref name="into"/> at <paramref name="at"/> with each run of white space made one
        /// space and white space at its end dropped, and returns the end; on the way it takes the text's
        /// <see cref="EventSignature.HashText"/> on from <paramref name="h"/> (that hash collapses white space alike). Copied a
        /// character at a time as the text is read: a call to copy each run between spaces (a word, mostly) cost more than the copy.
        /// </summary>
        private static int Collapse(char[] into, int at, string? text, ref ulong h)
        {
            var start = at;
            var space = false;
            var hash = h;
            foreach (var c in text ?? "")
            {
                if (TextNormalizer.IsSpace(c))
                {
                    space = true;
                    continue;
                }

                if (space)
                {
                    // The signature's hash has no space before the first word.
                    hash = at > start ? EventSignature.HashStep(hash, ' ') : hash;
                    into[at++] = ' ';
                    space = false;
                }

                hash = EventSignature.HashStep(hash, c);
                into[at++] = c;
            }

            h = EventSignature.TextHashEnd(hash, at > start);
            return at;
        }

        public const char ListSeparator = '\u001F';
        public const char RecordSeparator = '\u001E';

        public static string Join(IReadOnlyList<string> values) => string.Join(ListSeparator.ToString(), values);

        public static IReadOnlyList<string> Split(string? value) =>
            string.IsNullOrEmpty(value) ? (IReadOnlyList<string>)Array.Empty<string>() : value!.Split(ListSeparator);

        public static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

        public static DateTime? Date(SqliteDataReader r, int i) => r.IsDBNull(i) ? (DateTime?)null : new DateTime(r.GetInt64(i), DateTimeKind.Unspecified);

        public static object Db(DateTime? value) => value == null ? (object)DBNull.Value : value.Value.Ticks;

        public static object Db(string? value) => value == null ? (object)DBNull.Value : value;

        public static DateTimeOffset Instant(long ticks) => new DateTimeOffset(ticks, TimeSpan.Zero);
    }
}
