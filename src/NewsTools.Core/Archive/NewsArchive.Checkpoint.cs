using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace NewsTools.Archive
{
    public sealed partial class NewsArchive
    {
        /// <summary>The connection that copies committed batches from the write-ahead log into the file, opened on first use.</summary>
        private SqliteConnection? checkpointer;

        /// <summary>The copy under way, if any.</summary>
        private Task? checkpointing;

        /// <summary>
        /// Starts copying what is committed from the write-ahead log into the file, on a thread of its own and a connection of its
        /// own, unless a copy is still under way. The copy waits mostly for the disk (each one syncs the log and the file), so
        /// done while the articles are analysed it costs the add almost nothing, where done when the archive is closed it held
        /// up the end of a large add by a quarter of a second and more. A passive checkpoint never waits for a lock and never
        /// blocks a writer, so this run's next batch and another run's batches go on; a copy that fails (a full disk) leaves
        /// the pages in the log, and closing the archive copies them as before.
        /// </summary>
        private void CheckpointInBackground()
        {
            if (options.ReadOnly || (checkpointing != null && !checkpointing.IsCompleted))
            {
                return;
            }

            checkpointing = Task.Factory.StartNew(Checkpoint, default, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        private void Checkpoint()
        {
            try
            {
                if (checkpointer == null)
                {
                    var connection = new SqliteConnection(new SqliteConnectionStringBuilder
                    {
                        DataSource = Path,
                        Mode = SqliteOpenMode.ReadWrite,
                        Pooling = false,
                    }.ToString());
                    connection.Open();
                    checkpointer = connection;
                }

                ArchiveSchema.Execute(checkpointer, null, "PRAGMA wal_checkpoint(PASSIVE)");
            }
            catch (SqliteException)
            {
                // The pages stay in the log; the next copy, or closing the archive, copies them.
            }
        }

        /// <summary>Waits for the copy under way, if any (tests look at the file after it).</summary>
        internal void WaitForCheckpoint() => checkpointing?.Wait();

        /// <summary>Waits for the copy under way and closes its connection (before the archive's own, which copies the rest).</summary>
        private void StopCheckpoints()
        {
            checkpointing?.Wait();
            checkpointing = null;
            checkpointer?.Dispose();
            checkpointer = null;
        }
    }
}
