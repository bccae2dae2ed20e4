using System.Collections.Generic;
using NewsTools.Time;

namespace NewsTools.Cli.Commands
{
    /// <summary>`newstools timex`: the time expressions of each article, with offsets into the text as given.</summary>
    internal sealed class TimexCommand : CliCommand
    {
        public override string Name => "timex";

        public override string Summary => "List time expressions with TIMEX3 values and Start/End offsets into each article's text.";

        public override string Usage => "[--format json|csv|table] [--reference-date yyyy-MM-dd] [--parallel N (default: the cores)] [--jsonl FILE] PATH...";

        public override IReadOnlyCollection<string> ValueOptions => new[] { "parallel" };

        public override int Run(CliContext context, CommandLine args)
        {
            var config = context.LoadConfig(args);
            var tagger = new TimeExpressionTagger(config);
            var referenceDate = CliContext.ParseDate(args.Value("reference-date"), "--reference-date");
            var writer = context.CreateWriter(args, "ArticleId", "Start", "EndOffset", "Type", "Value", "Text");
            foreach (var found in context.ForEachArticle(args, config, article =>
            {
                var found = new List<TimeExpression>();
                context.Guard(article.Path ?? article.Id, () => found.AddRange(tagger.Tag(article, referenceDate, context.Cancellation)));
                return found;
            }))
            {
                foreach (var expression in found)
                {
                    writer.Write(expression);
                }
            }

            writer.Flush();
            return context.ExitCode;
        }
    }
}
