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
        /// <summary>
        /// Batch commits per checkpoint. Each checkpoint copies again the pages that changed since the last (index pages, the
        /// last page of each table) and syncs the file; every few batches copies most pages once and still leaves little for the close.
        /// </summary>
        public const int CommitsPerCheckpoint = 4;

        private readonly string connectionString;
        private SqliteConnection? connection;
        private Task? running;
        private bool disposed;
        private int commits;

        public BackgroundCheckpoint(string path)
        {
            connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = path,
                Mode = SqliteOpenMode.ReadWrite,
                Pooling = false,
            }.ToString();
        }

        /// <summary>Counts a batch's commit, and starts a checkpoint every <see cref="CommitsPerCheckpoint"/> of them.</summary>
        public void Committed()
        {
            if (++commits >= CommitsPerCheckpoint && Start())
            {
                commits = 0;
            }
        }

        /// <summary>Starts a checkpoint of what is committed, unless one is still running (it then takes the rest next time).</summary>
        public bool Start()
        {
            if (disposed || (running != null && !running.IsCompleted))
            {
                return false;
            }

            running = Task.Run(Run);
            return true;
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
