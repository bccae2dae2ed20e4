using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.Data.Sqlite;
using NewsTools.Quotes;
using NewsTools.Time;

namespace NewsTools.Archive
{
    /// <summary>How quotes, time expressions and timeline events are written to their tables and read back as the same types.</summary>
    internal static class ArchiveRows
    {
        public const string QuoteColumns =
            "q.text, q.kind, q.speaker, q.speaker_mention, q.speaker_title, q.speaker_type, q.cue, q.addressee, q.attribution, q.paragraph, " +
            "q.start, q.end, q.speaker_start, q.speaker_end, q.sentence, q.via";

        public const string TimeColumns =
            "t.text, t.type, t.value, t.precision, t.date, t.end_date, t.start, t.end_offset, t.paragraph, t.is_caption, t.tense";

        public const string TimelineColumns =
            "e.date, e.end_date, e.value, e.type, e.precision, e.expression, e.event, e.verb, e.actors, e.sources, e.is_caption, e.tense";

        /// <summary>
        /// Rows of one article in quotes, time_expressions and timeline_events are numbered from its own row times this
        /// (<see cref="FirstRow"/>), one up per row: each article's rows are one range of each table, which a look-up by article
        /// reads by row number and an add writes at the table's end, with no index of articles to keep up to date. An article
        /// can hold no more: its text has fewer than 2^30 characters and each row stands for at least two of them. Article rows
        /// can reach 2^32 before a number passes 2^63.
        /// </summary>
        public const long RowsPerArticle = 1L << 31;

        /// <summary>The number of the first quote (time expression, timeline event) of the article stored in <paramref name="articleRow"/>.</summary>
        public static long FirstRow(long articleRow) => articleRow * RowsPerArticle;

        /// <summary>SQL for "the row of <paramref name="alias"/> belongs to the article whose row is <paramref name="articleRow"/>" (an expression or a parameter).</summary>
        public static string OfArticle(string alias, string articleRow) =>
            $"{alias}.row_id BETWEEN {articleRow} * {RowsPerArticle} AND {articleRow} * {RowsPerArticle} + {RowsPerArticle - 1}";

        /// <summary>
        /// <see cref="OfArticle"/> as a join with the articles (alias a): the range, for reading an article's rows, and the article
        /// row, for reading the article of each row found another way (a speaker's quotes, through their index).
        /// </summary>
        public static string JoinedToArticle(string alias) => $"{alias}.article_row = a.row_id AND {OfArticle(alias, "a.row_id")}";

        // The INSERT statements, put together once: each article's rows are written with them, and a statement text made per
        // article (the column list copied without its prefix, then the whole) was most of what writing the rows allocated.
        private static readonly string InsertQuote = "INSERT INTO quotes(row_id, article_row, " + QuoteColumns.Replace("q.", "") + ") VALUES ($p17, $p16, $p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13, $p14, $p15)";

        private static readonly string InsertTime = "INSERT INTO time_expressions(row_id, article_row, " + TimeColumns.Replace("t.", "") + ") VALUES ($p12, $p11, $p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10)";

        private static readonly string InsertTimelineEvent = "INSERT INTO timeline_events(row_id, article_row, " + TimelineColumns.Replace("e.", "") + ") VALUES ($p13, $p12, $p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11)";

        public static void InsertQuotes(StatementCache statements, long row, IReadOnlyList<Quote> quotes)
        {
            if (quotes.Count == 0)
            {
                return;
            }

            var command = statements.Write(InsertQuote, 18);
            command.Set(16, row);
            var number = FirstRow(row);
            foreach (var q in quotes)
            {
                command.Set(17, number++);
                // Each value bound as what it is, in QuoteColumns' order: no array or boxed integer per row.
                command.SetText(0, q.Text);
                command.Set(1, (int)q.Kind);
                command.SetText(2, q.Speaker);
                command.SetText(3, q.SpeakerMention);
                command.SetText(4, q.SpeakerTitle);
                command.Set(5, (int)q.SpeakerType);
                command.SetText(6, q.Cue);
                command.SetText(7, q.Addressee);
                command.Set(8, (int)q.Attribution);
                command.Set(9, q.Paragraph);
                command.Set(10, q.Start);
                command.Set(11, q.End);
                command.Set(12, q.SpeakerStart);
                command.Set(13, q.SpeakerEnd);
                command.SetText(14, q.Sentence);
                command.SetText(15, q.Via);
                command.Execute();
            }
        }

        public static Quote ReadQuote(SqliteDataReader r, int first, string articleId, string? outlet) => new Quote
        {
            Text = r.GetString(first),
            Kind = (QuoteKind)r.GetInt32(first + 1),
            Speaker = ArticleRecord.Str(r, first + 2),
            SpeakerMention = ArticleRecord.Str(r, first + 3),
            SpeakerTitle = ArticleRecord.Str(r, first + 4),
            SpeakerType = (SpeakerType)r.GetInt32(first + 5),
            Cue = ArticleRecord.Str(r, first + 6),
            Addressee = ArticleRecord.Str(r, first + 7),
            Attribution = (Attribution)r.GetInt32(first + 8),
            Paragraph = r.GetInt32(first + 9),
            Start = r.GetInt32(first + 10),
            End = r.GetInt32(first + 11),
            SpeakerStart = r.GetInt32(first + 12),
            SpeakerEnd = r.GetInt32(first + 13),
            Sentence = r.GetString(first + 14),
            Via = ArticleRecord.Str(r, first + 15),
            ArticleId = articleId,
            Outlet = outlet,
        };

        public static void InsertTimes(StatementCache statements, long row, IReadOnlyList<TimeExpression> times)
        {
            if (times.Count == 0)
            {
                return;
            }

            var command = statements.Write(InsertTime, 13);
            command.Set(11, row);
            var number = FirstRow(row);
            foreach (var t in times)
            {
                command.Set(12, number++);
                command.SetText(0, t.Text);
                command.Set(1, (int)t.Type);
                command.SetText(2, t.Value);
                command.Set(3, (int)t.Precision);
                command.SetTicks(4, t.Date);
                command.SetTicks(5, t.End);
                command.Set(6, t.Start);
                command.Set(7, t.EndOffset);
                command.Set(8, t.Paragraph);
                command.Set(9, t.IsCaption ? 1 : 0);
                command.Set(10, (int)t.Tense);
                command.Execute();
            }
        }

        public static TimeExpression ReadTime(SqliteDataReader r, int first, string articleId) => new TimeExpression
        {
            Text = r.GetString(first),
            Type = (TimexType)r.GetInt32(first + 1),
            Value = ArticleRecord.Str(r, first + 2),
            Precision = (TimePrecision)r.GetInt32(first + 3),
            Date = ArticleRecord.Date(r, first + 4),
            End = ArticleRecord.Date(r, first + 5),
            Start = r.GetInt32(first + 6),
            EndOffset = r.GetInt32(first + 7),
            Paragraph = r.GetInt32(first + 8),
            IsCaption = r.GetInt32(first + 9) != 0,
            Tense = (Tense)r.GetInt32(first + 10),
            ArticleId = articleId,
        };

        public static void InsertTimeline(StatementCache statements, long row, IReadOnlyList<TimelineEvent> events, TimelineTexts texts)
        {
            if (events.Count == 0)
            {
                return;
            }

            var command = statements.Write(InsertTimelineEvent, 14);
            command.Set(12, row);
            var number = FirstRow(row);
            for (var k = 0; k < events.Count; k++)
            {
                command.Set(13, number++);
                var e = events[k];
                command.SetTicks(0, e.Date);
                command.SetTicks(1, e.End);
                command.SetText(2, e.Value);
                command.Set(3, (int)e.Type);
                command.Set(4, (int)e.Precision);
                command.SetText(5, e.Expression);
                command.SetText(6, e.Event);
                command.SetText(7, e.Verb);
                command.SetUtf8(8, texts.Actors(k));
                command.SetUtf8(9, texts.Sources(k));
                command.Set(10, e.IsCaption ? 1 : 0);
                command.Set(11, (int)e.Tense);
                command.Execute();
            }
        }

        public static TimelineEvent ReadTimeline(SqliteDataReader r, int first, string articleId, string? outlet)
        {
            var sources = ParseSources(r.GetString(first + 9), articleId, outlet);
            return new TimelineEvent
            {
                Date = ArticleRecord.Date(r, first),
                End = ArticleRecord.Date(r, first + 1),
                Value = ArticleRecord.Str(r, first + 2),
                Type = (TimexType)r.GetInt32(first + 3),
                Precision = (TimePrecision)r.GetInt32(first + 4),
                Expression = r.GetString(first + 5),
                Event = r.GetString(first + 6),
                Verb = ArticleRecord.Str(r, first + 7),
                Actors = ArticleRecord.Split(r.GetString(first + 8)),
                Sources = sources,
                Outlets = outlet == null ? Array.Empty<string>() : new[] { outlet },
                IsCaption = r.GetInt32(first + 10) != 0,
                Tense = (Tense)r.GetInt32(first + 11),
            };
        }

        private static IReadOnlyList<EventSource> ParseSources(string value, string articleId, string? outlet)
        {
            if (value.Length == 0)
            {
                return Array.Empty<EventSource>();
            }

            return value.Split(ArticleRecord.RecordSeparator).Select(part =>
            {
                var fields = part.Split(ArticleRecord.ListSeparator);
                return new EventSource { ArticleId = articleId, Outlet = outlet, Text = fields[0], Expression = fields.Length > 1 ? fields[1] : "" };
            }).ToList();
        }
    }

    /// <summary>
    /// The text columns of timeline events (actors, sources) as stored, in the UTF-8 that is bound, made where the events are
    /// found: the writing thread binds them as they are. One array per article, sized first: a string per column, built in a
    /// StringBuilder that grew to each source sentence, was a tenth of what an add allocated.
    /// </summary>
    internal sealed class TimelineTexts
    {
        private static readonly Encoding Utf8 = Encoding.UTF8;

        private byte[] bytes;

        /// <summary>Where each event's actors (2k) and sources (2k + 1) end in <see cref="bytes"/>; each starts where the one before ends.</summary>
        private readonly int[] ends;

        public TimelineTexts(IReadOnlyList<TimelineEvent> events)
        {
            // Each part is encoded on its own, which gives the bytes of the joined string: the parts are joined by control
            // characters, so no surrogate pair spans two of them (a lone surrogate becomes U+FFFD either way).
            var size = 0;
            foreach (var e in events)
            {
                // One separator between two actors, between two sources, and between a source's sentence and expression.
                size += Math.Max(0, e.Actors.Count - 1) + Math.Max(0, e.Sources.Count - 1);
                foreach (var a in e.Actors)
                {
                    size += Count(a);
                }

                foreach (var source in e.Sources)
                {
                    size += Count(source.Text) + 1 + Count(source.Expression);
                }
            }

            // From the shared pool, given back by Release once the rows are written: a new array per article was a tenth of what
            // the archive's own work allocated, and it lived until the writing thread came to the article.
            bytes = size == 0 ? Array.Empty<byte>() : ArrayPool<byte>.Shared.Rent(size);
            ends = new int[events.Count * 2];
            var at = 0;
            for (var k = 0; k < events.Count; k++)
            {
                var actors = events[k].Actors;
                for (var i = 0; i < actors.Count; i++)
                {
                    at = i > 0 ? Put(at, ArticleRecord.ListSeparator) : at;
                    at = Put(at, actors[i]);
                }

                ends[2 * k] = at;
                var sources = events[k].Sources;
                for (var i = 0; i < sources.Count; i++)
                {
                    at = i > 0 ? Put(at, ArticleRecord.RecordSeparator) : at;
                    at = Put(at, sources[i].Text);
                    at = Put(at, ArticleRecord.ListSeparator);
                    at = Put(at, sources[i].Expression);
                }

                ends[(2 * k) + 1] = at;
            }
        }

        /// <summary>Gives the bytes back to the pool once the events are written; the texts are not to be read after.</summary>
        public void Release()
        {
            if (bytes.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(bytes);
                bytes = Array.Empty<byte>();
            }
        }

        /// <summary>Event k's actors as <see cref="ArticleRecord.Join"/> writes them, in UTF-8.</summary>
        public ReadOnlySpan<byte> Actors(int k) => Part(2 * k);

        /// <summary>Event k's sources in UTF-8: each its sentence, <see cref="ArticleRecord.ListSeparator"/> and its expression, joined by <see cref="ArticleRecord.RecordSeparator"/> (an article's own events cite only that article).</summary>
        public ReadOnlySpan<byte> Sources(int k) => Part((2 * k) + 1);

        private ReadOnlySpan<byte> Part(int i)
        {
            var start = i == 0 ? 0 : ends[i - 1];
            return new ReadOnlySpan<byte>(bytes, start, ends[i] - start);
        }

        private static int Count(string? text) => string.IsNullOrEmpty(text) ? 0 : Utf8.GetByteCount(text);

        private int Put(int at, char separator)
        {
            bytes[at] = (byte)separator;
            return at + 1;
        }

        private int Put(int at, string? text) =>
            string.IsNullOrEmpty(text) ? at : at + Utf8.GetBytes(text, 0, text!.Length, bytes, at);
    }
}
