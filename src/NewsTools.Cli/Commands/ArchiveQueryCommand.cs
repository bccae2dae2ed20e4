using System;
using System.Collections.Generic;
using System.Linq;
using NewsTools.Archive;

namespace NewsTools.Cli.Commands
{
    /// <summary>`newstools archive query`: stored articles, quotes, time expressions, timeline events, events or revisions, the objects Get-NewsArchive emits.</summary>
    internal sealed class ArchiveQueryCommand : CliCommand
    {
        public override string Name => "archive query";

        public override string Summary => "Read an archive back: --kind Article|Quote|TimeExpression|TimelineEvent|Event|Revision, filtered by --since, --outlet, --speaker.";

        public override string Usage => "--db FILE [--kind KIND] [--since TIME|AGE] [--outlet NAME]... [--speaker NAME]... [--event ID] [--format json|csv|table]";

        public override IReadOnlyCollection<string> ValueOptions => new[] { "db", "kind", "since", "speaker", "event" };

        public override int Run(CliContext context, CommandLine args)
        {
            var path = args.Value("db") ?? throw new UsageException("--db FILE names the archive.");
            var query = new ArchiveQuery
            {
                Kind = ParseKind(args.Value("kind"), args.Values("speaker").Count > 0),
                Since = args.Value("since") == null ? (DateTimeOffset?)null : WebInput.ParseSince(args.Value("since"), DateTimeOffset.UtcNow),
                Outlets = args.Values("outlet"),
                Speakers = args.Values("speaker"),
                EventId = args.Value("event"),
            };
            var columns = query.Kind switch
            {
                ArchiveKind.Quote => new[] { "ArticleId", "Kind", "Speaker", "Text" },
                ArchiveKind.TimeExpression => new[] { "ArticleId", "Text", "Value", "Type" },
                ArchiveKind.TimelineEvent => new[] { "Value", "Event", "Outlets" },
                ArchiveKind.Event => new[] { "EventId", "Count", "Outlets", "Label" },
                ArchiveKind.Revision => new[] { "Revision", "Added", "EventId", "Outlet", "ArticleId" },
                _ => new[] { "Id", "Outlet", "ReferenceDate", "Title" },
            };
            var config = context.LoadConfig(args);
            var writer = context.CreateWriter(args, columns);
            using var archive = NewsArchive.Open(path, config, new ArchiveOptions { ReadOnly = true });
            foreach (var item in archive.Query(query, context.Cancellation))
            {
                writer.Write(item);
            }

            writer.Flush();
            return context.ExitCode;
        }

        private static ArchiveKind ParseKind(string? value, bool speakers)
        {
            if (value == null)
            {
                return speakers ? ArchiveKind.Quote : ArchiveKind.Article;
            }

            if (!Enum.TryParse<ArchiveKind>(value, true, out var kind) || !Enum.IsDefined(kind))
            {
                throw new UsageException($"Unknown --kind '{value}': use {string.Join(", ", Enum.GetNames<ArchiveKind>())}.");
            }

            if (speakers && kind != ArchiveKind.Quote)
            {
                throw new UsageException("--speaker applies to --kind Quote only.");
            }

            return kind;
        }
    }
}
