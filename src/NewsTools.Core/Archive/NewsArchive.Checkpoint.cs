using System;
using System.Runtime.ExceptionServices;
using System.Threading;
using Microsoft.Data.Sqlite;

namespace NewsTools.Archive
{
    public sealed partial class NewsArchive
    {
        /// <summary>The connection that copies committed batches from the write-ahead log into the file, opened on first use.</summary>
        private SqliteConnection? checkpointer;

        /// <summary>The thread that makes the copies, started with the first; it waits for the next one between them.</summary>
        private Thread? checkpointThread;

        /// <summary>Guards the three flags below; the copying thread and the writing thread wait on it for each other.</summary>
        private readonly object checkpointGate = new object();

        private bool checkpointAsked;
        private bool checkpointRunning;
        private bool checkpointsStopping;

        /// <summary>What the copying thread threw other than a SQLite failure, rethrown when a test waits for the copy.</summary>
        private ExceptionDispatchInfo? checkpointFailure;

        /// <summary>
        /// Starts copying what is committed from the write-ahead log into the file, on a thread of its own and a connection of its
        /// own, unless a copy is still under way. The copy waits mostly for the disk (each one syncs the log and the file), so
        /// done while the articles are analysed it costs the add almost nothing, where done when the archive is closed it held
        /// up the end of a large add by a quarter of a second and more. A passive checkpoint never waits for a lock and never
        /// blocks a writer, so this run's next batch and another run's batches go on; a copy that fails (a full disk) leaves
        /// the pages in the log, and closing the archive copies them as before. One thread makes every copy of the run: a new
        /// one per batch cost the writing thread more than the copy's own work did.
        /// </summary>
        private void CheckpointInBackground()
        {
            if (options.ReadOnly)
            {
                return;
            }

            lock (checkpointGate)
            {
                if (checkpointAsked || checkpointRunning)
                {
                    return;
                }

                checkpointAsked = true;
                if (checkpointThread == null)
                {
                    checkpointThread = new Thread(CopyWhenAsked) { IsBackground = true, Name = "NewsTools archive checkpoint" };
                    checkpointThread.Start();
                }
                else
                {
                    Monitor.PulseAll(checkpointGate);
                }
            }
        }

        /// <summary>The copying thread: one copy each time one is asked for, until the archive closes.</summary>
        private void CopyWhenAsked()
        {
            while (true)
            {
                lock (checkpointGate)
                {
                    while (!checkpointAsked && !checkpointsStopping)
                    {
                        Monitor.Wait(checkpointGate);
                    }

                    if (!checkpointAsked)
                    {
                        return;
                    }

                    checkpointAsked = false;
                    checkpointRunning = true;
                }

                try
                {
                    Checkpoint();
                }
                catch (Exception ex)
                {
                    checkpointFailure = ExceptionDispatchInfo.Capture(ex);
                }
                finally
                {
                    lock (checkpointGate)
                    {
                        checkpointRunning = false;
                        Monitor.PulseAll(checkpointGate);
                    }
                }
            }
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

        /// <summary>Waits for the copy under way or asked for, if any (tests look at the file after it).</summary>
        internal void WaitForCheckpoint()
        {
            lock (checkpointGate)
            {
                while (checkpointAsked || checkpointRunning)
                {
                    Monitor.Wait(checkpointGate);
                }
            }

            RethrowCheckpointFailure();
        }

        /// <summary>Waits for the copy under way, ends the copying thread and closes its connection (before the archive's own, which copies the rest).</summary>
        private void StopCheckpoints()
        {
            lock (checkpointGate)
            {
                checkpointsStopping = true;
                Monitor.PulseAll(checkpointGate);
            }

            checkpointThread?.Join();
            checkpointThread = null;
            checkpointer?.Dispose();
            checkpointer = null;

            // Not rethrown here, where it would leave the archive's own connection open: closing copies what the copy left.
            checkpointFailure = null;
        }

        private void RethrowCheckpointFailure()
        {
            var failure = checkpointFailure;
            checkpointFailure = null;
            failure?.Throw();
        }
    }
}
