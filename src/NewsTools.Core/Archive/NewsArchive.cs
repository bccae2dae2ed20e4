using System;
using System.Globalization;
using System.IO;
using Microsoft.Data.Sqlite;
using NewsTools.Config;
using NewsTools.Engine;

namespace NewsTools.Archive
{
    /// <summary>How to open an archive.</summary>
    public sealed class ArchiveOptions
    {
        /// <summary>
        /// How long a run waits for another run that is writing the same archive before failing with ArchiveBusy.
        /// An hourly job that overlaps the previous one should wait for it, not fail at once.
        /// </summary>
        public TimeSpan LockTimeout { get; set; } = TimeSpan.FromMinutes(2);

        /// <summary>Open for reading only: nothing is created or migrated, and writing fails with ArchiveReadOnly.</summary>
        public bool ReadOnly { get; set; }

        /// <summary>Caps the file at this many pages (SQLite max_page_count), as a full disk would; for tests of that case.</summary>
        internal long? MaxPages { get; set; }

        /// <summary>Migrates only up to this version, to make a file as an older NewsTools did; for tests of migration.</summary>
        internal int? StopAtVersion { get; set; }
    }

    /// <summary>
    /// An archive of articles and what was found in them, in one SQLite file: articles with their URL, outlet, date, text and
    /// content hash (each changed text a revision), their quotes, time expressions and timeline events, and the event groups
    /// they belong to. Every write is one transaction, so a run killed midway leaves the archive as it was after the last
    /// committed batch, and the next run completes the work.
    /// </summary>
    public sealed partial class NewsArchive : IDisposable
    {
        private readonly SqliteConnection connection;
        private readonly NewsToolsConfig config;
        private readonly ArchiveOptions options;

        private NewsArchive(string path, SqliteConnection connection, NewsToolsConfig config, ArchiveOptions options)
        {
            Path = path;
            this.connection = connection;
            this.config = config;
            this.options = options;
            statements = new StatementCache(connection);
        }

        private readonly StatementCache statements;

        /// <summary>The page size of a new archive file, in bytes.</summary>
        internal const int PageSize = 8192;

        /// <summary>The archive file (full path).</summary>
        public string Path { get; }

        /// <summary>The schema version of the file (after migration, <see cref="CurrentSchemaVersion"/>).</summary>
        public int SchemaVersion { get; private set; }

        /// <summary>The schema version this build writes.</summary>
        public static int CurrentSchemaVersion => ArchiveSchema.Current;

        /// <summary>Time spent per phase since the archive was opened (or <see cref="ArchiveTimings.Clear"/>ed).</summary>
        public ArchiveTimings Timings { get; } = new ArchiveTimings();

        /// <summary>The time stamps of stored rows come from here (tests move it to make runs hours apart).</summary>
        internal Func<DateTimeOffset> Clock { get; set; } = () => DateTimeOffset.UtcNow;

        /// <summary>Called after each article is written inside a batch's transaction; tests throw from it to stand for a killed run.</summary>
        internal Action<int>? AfterArticleWritten { get; set; }

        /// <summary>Opens the archive at <paramref name="path"/>, creating it when missing and migrating an older schema.</summary>
        public static NewsArchive Open(string path, NewsToolsConfig config, ArchiveOptions? options = null)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                throw new NewsToolsException("ArchivePathMissing", InputErrorKind.InvalidArgument, path ?? "", "No archive file was given.");
            }

            options ??= new ArchiveOptions();
            var full = System.IO.Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                throw new NewsToolsException("ArchivePathIsDirectory", InputErrorKind.InvalidArgument, full, "This is a directory; give the archive's file name (news.db).");
            }

            var folder = System.IO.Path.GetDirectoryName(full);
            if (folder != null && !Directory.Exists(folder))
            {
                throw new NewsToolsException("ArchiveFolderMissing", InputErrorKind.NotFound, full, $"The folder {folder} does not exist.");
            }

            if (options.ReadOnly && !File.Exists(full))
            {
                throw new NewsToolsException("ArchiveNotFound", InputErrorKind.NotFound, full, "The archive does not exist.");
            }

            var builder = new SqliteConnectionStringBuilder
            {
                DataSource = full,
                Mode = options.ReadOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
                // A pooled connection keeps the file open after Dispose: a script could not move or delete its archive.
                Pooling = false,
                DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.LockTimeout.TotalSeconds)),
            };
            var connection = new SqliteConnection(builder.ToString());
            var archive = new NewsArchive(full, connection, config ?? throw new ArgumentNullException(nameof(config)), options);
            var opening = archive.Timings.Measure("open");
            try
            {
                connection.Open();
                archive.Pragma("busy_timeout = " + ((long)options.LockTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture));
                if (options.MaxPages != null)
                {
                    archive.Pragma("max_page_count = " + options.MaxPages.Value.ToString(CultureInfo.InvariantCulture));
                }

                if (!options.ReadOnly)
                {
                    // 8 KB pages for a new file (an existing one keeps its size; this must come before the log is set): an
                    // article's text (2.3 KB on average in news) and its event signature (1.3 KB) fit three or more to a page
                    // instead of one or two with the rest spilled to overflow pages, so the file is about 7% smaller and has
                    // half as many pages to write to the log, check and copy back into the file.
                    archive.Pragma("page_size = " + PageSize.ToString(CultureInfo.InvariantCulture));

                    // Write-ahead log: readers go on while a run writes, and a commit costs one sync of the log instead of
                    // several of the file. With synchronous=NORMAL a killed process loses nothing committed; only a power cut
                    // can undo the last commits, never corrupt the file.
                    archive.Pragma("journal_mode = WAL");
                    archive.Pragma("synchronous = NORMAL");

                    // A checkpoint copies the log into the file and syncs it; at the default 1,000 pages (4 MB) a large add
                    // checkpoints every few batches and writes the same index pages again each time. The log may grow to
                    // 64 MB before one, and is cut back to that after.
                    archive.Pragma("wal_autocheckpoint = 16384");
                    archive.Pragma("journal_size_limit = 67108864");
                }

                // SQLite's own default of 2 MB of cached pages. An add writes every page of its archive once, and a larger cache
                // (it was 32 MB) kept each of them: a new archive of the BBC corpus (19 MB) took 4,000-5,000 more fresh pages of
                // memory, about 50 ms of CPU on a virtual machine, and no query or grouping was faster for it.
                archive.Pragma("cache_size = -2000");
                archive.Migrate();
                opening.Dispose();
                return archive;
            }
            catch (SqliteException ex)
            {
                archive.Dispose();
                throw archive.Fail(ex, "open");
            }
            catch
            {
                archive.Dispose();
                throw;
            }
        }

        private void Migrate()
        {
            SchemaVersion = Convert.ToInt32(Scalar("PRAGMA user_version"), CultureInfo.InvariantCulture);
            if (SchemaVersion > ArchiveSchema.Current)
            {
                throw new NewsToolsException("ArchiveTooNew", InputErrorKind.NotSupported, Path, $"The archive has schema version {SchemaVersion}; this NewsTools reads up to version {ArchiveSchema.Current}. Update NewsTools.");
            }

            if (SchemaVersion == 0 && Convert.ToInt64(Scalar("SELECT COUNT(*) FROM sqlite_master"), CultureInfo.InvariantCulture) > 0)
            {
                throw new NewsToolsException("NotAnArchive", InputErrorKind.InvalidData, Path, "This SQLite file is not a NewsTools archive.");
            }

            if (SchemaVersion < ArchiveSchema.Current && options.ReadOnly)
            {
                throw new NewsToolsException("ArchiveNeedsMigration", InputErrorKind.NotSupported, Path, $"The archive has schema version {SchemaVersion} and must be opened for writing once to be migrated to version {ArchiveSchema.Current}.");
            }

            MigrateTo(options.StopAtVersion ?? ArchiveSchema.Current);
        }

        /// <summary>Applies the migrations after the file's version up to <paramref name="version"/>, one transaction each.</summary>
        internal void MigrateTo(int version)
        {
            while (SchemaVersion < version)
            {
                using var transaction = BeginWrite();
                // Another run may have migrated the file while this one waited for the lock.
                var now = Convert.ToInt32(Scalar("PRAGMA user_version", transaction), CultureInfo.InvariantCulture);
                if (now > SchemaVersion)
                {
                    transaction.Rollback();
                    SchemaVersion = now;
                    continue;
                }

                ArchiveSchema.Migrations[SchemaVersion](connection, transaction, config);
                ArchiveSchema.Execute(connection, transaction, "PRAGMA user_version = " + (SchemaVersion + 1).ToString(CultureInfo.InvariantCulture));
                transaction.Commit();
                SchemaVersion++;
            }
        }

        /// <summary>
        /// A write transaction that takes the write lock at once (BEGIN IMMEDIATE): two runs never interleave their batches, and
        /// the second waits up to <see cref="ArchiveOptions.LockTimeout"/> instead of failing halfway through its own.
        /// </summary>
        private SqliteTransaction BeginWrite()
        {
            if (options.ReadOnly)
            {
                throw new NewsToolsException("ArchiveReadOnly", InputErrorKind.NotSupported, Path, "The archive was opened for reading only.");
            }

            return connection.BeginTransaction(deferred: false);
        }

        private void Pragma(string pragma) => ArchiveSchema.Execute(connection, null, "PRAGMA " + pragma);

        private object? Scalar(string sql, SqliteTransaction? transaction = null)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            return command.ExecuteScalar();
        }

        private SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            return command;
        }

        /// <summary>A SQLite failure as an error that names the archive and says what the user can do.</summary>
        internal NewsToolsException Fail(SqliteException ex, string doing)
        {
            var code = ex.SqliteErrorCode & 0xFF;
            switch (code)
            {
                case 5:
                case 6:
                    return new NewsToolsException("ArchiveBusy", InputErrorKind.ReadError, Path, $"Another run is writing the archive; waited {options.LockTimeout.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s for it and gave up. Nothing of this run's current batch was stored; run again when the other has finished.", ex);
                case 8:
                    return new NewsToolsException("ArchiveReadOnly", InputErrorKind.NotSupported, Path, "The archive cannot be written: the file, its folder or the disk is read-only.", ex);
                case 13:
                    return new NewsToolsException("ArchiveDiskFull", InputErrorKind.LimitExceeded, Path, $"The disk (or the archive's size limit) is full; the batch being written was rolled back and the archive is as it was before it ({doing}).", ex);
                case 14:
                    return new NewsToolsException("ArchiveCannotOpen", InputErrorKind.ReadError, Path, "The archive file cannot be opened (missing folder, no permission, or a read-only place for a new file).", ex);
                case 11:
                case 26:
                    return new NewsToolsException("NotAnArchive", InputErrorKind.InvalidData, Path, "This file is not a NewsTools archive, or it is damaged.", ex);
                default:
                    return new NewsToolsException("ArchiveError", InputErrorKind.ReadError, Path, $"The archive failed to {doing}: {ex.Message}", ex);
            }
        }

        /// <summary>Closes the file; the last connection to close copies the write-ahead log into it (timed as "close").</summary>
        public void Dispose()
        {
            using (Timings.Measure("close"))
            {
                StopCheckpoints();
                analysisQueue?.Dispose();
                statements.Dispose();
                connection.Dispose();
            }
        }
    }
}
