using System.Collections.Generic;
using NewsTools.Time;

namespace NewsTools.Cli.Commands
{
    /// <summary>`newstools timeline`: one timeline over all inputs, the same event from several outlets merged into one row.</summary>
    internal sealed class TimelineCommand : CliCommand
    {
        public override string Name => "timeline";

        public override string Summary => "Date every event and merge all inputs into one timeline (same event, several outlets = one row).";

        public override string Usage => "[--dated-only] [--format json|csv|table] [--reference-date yyyy-MM-dd] [--parallel N (default: the cores)] [--jsonl FILE] PATH...";

        public override IReadOnlyCollection<string> ValueOptions => new[] { "parallel" };

        public override int Run(CliContext context, CommandLine args)
        {
            var config = context.LoadConfig(args);
            var builder = new TimelineBuilder(config) { Reporter = context };
            var referenceDate = CliContext.ParseDate(args.Value("reference-date"), "--reference-date");
            // Articles are read on --parallel threads; events join the one timeline in input order.
            foreach (var article in context.ForEachArticle(args, config, article => article))
            {
                context.Guard(article.Path ?? article.Id, () => builder.Add(article, referenceDate, context.Cancellation));
            }

            var writer = context.CreateWriter(args, "Date", "Precision", "Value", "Outlets", "Event");
            foreach (var item in builder.Build(args.Flag("dated-only")))
            {
                writer.Write(item);
            }

            writer.Flush();
            return context.ExitCode;
        }
    }
}
