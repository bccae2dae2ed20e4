using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using NewsTools.Coverage;
using NewsTools.Engine;

namespace NewsTools.Cli.Commands
{
    /// <summary>
    /// `newstools group`: which event each article covers (Group-ArticleEvent). Articles are read one at a time and only their
    /// signatures are kept, so memory grows with the number of articles, not their length. A corpus split across machines is
    /// grouped by writing each shard's signatures (--signatures-out) and grouping them together (--signatures): a signature
    /// depends on its article alone, so the merged groups are those one machine would find.
    /// </summary>
    internal sealed class GroupCommand : CliCommand
    {
        public override string Name => "group";

        public override string Summary => "Group articles by the event they cover: one line per article with its EventId.";

        public override string Usage => "[--format json|csv|table] [--jsonl FILE] PATH... | --signatures-out FILE [--jsonl FILE] PATH... | --signatures SIGFILE...";

        public override IReadOnlyCollection<string> ValueOptions => new[] { "signatures-out" };

        public override int Run(CliContext context, CommandLine args)
        {
            var config = context.LoadConfig(args);
            var grouper = new EventGrouper(config) { Reporter = context };
            var signaturesOut = args.Value("signatures-out");
            if (signaturesOut != null)
            {
                return WriteSignatures(context, args, grouper, signaturesOut);
            }

            var signatures = args.Flag("signatures") ? ReadSignatures(context, args.Positional) : SignArticles(context, args, grouper);
            var groups = grouper.GroupSignatures(signatures, context.Cancellation);
            var groupOf = new ArticleGroup[signatures.Count];
            foreach (var g in groups)
            {
                foreach (var i in g.ArticleIndexes)
                {
                    groupOf[i] = g;
                }
            }

            var writer = context.CreateWriter(args, "ArticleId", "EventId", "Outlet", "Title");
            for (var i = 0; i < signatures.Count; i++)
            {
                writer.Write(new ArticleEventRow(signatures[i], groupOf[i]));
            }

            writer.Flush();
            return context.ExitCode;
        }

        private static List<EventSignature> SignArticles(CliContext context, CommandLine args, EventGrouper grouper)
        {
            var signatures = new List<EventSignature>();
            foreach (var article in context.ReadArticles(args, grouper.Config))
            {
                signatures.Add(grouper.Sign(article));
            }

            return signatures;
        }

        private static int WriteSignatures(CliContext context, CommandLine args, EventGrouper grouper, string path)
        {
            try
            {
                using var output = path == "-" ? null : new StreamWriter(path, false, new UTF8Encoding(false));
                var writer = output ?? context.Out;
                foreach (var article in context.ReadArticles(args, grouper.Config))
                {
                    writer.Write(grouper.Sign(article).ToJson());
                    writer.Write('\n');
                }
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                context.Error(new NewsToolsException("SignaturesNotWritten", InputErrorKind.ReadError, path, "Cannot write the signatures: " + ex.Message, ex));
            }

            return context.ExitCode;
        }

        /// <summary>Signature files in the order given, each line one article; a line that is not a signature is that line's error.</summary>
        private static List<EventSignature> ReadSignatures(CliContext context, IReadOnlyList<string> files)
        {
            if (files.Count == 0)
            {
                throw new UsageException("Give the signature files written by --signatures-out.");
            }

            var signatures = new List<EventSignature>();
            foreach (var file in files)
            {
                try
                {
                    var n = 0;
                    foreach (var line in File.ReadLines(file))
                    {
                        n++;
                        context.Cancellation.ThrowIfCancellationRequested();
                        if (string.IsNullOrWhiteSpace(line))
                        {
                            continue;
                        }

                        var signature = EventSignature.FromJson(line);
                        if (signature == null)
                        {
                            context.Error(new NewsToolsException("InvalidSignature", InputErrorKind.InvalidData, file + ":" + n.ToString(CultureInfo.InvariantCulture), "The line is not an article signature written by `newstools group --signatures-out`."));
                            continue;
                        }

                        signatures.Add(signature);
                    }
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                {
                    context.Error(new NewsToolsException("SignaturesNotRead", InputErrorKind.ReadError, file, "Cannot read the signatures: " + ex.Message, ex));
                }
            }

            return signatures;
        }

        /// <summary>One output line: the article and the event group it fell in.</summary>
        public sealed class ArticleEventRow
        {
            public ArticleEventRow(EventSignature article, ArticleGroup group)
            {
                ArticleId = article.Id;
                EventId = group.EventId;
                Outlet = article.Outlet;
                Title = article.Title;
                GroupSize = group.Count;
                Label = group.Label;
            }

            public string ArticleId { get; }

            public string EventId { get; }

            public string? Outlet { get; }

            public string? Title { get; }

            public int GroupSize { get; }

            public string Label { get; }
        }
    }
}
