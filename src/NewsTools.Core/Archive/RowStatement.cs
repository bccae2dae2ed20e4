using System;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace NewsTools.Archive
{
    /// <summary>
    /// One INSERT or UPDATE compiled once and run many times with values bound by position. A run writes tens of thousands of
    /// rows; through SqliteCommand each costs about three times as much (every parameter is looked up by name and converted
    /// on each call), so the archive's row writes go to SQLite directly, on the same connection and in its transaction.
    /// Errors are raised as the <see cref="SqliteException"/> a command would raise, so they are reported the same way.
    /// </summary>
    internal sealed class RowStatement : IDisposable
    {
        private readonly sqlite3 db;
        private readonly sqlite3_stmt statement;
        private readonly int[] positions;

        // What each parameter holds, so a value equal to the one bound is not bound again: SQLite keeps a statement's values
        // from run to run, and the rows of an article repeat many (its row, nulls, a speaker, a cue), each bound through a
        // native call and a text encoded and copied. Unknown after a value these do not follow (an object, UTF-8 bytes).
        private readonly Bound[] bound;
        private readonly string?[] boundTexts;
        private readonly long[] boundNumbers;

        private enum Bound : byte
        {
            Unknown,
            Null,
            Text,
            Number,
        }

        public RowStatement(SqliteConnection connection, string sql, int parameterCount)
        {
            db = connection.Handle ?? throw new InvalidOperationException("The archive's connection is not open.");
            Check(raw.sqlite3_prepare_v2(db, sql, out statement));
            bound = new Bound[parameterCount];
            boundTexts = new string?[parameterCount];
            boundNumbers = new long[parameterCount];
            positions = new int[parameterCount];
            for (var i = 0; i < parameterCount; i++)
            {
                positions[i] = raw.sqlite3_bind_parameter_index(statement, "$p" + i.ToString(CultureInfo.InvariantCulture));
                if (positions[i] == 0)
                {
                    throw new ArgumentException("The statement has no parameter $p" + i.ToString(CultureInfo.InvariantCulture) + ": " + sql, nameof(sql));
                }
            }
        }

        /// <summary>Binds parameter $p<paramref name="i"/>; each value is stored as what it is (text, integer, real, blob or null).</summary>
        public void Set(int i, object? value)
        {
            var p = positions[i];
            bound[i] = Bound.Unknown;
            var rc = value switch
            {
                null => raw.sqlite3_bind_null(statement, p),
                DBNull _ => raw.sqlite3_bind_null(statement, p),
                string s => BindText(p, s),
                int n => raw.sqlite3_bind_int64(statement, p, n),
                long n => raw.sqlite3_bind_int64(statement, p, n),
                bool b => raw.sqlite3_bind_int64(statement, p, b ? 1 : 0),
                double d => raw.sqlite3_bind_double(statement, p, d),
                byte[] bytes => raw.sqlite3_bind_blob(statement, p, bytes),
                _ => throw new ArgumentException("A value of type " + value.GetType().Name + " cannot be stored.", nameof(value)),
            };
            Check(rc);
        }

        /// <summary>Binds an integer without boxing it (the term index writes tens of thousands).</summary>
        public void Set(int i, long value)
        {
            if (bound[i] == Bound.Number && boundNumbers[i] == value)
            {
                return;
            }

            bound[i] = Bound.Unknown;
            Check(raw.sqlite3_bind_int64(statement, positions[i], value));
            boundNumbers[i] = value;
            bound[i] = Bound.Number;
        }

        public void SetNull(int i)
        {
            if (bound[i] == Bound.Null)
            {
                return;
            }

            bound[i] = Bound.Unknown;
            Check(raw.sqlite3_bind_null(statement, positions[i]));
            bound[i] = Bound.Null;
        }

        /// <summary>Binds a text, or null, without going through <see cref="Set(int, object)"/>'s type test.</summary>
        public void SetText(int i, string? value)
        {
            if (value == null)
            {
                SetNull(i);
                return;
            }

            if (bound[i] == Bound.Text && string.Equals(boundTexts[i], value, StringComparison.Ordinal))
            {
                return;
            }

            bound[i] = Bound.Unknown;
            Check(BindText(positions[i], value));
            boundTexts[i] = value;
            bound[i] = Bound.Text;
        }

        /// <summary>Binds a text given as its UTF-8 bytes (as <see cref="SetText"/> would encode it; never null).</summary>
        public void SetUtf8(int i, ReadOnlySpan<byte> utf8Text)
        {
            bound[i] = Bound.Unknown;
            Check(raw.sqlite3_bind_text(statement, positions[i], utf8Text));
        }

        /// <summary>Binds bytes as a blob; SQLite copies them as they are bound, so the caller may reuse them after.</summary>
        public void SetBlob(int i, ReadOnlySpan<byte> bytes)
        {
            bound[i] = Bound.Unknown;
            Check(raw.sqlite3_bind_blob(statement, positions[i], bytes));
        }

        /// <summary>Texts up to this many characters are encoded into the thread's kept buffer; a longer one gets an array of its own.</summary>
        private const int KeptTextLength = 1 << 16;

        // The UTF-8 bytes of the text being bound, reused from value to value: SQLite copies them as they are bound, and the
        // string overload made a new array per value, the article's text and every quote's and event's sentence among them.
        [ThreadStatic]
        private static byte[]? utf8;

        /// <summary>Binds a text as the string overload does (its UTF-8 bytes, a lone surrogate as U+FFFD), from the kept buffer.</summary>
        private int BindText(int position, string value)
        {
            if (value.Length > KeptTextLength)
            {
                return raw.sqlite3_bind_text(statement, position, value);
            }

            var most = Encoding.UTF8.GetMaxByteCount(value.Length);
            if (utf8 == null || utf8.Length < most)
            {
                utf8 = new byte[Math.Max(most, 1024)];
            }

            var length = Encoding.UTF8.GetBytes(value, 0, value.Length, utf8, 0);
            return raw.sqlite3_bind_text(statement, position, new ReadOnlySpan<byte>(utf8, 0, length));
        }

        /// <summary>Binds a date as its ticks, or null, as <see cref="ArticleRecord.Db(DateTime?)"/> stores it, without boxing.</summary>
        public void SetTicks(int i, DateTime? value)
        {
            if (value == null)
            {
                SetNull(i);
            }
            else
            {
                Set(i, value.Value.Ticks);
            }
        }

        /// <summary>Runs the statement with the values bound; they stay bound for the next run.</summary>
        public void Execute()
        {
            try
            {
                var rc = raw.sqlite3_step(statement);
                if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
                {
                    Check(rc);
                }
            }
            finally
            {
                raw.sqlite3_reset(statement);
            }
        }

        /// <summary>
        /// Runs a SELECT to its first row: true when there is one, whose columns are then read with <see cref="Int64"/>,
        /// <see cref="IsNull"/> and <see cref="Text"/>; call <see cref="Reset"/> when done (in a finally), which ends the read.
        /// </summary>
        public bool First()
        {
            var rc = raw.sqlite3_step(statement);
            if (rc == raw.SQLITE_ROW)
            {
                return true;
            }

            raw.sqlite3_reset(statement);
            if (rc != raw.SQLITE_DONE)
            {
                Check(rc);
            }

            return false;
        }

        public bool IsNull(int column) => raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL;

        public long Int64(int column) => raw.sqlite3_column_int64(statement, column);

        public string? Text(int column) => IsNull(column) ? null : raw.sqlite3_column_text(statement, column).utf8_to_string();

        public void Reset() => raw.sqlite3_reset(statement);

        /// <summary>Runs an INSERT and gives the new row's id.</summary>
        public long Insert()
        {
            Execute();
            return raw.sqlite3_last_insert_rowid(db);
        }

        private void Check(int rc)
        {
            if (rc != raw.SQLITE_OK)
            {
                SqliteException.ThrowExceptionForRC(rc, db);
            }
        }

        public void Dispose() => statement?.Dispose();
    }
}
