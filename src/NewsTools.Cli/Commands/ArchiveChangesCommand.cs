using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using NewsTools.Archive;
using NewsTools.Engine;

namespace NewsTools.Cli.Commands
{
    /// <summary>`newstools archive changes --since`: what changed in the archive, the objects Compare-NewsArchive emits, and an HTML report.</summary>
    internal sealed class ArchiveChangesCommand : CliCommand
    {
        public override string Name => "archive changes";

        public override string Summary => "What changed since a time: new events, new outlets on an event, new statements, new discrepancies, revised articles.";

        public override string Usage => "--db FILE --since TIME|AGE [--report FILE.html] [--format json|csv|table]";

        public override IReadOnlyCollection<string> ValueOptions => new[] { "db", "since", "report" };

        public override int Run(CliContext context, CommandLine args)
        {
            var path = args.Value("db") ?? throw new UsageException("--db FILE names the archive.");
            var since = WebInput.ParseSince(args.Value("since"), DateTimeOffset.UtcNow);
            var config = context.LoadConfig(args);
            var writer = context.CreateWriter(args, "Kind", "EventId", "Outlet", "Summary");
            using var archive = NewsArchive.Open(path, config, new ArchiveOptions { ReadOnly = true });
            var changes = archive.Changes(since, context.Cancellation);
            foreach (var change in changes)
            {
                writer.Write(change);
            }

            writer.Flush();
            if (args.Value("report") is string report)
            {
                try
                {
                    File.WriteAllText(report, ChangeReportWriter.ToHtml(changes, since, Path.GetFileName(archive.Path)), new UTF8Encoding(false));
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                {
                    context.Error(new NewsToolsException("ReportNotWritten", InputErrorKind.ReadError, report, "The report cannot be written: " + ex.Message, ex));
                }
            }

            return context.ExitCode;
        }
    }
}
