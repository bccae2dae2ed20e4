using System;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace NewsTools.Archive
{
    /// <summary>
    /// Copies committed pages from the write-ahead log into the archive file on a connection of its own, while the run goes on
    /// analysing and writing the next batches. Without it, every page of a large run is copied (and the file synced) when the
    /// archive is closed, after all the other work, with one core idle. A passive checkpoint never waits for a lock and never
    /// blocks the writer; whatever it leaves is copied at close as before, so a failure here only costs that time.
    /// </summary>
    internal sealed class BackgroundCheckpoint : IDisposable
    {
        private readonly string connectionString;
        private SqliteConnection? connection;
        private Task? running;
        private bool disposed;

        public BackgroundCheckpoint(string path)
        {
            connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = path,
                Mode = SqliteOpenMode.ReadWrite,
                Pooling = false,
            }.ToString();
        }

        /// <summary>Starts a checkpoint of what is committed, unless one is still running (it then takes the rest next time).</summary>
        public void Start()
        {
            if (disposed || (running != null && !running.IsCompleted))
            {
                return;
            }

            running = Task.Run(Run);
        }

        private void Run()
        {
            try
            {
                if (connection == null)
                {
                    connection = new SqliteConnection(connectionString);
                    connection.Open();
                    Execute("PRAGMA synchronous = NORMAL");
                }

                Execute("PRAGMA wal_checkpoint(PASSIVE)");
            }
            catch (SqliteException)
            {
                // Busy, full or read-only: the pages stay in the log, which the archive's own close checkpoints.
            }
            catch (InvalidOperationException)
            {
            }
        }

        private void Execute(string sql)
        {
            using var command = connection!.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        /// <summary>Waits for the checkpoint that is running, if any.</summary>
        public void Wait()
        {
            try
            {
                running?.Wait();
            }
            catch (AggregateException)
            {
            }
        }

        /// <summary>Waits for a running checkpoint and closes the connection (never the last one: the archive's own closes after).</summary>
        public void Dispose()
        {
            disposed = true;
            Wait();
            connection?.Dispose();
            connection = null;
        }
    }
}
