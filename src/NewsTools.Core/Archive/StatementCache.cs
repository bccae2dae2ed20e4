using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace NewsTools.Archive
{
    /// <summary>
    /// Prepared statements kept for the life of the connection: a command whose text does not change keeps its compiled
    /// statement, so the tens of thousands of row inserts of a large run are compiled once each, not once per article.
    /// </summary>
    internal sealed class StatementCache : IDisposable
    {
        private readonly SqliteConnection connection;
        private readonly Dictionary<string, (SqliteCommand Command, SqliteParameter[] Parameters)> statements =
            new Dictionary<string, (SqliteCommand, SqliteParameter[])>(StringComparer.Ordinal);

        private readonly Dictionary<string, RowStatement> writes = new Dictionary<string, RowStatement>(StringComparer.Ordinal);

        public StatementCache(SqliteConnection connection)
        {
            this.connection = connection;
        }

        /// <summary>The command for <paramref name="sql"/>, whose parameters are named $p0 ... $p(n-1), bound to <paramref name="transaction"/>.</summary>
        public (SqliteCommand Command, SqliteParameter[] Parameters) Get(string sql, int parameterCount, SqliteTransaction? transaction)
        {
            if (!statements.TryGetValue(sql, out var statement))
            {
                var command = connection.CreateCommand();
                command.CommandText = sql;
                var parameters = new SqliteParameter[parameterCount];
                for (var i = 0; i < parameterCount; i++)
                {
                    // No declared type: each value is stored as what it is (text, integer or null).
                    parameters[i] = command.CreateParameter();
                    parameters[i].ParameterName = "$p" + i.ToString(CultureInfo.InvariantCulture);
                    command.Parameters.Add(parameters[i]);
                }

                statements[sql] = statement = (command, parameters);
            }

            statement.Command.Transaction = transaction;
            return statement;
        }

        /// <summary>
        /// The row write for <paramref name="sql"/> (one INSERT or UPDATE, parameters $p0 ... $p(n-1)), compiled on first use; also
        /// a look-up by key that reads one row (<see cref="RowStatement.First"/>), run thousands of times in a large add.
        /// </summary>
        public RowStatement Write(string sql, int parameterCount)
        {
            if (!writes.TryGetValue(sql, out var statement))
            {
                writes[sql] = statement = new RowStatement(connection, sql, parameterCount);
            }

            return statement;
        }

        public void Dispose()
        {
            foreach (var s in statements.Values)
            {
                s.Command.Dispose();
            }

            statements.Clear();
            foreach (var w in writes.Values)
            {
                w.Dispose();
            }

            writes.Clear();
        }
    }
}
